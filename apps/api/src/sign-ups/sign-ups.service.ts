// The public path from a shared link to a confirmed place: signing up, cancelling, changing
// shift. Capacity and one-sign-up-per-drive are guaranteed by the database (a row lock on the
// shift, a unique key on drive and volunteer, a check constraint on the counts). Locks are taken
// in the order places.repository.ts sets out: the shift first, then the sign-up.
import { randomUUID } from 'crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  ageWindowOf,
  channelOf,
  Contact,
  CONSENT_TEXT,
  CONSENT_TEXTS,
  CONSENT_VERSION,
  CONSENT_VERSIONS,
  ConsentScope,
  dayInZone,
  DriveStatus,
  joinsRegistry,
  Locale,
  EligibilityRules,
  eligibilityRulesOf,
  MessageChannel,
  normalizePhone,
  PastDonation,
  normalizeReferralCode,
  normalizeTeamCode,
  recordsHealthOutcomes,
  selfReportedDonations,
  selfReportProblems,
  SignUpStatus,
  showsTicket,
} from '@life-relay/domain';
import { ConflictError, FieldProblem, InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { isUuid } from '../common/graphql/uuid';
import { CommitWith, inPipelinedTransaction, preparedQuery } from '../common/sql';
import type { DriveEntity } from '../drives/drive.entity';
import { DrivesService } from '../drives/drives.service';
import { ageProblems, donationsOf, hasDonatedBefore, waitProblems } from './sign-up-rules';
import { OrganizationsService } from '../organizations/organizations.service';
import type { ShiftEntity } from '../drives/shift.entity';
import { OutboxWakeups } from '../outbox/outbox-wakeups';
import { Outbox, QueuedMessage, queuedParams } from '../outbox/outbox.repository';
import { TeamsService } from '../teams/teams.service';
import { ManagedSignUp, PublicDrive, PublicShift, PublicTeam, SignUpInput, SignUpReceipt } from './dto/sign-up.types';
import { hashManageToken, newManageToken, ticketHashOf, ticketOf } from './manage-token';
import { COUNT_PLACE_AND_ISSUE_TOKEN, PLACE_NOT_TAKEN, SIGN_UP_TARGET, TAKE_FREE_PLACE, UPSERT_PERSON_BY_PHONE_FOR_DRIVE, UPSERT_PERSON_FOR_DRIVE } from './sign-up-statements';
import { ProvenContact, SignUpCodes } from '../verification/sign-up-codes.repository';
import { recipientOf, Volunteers } from './volunteers.repository';
import { LockedShift, Places } from '../places/places.repository';
import { Placement, SignUpsRepository } from './sign-ups.repository';
import { MessagePurpose } from '@life-relay/domain';
import { WaitlistService } from './waitlist.service';
import { ManageTokens, signUpOfLiveToken } from './manage-tokens.repository';
import { givenConsents } from './consents.repository';
import { RegistryMembers } from './registry-members.repository';

/** A re-sent confirmation goes out at most once per this window, so a form cannot spam a mailbox. */
const RESEND_WINDOW_MS = 10 * 60 * 1000;

/** The few columns of a drive and a shift that signing up reads. */
type SignUpDrive = Pick<DriveEntity, 'id' | 'organizationId' | 'status' | 'kind' | 'timeZone' | 'minAge' | 'maxAge'>;
type SignUpShift = Pick<ShiftEntity, 'id' | 'startsAt' | 'endsAt'>;

/** A row of SIGN_UP_TARGET: the drive, and the shift, team and referrer the form named, if they are the drive's. */
interface SignUpTargetRow {
  id: string;
  organization_id: string;
  status: DriveStatus;
  kind: DriveEntity['kind'];
  time_zone: string;
  min_age: number | null;
  max_age: number | null;
  shift_id: string | null;
  starts_at: Date;
  ends_at: Date;
  has_room: boolean;
  team_id: string | null;
  referrer_id: string | null;
  referrer_volunteer_id: string;
  eligibility_rules: unknown;
}

/** A row of the person's upsert (upsertPersonForDrive): their record, their sign-up for the drive if any, and the code's use. */
type PersonRow = Omit<SignUpRow, 'id'> & {
  id: string | null;
  donations: PastDonation[] | null;
  next_arrival: string;
  fresh: boolean;
};

interface SignUpTarget {
  drive: SignUpDrive;
  /** hasRoom: a free place when the target was read (a hint: the place is taken under the lock). */
  shift: (SignUpShift & { hasRoom: boolean }) | null;
  team: { id: string } | null;
  /** The sign-up of this drive whose code the link carried, and whose it is. */
  referrer: { signUpId: string; volunteerId: string } | null;
  /** The drive's organization's eligibility rules. */
  rules: EligibilityRules;
}

/** A volunteer's record, and what signing them up for a drive depends on (see upsertVolunteer). */
interface Person {
  volunteerId: string;
  /** Where their messages go: the channel they chose and its contact. */
  channel: MessageChannel;
  recipient: string;
  existing: SignUpRow | null;
  /** Their donations that count for intervals (recorded and self-reported: DONATIONS_OF). */
  donations: PastDonation[];
  nextArrival: string;
  /** The code was unused, and is used up now (with this transaction). */
  freshCode: boolean;
}

interface SignUpRequest {
  input: SignUpInput;
  /** The form's phone number in E.164, parsed once; null without one. */
  phone: string | null;
  locale: Locale;
  drive: SignUpDrive;
  shift: SignUpShift & { hasRoom: boolean };
  teamId: string | null;
  /** The sign-up of this drive whose share link brought the person, if any (checked not to be their own when placing). */
  referrer: { signUpId: string; volunteerId: string } | null;
  /** The contact the one-time code proved, with its code's hashes (the code is used up in the sign-up's transaction). */
  verified: ProvenContact;
  /** The id a new sign-up takes: the consents given with the form name it before it is written. */
  signUpId: string;
  /** The drive's organization's eligibility rules. */
  rules: EligibilityRules;
}

interface SignUpRow {
  id: string;
  drive_id: string;
  shift_id: string;
  volunteer_id: string;
  status: SignUpStatus;
  arrival: string;
  locale: string;
  channel: MessageChannel;
  recipient: string;
}

@Injectable()
export class SignUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drives: DrivesService,
    private readonly teams: TeamsService,
    private readonly outbox: Outbox,
    private readonly wakeups: OutboxWakeups,
    private readonly waitlist: WaitlistService,
    private readonly manageTokens: ManageTokens,
    private readonly places: Places,
    private readonly signUps: SignUpsRepository,
    private readonly codes: SignUpCodes,
    private readonly organizations: OrganizationsService,
    private readonly volunteers: Volunteers,
    private readonly registryMembers: RegistryMembers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What the public form shows; null for an unknown slug or a drive that is not published. */
  async publicDrive(slug: string, teamCode: string | null | undefined, locale: Locale): Promise<PublicDrive | null> {
    const drive = await this.drives.getBySlug(slug);
    if (!drive || drive.status !== DriveStatus.PUBLISHED) return null;
    const shifts = (await this.drives.shiftsOf([drive.id])).get(drive.id) ?? [];
    const found = teamCode ? await this.teams.findByCode(teamCode) : null;
    // A team recruits for its own organization's drives only.
    const team = found?.organizationId === drive.organizationId ? found : null;
    const [college] = team?.collegeId ? await this.teams.findCollegesByIds([team.collegeId]) : [];
    return this.toPublicDrive(drive, shifts, team && { name: team.name, code: team.code, collegeName: college?.name ?? null }, locale);
  }

  async signUp(input: SignUpInput, requestLocale: Locale): Promise<SignUpReceipt> {
    const locale = (input.locale as Locale | undefined) ?? requestLocale;
    const target = await this.signUpTarget(input.driveSlug, input.shiftId, input.teamCode, input.referrer);
    if (!target || target.drive.status !== DriveStatus.PUBLISHED) throw new NotFoundError('Drive');
    const { drive, shift, team, rules } = target;

    // Everything that can be checked before writing is checked first, and reported at once.
    const problems: FieldProblem[] = [];
    const contacts: Contact[] = [];
    if (input.email) contacts.push({ channel: MessageChannel.EMAIL, value: input.email.toLowerCase() });
    const phone = input.phone ? normalizePhone(input.phone) : null;
    if (phone) contacts.push({ channel: MessageChannel.SMS, value: phone });
    if (!input.email && !input.phone) problems.push({ field: 'email', key: 'contactRequired' }, { field: 'phone', key: 'contactRequired' });
    if (!shift) problems.push({ field: 'shiftId', key: 'shiftNotInDrive' });
    if (input.teamCode && !team) problems.push({ field: 'teamCode', key: 'unknownTeamCode' });
    // A drive that records screening outcomes records health data: not without its own consent.
    if (recordsHealthOutcomes(drive.kind) && input.healthConsent !== true) problems.push({ field: 'healthConsent', key: 'healthConsentRequired' });
    // The widest window first (a repeat donor's): whether this person has donated before is not
    // known until a code proves the contact theirs.
    if (shift && input.birthDate) problems.push(...ageProblems(drive, shift, input.birthDate, rules));
    problems.push(...selfReportProblems(input, dayInZone(new Date(), drive.timeZone)));
    if (problems.length) throw new InvalidInputError(problems);
    // Nothing about anyone is read or written before a code proves one of the contacts.
    const verified = await this.codes.verify(this.dataSource.manager, contacts, input.code);
    // The first-time limit, once the code proved whose history it is: the answer tells the
    // contact's owner about themselves only. (A wrong code was refused above.)
    const firstTimeProblems = shift && input.birthDate ? ageProblems(drive, shift, input.birthDate, rules, true) : [];
    if (firstTimeProblems.length) {
      const [email, phone] = verified.channel === MessageChannel.EMAIL ? [verified.value, null] : [null, verified.value];
      // Someone who says they donated elsewhere is no first-timer either (marked self-reported).
      const reported = Boolean(input.earlierDonations || input.donatedElsewhereOn);
      if (!reported && !(await hasDonatedBefore(this.dataSource.manager, email, phone))) throw new InvalidInputError(firstTimeProblems);
    }
    const chosenShift = shift as SignUpShift & { hasRoom: boolean };
    // An unknown code, or one of another drive, is ignored just like no code: the answer is the
    // same either way, so the form cannot be asked whether a code exists.
    const request: SignUpRequest = {
      input, phone, locale, drive, shift: chosenShift, teamId: team?.id ?? null, referrer: target.referrer, verified, signUpId: randomUUID(), rules,
    };

    // A second contact is kept only if no other record has it; when another submission took it
    // at this very moment, the unique key says so: once more, and it is left out. The same for
    // the rare new referral code that another sign-up of the drive has already: once more, with
    // another (the column's default draws it).
    const receipt = await this.place(request).catch((error: unknown) => {
      if (isUnclaimedContactRace(error) || isReferralCodeCollision(error)) return this.place(request);
      throw error;
    });
    this.wakeups.queued(); // the confirmation, committed with the sign-up
    // At a registry drive, someone already in the organization's registry is told so with their
    // new sign-up (the code proved the contact theirs): they need give no sample, and are not
    // counted again (the desk refuses a second join).
    const alreadyInRegistrySince = receipt.manageToken && joinsRegistry(drive.kind) ? await this.registryMembers.joinedOnOf(this.dataSource.manager, drive.organizationId, verified) : null;
    // The ticket goes with the link, to whoever the link goes to: not to a repeated submission.
    return { ...receipt, ticket: receipt.manageToken && showsTicket(receipt.status) ? ticketOf(receipt.manageToken) : null, alreadyInRegistrySince };
  }

  private async place(request: SignUpRequest): Promise<SignUpReceipt> {
    // A free place a moment ago is almost always still free: take it without waiting for the
    // shift's lock. Only when it went meanwhile, or the shift is full, queue on the lock.
    if (request.shift.hasRoom) {
      const placed = await inPipelinedTransaction(this.dataSource, (tx, commitWith) => this.signUpForFreePlace(tx, commitWith, request)).catch((error: unknown) => {
        if (error === RETRY_UNDER_LOCK || isPlaceNotTaken(error)) return null;
        throw error;
      });
      if (placed) return placed;
    }
    return this.dataSource.transaction((tx) => this.signUpUnderShiftLock(tx, request));
  }

  /**
   * The hot path of a rush. The shift's row is locked by the very last statement, which takes the
   * place only if one is left, and writes the sign-up and its token; it goes out with the COMMIT,
   * so the lock is held for that statement and the commit alone, and sign-ups for one shift do
   * not queue behind each other's round trips. The sign-up is inserted by that same statement, so
   * the counts its triggers keep are touched after the shift, in the order every writer takes
   * them (see the top of this file). Rolls everything back and throws RETRY_UNDER_LOCK if a
   * cancelled sign-up is to be revived, or PLACE_NOT_TAKEN's error if the place went meanwhile
   * (or the same person signed up at this very moment).
   */
  private async signUpForFreePlace(tx: EntityManager, commitWith: CommitWith, request: SignUpRequest): Promise<SignUpReceipt> {
    const { input, locale, drive, shift } = request;
    const before = await this.beforePlacing(tx, request);
    if ('receipt' in before) return before.receipt;
    if (before.existing) throw RETRY_UNDER_LOCK; // a cancelled sign-up comes back to life under the lock
    const { volunteerId, nextArrival: arrival } = before;
    const id = request.signUpId;
    const manageToken = newManageToken();
    const [written] = await commitWith<{ referral_code: string }>(
      'take-free-place',
      TAKE_FREE_PLACE,
      [id, arrival, shift.id, drive.id, volunteerId, request.teamId, channelOf(input.source), input.source ?? null, CONSENT_VERSION, locale, hashManageToken(manageToken),
        referrerOf(request, volunteerId), ticketHashOf(manageToken), ...queuedParams(confirmation(id, drive.organizationId, arrival, before, locale, SignUpStatus.REGISTERED))],
    );
    return {
      status: SignUpStatus.REGISTERED, duplicate: false, manageToken, shiftStartsAt: shift.startsAt, shiftEndsAt: shift.endsAt, waitlistPosition: null,
      referralCode: written.referral_code,
    };
  }

  /** A full shift (the waitlist), a revived cancelled sign-up, or a place that went meanwhile. */
  private async signUpUnderShiftLock(tx: EntityManager, request: SignUpRequest): Promise<SignUpReceipt> {
    const { input, locale, drive, shift } = request;
    const before = await this.beforePlacing(tx, request);
    if ('receipt' in before) return before.receipt;
    const { volunteerId, existing } = before;

    const [locked] = await this.places.lock(tx, [shift.id]);
    const place = locked.registered_count < locked.capacity ? SignUpStatus.REGISTERED : SignUpStatus.WAITLISTED;
    const placement: Placement = {
      shiftId: shift.id,
      teamId: request.teamId,
      channel: channelOf(input.source),
      source: input.source ?? null,
      status: place,
      consentVersion: CONSENT_VERSION,
      locale,
      referrerSignUpId: referrerOf(request, volunteerId),
    };
    // A cancelled sign-up for this drive comes back to life: one row per person and drive. Only
    // if it still is cancelled: `existing` was read before this transaction had the person's row.
    const row = existing ? await this.signUps.revive(tx, existing.id, placement) : await this.signUps.insert(tx, request.signUpId, drive.id, volunteerId, placement);
    if (!row) {
      // The same person signed up (or came back) for this drive at this very moment.
      const winner = await this.findSignUp(tx, 's.drive_id = $1 AND s.volunteer_id = $2', [drive.id, volunteerId]);
      return this.duplicate(tx, winner as SignUpRow);
    }
    // Someone waiting holds no place: only their manage token is issued.
    const manageToken = place === SignUpStatus.REGISTERED ? await takePlaceWithToken(tx, shift.id, row.id) : await this.manageTokens.issue(tx, row.id);
    await this.outbox.enqueue(tx, confirmation(row.id, drive.organizationId, row.arrival, before, locale, place));
    return {
      status: place,
      duplicate: false,
      manageToken,
      shiftStartsAt: shift.startsAt,
      shiftEndsAt: shift.endsAt,
      waitlistPosition: place === SignUpStatus.WAITLISTED ? await waitlistPosition(tx, shift.id, row.arrival) : null,
      referralCode: row.referral_code,
    };
  }

  /**
   * What both paths do before a place is taken, none of it under the shift's lock: the person's
   * record (its row lock keeps one person's submissions in order), a sign-up they already have
   * (answered as a duplicate unless cancelled), and the donation interval.
   */
  private async beforePlacing(
    tx: EntityManager,
    { input, phone, locale, drive, shift, verified, signUpId, rules }: SignUpRequest,
  ): Promise<{ receipt: SignUpReceipt } | Person> {
    // The code is used up with the sign-up (if this transaction rolls back, it still works). One
    // used before still answers a repeated submission (a double click), and nothing else.
    const person = await this.upsertVolunteer(tx, input, phone, locale, drive, verified, signUpId, this.codes.consumeParams(verified));
    let { existing } = person;
    // The upsert read their sign-up as of the statement's start. A code used already answers a
    // repeated submission only, and the same form sent twice at once (a double click) used it a
    // moment ago, in the submission this one waited for: read the sign-up again, after that wait.
    if (!person.freshCode && existing?.status !== SignUpStatus.REGISTERED && existing?.status !== SignUpStatus.WAITLISTED) {
      existing = await this.findSignUp(tx, 's.drive_id = $1 AND s.volunteer_id = $2', [drive.id, person.volunteerId]);
    }
    if (existing && existing.status !== SignUpStatus.CANCELLED) return { receipt: await this.duplicate(tx, existing) };
    if (!person.freshCode) throw InvalidInputError.field('code', 'codeExpired');
    // What they report about donations elsewhere is health data: kept only with the health
    // consent, like a blood type, and counted at once. Refused below, the transaction keeps none of it.
    if (input.healthConsent === true) {
      const report = { count: input.earlierDonations ?? null, lastOn: input.donatedElsewhereOn ?? null, lastKind: input.donatedElsewhereKind ?? null };
      await this.volunteers.reportDonations(tx, person.volunteerId, report);
      person.donations.push(...selfReportedDonations(report));
    }
    const waits = waitProblems(drive, shift, person.donations, rules, this.config.donationIntervalDays);
    if (waits.length) throw new InvalidInputError(waits);
    return person;
  }

  /**
   * What a sign-up needs to know before its transaction, in one round trip: the drive by slug,
   * the chosen shift if it is one of the drive's, and the team of a share code.
   */
  private async signUpTarget(slug: string, shiftId: string, teamCode: string | null | undefined, referralCode: string | null | undefined): Promise<SignUpTarget | null> {
    const [row] = await preparedQuery<SignUpTargetRow>(this.dataSource.manager, 'sign-up-target', SIGN_UP_TARGET, [
      slug,
      isUuid(shiftId) ? shiftId : null,
      teamCode ? normalizeTeamCode(teamCode) : null,
      normalizeReferralCode(referralCode),
    ]);
    if (!row) return null;
    return {
      drive: { id: row.id, organizationId: row.organization_id, status: row.status, kind: row.kind, timeZone: row.time_zone, minAge: row.min_age, maxAge: row.max_age },
      shift: row.shift_id ? { id: row.shift_id, startsAt: row.starts_at, endsAt: row.ends_at, hasRoom: row.has_room } : null,
      team: row.team_id ? { id: row.team_id } : null,
      referrer: row.referrer_id ? { signUpId: row.referrer_id, volunteerId: row.referrer_volunteer_id } : null,
      rules: eligibilityRulesOf(row.eligibility_rules),
    };
  }

  /** Cancelling frees the place; the first person on the waitlist gets it and is told. */
  async cancel(manageToken: string): Promise<SignUpReceipt> {
    return this.underShiftLocks(manageToken, [], async (tx, signUp, [shift]) => {
      await this.assertDriveOpen(tx, signUp.drive_id);
      if (signUp.status !== SignUpStatus.CANCELLED) {
        if (signUp.status !== SignUpStatus.REGISTERED && signUp.status !== SignUpStatus.WAITLISTED) {
          throw new ConflictError('alreadyAttended');
        }
        await this.signUps.cancel(tx, signUp.id);
        await this.manageTokens.endOnCancellation(tx, signUp.id);
        await this.places.release(tx, shift.id, signUp.status);
        if (signUp.status === SignUpStatus.REGISTERED) await this.waitlist.promote(tx, shift.id);
      }
      return { status: SignUpStatus.CANCELLED, duplicate: false, manageToken: null, shiftStartsAt: shift.starts_at, shiftEndsAt: shift.ends_at, waitlistPosition: null, referralCode: null };
    });
  }

  /**
   * Moves a sign-up to another shift of the same drive. A registered person only moves to a shift
   * with a free place (they would not want to trade a place for the waitlist); a waitlisted one
   * joins the other shift's waitlist if it is full.
   */
  async changeShift(manageToken: string, shiftId: string): Promise<SignUpReceipt> {
    const found = await this.byManageToken(this.dataSource.manager, manageToken);
    const drive = (await this.drives.get(found.drive_id)) as DriveEntity;
    const target = isUuid(shiftId) ? ((await this.drives.shiftsOf([drive.id])).get(drive.id) ?? []).find((s) => s.id === shiftId) : undefined;
    if (!target) throw InvalidInputError.field('shiftId', 'shiftNotInDrive');
    return this.underShiftLocks(manageToken, [target.id], async (tx, signUp, locked) => {
      await this.assertDriveOpen(tx, signUp.drive_id);
      const to = locked.find((s) => s.id === target.id) as LockedShift;
      if (signUp.status !== SignUpStatus.REGISTERED && signUp.status !== SignUpStatus.WAITLISTED) {
        throw new ConflictError('shiftChangeNotAllowed');
      }
      if (signUp.shift_id === to.id) return this.receipt(tx, signUp, to);
      // The new shift's day under the same rules as signing up: age (the organization's limits,
      // first-time or repeat) and the intervals since their donations, as problems of the shift.
      const [volunteer] = await tx.query(`SELECT to_char(birth_date, 'YYYY-MM-DD') AS birth_date FROM volunteers WHERE id = $1`, [signUp.volunteer_id]);
      const rules = await this.organizations.eligibilityRulesOf(drive.organizationId);
      const donations = (await donationsOf(tx, [signUp.volunteer_id])).get(signUp.volunteer_id) ?? [];
      const problems = volunteer.birth_date ? ageProblems(drive, target, volunteer.birth_date, rules, donations.length === 0 && !(await this.reportedEarlier(tx, signUp.volunteer_id))) : [];
      problems.push(...waitProblems(drive, target, donations, rules, this.config.donationIntervalDays));
      if (problems.length) throw new InvalidInputError(problems.map((p) => ({ ...p, field: 'shiftId' })));
      const hasRoom = to.registered_count < to.capacity;
      if (signUp.status === SignUpStatus.REGISTERED && !hasRoom) throw InvalidInputError.field('shiftId', 'shiftFull');

      const place = hasRoom ? SignUpStatus.REGISTERED : SignUpStatus.WAITLISTED;
      const arrival = await this.signUps.move(tx, signUp.id, to.id, place);
      await this.places.release(tx, signUp.shift_id, signUp.status);
      await this.places.take(tx, to.id, place);
      if (signUp.status === SignUpStatus.REGISTERED) await this.waitlist.promote(tx, signUp.shift_id);
      await this.outbox.enqueue(tx, {
        purpose: MessagePurpose.SHIFT_CHANGED,
        dedupeKey: `${MessagePurpose.SHIFT_CHANGED}:${signUp.id}:${to.id}:${arrival}`,
        channel: signUp.channel,
        recipient: signUp.recipient,
        volunteerId: signUp.volunteer_id,
        signUpId: signUp.id,
        locale: signUp.locale,
        payload: { signUpId: signUp.id, shiftId: to.id, status: place },
      });
      return this.receipt(tx, { ...signUp, status: place, arrival, shift_id: to.id }, to);
    });
  }

  /**
   * Runs `work` on the sign-up behind a manage token with its shift (and `otherShifts`) locked,
   * shift locks first as in signUp. If the sign-up moved to another shift between the look-up
   * and the locks, it looks again.
   */
  private async underShiftLocks<T>(
    manageToken: string,
    otherShifts: string[],
    work: (tx: EntityManager, signUp: SignUpRow, shifts: LockedShift[]) => Promise<T>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const found = await this.byManageToken(this.dataSource.manager, manageToken);
      const result = await this.dataSource.transaction(async (tx) => {
        const locked = await this.places.lock(tx, [found.shift_id, ...otherShifts]);
        const signUp = await this.findSignUp(tx, 's.id = $1', [found.id], true);
        if (!signUp || signUp.shift_id !== found.shift_id) return MOVED;
        const own = locked.find((s) => s.id === signUp.shift_id) as LockedShift;
        return work(tx, signUp, [own, ...locked.filter((s) => s !== own)]);
      });
      if (result !== MOVED) return result as T;
      if (attempt >= 3) throw new ConflictError('signUpBusy');
    }
  }

  /** The volunteer's own view behind their manage link; null for an unknown token. */
  async managed(manageToken: string, locale: Locale): Promise<ManagedSignUp | null> {
    const found = await this.byManageToken(this.dataSource.manager, manageToken).catch((e) => {
      if (e instanceof NotFoundError) return null;
      throw e;
    });
    if (!found) return null;
    const [row] = await this.dataSource.query(
      `SELECT v.name, v.email, s.status, s.arrival, s.shift_id, s.drive_id, t.name AS team_name
         FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id LEFT JOIN teams t ON t.id = s.team_id
        WHERE s.id = $1`,
      [found.id],
    );
    // The link was just found live: its ticket goes with it, for a place held.
    const ticket = showsTicket(row.status) ? await this.manageTokens.ticketFor(this.dataSource.manager, manageToken) : null;
    const drive = (await this.drives.get(row.drive_id)) as DriveEntity;
    const shifts = (await this.drives.shiftsOf([drive.id])).get(drive.id) ?? [];
    const publicDrive = this.toPublicDrive(drive, shifts, null, locale);
    return {
      signUpId: found.id,
      status: row.status,
      name: row.name,
      email: row.email,
      drive: publicDrive,
      shift: publicDrive.shifts.find((s) => s.id === row.shift_id) as PublicShift,
      teamName: row.team_name,
      ticket,
      waitlistPosition:
        row.status === SignUpStatus.WAITLISTED ? await waitlistPosition(this.dataSource.manager, row.shift_id, row.arrival) : null,
    };
  }

  /**
   * A repeated submission: no token in the answer; the owner's mailbox gets a fresh link, minted
   * when the message is sent (the outbox keeps no token).
   */
  private async duplicate(tx: EntityManager, existing: SignUpRow): Promise<SignUpReceipt> {
    const window = Math.floor(Date.now() / RESEND_WINDOW_MS);
    await this.outbox.enqueue(tx, {
      purpose: MessagePurpose.SIGN_UP_CONFIRMATION_RESENT,
      dedupeKey: `${MessagePurpose.SIGN_UP_CONFIRMATION_RESENT}:${existing.id}:${window}`,
      channel: existing.channel,
      recipient: existing.recipient,
      volunteerId: existing.volunteer_id,
      signUpId: existing.id,
      locale: existing.locale,
      payload: { signUpId: existing.id },
    });
    const [shift] = await tx.query(`SELECT * FROM shifts WHERE id = $1`, [existing.shift_id]);
    return { ...(await this.receipt(tx, existing, shift)), duplicate: true, manageToken: null };
  }

  private async receipt(tx: EntityManager, signUp: SignUpRow, shift: LockedShift): Promise<SignUpReceipt> {
    return {
      status: signUp.status,
      duplicate: false,
      manageToken: null,
      shiftStartsAt: shift.starts_at,
      shiftEndsAt: shift.ends_at,
      waitlistPosition: signUp.status === SignUpStatus.WAITLISTED ? await waitlistPosition(tx, shift.id, signUp.arrival) : null,
      referralCode: null,
    };
  }

  /**
   * One record per person, found by the contact the code proved. An existing record is never
   * overwritten; missing details are filled in (see FILL_IN_NEVER_OVERWRITE).
   * The same statement reads what signing them up for this drive depends on (a round trip is
   * the largest cost of a sign-up): their sign-up for it if any, the day of their last donation
   * of its kind, and the arrival number a new sign-up takes; and it uses up the code. Those reads
   * see the database as it was when the statement began; a sign-up of the same person committed
   * while this one waited for their record is still caught, by the unique key on drive and
   * volunteer (and, when the code was used meanwhile, by reading it again: beforePlacing).
   */
  private async upsertVolunteer(
    tx: EntityManager,
    input: SignUpInput,
    phone: string | null,
    locale: Locale,
    drive: SignUpDrive,
    verified: Contact,
    signUpId: string,
    code: unknown[],
  ): Promise<Person> {
    const health = input.healthConsent === true;
    // The general consent (required above), the health consent and the opt-in to call-outs, each its own record.
    const consents = givenConsents([ConsentScope.GENERAL, ...(health ? [ConsentScope.HEALTH] : []), ...(input.callOuts === true ? [ConsentScope.CALL_OUTS] : [])]);
    const byPhone = verified.channel === MessageChannel.SMS;
    const [row] = await preparedQuery<PersonRow>(
      tx,
      byPhone ? 'upsert-person-by-phone' : 'upsert-person',
      byPhone ? UPSERT_PERSON_BY_PHONE_FOR_DRIVE : UPSERT_PERSON_FOR_DRIVE,
      // Blood type is health data: stored only with the health consent, recorded by the same statement.
      [input.email ?? null, input.name, phone, input.birthDate ?? null, health ? (input.bloodType ?? null) : null, locale, input.callOuts === true, drive.id, drive.kind,
        signUpId, consents.scopes, consents.versions, input.regionCode ?? null, ...code],
    );
    const existing: SignUpRow | null = row.id
      ? { id: row.id, drive_id: row.drive_id, shift_id: row.shift_id, volunteer_id: row.volunteer_id, status: row.status, arrival: row.arrival, locale: row.locale, channel: row.channel, recipient: row.recipient }
      : null;
    return { volunteerId: row.volunteer_id, channel: row.channel, recipient: row.recipient, existing, donations: row.donations ?? [], nextArrival: row.next_arrival, freshCode: row.fresh };
  }

  /** Whether the volunteer reported donations elsewhere (a count without a day counts too). */
  private async reportedEarlier(db: EntityManager, volunteerId: string): Promise<boolean> {
    const [row] = await db.query(`SELECT coalesce(reported_donation_count, 0) > 0 AS reported FROM volunteers WHERE id = $1`, [volunteerId]);
    return row?.reported === true;
  }

  private async assertDriveOpen(tx: EntityManager, driveId: string) {
    const [drive] = await tx.query(`SELECT status FROM drives WHERE id = $1`, [driveId]);
    if (drive.status === DriveStatus.CLOSED) throw new ConflictError('driveClosed');
  }

  private async byManageToken(db: EntityManager, token: string): Promise<SignUpRow> {
    const found = await this.findSignUp(db, `s.id = ${signUpOfLiveToken('$1')}`, [hashManageToken(token)]);
    if (!found) throw new NotFoundError('Sign-up');
    return found;
  }

  private async findSignUp(db: EntityManager, where: string, params: unknown[], lock = false): Promise<SignUpRow | null> {
    const [row] = await db.query(
      `SELECT s.id, s.drive_id, s.shift_id, s.volunteer_id, s.status, s.arrival, s.locale, v.channel, ${recipientOf('v')} AS recipient
         FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id
        WHERE ${where}${lock ? ' FOR UPDATE OF s' : ''}`,
      params,
    );
    return row ?? null;
  }

  private toPublicDrive(drive: DriveEntity, shifts: ShiftEntity[], team: PublicTeam | null, locale: Locale): PublicDrive {
    const window = ageWindowOf(drive);
    return {
      id: drive.id,
      signUpGoal: drive.signUpGoal,
      donationGoal: drive.donationGoal,
      slug: drive.slug,
      title: drive.title,
      description: drive.description,
      kind: drive.kind,
      status: drive.status,
      location: drive.location,
      regionCode: drive.regionCode,
      organizationId: drive.organizationId,
      timeZone: drive.timeZone,
      startsAt: drive.startsAt,
      endsAt: drive.endsAt,
      minAge: window?.minAge ?? null,
      maxAge: window?.maxAge ?? null,
      shifts: shifts.map((s) => ({
        id: s.id,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        capacity: s.capacity,
        spotsLeft: Math.max(0, s.capacity - s.registeredCount),
        waitlistCount: s.waitlistCount,
      })),
      team,
      consentText: CONSENT_TEXT[locale],
      consentVersion: CONSENT_VERSION,
      healthConsentText: CONSENT_TEXTS[ConsentScope.HEALTH][locale],
      healthConsentVersion: CONSENT_VERSIONS[ConsentScope.HEALTH],
      healthConsentRequired: recordsHealthOutcomes(drive.kind),
      callOutsConsentText: CONSENT_TEXTS[ConsentScope.CALL_OUTS][locale],
    };
  }
}

