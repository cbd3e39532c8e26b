// What the desk needs to open again without a signal: the drive (title, zone, tally) and the
// people already found at this desk, kept in IndexedDB as the server last sent them. Personal data
// on a tablet: only what this desk already showed, kept for TWO_DAYS (the time a queued tap is
// trusted for, see the API's TAP_TRUSTED_FOR_MS), and dropped when the session ends.
import { clear, createStore, del, get, update, type UseStore } from 'idb-keyval';
import type { CheckInDriveQuery, CheckInSignUpFragment } from '../../../generated/graphql';
import { session } from '../../../app/auth/session';

export type KeptDrive = NonNullable<CheckInDriveQuery['drive']>;

interface Kept {
  drive: KeptDrive | null;
  signUps: Record<string, CheckInSignUpFragment>;
  keptAt: number;
}

const TWO_DAYS_MS = 48 * 60 * 60 * 1000;
let store: UseStore | null = null;

function db(): UseStore | null {
  try {
    store ??= createStore('life-relay-desk-kept', 'drives');
    return store;
  } catch {
    return null; // no IndexedDB: nothing is kept
  }
}

async function keep(driveId: string, apply: (kept: Kept) => Kept): Promise<void> {
  const kv = db();
  if (!kv) return;
  await update<Kept>(driveId, (kept) => apply({ ...(kept ?? { drive: null, signUps: {} }), keptAt: Date.now() }), kv).catch(() => undefined);
}

export const keepDrive = (drive: KeptDrive) => keep(drive.id, (kept) => ({ ...kept, drive }));

export const keepSignUps = (driveId: string, signUps: readonly CheckInSignUpFragment[]) =>
  keep(driveId, (kept) => ({ ...kept, signUps: { ...kept.signUps, ...Object.fromEntries(signUps.map((s) => [s.id, s])) } }));

export async function readKept(driveId: string): Promise<Kept | null> {
  const kv = db();
  if (!kv) return null;
  const kept = await get<Kept>(driveId, kv).catch(() => undefined);
  if (!kept) return null;
  if (Date.now() - kept.keptAt > TWO_DAYS_MS) {
    await del(driveId, kv).catch(() => undefined);
    return null;
  }
  return kept;
}

/** The people kept for this drive that the text finds: part of the name or e-mail, or of the phone's digits. */
export function searchKept(kept: Kept | null, text: string): CheckInSignUpFragment[] {
  const words = text.trim().toLowerCase();
  const digits = text.replace(/\D/g, '');
  if (!kept || !words) return [];
  return Object.values(kept.signUps).filter(({ volunteer: v }) =>
    v.name.toLowerCase().includes(words) || (v.email ?? '').toLowerCase().includes(words) || (digits.length >= 3 && (v.phone ?? '').replace(/\D/g, '').includes(digits)),
  );
}

// Signing out of the tablet takes what it kept of people with it (the queue of taps stays: it is
// work done, and goes out at the next sign-in).
session.subscribe(() => {
  const kv = db();
  if (!session.get() && kv) void clear(kv).catch(() => undefined);
});
