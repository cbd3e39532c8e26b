// What happened at the drive: check-in, then donated (with volume) or deferred (with reason and
// retry date), or no-show. Only legal moves are made; an organizer may correct an outcome, and
// every change is kept in the audit trail (sign_up_events). The screening details (volume,
// deferral reason, retry date) are health data: recorded only while the volunteer's health
// consent is in force (see Consents.withdraw); without it only the outcome itself is.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { canCorrectTo, canMoveTo, ConsentChannel, ConsentScope, dayInZone, driveDays, isOnDriveDays, MessageKey, MessagePurpose, Role, SignUpStatus, translate } from '@life-relay/domain';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { ConflictError, FieldProblem, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { isUuid } from '../common/graphql/uuid';
import { recipientOf } from '../sign-ups/volunteers.repository';
import { SignUpType } from '../sign-ups/dto/roster.types';
import { Outbox } from '../outbox/outbox.repository';
import { RosterService } from '../sign-ups/roster.service';
import { OutcomeInput } from './dto/outcome.types';
import { Places } from '../places/places.repository';
import { SignUpsRepository } from '../sign-ups/sign-ups.repository';
import { Consents } from '../sign-ups/consents.repository';
import { SignUpEvents } from './sign-up-events.repository';

interface Current {
  id: string;
  status: SignUpStatus;
  checked_in_at: Date | null;
}

const WHY_NOT: Partial<Record<SignUpStatus, MessageKey>> = {
  [SignUpStatus.CANCELLED]: 'outcomeOfCancelled',
  [SignUpStatus.WAITLISTED]: 'outcomeOfWaitlisted',
};

