// A team's share link: the drive's public form with the team's code, and where the link was
// passed on (`source`), so the dashboard can tell the QR poster from the class chat.
export type ShareChannel = 'LINK' | 'CHAT' | 'QR' | 'POSTER';

export function shareLink(origin: string, slug: string, teamCode: string, channel: ShareChannel): string {
  const params = new URLSearchParams({ team: teamCode });
  // A plain link is the default channel: no source keeps it short.
  if (channel !== 'LINK') params.set('source', channel.toLowerCase());
  return `${origin}/d/${encodeURIComponent(slug)}?${params.toString()}`;
}

/** "medics-dec-5-blood-drive.png": a file name that says what the picture is. */
export function qrFileName(teamName: string, slug: string): string {
  const team = teamName
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${team || 'team'}-${slug}-qr.png`;
}
