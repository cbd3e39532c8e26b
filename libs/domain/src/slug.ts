// Drive slugs appear in share links and QR codes: lower-case ASCII words joined by dashes.
export const SLUG_MAX_LENGTH = 60;

export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "Café" -> "Cafe"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '');
}

/**
 * The slug a drive gets from its title and the local day (YYYY-MM-DD) it starts on. Titles
 * without any Latin letters or digits (a Chinese title, say) fall back to the day, which stays
 * readable on a poster.
 */
export function driveSlugBase(title: string, localDay: string): string {
  return slugify(title) || `drive-${localDay}`;
}

/** The n-th candidate when the base is taken: base, base-2, base-3, ... */
export function slugCandidate(base: string, attempt: number): string {
  return attempt <= 1 ? base : `${base}-${attempt}`;
}