@Injectable()
export class OutcomesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roster: RosterService,
    private readonly outbox: Outbox,
    private readonly places: Places,
    private readonly signUps: SignUpsRepository,
    private readonly consents: Consents,
    private readonly events: SignUpEvents,
  ) {}

  /** Checking in twice is harmless; a no-show who did come can be checked in (a correction). */
  async checkIn(actor: AuthenticatedUser, signUpId: string): Promise<SignUpType> {
    return this.dataSource.transaction(async (tx) => {
      const current = await this.lock(tx, signUpId);
      if (current.status !== SignUpStatus.CHECKED_IN) {
        const correction = this.assertAllowed(current.status, SignUpStatus.CHECKED_IN);
        await this.signUps.checkIn(tx, current.id);
        await this.audit(tx, current, SignUpStatus.CHECKED_IN, correction, actor, {});
      }
      return (await this.roster.byId(current.id, tx)) as SignUpType;
    });
  }

  /**
   * The person signed the health-data consent at the desk (a paper form in the consent's current
   * version): recorded as given at the desk, so that the screening details are recorded from now on.
   */
  async recordHealthConsent(signUpId: string): Promise<SignUpType> {
    return this.dataSource.transaction(async (tx) => {
      if (!isUuid(signUpId) || !(await this.consents.giveForSignUp(tx, signUpId, ConsentScope.HEALTH, ConsentChannel.DESK))) throw new NotFoundError('Sign-up');
      return (await this.roster.byId(signUpId, tx)) as SignUpType;
    });
  }

  async recordOutcome(actor: AuthenticatedUser, signUpId: string, input: OutcomeInput, now = new Date()): Promise<SignUpType> {
    // The override is an organizer's deliberate act (paper forms typed in later), never the desk's.
    if (input.outsideDriveDays && actor.role === Role.DESK) throw new ForbiddenError(translate('outsideDriveDaysOrganizersOnly', 'en'));
    return this.dataSource.transaction(async (tx) => {
      const current = await this.lock(tx, signUpId);
      if (!input.outsideDriveDays) await this.assertOnDriveDays(tx, current.id, now);
      // Without the health consent the outcome is recorded, its screening details are not (and
      // so are not asked for); the volunteer was told so when they withdrew it.
      const health = await this.consents.inForceForSignUp(tx, current.id, ConsentScope.HEALTH);
      const problems: FieldProblem[] = [];
      if (health && input.status === SignUpStatus.DONATED && !input.volumeMl) problems.push({ field: 'volumeMl', key: 'required' });
      if (health && input.status === SignUpStatus.DEFERRED && !input.deferralReason) problems.push({ field: 'deferralReason', key: 'required' });
      if (problems.length) throw new InvalidInputError(problems);
      const details = {
        volumeMl: health && input.status === SignUpStatus.DONATED ? (input.volumeMl ?? null) : null,
        deferralReason: health && input.status === SignUpStatus.DEFERRED ? (input.deferralReason ?? null) : null,
        retryOn: health && input.status === SignUpStatus.DEFERRED ? (input.retryOn ?? null) : null,
      };
      // At a busy desk "donated" may be tapped without a separate check-in: it implies one.
      const cameAnyway = current.status === SignUpStatus.REGISTERED && input.status !== SignUpStatus.NO_SHOW;
      const from = cameAnyway ? SignUpStatus.CHECKED_IN : current.status;
      const correction = from === input.status ? true : this.assertAllowed(from, input.status);
      if (cameAnyway) await this.audit(tx, current, SignUpStatus.CHECKED_IN, false, actor, {});
      await this.signUps.recordOutcome(tx, current.id, input.status, details);
      await this.audit(tx, { ...current, status: from }, input.status, correction, actor, input.outsideDriveDays ? { ...details, outsideDriveDays: true } : details);
      if (input.status === SignUpStatus.DONATED) {
        // Once per sign-up, however often an outcome is corrected back and forth.
        const [v] = await tx.query(`SELECT v.id, v.channel, ${recipientOf('v')} AS recipient, s.locale FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE s.id = $1`, [current.id]);
        await this.outbox.enqueue(tx, { purpose: MessagePurpose.THANK_YOU, dedupeKey: `${MessagePurpose.THANK_YOU}:${current.id}`, channel: v.channel, recipient: v.recipient, volunteerId: v.id, signUpId: current.id, locale: v.locale, payload: {} });
      }
      return (await this.roster.byId(current.id, tx)) as SignUpType;
    });
  }

  /**
   * A tap on "Donated" a year before the drive is a mistake, and would send a real thank-you:
   * outcomes are recorded on the drive's days, in its zone (see driveDays), unless overridden.
   */
  private async assertOnDriveDays(tx: EntityManager, signUpId: string, now: Date): Promise<void> {
    const rows: { time_zone: string; starts_at: Date; ends_at: Date }[] = await tx.query(
      `SELECT d.time_zone, sh.starts_at, sh.ends_at FROM sign_ups s JOIN drives d ON d.id = s.drive_id JOIN shifts sh ON sh.drive_id = d.id WHERE s.id = $1`,
      [signUpId],
    );
    if (!rows.length) return;
    const timeZone = rows[0].time_zone;
    const days = driveDays(rows.map((r) => ({ startsAt: r.starts_at, endsAt: r.ends_at })), timeZone);
    if (days && !isOnDriveDays(now, days, timeZone)) {
      throw new ConflictError('outcomeOutsideDriveDays', { first: days.first, last: days.last, today: dayInZone(now, timeZone) });
    }
  }

  /** True for a correction of a recorded outcome; throws CONFLICT for a move the lifecycle forbids. */
  private assertAllowed(from: SignUpStatus, to: SignUpStatus): boolean {
    if (canMoveTo(from, to)) return false;
    if (canCorrectTo(from, to)) return true;
    const why = WHY_NOT[from];
    throw why ? new ConflictError(why) : new ConflictError('outcomeNotAllowed', { from, to });
  }

  /**
   * The sign-up's row, locked after its shift's: whatever changes a sign-up takes its shift first
   * (see places.repository.ts), so a check-in at the desk and a cancellation that moves someone up the
   * same shift's waitlist cannot deadlock over the rows and the counts both touch. A key-share
   * lock: the desk's check-ins for one shift do not wait for each other, nor for a sign-up taking
   * a place; only for what locks the shift for update (a cancellation, a move, closing the drive).
   */
  private async lock(tx: EntityManager, signUpId: string): Promise<Current> {
    if (!isUuid(signUpId)) throw new NotFoundError('Sign-up');
    for (let attempt = 1; ; attempt++) {
      const shiftId = await this.places.holdShiftOf(tx, signUpId);
      if (!shiftId) throw new NotFoundError('Sign-up');
      const [row] = await tx.query(`SELECT id, status, checked_in_at, shift_id FROM sign_ups WHERE id = $1 FOR UPDATE`, [signUpId]);
      if (!row) throw new NotFoundError('Sign-up');
      // The sign-up moved to another shift while this waited: lock that one.
      if (row.shift_id === shiftId) return { id: row.id, status: row.status, checked_in_at: row.checked_in_at };
      if (attempt >= 3) throw new ConflictError('signUpBusy');
    }
  }

  private async audit(tx: EntityManager, from: Current, to: SignUpStatus, correction: boolean, actor: AuthenticatedUser, details: object) {
    await this.events.record(tx, from.id, from.status, to, correction, actor.id, details);
  }
}
