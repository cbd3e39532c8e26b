// The vocabulary of messages shared by the tabs: what each purpose and delivery state is called,
// and blood types as donors write them (O−, AB+), the same in both languages.
import { ALL_MESSAGE_PURPOSES, type MessagePurpose } from '@life-relay/domain';
import type { BloodType, DriveKind, OutboxState } from '../../generated/graphql';

/** Every purpose the API sends, in the order of a volunteer's journey: the domain's one list. */
export const PURPOSES: readonly MessagePurpose[] = ALL_MESSAGE_PURPOSES;
export type Purpose = `${MessagePurpose}`;

export function isKnownPurpose(value: string | null | undefined): value is Purpose {
  return PURPOSES.includes(value as MessagePurpose);
}

export const OUTBOX_STATES: readonly OutboxState[] = ['QUEUED', 'SENT', 'FAILED', 'SKIPPED'];

export function isOutboxState(value: string | null): value is OutboxState {
  return OUTBOX_STATES.includes(value as OutboxState);
}

export const STATE_COLORS: Record<OutboxState, string> = {
  QUEUED: 'blue',
  SENT: 'green',
  FAILED: 'red',
  SKIPPED: 'gray',
};

/** RhD-negative first: they are what call-outs are usually for. */
export const BLOOD_TYPES: readonly BloodType[] = ['O_NEG', 'A_NEG', 'B_NEG', 'AB_NEG', 'O_POS', 'A_POS', 'B_POS', 'AB_POS'];
export const RHD_NEGATIVE: readonly BloodType[] = BLOOD_TYPES.filter((type) => type.endsWith('_NEG'));

/** "AB_NEG" → "AB−" (a real minus sign, as on donor cards). */
export function bloodTypeLabel(type: BloodType): string {
  const [group, rh] = type.split('_');
  return `${group}${rh === 'NEG' ? '−' : '+'}`;
}

export const DRIVE_KINDS: readonly DriveKind[] = ['WHOLE_BLOOD', 'PLATELETS', 'STEM_CELL_REGISTRY', 'GENERAL'];

/** A queued message due within this window keeps the outbox refreshing; one retried in 30 min does not. */
export const SOON_MS = 60_000;

export function isBeingSent(message: { state: OutboxState; sendAfter: string }, now: number): boolean {
  return message.state === 'QUEUED' && Date.parse(message.sendAfter) - now < SOON_MS;
}
