import { DriveKind } from './enums';

// Stem-cell registry drives (contract v2): there DONATED means "sample taken, joined the
// registry". Nothing is given by volume, so nothing is counted as a donation: no volume, no
// donation count or milestone, no interval, no "eligible again". A sample (or kit) id may be
// written down instead, once per drive, and a person joins an organization's registry once:
// someone it already has is told so at the desk and not counted again.

/** Whether DONATED on a drive of this kind means "joined the registry" rather than "gave blood". */
export function joinsRegistry(kind: DriveKind | `${DriveKind}`): boolean {
  return kind === DriveKind.STEM_CELL_REGISTRY;
}

/** The longest sample or kit id: a barcode, not a text. */
export const SAMPLE_ID_MAX_LENGTH = 64;

/** A sample id as typed or scanned, trimmed and with inner spaces gone; null when empty. */
export function normalizeSampleId(typed: string | null | undefined): string | null {
  const id = (typed ?? '').replace(/\s+/g, '');
  return id ? id : null;
}
