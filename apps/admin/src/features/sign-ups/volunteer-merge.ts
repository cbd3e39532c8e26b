// What merging another record into a person changes, as the API does it (mergeVolunteers): the
// kept record keeps its own name and whatever it already has, takes each detail it lacks from the
// other record, and takes all of that record's sign-ups.
import type { SignUpsMergeRecordFragment } from '../../generated/graphql';

export type MergeRecord = SignUpsMergeRecordFragment;

export const MERGED_DETAILS = ['email', 'phone', 'birthDate', 'bloodType'] as const;
export type MergedDetail = (typeof MERGED_DETAILS)[number];

export interface MergeGains {
  /** The details the kept record lacks and the other one has, with the other's values. */
  details: { detail: MergedDetail; value: string }[];
  /** How many sign-ups move to the kept record. */
  signUps: number;
}

export function mergeGains(keep: MergeRecord, other: MergeRecord): MergeGains {
  const details = MERGED_DETAILS.flatMap((detail) => {
    const value = other[detail];
    return !keep[detail] && value ? [{ detail, value }] : [];
  });
  return { details, signUps: other.signUps.length };
}
