// Sign-ups collected on paper (a campus stall, the bloodmobile's clipboard), typed into a
// spreadsheet and imported by an organizer. Every row is checked with the public form's rules;
// either all rows are imported in one transaction or none is, and every refused row says why.
// Paper forms carry the same consent texts as the web form: each imported sign-up records the
// general consent and, unless its healthConsent cell says no, the health consent, as given
// through an import. Nobody is e-mailed about an import.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { BloodType, CONSENT_VERSION, DriveStatus, EligibilityRules, joinsRegistry, Locale, normalizePhone, PastDonation, normalizeTeamCode, recordsHealthOutcomes, SignUpStatus, translate } from '@life-relay/domain';
import { ConflictError, FieldProblem, NotFoundError } from '../../common/errors/domain-errors';
import { LockedShift, Places } from '../../places/places.repository';
import { SignUpsRepository } from '../sign-ups.repository';
import { Volunteers } from '../volunteers.repository';
import { Consents } from '../consents.repository';
import { RegistryMembers } from '../registry-members.repository';
import { toFieldProblems } from '../../common/validation/validation.pipe';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { DriveEntity } from '../../drives/drive.entity';
import { DrivesService } from '../../drives/drives.service';
import { ageProblems, DONATIONS_OF, waitProblems } from '../sign-up-rules';
import { OrganizationsService } from '../../organizations/organizations.service';
import type { ShiftEntity } from '../../drives/shift.entity';
import type { TeamEntity } from '../../teams/team.entity';
import { TeamsService } from '../../teams/teams.service';
import { SignUpInput } from '../dto/sign-up.types';
import { CsvRow, isLooseCalendarDate, looseBloodType, looseDate, readImportFile, readTime, wallTime } from './csv-cells';
import { SignUpImportReport } from './dto/sign-up-import.types';

/** What a paper form may record: every status that holds a place (the importer never waitlists). */
const IMPORT_STATUSES: readonly SignUpStatus[] = [
  SignUpStatus.REGISTERED,
  SignUpStatus.CHECKED_IN,
  SignUpStatus.DONATED,
  SignUpStatus.DEFERRED,
  SignUpStatus.NO_SHOW,
];

/** The columns the public form's SignUpInput checks for us, so that the two cannot disagree. */
const FORM_FIELDS = new Set(['name', 'email', 'phone', 'birthDate', 'bloodType', 'teamCode']);
const ANY_SHIFT_ID = '00000000-0000-4000-8000-000000000000';
const MAX_DEFERRAL_REASON = 500;

interface ImportRow {
  line: number;
  problems: FieldProblem[];
  name: string;
  email: string | null;
  phone: string | null;
  birthDate: string | null;
  bloodType: BloodType | null;
  shift: ShiftEntity | null;
  team: TeamEntity | null;
  status: SignUpStatus;
  volumeMl: number | null;
  deferralReason: string | null;
  retryOn: string | null;
  /** The paper form's consent to health data: without it no blood type is stored. */
  healthConsent: boolean;
  /** A cancelled sign-up of this person for this drive, which the import brings back. */
  cancelledSignUpId?: string;
}

/** A shift's places as the import counts them. */
type ShiftPlaces = Pick<LockedShift, 'id' | 'capacity' | 'registered_count'>;

export interface ImportOptions {
  dryRun: boolean;
  locale: Locale;
}

