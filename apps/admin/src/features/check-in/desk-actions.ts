// What the desk may do with a sign-up, by its status, following the lifecycle the API enforces
// (libs/domain): forward moves, and the corrections of a wrong tap. Buttons for anything else are
// not offered, so the desk never meets a CONFLICT it could have foreseen.
import { canCorrectTo, canMoveTo, SignUpStatus as Status } from '@life-relay/domain';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { DriveKind, Role, SignUpStatus } from '../../generated/graphql';
import { isOrganizer } from '../../app/auth/use-session';
import { wordFor } from '../../app/i18n/registry-words';

export type DeskAction = 'CHECKED_IN' | 'DONATED' | 'DEFERRED' | 'NO_SHOW';

export const DESK_ACTIONS: readonly DeskAction[] = ['CHECKED_IN', 'DONATED', 'DEFERRED', 'NO_SHOW'];

/** Whether this action moves the sign-up on (false) or corrects a recorded one (true); null when not allowed. */
export function deskAction(from: SignUpStatus, action: DeskAction): { correction: boolean } | null {
  const source = from as Status;
  const target = action as Status;
  // A registered person who gets an outcome at once is checked in on the way (the API does this).
  const via = source === Status.REGISTERED && action !== 'NO_SHOW' && action !== 'CHECKED_IN' ? Status.CHECKED_IN : source;
  if (via !== source && canMoveTo(via, target)) return { correction: false };
  if (canMoveTo(source, target)) return { correction: false };
  // Recording the same outcome again fixes its details (a volume typed wrong).
  if (source === target && action !== 'CHECKED_IN' && action !== 'NO_SHOW') return { correction: true };
  if (canCorrectTo(source, target)) return { correction: true };
  return null;
}

/**
 * What the desk may do. Someone already in the organization's registry (joined at an earlier
 * registry drive) is not offered "joined the registry" again: the API refuses it, and the card says why.
 */
export function allowedDeskActions(from: SignUpStatus, options: { alreadyInRegistry?: boolean } = {}): DeskAction[] {
  return DESK_ACTIONS.filter((action) => deskAction(from, action) !== null && !(options.alreadyInRegistry && action === 'DONATED' && from !== 'DONATED'));
}

/** The volume the desk offers first, by the kind of drive (a whole-blood bag is usually 400 ml in China); a registry drive takes a sample, no volume. */
export const DEFAULT_VOLUME_ML: Record<Exclude<DriveKind, 'STEM_CELL_REGISTRY'>, number> = {
  WHOLE_BLOOD: 400,
  PLATELETS: 250,
  GENERAL: 400,
};

/** The desk's words at a drive of this kind (see wordFor): "Joined the registry" at a registry drive. */
export const deskWord = wordFor;

/** A retry date a month after the day of the drive, as screening staff usually advise. */
export function defaultRetryOn(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m, d));
  // 31 Jan + 1 month overflows into March: keep the last day of February instead.
  if (next.getUTCMonth() !== (m % 12)) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}

/**
 * Whether to offer recording an outcome anyway after the API refused it for being outside the
 * drive's days: only organizers and admins may (the API refuses desk staff the override), and
 * only for that refusal.
 */
export function offersOutsideDriveDays(role: Role | undefined, error: unknown): boolean {
  return isOrganizer(role) && CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.['key'] === 'outcomeOutsideDriveDays';
}

/** What the card's "Donations before" shows: donations before this sign-up's drive, never this one (0: nothing shown). */
export function donationsBefore(signUp: { donorHistoryBefore: { donationCount: number } }): number {
  return signUp.donorHistoryBefore.donationCount;
}
