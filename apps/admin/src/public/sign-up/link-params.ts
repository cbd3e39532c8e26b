// What a share link or QR code says: /d/<slug>?team=<code>&source=<channel>.
import { normalizeTeamCode } from '@life-relay/domain';

export interface LinkParams {
  teamCode: string | null;
  source: string | null;
}

export function linkParams(search: string): LinkParams {
  const params = new URLSearchParams(search);
  const team = normalizeTeamCode(params.get('team') ?? '');
  const source = (params.get('source') ?? '').trim().slice(0, 40);
  return { teamCode: team || null, source: source || null };
}