@Injectable()
export class SignUpsImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drives: DrivesService,
    private readonly teams: TeamsService,
    private readonly places: Places,
    private readonly volunteers: Volunteers,
    private readonly signUps: SignUpsRepository,
    private readonly consents: Consents,
    private readonly registryMembers: RegistryMembers,
    private readonly organizations: OrganizationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import(driveId: string, csv: string, { dryRun, locale }: ImportOptions): Promise<SignUpImportReport> {
    const drive = await this.drives.get(driveId);
    if (!drive) throw new NotFoundError('Drive');
    // Paper forms are often typed in after the drive, so a closed drive takes them too.
    if (drive.status === DriveStatus.DRAFT) throw new ConflictError('importIntoDraft');

    const file = readImportFile(csv);
    const shifts = (await this.drives.shiftsOf([drive.id])).get(drive.id) ?? [];
    const teams = await this.teamsByCode(file, drive.organizationId);
    const rules = await this.organizations.eligibilityRulesOf(drive.organizationId);
    const rows: ImportRow[] = [];
    for (const line of file) rows.push(await this.checkRow(line, drive, shifts, teams, rules));
    markDuplicateEmails(rows);

    return this.dataSource.transaction(async (tx) => {
      // The same locks, in the same order, as a sign-up through the form: places cannot be
      // taken twice, and a file checked here is the file written here.
      const locked = await this.places.ofShifts(tx, rows.flatMap((r) => (r.shift ? [r.shift.id] : [])), !dryRun);
      await this.checkExistingSignUps(tx, drive, rows);
      await this.checkDonorHistories(tx, drive, rows, rules);
      await this.checkRegistryMembers(tx, drive, rows);
      checkCapacity(rows, locked);

      const refused = rows.filter((r) => r.problems.length);
      const report = (imported: number): SignUpImportReport => ({ imported, dryRun, refused: refused.map((r) => toRefusedRow(r, locale)) });
      if (refused.length) return report(0);
      if (dryRun) return report(rows.length);
      await this.write(tx, drive, rows, locale);
      return report(rows.length);
    });
  }

  /** The teams named in the file, among the drive's organization's: another's code names none. */
  private async teamsByCode(file: CsvRow[], organizationId: string): Promise<Map<string, TeamEntity | null>> {
    const codes = new Set(file.flatMap((r) => (r.cells.teamCode ? [normalizeTeamCode(r.cells.teamCode)] : [])));
    const teams = new Map<string, TeamEntity | null>();
    // A file names a handful of teams (the clubs that ran the stalls); one look-up each.
    for (const code of codes) {
      const team = await this.teams.findByCode(code);
      teams.set(code, team?.organizationId === organizationId ? team : null);
    }
    return teams;
  }

  /** Everything that can be told from the row itself and the drive. */
  private async checkRow(row: CsvRow, drive: DriveEntity, shifts: ShiftEntity[], teams: Map<string, TeamEntity | null>, rules: EligibilityRules): Promise<ImportRow> {
    const { cells } = row;
    const problems: FieldProblem[] = [];
    const form = plainToInstance(SignUpInput, {
      driveSlug: drive.slug,
      shiftId: ANY_SHIFT_ID,
      consent: true,
      name: cells.name,
      email: cells.email,
      phone: cells.phone,
      teamCode: cells.teamCode,
      bloodType: cells.bloodType === undefined ? undefined : looseBloodType(cells.bloodType),
      birthDate: cells.birthDate === undefined ? undefined : looseDate(cells.birthDate),
    });
    const formProblems = toFieldProblems(await validate(form, { validationError: { target: false, value: false }, forbidUnknownValues: false }));
    if (!cells.name) problems.push({ field: 'name', key: 'required' });
    // Organizer-entered people are trusted (no code): an e-mail address, a phone number, or both.
    if (!cells.email && !cells.phone) problems.push({ field: 'email', key: 'contactRequired' }, { field: 'phone', key: 'contactRequired' });
    problems.push(...formProblems.filter((p) => FORM_FIELDS.has(p.field) && !problems.some((q) => q.field === p.field)));
    const has = (field: string) => problems.some((p) => p.field === field);

    const team = form.teamCode ? (teams.get(normalizeTeamCode(form.teamCode)) ?? null) : null;
    if (form.teamCode && !has('teamCode') && !team) problems.push({ field: 'teamCode', key: 'unknownTeamCode' });

    const shift = this.shiftOf(cells.shiftStartsAt, row.shiftZone ?? drive.timeZone, shifts, problems);
    // The organization's limits as for a repeat donor here; a first-timer's, once their history is read (checkDonorHistories).
    if (shift && form.birthDate && !has('birthDate')) problems.push(...ageProblems(drive, shift, form.birthDate, rules));

    const status = (cells.status?.toUpperCase().replace(/[\s-]+/g, '_') ?? SignUpStatus.REGISTERED) as SignUpStatus;
    if (!IMPORT_STATUSES.includes(status)) problems.push({ field: 'status', key: 'importStatus' });
    // A registry drive takes a sample, not a volume: a paper list of joins has no volume to read.
    const volumeMl = status === SignUpStatus.DONATED && !joinsRegistry(drive.kind) ? readVolume(cells.volumeMl, problems) : null;
    const deferred = status === SignUpStatus.DEFERRED;
    const deferralReason = deferred ? (cells.deferralReason ?? null) : null;
    if (deferred && !deferralReason) problems.push({ field: 'deferralReason', key: 'required' });
    if (deferralReason && deferralReason.length > MAX_DEFERRAL_REASON) problems.push({ field: 'deferralReason', key: 'tooLong', params: { max: MAX_DEFERRAL_REASON } });
    const retryOn = deferred && cells.retryOn ? looseDate(cells.retryOn) : null;
    if (retryOn && !isLooseCalendarDate(retryOn)) problems.push({ field: 'retryOn', key: 'invalidDate' });
    const healthConsent = readYesNo(cells.healthConsent, problems);
    // As on the form: a drive that records outcomes takes nobody without the health consent.
    if (!healthConsent && recordsHealthOutcomes(drive.kind) && !has('healthConsent')) problems.push({ field: 'healthConsent', key: 'healthConsentRequired' });

    return {
      line: row.line,
      problems,
      name: form.name,
      email: form.email || null,
      phone: form.phone ? normalizePhone(form.phone) : null,
      birthDate: form.birthDate ?? null,
      // Health data: not stored without the health consent.
      bloodType: healthConsent ? (form.bloodType ?? null) : null,
      healthConsent,
      shift,
      team,
      status,
      volumeMl,
      deferralReason,
      retryOn,
    };
  }

  /** The shift starting at the typed time: an instant with its zone, or a wall time in `timeZone` (the header's, else the drive's). */
  private shiftOf(typed: string | undefined, timeZone: string, shifts: ShiftEntity[], problems: FieldProblem[]): ShiftEntity | null {
    if (!typed) {
      problems.push({ field: 'shiftStartsAt', key: 'required' });
      return null;
    }
    const time = readTime(typed);
    if (!time) {
      problems.push({ field: 'shiftStartsAt', key: 'invalidDateTime' });
      return null;
    }
    const shift = shifts.find((s) => ('instant' in time ? s.startsAt.getTime() === time.instant : wallTime(s.startsAt, timeZone) === time.wall));
    if (!shift) problems.push({ field: 'shiftStartsAt', key: 'shiftNotInDrive' });
    return shift ?? null;
  }

  /**
   * One sign-up per person and drive: someone already signed up is refused; a cancelled sign-up
   * comes back to life, as it does through the form.
   */
  private async checkExistingSignUps(tx: EntityManager, drive: DriveEntity, rows: ImportRow[]) {
    const byPerson = peopleOf(rows);
    if (!byPerson.size) return;
    const existing: { person: string; id: string; status: SignUpStatus }[] = await tx.query(
      `SELECT ${personKey('$2')}, s.id, s.status
         FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id
        WHERE s.drive_id = $1 AND (v.email = ANY($2::citext[]) OR v.phone = ANY($2::text[]))`,
      [drive.id, [...byPerson.keys()]],
    );
    for (const found of existing) {
      for (const row of byPerson.get(found.person) ?? []) {
        if (found.status === SignUpStatus.CANCELLED) row.cancelledSignUpId = found.id;
        else row.problems.push({ field: 'email', key: 'alreadySignedUp' });
      }
    }
  }

  /**
   * As on the form, nobody is booked before the intervals since their donations (of either kind,
   * here or reported elsewhere) have passed or while at the platelet cap, and a first-timer is
   * held to the first-time age limit. A row recording what happened at the drive (checked in,
   * donated...) is a fact, not a booking: not checked.
   */
  private async checkDonorHistories(tx: EntityManager, drive: DriveEntity, rows: ImportRow[], rules: EligibilityRules) {
    const bookings = peopleOf(rows.filter((r) => r.status === SignUpStatus.REGISTERED && r.shift));
    if (!bookings.size) return;
    const known: { person: string; donations: PastDonation[]; reported: boolean }[] = await tx.query(
      `SELECT ${personKey('$1')}, ${DONATIONS_OF('v')} AS donations, coalesce(v.reported_donation_count, 0) > 0 AS reported
         FROM volunteers v WHERE v.email = ANY($1::citext[]) OR v.phone = ANY($1::text[])`,
      [[...bookings.keys()]],
    );
    const byPerson = new Map(known.map((k) => [k.person, k]));
    for (const [person, booked] of bookings) {
      const history = byPerson.get(person);
      const donations = history?.donations ?? [];
      const firstTime = donations.length === 0 && !history?.reported;
      for (const row of booked) {
        const shift = row.shift as ShiftEntity;
        row.problems.push(...waitProblems(drive, shift, donations, rules, this.config.donationIntervalDays, 'shiftStartsAt'));
        if (firstTime && row.birthDate && !row.problems.some((p) => p.field === 'birthDate')) row.problems.push(...ageProblems(drive, shift, row.birthDate, rules, true));
      }
    }
  }

  /**
   * As at the desk: someone already in the organization's stem-cell registry (joined at another
   * registry drive) cannot join it again, so a registry week's paper list recording them as
   * joined is refused on that row, saying since when they are in; they are not counted twice.
   */
  private async checkRegistryMembers(tx: EntityManager, drive: DriveEntity, rows: ImportRow[]) {
    if (!joinsRegistry(drive.kind)) return;
    const joins = peopleOf(rows.filter((r) => r.status === SignUpStatus.DONATED));
    if (!joins.size) return;
    const members: { person: string; joined_on: string }[] = await tx.query(
      `SELECT ${personKey('$2')}, to_char(m.joined_on, 'YYYY-MM-DD') AS joined_on
         FROM registry_members m JOIN volunteers v ON v.id = m.volunteer_id
        WHERE m.organization_id = $1 AND (v.email = ANY($2::citext[]) OR v.phone = ANY($2::text[]))`,
      [drive.organizationId, [...joins.keys()]],
    );
    for (const member of members) {
      for (const row of joins.get(member.person) ?? []) row.problems.push({ field: 'status', key: 'alreadyInRegistry', params: { joinedOn: member.joined_on } });
    }
  }

  private async write(tx: EntityManager, drive: DriveEntity, rows: ImportRow[], locale: Locale) {
    // Blood type is health data: only rows with the health consent still carry one (checkRow).
    const volunteerIds = await this.volunteers.upsertMany(tx, rows, locale);
    const written = await this.signUps.importAll(
      tx,
      drive.id,
      rows.map((r) => ({
        volunteerId: volunteerIds.get(personOf(r) as string) as string,
        cancelledSignUpId: r.cancelledSignUpId ?? null,
        shiftId: (r.shift as ShiftEntity).id,
        teamId: r.team?.id ?? null,
        status: r.status,
        volumeMl: r.volumeMl,
        deferralReason: r.deferralReason,
        retryOn: r.retryOn,
      })),
      CONSENT_VERSION,
      locale,
    );
    if (written !== rows.length) {
      // Someone on this list signed up (or changed their sign-up) through the form meanwhile.
      throw new ConflictError('importRaced');
    }
    // Those on a registry week's paper list who joined are in the registry from now on (someone
    // in it already keeps the day they first joined).
    if (joinsRegistry(drive.kind)) await this.registryMembers.joinAllOf(tx, drive.id);
    // Every imported row holds a place; the check constraint on the counts is the last guard.
    await this.places.takeEach(tx, rows.map((r) => (r.shift as ShiftEntity).id));
    await this.consents.recordImported(
      tx,
      drive.id,
      rows.map((r) => volunteerIds.get(personOf(r) as string) as string),
      rows.map((r) => r.healthConsent),
    );
  }
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', '是', '同意']);
const NO = new Set(['no', 'n', 'false', '0', '否', '不同意']);

