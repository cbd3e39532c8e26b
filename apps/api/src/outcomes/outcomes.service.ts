// What happened at the drive: check-in, then donated (with volume; at a stem-cell registry drive:
// sample taken, joined the registry, with an optional sample id) or deferred (with reason and
// retry date), or no-show. A person joins an organization's registry once: someone already in it
// is refused a second "joined" (the desk card says so), so registry weeks never count them twice. Only legal moves are made; an organizer may correct an outcome, and
// every change is kept in the audit trail (sign_up_events). The screening details (volume,
// deferral reason, retry date) are health data: recorded only while the volunteer's health
// consent is in force (see Consents.withdraw); without it only the outcome itself is.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  canCorrectTo,
  canMoveTo,
  ConsentChannel,
  ConsentScope,
  dayInZone,
  DriveKind,
  driveDays,
  isOnDriveDays,
  joinsRegistry,
  MessageKey,
  MessagePurpose,
  normalizeSampleId,
  Role,
  SignUpStatus,
  translate,
} from '@life-relay/domain';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { ConflictError, FieldProblem, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { isUuid } from '../common/graphql/uuid';
import { recipientOf } from '../sign-ups/volunteers.repository';
import { SignUpType } from '../sign-ups/dto/roster.types';
import { Outbox } from '../outbox/outbox.repository';
import { RosterService } from '../sign-ups/roster.service';
import { OutcomeInput } from './dto/outcome.types';
import { Places } from '../places/places.repository';
import { OutcomeDetails, SignUpsRepository } from '../sign-ups/sign-ups.repository';
import { Consents } from '../sign-ups/consents.repository';
import { SignUpEvents } from './sign-up-events.repository';
import { RegistryMembers } from '../sign-ups/registry-members.repository';
import { DeskTapInput } from './dto/desk-tap.types';
import { DeskMutation, DeskOperations } from './desk-operations.repository';

interface Current {
  id: string;
  status: SignUpStatus;
  checked_in_at: Date | null;
  /** The drive's kind: at a registry drive DONATED means joined the registry. */
  kind: string;
}

/**
 * How old a queued tap may be and still count from when it was tapped: a bloodmobile that lost its
 * signal in the evening syncs the next morning, well within it; a tap older than this is not
 * trusted to say which day it was (desk staff could otherwise stretch a drive's days at will).
 */
export const TAP_TRUSTED_FOR_MS = 48 * 60 * 60 * 1000;

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
    private readonly registryMembers: RegistryMembers,
    private readonly operations: DeskOperations,
  ) {}

  /** Checking in twice is harmless; a no-show who did come can be checked in (a correction). */
  async checkIn(actor: AuthenticatedUser, signUpId: string, tap: DeskTapInput | null = null): Promise<SignUpType> {
    return this.dataSource.transaction(async (tx) => {
      const current = await this.lock(tx, signUpId);
      if (!(await this.firstTime(tx, tap, 'checkIn', current, actor))) return (await this.roster.byId(current.id, tx)) as SignUpType;
      // Another desk checked them in meanwhile: what this tap wanted has happened.
      if (current.status !== SignUpStatus.CHECKED_IN) this.assertUnchangedSinceTap(tap, current.status, SignUpStatus.CHECKED_IN);
      if (current.status !== SignUpStatus.CHECKED_IN) {
        const correction = this.assertAllowed(current.status, SignUpStatus.CHECKED_IN);
        await this.signUps.checkIn(tx, current.id);
        await this.registryMembers.leave(tx, current.id);
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

  async recordOutcome(actor: AuthenticatedUser, signUpId: string, input: OutcomeInput, tap: DeskTapInput | null = null, now = new Date()): Promise<SignUpType> {
    // The override is an organizer's deliberate act (paper forms typed in later), never the desk's.
    if (input.outsideDriveDays && actor.role === Role.DESK) throw new ForbiddenError(translate('outsideDriveDaysOrganizersOnly', 'en'));
    return this.dataSource.transaction(async (tx) => {
      const current = await this.lock(tx, signUpId);
      if (!(await this.firstTime(tx, tap, 'recordOutcome', current, actor))) return (await this.roster.byId(current.id, tx)) as SignUpType;
      this.assertUnchangedSinceTap(tap, current.status, input.status);
      if (!input.outsideDriveDays) await this.assertOnDriveDays(tx, current.id, tap ? dayCheckTime(tap.tappedAt, now) : now);
      // Without the health consent the outcome is recorded, its screening details are not (and
      // so are not asked for); the volunteer was told so when they withdrew it.
      const health = await this.consents.inForceForSignUp(tx, current.id, ConsentScope.HEALTH);
      const registry = joinsRegistry(current.kind as DriveKind);
      const donated = input.status === SignUpStatus.DONATED;
      const sampleId = normalizeSampleId(input.sampleId);
      const problems: FieldProblem[] = [];
      // A registry drive takes a sample, never a volume: a volume sent there is a desk set up for blood.
      if (registry && input.volumeMl != null) problems.push({ field: 'volumeMl', key: 'volumeNotOnRegistryDrive' });
      if (!registry && health && donated && !input.volumeMl) problems.push({ field: 'volumeMl', key: 'required' });
      if (!registry && sampleId) problems.push({ field: 'sampleId', key: 'sampleIdOnlyOnRegistryDrive' });
      if (registry && donated && sampleId && (await this.signUps.sampleIdTaken(tx, current.id, sampleId))) problems.push({ field: 'sampleId', key: 'sampleIdTaken' });
      if (health && input.status === SignUpStatus.DEFERRED && !input.deferralReason) problems.push({ field: 'deferralReason', key: 'required' });
      if (problems.length) throw new InvalidInputError(problems);
      const details = {
        volumeMl: health && donated && !registry ? (input.volumeMl ?? null) : null,
        deferralReason: health && input.status === SignUpStatus.DEFERRED ? (input.deferralReason ?? null) : null,
        retryOn: health && input.status === SignUpStatus.DEFERRED ? (input.retryOn ?? null) : null,
        // Not health data but a label on a tube (see the report of issue 22): kept whatever the consent, erased with the person.
        sampleId: registry && donated ? sampleId : null,
      };
      // At a busy desk "donated" may be tapped without a separate check-in: it implies one.
      const cameAnyway = current.status === SignUpStatus.REGISTERED && input.status !== SignUpStatus.NO_SHOW;
      const from = cameAnyway ? SignUpStatus.CHECKED_IN : current.status;
      const correction = from === input.status ? true : this.assertAllowed(from, input.status);
      if (cameAnyway) await this.audit(tx, current, SignUpStatus.CHECKED_IN, false, actor, {});
      await this.recordDetails(tx, current.id, input.status, details);
      if (registry && donated) {
        // Joined through another sign-up (an earlier registry week): not again, and not counted again.
        const member = await this.registryMembers.join(tx, current.id);
        if (member) throw new ConflictError('alreadyInRegistry', { joinedOn: member.joinedOn });
      } else if (registry) {
        await this.registryMembers.leave(tx, current.id);
      }
      // The history tells of a sample id only where there is one to tell of.
      const { sampleId: _sampleId, ...screening } = details;
      const told = registry ? details : screening;
      await this.audit(tx, { ...current, status: from }, input.status, correction, actor, input.outsideDriveDays ? { ...told, outsideDriveDays: true } : told);
      if (input.status === SignUpStatus.DONATED) {
        // Once per sign-up, however often an outcome is corrected back and forth.
        const [v] = await tx.query(`SELECT v.id, v.channel, ${recipientOf('v')} AS recipient, s.locale FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE s.id = $1`, [current.id]);
        await this.outbox.enqueue(tx, { purpose: MessagePurpose.THANK_YOU, dedupeKey: `${MessagePurpose.THANK_YOU}:${current.id}`, channel: v.channel, recipient: v.recipient, volunteerId: v.id, signUpId: current.id, locale: v.locale, payload: {} });
      }
      return (await this.roster.byId(current.id, tx)) as SignUpType;
    });
  }

  /** The outcome's row; a sample id taken by someone else meanwhile is the field's error, as if seen before. */
  private async recordDetails(tx: EntityManager, signUpId: string, status: SignUpStatus, details: OutcomeDetails): Promise<void> {
    try {
      await this.signUps.recordOutcome(tx, signUpId, status, details);
    } catch (error) {
      const e = error as { driverError?: { code?: string; constraint?: string } };
      if (e?.driverError?.code === '23505' && e.driverError.constraint === 'sign_ups_drive_id_sample_id_key') throw InvalidInputError.field('sampleId', 'sampleIdTaken');
      throw error;
    }
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

  /** False when this tap was applied before: the caller changes nothing and answers with the sign-up. */
  private async firstTime(tx: EntityManager, tap: DeskTapInput | null, mutation: DeskMutation, current: Current, actor: AuthenticatedUser): Promise<boolean> {
    if (!tap) return true;
    return this.operations.claim(tx, tap.operationId, mutation, current.id, actor.id, new Date(tap.tappedAt));
  }

  /**
   * A queued tap was made on what the desk showed then; when the sign-up changed since (someone at
   * another desk recorded an outcome, the volunteer cancelled), applying it would overwrite what
   * happened, so it is refused and the desk shows it under "Could not sync". One change is no
   * conflict: a person the desk saw registered was checked in elsewhere, and this tap records
   * their outcome, the way it would have from "registered".
   */
  private assertUnchangedSinceTap(tap: DeskTapInput | null, status: SignUpStatus, to: SignUpStatus): void {
    const seen = tap?.seenStatus;
    if (!seen || seen === status) return;
    if (seen === SignUpStatus.REGISTERED && status === SignUpStatus.CHECKED_IN && to !== SignUpStatus.NO_SHOW) return;
    // Cancelled or moved to the waitlist meanwhile: the usual words say it best.
    const why = WHY_NOT[status];
    throw why ? new ConflictError(why) : new ConflictError('changedSinceTapped', { seen, status });
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
      const [row] = await tx.query(
        `SELECT s.id, s.status, s.checked_in_at, s.shift_id, d.kind FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE s.id = $1 FOR UPDATE OF s`,
        [signUpId],
      );
      if (!row) throw new NotFoundError('Sign-up');
      // The sign-up moved to another shift while this waited: lock that one.
      if (row.shift_id === shiftId) return { id: row.id, status: row.status, checked_in_at: row.checked_in_at, kind: row.kind };
      if (attempt >= 3) throw new ConflictError('signUpBusy');
    }
  }

  private async audit(tx: EntityManager, from: Current, to: SignUpStatus, correction: boolean, actor: AuthenticatedUser, details: object) {
    await this.events.record(tx, from.id, from.status, to, correction, actor.id, details);
  }
}

/**
 * The moment whose day the drive's days are checked against: when it was tapped, if that is
 * within TAP_TRUSTED_FOR_MS; a tablet clock running ahead counts as now, and an older tap is not
 * trusted (now, and with it the ordinary refusal outside the drive's days).
 */
export function dayCheckTime(tappedAt: Date | string, now: Date): Date {
  const at = new Date(tappedAt);
  if (Number.isNaN(at.getTime()) || at > now) return now;
  return now.getTime() - at.getTime() <= TAP_TRUSTED_FOR_MS ? at : now;
}
