// Placeholder with the final contract: a team's share link for a drive (/d/<slug>?team=<code>&source=…)
// and its QR code to download as PNG or print on a poster. Used on the team page and by team leads.
// Replaced by the teams feature.
export interface TeamShareProps {
  team: { code: string; name: string; collegeName?: string | null };
  /** The drive to share; when absent, the component lets the user pick a published drive. */
  drive?: { slug: string; title: string } | null;
}

export function TeamShare(_props: TeamShareProps) {
  return null;
}
