// Shortage levels (issue 23): how much an organization needs each blood group right now. Public
// pages name the groups that are LOW or CRITICAL; CRITICAL suggests an urgent call-out.
import { BloodType } from './enums';

export enum ShortageLevel {
  NORMAL = 'NORMAL',
  LOW = 'LOW',
  CRITICAL = 'CRITICAL',
}

/** The levels worth telling the public about: NORMAL is the default and says nothing. */
export const SHOWN_SHORTAGE_LEVELS: readonly ShortageLevel[] = [ShortageLevel.LOW, ShortageLevel.CRITICAL];

/** How a blood group is written for people: O−, AB+ (a minus sign, as the messages write it). */
export function bloodTypeLabel(type: BloodType | `${BloodType}`): string {
  const [group, sign] = type.split('_');
  return `${group}${sign === 'NEG' ? '−' : '+'}`;
}