/** A yes/no cell; a blank one is yes (the paper form carries the consent, and the organizer vouches for the list). */
function readYesNo(typed: string | undefined, problems: FieldProblem[]): boolean {
  if (!typed) return true;
  const value = typed.toLowerCase();
  if (YES.has(value)) return true;
  if (!NO.has(value)) problems.push({ field: 'healthConsent', key: 'invalidValue' });
  return false;
}

function readVolume(typed: string | undefined, problems: FieldProblem[]): number | null {
  if (!typed) {
    problems.push({ field: 'volumeMl', key: 'required' });
    return null;
  }
  const volume = Number(typed);
  if (!/^\d+$/.test(typed) || !Number.isSafeInteger(volume)) problems.push({ field: 'volumeMl', key: 'invalidNumber' });
  else if (volume < 1 || volume > 1000) problems.push({ field: 'volumeMl', key: 'outOfRange', params: { min: 1, max: 1000 } });
  return volume;
}


/**
 * Who a row names: its e-mail address (lower case), or its phone number (E.164) when it has no
 * address. personKey is the same for a volunteer `v` found by either.
 */
function personOf(row: ImportRow): string | null {
  if (row.email) return row.problems.some((p) => p.field === 'email') ? null : row.email.toLowerCase();
  return row.phone && !row.problems.some((p) => p.field === 'phone') ? row.phone : null;
}
const personKey = (keys: string) => `CASE WHEN lower(v.email::text) = ANY(${keys}::text[]) THEN lower(v.email::text) ELSE v.phone END AS person`;