const MOVED = Symbol('moved');

/** The unique key of a volunteer's e-mail or phone, hit by the unverified contact of a simultaneous submission. */
function isUnclaimedContactRace(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const constraint = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && (constraint === 'volunteers_phone_key' || constraint === 'volunteers_email_key');
}
/** The unique key of a drive's referral codes, hit by a freshly drawn code (about once in 10^15 draws per sign-up). */
function isReferralCodeCollision(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  return (e?.driverError?.code ?? e?.code) === '23505' && (e?.driverError?.constraint ?? e?.constraint) === 'sign_ups_drive_id_referral_code_key';
}

/** TAKE_FREE_PLACE took no place: the last one went meanwhile, or the same person signed up at this very moment. */
function isPlaceNotTaken(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  return (e?.driverError?.code ?? e?.code) === PLACE_NOT_TAKEN;
}

/** The referrer's sign-up, unless it is the person's own: nobody earns credit for bringing themselves. */
function referrerOf(request: SignUpRequest, volunteerId: string): string | null {
  return request.referrer && request.referrer.volunteerId !== volunteerId ? request.referrer.signUpId : null;
}

/** Thrown inside the free-place transaction to roll it back and sign up under the shift's lock. */
const RETRY_UNDER_LOCK = Symbol('retry under the lock');

