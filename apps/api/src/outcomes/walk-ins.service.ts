// Walk-ins at the desk: a person who came to the drive without signing up is registered (channel
// WALK_IN) and checked in at once. The desk sees the person, so no one-time code is asked; every
// other rule is the public form's: a contact, the drive's age window, the donation interval, the
// health consent on a drive that records outcomes, one sign-up per person and drive. Locks are
// taken in the order places.repository.ts sets out: the person's record (as the form takes it),
// the shift, then the sign-up.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  CONSENT_VERSION,
  ConsentChannel,
  ConsentScope,
  dayInZone,
  DriveStatus,
  Locale,
  selfReportProblems,
  normalizePhone,
  recordsHealthOutcomes,
  SignUpChannel,
  SignUpStatus,
} from '@life-relay/domain';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { ConflictError, FieldProblem, InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DrivesService } from '../drives/drives.service';
import type { ShiftEntity } from '../drives/shift.entity';
import { Places } from '../places/places.repository';
import { SignUpType } from '../sign-ups/dto/roster.types';
import { Consents } from '../sign-ups/consents.repository';
import { RosterService } from '../sign-ups/roster.service';
import { ageProblems, donationsOf, hasDonatedBefore, waitProblems } from '../sign-ups/sign-up-rules';
import { OrganizationsService } from '../organizations/organizations.service';
import { Placement, SignUpsRepository } from '../sign-ups/sign-ups.repository';
import { Volunteers } from '../sign-ups/volunteers.repository';
import { DeskTeam, WalkInInput, WalkInResult } from './dto/walk-in.types';
import { SignUpEvents } from './sign-up-events.repository';

/** Thrown inside the transaction to roll it back: the person signed up for the drive at this very moment. */
const SIGNED_UP_MEANWHILE = Symbol('signed up meanwhile');