/** Rows by the person they name (see personOf). */
function peopleOf(rows: ImportRow[]): Map<string, ImportRow[]> {
  const byPerson = new Map<string, ImportRow[]>();
  for (const row of rows) {
    const person = personOf(row);
    if (person) byPerson.set(person, [...(byPerson.get(person) ?? []), row]);
  }
  return byPerson;
}

/** One person, one sign-up: every row of an address that appears twice names the other line. */
function markDuplicateEmails(rows: ImportRow[]) {
  for (const same of peopleOf(rows).values()) {
    if (same.length < 2) continue;
    for (const row of same) {
      const other = same.find((r) => r !== row) as ImportRow;
      row.problems.push({ field: row.email ? 'email' : 'phone', key: 'duplicateInFile', params: { line: other.line } });
    }
  }
}

/**
 * Places are handed out in file order. Every row naming a shift counts, even one refused for a
 * typo, so that one report tells all that must change; a person already signed up (who keeps
 * their place) and the repeats of a duplicated address do not.
 */
function checkCapacity(rows: ImportRow[], locked: ShiftPlaces[]) {
  const left = new Map(locked.map((s) => [s.id, s.capacity - s.registered_count]));
  const seen = new Set<string>();
  for (const row of rows) {
    if (!row.shift) continue;
    const alreadyIn = row.problems.some((p) => p.key === 'alreadySignedUp');
    const person = personOf(row);
    const repeat = person && seen.has(person);
    if (person) seen.add(person);
    if (alreadyIn || repeat) continue;
    const places = left.get(row.shift.id) ?? 0;
    if (places <= 0) row.problems.push({ field: 'shiftStartsAt', key: 'shiftFull' });
    left.set(row.shift.id, places - 1);
  }
}

const COLUMN_ORDER = ['name', 'email', 'phone', 'birthDate', 'bloodType', 'shiftStartsAt', 'teamCode', 'status', 'volumeMl', 'deferralReason', 'retryOn', 'healthConsent'];

function toRefusedRow(row: ImportRow, locale: Locale) {
  const fields = [...row.problems].sort((a, b) => COLUMN_ORDER.indexOf(a.field) - COLUMN_ORDER.indexOf(b.field));
  return { line: row.line, fields: fields.map((p) => ({ field: p.field, key: p.key, message: translate(p.key, locale, p.params) })) };
}