/**
 * The confirmation of a new (or revived) sign-up; the arrival makes each one its own message. Its
 * manage link is not the receipt's: the receipt's token is in no message, and the e-mail or text
 * gets one of its own when it is sent.
 */
/** Queued before the sign-up row is written (one round trip), so it names the drive's organization itself. */
function confirmation(signUpId: string, organizationId: string, arrival: string, person: Person, locale: Locale, status: SignUpStatus): QueuedMessage {
  return {
    purpose: MessagePurpose.SIGN_UP_CONFIRMATION,
    dedupeKey: `${MessagePurpose.SIGN_UP_CONFIRMATION}:${signUpId}:${arrival}`,
    channel: person.channel,
    recipient: person.recipient,
    volunteerId: person.volunteerId,
    signUpId,
    organizationId,
    locale,
    payload: { signUpId, status },
  };
}

/** Counts the place taken and issues the sign-up's manage token, in one statement (one round trip under the shift's lock). */
async function takePlaceWithToken(tx: EntityManager, shiftId: string, signUpId: string): Promise<string> {
  const token = newManageToken();
  await tx.query(COUNT_PLACE_AND_ISSUE_TOKEN, [shiftId, hashManageToken(token), signUpId, ticketHashOf(token)]);
  return token;
}

async function waitlistPosition(db: EntityManager, shiftId: string, arrival: string): Promise<number> {
  const [row] = await db.query(
    `SELECT count(*)::int AS position FROM sign_ups WHERE shift_id = $1 AND status = 'WAITLISTED' AND arrival <= $2`,
    [shiftId, arrival],
  );
  return row.position;
}