@Injectable()
export class WalkInsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drives: DrivesService,
    private readonly places: Places,
    private readonly volunteers: Volunteers,
    private readonly signUps: SignUpsRepository,
    private readonly consents: Consents,
    private readonly events: SignUpEvents,
    private readonly roster: RosterService,
    private readonly organizations: OrganizationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The teams a walk-in can be credited to: the drive's organization's, by name. */
  async teams(driveId: string): Promise<DeskTeam[]> {
    const drive = await this.drives.get(driveId);
    if (!drive) throw new NotFoundError('Drive');
    const rows: { id: string; name: string; college_name: string | null }[] = await this.dataSource.query(
      `SELECT t.id, t.name, c.name AS college_name FROM teams t LEFT JOIN colleges c ON c.id = t.college_id
        WHERE t.organization_id = $1 ORDER BY t.name, t.id`,
      [drive.organizationId],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, collegeName: r.college_name }));
  }

  async register(actor: AuthenticatedUser, input: WalkInInput, requestLocale: Locale, now = new Date()): Promise<WalkInResult> {
    const drive = await this.drives.get(input.driveId);
    if (!drive) throw new NotFoundError('Drive');
    if (drive.status === DriveStatus.DRAFT) throw new ConflictError('walkInIntoDraft');
    if (drive.status === DriveStatus.CLOSED) throw new ConflictError('driveClosed');
    const shifts = (await this.drives.shiftsOf([drive.id])).get(drive.id) ?? [];

    // Everything that can be checked before writing is checked first, and reported at once.
    const problems: FieldProblem[] = [];
    const email = input.email ? input.email.toLowerCase() : null;
    const phone = input.phone ? normalizePhone(input.phone) : null;
    if (!email && !phone) problems.push({ field: 'email', key: 'contactRequired' }, { field: 'phone', key: 'contactRequired' });
    const shift = this.shiftOf(input.shiftId, shifts, now, problems);
    if (input.teamId && !(await this.isTeamOf(input.teamId, drive.organizationId))) problems.push({ field: 'teamId', key: 'unknownTeam' });
    const health = input.healthConsent === true;
    if (recordsHealthOutcomes(drive.kind) && !health) problems.push({ field: 'healthConsent', key: 'healthConsentRequired' });
    const rules = await this.organizations.eligibilityRulesOf(drive.organizationId);
    if (shift && input.birthDate) {
      // The desk may know whether the person standing there has donated before (here, or
      // elsewhere by what they say now): a first-timer is held to the organization's first-time limit.
      const reported = Boolean(input.earlierDonations || input.donatedElsewhereOn);
      const firstTime = !reported && !(await hasDonatedBefore(this.dataSource.manager, email, phone));
      problems.push(...ageProblems(drive, shift, input.birthDate, rules, firstTime));
    }
    problems.push(...selfReportProblems(input, dayInZone(now, drive.timeZone)));
    if (problems.length) throw new InvalidInputError(problems);
    const chosen = shift as ShiftEntity;

    // Someone who signed up already (by either contact) keeps that sign-up: nothing is written.
    const existing = await this.existingSignUp(this.dataSource.manager, drive.id, email, phone);
    if (existing) return this.duplicate(existing);

    const locale = (input.locale as Locale | undefined) ?? requestLocale;
    const person = { email, name: input.name, phone, birthDate: input.birthDate ?? null, bloodType: health ? (input.bloodType ?? null) : null };
    try {
      return await this.dataSource.transaction(async (tx) => {
        const volunteerId = [...(await this.volunteers.upsertMany(tx, [person], locale)).values()][0];
        // What they say about donations elsewhere is kept (health data: with the health consent)
        // and counted; a refusal below rolls it back with everything else.
        if (health) {
          await this.volunteers.reportDonations(tx, volunteerId, {
            count: input.earlierDonations ?? null, lastOn: input.donatedElsewhereOn ?? null, lastKind: input.donatedElsewhereKind ?? null,
          });
        }
        const donations = (await donationsOf(tx, [volunteerId])).get(volunteerId) ?? [];
        const waits = waitProblems(drive, chosen, donations, rules, this.config.donationIntervalDays);
        if (waits.length) throw new InvalidInputError(waits);
        await this.places.lock(tx, [chosen.id]);
        const [mine] = await tx.query(`SELECT id, status FROM sign_ups WHERE drive_id = $1 AND volunteer_id = $2 FOR UPDATE`, [drive.id, volunteerId]);
        if (mine && mine.status !== SignUpStatus.CANCELLED) throw SIGNED_UP_MEANWHILE;

        // The person is standing at the desk: a full shift takes them anyway, one place larger.
        const placeAdded = await this.drives.addPlaceIfFull(tx, chosen.id);
        const placement: Placement = {
          shiftId: chosen.id,
          teamId: input.teamId ?? null,
          channel: SignUpChannel.WALK_IN,
          source: null,
          status: SignUpStatus.REGISTERED,
          consentVersion: CONSENT_VERSION,
          locale,
        };
        const row = mine ? await this.signUps.revive(tx, mine.id, placement) : await this.signUps.insert(tx, randomUUID(), drive.id, volunteerId, placement);
        if (!row) throw SIGNED_UP_MEANWHILE;
        await this.places.take(tx, chosen.id, SignUpStatus.REGISTERED);
        // The general consent is given by registering at the desk; the health consent only when ticked.
        for (const scope of health ? [ConsentScope.GENERAL, ConsentScope.HEALTH] : [ConsentScope.GENERAL]) {
          await this.consents.giveForSignUp(tx, row.id, scope, ConsentChannel.DESK);
        }
        await this.signUps.checkIn(tx, row.id);
        await this.events.record(tx, row.id, SignUpStatus.REGISTERED, SignUpStatus.CHECKED_IN, false, actor.id, { walkIn: true });
        return { signUp: (await this.roster.byId(row.id, tx)) as SignUpType, duplicate: false, placeAdded };
      });
    } catch (error) {
      if (error !== SIGNED_UP_MEANWHILE) throw error;
      const winner = await this.existingSignUp(this.dataSource.manager, drive.id, email, phone);
      if (!winner) throw new ConflictError('signUpBusy');
      return this.duplicate(winner);
    }
  }

  /** The chosen shift (one of the drive's), or the one in progress now (the earliest if several overlap). */
  private shiftOf(shiftId: string | null | undefined, shifts: ShiftEntity[], now: Date, problems: FieldProblem[]): ShiftEntity | null {
    if (shiftId) {
      const chosen = shifts.find((s) => s.id === shiftId);
      if (!chosen) problems.push({ field: 'shiftId', key: 'shiftNotInDrive' });
      return chosen ?? null;
    }
    const current = shifts.find((s) => s.startsAt <= now && now < s.endsAt);
    if (!current) problems.push({ field: 'shiftId', key: 'noShiftInProgress' });
    return current ?? null;
  }

  private async isTeamOf(teamId: string, organizationId: string): Promise<boolean> {
    const [team] = await this.dataSource.query(`SELECT 1 FROM teams WHERE id = $1 AND organization_id = $2`, [teamId, organizationId]);
    return team !== undefined;
  }

  /** The person's sign-up for the drive, found by either contact; a cancelled one does not count (it comes back to life). */
  private async existingSignUp(db: EntityManager, driveId: string, email: string | null, phone: string | null): Promise<string | null> {
    const [row] = await db.query(
      `SELECT s.id FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id
        WHERE s.drive_id = $1 AND s.status <> 'CANCELLED' AND (v.email = $2::citext OR v.phone = $3::text)
        ORDER BY s.arrival LIMIT 1`,
      [driveId, email, phone],
    );
    return row?.id ?? null;
  }

  private async duplicate(signUpId: string): Promise<WalkInResult> {
    return { signUp: (await this.roster.byId(signUpId)) as SignUpType, duplicate: true, placeAdded: false };
  }
}
