// What a share link or QR code says: /d/<slug>?team=<code>&source=<channel>, and a volunteer's
// personal share link also &ref=<their referral code> (shareLinkPath).
import { normalizeReferralCode, normalizeTeamCode } from '@life-relay/domain';

export interface LinkParams {
  teamCode: string | null;
  source: string | null;
  /** Only a well-formed code: anything else is dropped, as the server would ignore it. */
  referrer: string | null;
}

export function linkParams(search: string): LinkParams {
  const params = new URLSearchParams(search);
  const team = normalizeTeamCode(params.get('team') ?? '');
  const source = (params.get('source') ?? '').trim().slice(0, 40);
  return { teamCode: team || null, source: source || null, referrer: normalizeReferralCode(params.get('ref')) };
}
