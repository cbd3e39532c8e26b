// Owns a shift's places: the order in which shifts are locked, and the counter of places taken
// (shifts.registered_count). The drive owns the rest of a shift (its times and capacity); a CHECK
// on the row makes overbooking impossible whatever the code does. Who waits holds no place: the
// triggers on sign_ups count them (shift_stats.waitlisted).
//
// The order of locks, for everything that changes sign-ups (signing up, cancelling, moving, the
// waitlist, the desk's outcomes, closing a drive, the import): the shift first, then the
// sign-up's row, then the counts the triggers keep (shift_stats before drive_team_stats, by the
// triggers' names). Taken in that order everywhere, two writers over the same shift or counts
// wait for each other at worst; a statement that changes many sign-ups (closing a drive) holds
// all their shifts first.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SignUpStatus } from '@life-relay/domain';

/** A shift as its places are counted, read under its lock. */
export interface LockedShift {
  id: string;
  drive_id: string;
  starts_at: Date;
  ends_at: Date;
  capacity: number;
  registered_count: number;
}

/** Only a REGISTERED sign-up holds a place of the shift's. */
const holdsAPlace = (status: SignUpStatus) => status === SignUpStatus.REGISTERED;

/**
 * The statement that takes a free place on shift `$n` only if one is left: a CTE named `placed`
 * returning the shift's id, or no row. The sign-up's hot path joins it into its own statement,
 * so the shift's row is locked for that one statement and the commit only.
 */
export const takeFreePlace = (shiftParam: string) =>
  `placed AS (UPDATE shifts SET registered_count = registered_count + 1 WHERE id = ${shiftParam} AND registered_count < capacity RETURNING id)`;

/** A CTE named `place` that counts one more place taken on shift `$n` (the caller holds its lock). */
export const countPlace = (shiftParam: string) => `place AS (UPDATE shifts SET registered_count = registered_count + 1 WHERE id = ${shiftParam})`;

@Injectable()
export class Places {
  /** Row locks on shifts, always taken in id order so that two movers never deadlock. */
  async lock(tx: EntityManager, shiftIds: string[]): Promise<LockedShift[]> {
    return tx.query(`SELECT * FROM shifts WHERE id = ANY($1) ORDER BY id FOR UPDATE`, [[...new Set(shiftIds)].sort()]);
  }

  /**
   * All shifts of a drive, before a statement that changes many of its sign-ups (closing it):
   * that statement takes their counts in whatever order the rows come; holding the shifts first
   * keeps it from deadlocking with a cancellation, a move or a check-in at that moment.
   */
  async lockAllOf(tx: EntityManager, driveId: string): Promise<void> {
    await tx.query(`SELECT id FROM shifts WHERE drive_id = $1 ORDER BY id FOR UPDATE`, [driveId]);
  }

  /**
   * The shift of a sign-up, held against what locks it for update (a cancellation, a move,
   * closing): a key-share lock, so the desk's check-ins for one shift do not wait for each other
   * nor for a sign-up taking a place. Null when the sign-up does not exist.
   */
  async holdShiftOf(tx: EntityManager, signUpId: string): Promise<string | null> {
    const [shift] = await tx.query(
      `SELECT sh.id FROM sign_ups s JOIN shifts sh ON sh.id = s.shift_id WHERE s.id = $1 FOR KEY SHARE OF sh`,
      [signUpId],
    );
    return shift?.id ?? null;
  }

  /** Counts the place a sign-up of `status` takes on the shift, if it takes one (the caller holds its lock). */
  async take(tx: EntityManager, shiftId: string, status: SignUpStatus): Promise<void> {
    await this.add(tx, shiftId, status, 1);
  }

  /** Gives back the place a sign-up of `status` held; nothing for a status that holds none. */
  async release(tx: EntityManager, shiftId: string, status: SignUpStatus): Promise<void> {
    await this.add(tx, shiftId, status, -1);
  }

  /**
   * The places of the shifts a paper list fills, locked (or only read, for a dry run) in the same
   * order as every other writer's, so a list checked here is the list written here.
   */
  async ofShifts(tx: EntityManager, shiftIds: string[], lock: boolean): Promise<Pick<LockedShift, 'id' | 'capacity' | 'registered_count'>[]> {
    return tx.query(
      `SELECT id, capacity, registered_count FROM shifts WHERE id = ANY($1) ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
      [[...new Set(shiftIds)].sort()],
    );
  }

  /** One place taken per entry (a shift may appear many times), in one statement. The caller holds the locks. */
  async takeEach(tx: EntityManager, shiftIds: string[]): Promise<void> {
    await tx.query(
      `UPDATE shifts sh SET registered_count = sh.registered_count + c.places
         FROM (SELECT id, count(*)::int AS places FROM unnest($1::uuid[]) AS id GROUP BY id) c
        WHERE sh.id = c.id`,
      [shiftIds],
    );
  }

  /** Places free on the shift now (the caller holds its lock). */
  async free(tx: EntityManager, shiftId: string): Promise<number> {
    const [shift] = await tx.query(`SELECT GREATEST(capacity - registered_count, 0) AS places FROM shifts WHERE id = $1`, [shiftId]);
    return shift?.places ?? 0;
  }

  /** `count` people moved up from the waitlist to a place. */
  async promoted(tx: EntityManager, shiftId: string, count: number): Promise<void> {
    await tx.query(`UPDATE shifts SET registered_count = registered_count + $2 WHERE id = $1`, [shiftId, count]);
  }

  private async add(tx: EntityManager, shiftId: string, status: SignUpStatus, delta: 1 | -1): Promise<void> {
    if (holdsAPlace(status)) await tx.query(`UPDATE shifts SET registered_count = registered_count + $2 WHERE id = $1`, [shiftId, delta]);
  }
}
