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
 * The slug a drive gets from its title and start date. Titles without any Latin letters or
 * digits (a Chinese title, say) fall back to the date, which stays readable on a poster.
 */
export function driveSlugBase(title: string, startsAt: Date): string {
  const fromTitle = slugify(title);
  return fromTitle || `drive-${startsAt.toISOString().slice(0, 10)}`;
}

/** The n-th candidate when the base is taken: base, base-2, base-3, ... */
export function slugCandidate(base: string, attempt: number): string {
  return attempt <= 1 ? base : `${base}-${attempt}`;
}
