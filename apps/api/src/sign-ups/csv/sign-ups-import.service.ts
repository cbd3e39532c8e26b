// Sign-ups collected on paper (a campus stall, the bloodmobile's clipboard), typed into a
// spreadsheet and imported by an organizer. Every row is checked with the public form's rules;
// either all rows are imported in one transaction or none is, and every refused row says why.
// Paper forms carry the same consent text as the web form; nobody is e-mailed about an import.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import {
  ageOn,
  BloodType,
  CONSENT_VERSION,
  dayInZone,
  DriveStatus,
  Locale,
  nextEligibleDay,
  normalizePhone,
  normalizeTeamCode,
  SignUpStatus,
  translate,
} from '@life-relay/domain';
import { ConflictError, FieldProblem, NotFoundError } from '../../common/errors/domain-errors';
import { returningRows } from '../../common/sql';
import { toFieldProblems } from '../../common/validation/validation.pipe';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DriveEntity } from '../../drives/drive.entity';
import { ageWindowOf, DrivesService } from '../../drives/drives.service';
import { ShiftEntity } from '../../drives/shift.entity';
import { TeamEntity } from '../../teams/team.entity';
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
  email: string;
  phone: string | null;
  birthDate: string | null;
  bloodType: BloodType | null;
  shift: ShiftEntity | null;
  team: TeamEntity | null;
  status: SignUpStatus;
  volumeMl: number | null;
  deferralReason: string | null;
  retryOn: string | null;
  /** A cancelled sign-up of this person for this drive, which the import brings back. */
  cancelledSignUpId?: string;
}

interface LockedShift {
  id: string;
  capacity: number;
  registered_count: number;
}

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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import(driveId: string, csv: string, { dryRun, locale }: ImportOptions): Promise<SignUpImportReport> {
    const drive = await this.drives.get(driveId);
    if (!drive) throw new NotFoundError('Drive');
    // Paper forms are often typed in after the drive, so a closed drive takes them too.
    if (drive.status === DriveStatus.DRAFT) throw new ConflictError('importIntoDraft');

    const file = readImportFile(csv);
    const shifts = (await this.drives.shiftsOf([drive.id])).get(drive.id) ?? [];
    const teams = await this.teamsByCode(file);
    const rows: ImportRow[] = [];
    for (const line of file) rows.push(await this.checkRow(line, drive, shifts, teams));
    markDuplicateEmails(rows);

    return this.dataSource.transaction(async (tx) => {
      // The same locks, in the same order, as a sign-up through the form: places cannot be
      // taken twice, and a file checked here is the file written here.
      const placeShifts = [...new Set(rows.flatMap((r) => (r.shift ? [r.shift.id] : [])))].sort();
      const locked: LockedShift[] = await tx.query(
        `SELECT id, capacity, registered_count FROM shifts WHERE id = ANY($1) ORDER BY id${dryRun ? '' : ' FOR UPDATE'}`,
        [placeShifts],
      );
      await this.checkExistingSignUps(tx, drive, rows);
      await this.checkDonationIntervals(tx, drive, rows);
      checkCapacity(rows, locked);

      const refused = rows.filter((r) => r.problems.length);
      const report = (imported: number): SignUpImportReport => ({ imported, dryRun, refused: refused.map((r) => toRefusedRow(r, locale)) });
      if (refused.length) return report(0);
      if (dryRun) return report(rows.length);
      await this.write(tx, drive, rows, locale);
      return report(rows.length);
    });
  }

  private async teamsByCode(file: CsvRow[]): Promise<Map<string, TeamEntity | null>> {
    const codes = new Set(file.flatMap((r) => (r.cells.teamCode ? [normalizeTeamCode(r.cells.teamCode)] : [])));
    const teams = new Map<string, TeamEntity | null>();
    // A file names a handful of teams (the clubs that ran the stalls); one look-up each.
    for (const code of codes) teams.set(code, await this.teams.findByCode(code));
    return teams;
  }

  /** Everything that can be told from the row itself and the drive. */
  private async checkRow(row: CsvRow, drive: DriveEntity, shifts: ShiftEntity[], teams: Map<string, TeamEntity | null>): Promise<ImportRow> {
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
    for (const field of ['name', 'email'] as const) if (!cells[field]) problems.push({ field, key: 'required' });
    problems.push(...formProblems.filter((p) => FORM_FIELDS.has(p.field) && !problems.some((q) => q.field === p.field)));
    const has = (field: string) => problems.some((p) => p.field === field);

    const team = form.teamCode ? (teams.get(normalizeTeamCode(form.teamCode)) ?? null) : null;
    if (form.teamCode && !has('teamCode') && !team) problems.push({ field: 'teamCode', key: 'unknownTeamCode' });

    const shift = this.shiftOf(cells.shiftStartsAt, drive, shifts, problems);
    if (shift && form.birthDate && !has('birthDate')) problems.push(...ageProblems(drive, shift, form.birthDate));

    const status = (cells.status?.toUpperCase().replace(/[\s-]+/g, '_') ?? SignUpStatus.REGISTERED) as SignUpStatus;
    if (!IMPORT_STATUSES.includes(status)) problems.push({ field: 'status', key: 'importStatus' });
    const volumeMl = status === SignUpStatus.DONATED ? readVolume(cells.volumeMl, problems) : null;
    const deferred = status === SignUpStatus.DEFERRED;
    const deferralReason = deferred ? (cells.deferralReason ?? null) : null;
    if (deferred && !deferralReason) problems.push({ field: 'deferralReason', key: 'required' });
    if (deferralReason && deferralReason.length > MAX_DEFERRAL_REASON) problems.push({ field: 'deferralReason', key: 'tooLong', params: { max: MAX_DEFERRAL_REASON } });
    const retryOn = deferred && cells.retryOn ? looseDate(cells.retryOn) : null;
    if (retryOn && !isLooseCalendarDate(retryOn)) problems.push({ field: 'retryOn', key: 'invalidDate' });

    return {
      line: row.line,
      problems,
      name: form.name,
      email: form.email,
      phone: form.phone ? normalizePhone(form.phone) : null,
      birthDate: form.birthDate ?? null,
      bloodType: form.bloodType ?? null,
      shift,
      team,
      status,
      volumeMl,
      deferralReason,
      retryOn,
    };
  }

  /** The shift starting at the typed time: an instant with its zone, or a wall time in the drive's zone. */
  private shiftOf(typed: string | undefined, drive: DriveEntity, shifts: ShiftEntity[], problems: FieldProblem[]): ShiftEntity | null {
    if (!typed) {
      problems.push({ field: 'shiftStartsAt', key: 'required' });
      return null;
    }
    const time = readTime(typed);
    if (!time) {
      problems.push({ field: 'shiftStartsAt', key: 'invalidDateTime' });
      return null;
    }
    const shift = shifts.find((s) => ('instant' in time ? s.startsAt.getTime() === time.instant : wallTime(s.startsAt, drive.timeZone) === time.wall));
    if (!shift) problems.push({ field: 'shiftStartsAt', key: 'shiftNotInDrive' });
    return shift ?? null;
  }

  /**
   * One sign-up per person and drive: someone already signed up is refused; a cancelled sign-up
   * comes back to life, as it does through the form.
   */
  private async checkExistingSignUps(tx: EntityManager, drive: DriveEntity, rows: ImportRow[]) {
    const byEmail = emailsOf(rows);
    if (!byEmail.size) return;
    const existing: { email: string; id: string; status: SignUpStatus }[] = await tx.query(
      `SELECT lower(v.email::text) AS email, s.id, s.status
         FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id
        WHERE s.drive_id = $1 AND v.email = ANY($2::citext[])`,
      [drive.id, [...byEmail.keys()]],
    );
    for (const found of existing) {
      for (const row of byEmail.get(found.email) ?? []) {
        if (found.status === SignUpStatus.CANCELLED) row.cancelledSignUpId = found.id;
        else row.problems.push({ field: 'email', key: 'alreadySignedUp' });
      }
    }
  }

  /**
   * As on the form, nobody is booked before their donation interval has passed. A row recording
   * what happened at the drive (checked in, donated...) is a fact, not a booking: not checked.
   */
  private async checkDonationIntervals(tx: EntityManager, drive: DriveEntity, rows: ImportRow[]) {
    const interval = this.config.donationIntervalDays[drive.kind];
    const bookings = emailsOf(rows.filter((r) => r.status === SignUpStatus.REGISTERED && r.shift));
    if (interval === null || !bookings.size) return;
    const donations: { email: string; day: string }[] = await tx.query(
      `SELECT lower(v.email::text) AS email, to_char(max(s.outcome_at AT TIME ZONE d.time_zone), 'YYYY-MM-DD') AS day
         FROM sign_ups s JOIN drives d ON d.id = s.drive_id JOIN volunteers v ON v.id = s.volunteer_id
        WHERE v.email = ANY($1::citext[]) AND s.status = 'DONATED' AND d.kind = $2 AND s.outcome_at IS NOT NULL
        GROUP BY 1`,
      [[...bookings.keys()], drive.kind],
    );
    for (const { email, day } of donations) {
      const next = nextEligibleDay(day, interval);
      for (const row of bookings.get(email) ?? []) {
        if (next && dayInZone((row.shift as ShiftEntity).startsAt, drive.timeZone) < next) {
          row.problems.push({ field: 'shiftStartsAt', key: 'notEligibleUntil', params: { date: next } });
        }
      }
    }
  }

  private async write(tx: EntityManager, drive: DriveEntity, rows: ImportRow[], locale: Locale) {
    const volunteerIds = await this.upsertVolunteers(tx, rows, locale);
    const fresh = rows.filter((r) => !r.cancelledSignUpId);
    const revived = rows.filter((r) => r.cancelledSignUpId);
    // Paper sign-ups were made in the past: check-in and outcome take the shift's times, not the
    // moment of typing (the donation interval counts from the day of the outcome).
    const checkedInAt = `CASE WHEN r.status IN ('CHECKED_IN', 'DONATED', 'DEFERRED') THEN least(now(), sh.starts_at) END`;
    const outcomeAt = `CASE WHEN r.status IN ('DONATED', 'DEFERRED') THEN least(now(), sh.ends_at) END`;
    const details = (list: ImportRow[]) => [
      list.map((r) => (r.shift as ShiftEntity).id),
      list.map((r) => r.team?.id ?? null),
      list.map((r) => r.status),
      list.map((r) => r.volumeMl),
      list.map((r) => r.deferralReason),
      list.map((r) => r.retryOn),
    ];
    const inserted = await tx.query(
      `INSERT INTO sign_ups (drive_id, volunteer_id, shift_id, team_id, status, volume_ml, deferral_reason, retry_on,
                             channel, consent_version, consented_at, locale, checked_in_at, outcome_at)
       SELECT $1, r.volunteer_id, r.shift_id, r.team_id, r.status, r.volume_ml, r.deferral_reason, r.retry_on,
              'IMPORT', $2, now(), $3, ${checkedInAt}, ${outcomeAt}
         FROM unnest($4::uuid[], $5::uuid[], $6::uuid[], $7::text[], $8::int[], $9::text[], $10::date[])
              WITH ORDINALITY AS r(volunteer_id, shift_id, team_id, status, volume_ml, deferral_reason, retry_on, n)
         JOIN shifts sh ON sh.id = r.shift_id
        ORDER BY r.n
       ON CONFLICT (drive_id, volunteer_id) DO NOTHING
       RETURNING id`,
      [drive.id, CONSENT_VERSION, locale, fresh.map((r) => volunteerIds.get(r.email)), ...details(fresh)],
    );
    const back = revived.length
      ? await returningRows(
          tx,
          `UPDATE sign_ups s
              SET shift_id = r.shift_id, team_id = r.team_id, status = r.status, volume_ml = r.volume_ml,
                  deferral_reason = r.deferral_reason, retry_on = r.retry_on, channel = 'IMPORT', source = NULL,
                  consent_version = $1, consented_at = now(), locale = $2, cancelled_at = NULL, updated_at = now(),
                  arrival = nextval(pg_get_serial_sequence('sign_ups', 'arrival')),
                  checked_in_at = ${checkedInAt}, outcome_at = ${outcomeAt}
             FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::int[], $8::text[], $9::date[])
                  AS r(sign_up_id, shift_id, team_id, status, volume_ml, deferral_reason, retry_on)
             JOIN shifts sh ON sh.id = r.shift_id
            WHERE s.id = r.sign_up_id AND s.status = 'CANCELLED'
           RETURNING s.id`,
          [CONSENT_VERSION, locale, revived.map((r) => r.cancelledSignUpId), ...details(revived)],
        )
      : [];
    if (inserted.length + back.length !== rows.length) {
      // Someone on this list signed up (or changed their sign-up) through the form meanwhile.
      throw new ConflictError('importRaced');
    }
    // Every imported row holds a place; the check constraint on the counts is the last guard.
    await tx.query(
      `UPDATE shifts sh SET registered_count = sh.registered_count + c.places
         FROM (SELECT id, count(*)::int AS places FROM unnest($1::uuid[]) AS id GROUP BY id) c
        WHERE sh.id = c.id`,
      [rows.map((r) => (r.shift as ShiftEntity).id)],
    );
  }

  /**
   * One record per person, found by e-mail, exactly as the form does it: an existing record's
   * name is never overwritten, missing details are filled in.
   */
  private async upsertVolunteers(tx: EntityManager, rows: ImportRow[], locale: Locale): Promise<Map<string, string>> {
    const upserted: { id: string; email: string }[] = await tx.query(
      `INSERT INTO volunteers (email, name, phone, birth_date, blood_type, locale, call_out_opt_in)
       SELECT email, name, phone, birth_date, blood_type, $6, false
         FROM unnest($1::citext[], $2::text[], $3::text[], $4::date[], $5::text[]) AS r(email, name, phone, birth_date, blood_type)
        ORDER BY email -- rows locked in one order, so two imports naming the same people cannot deadlock
       ON CONFLICT (email) DO UPDATE SET
         call_out_opt_in = volunteers.call_out_opt_in OR EXCLUDED.call_out_opt_in,
         phone = coalesce(volunteers.phone, EXCLUDED.phone),
         birth_date = coalesce(volunteers.birth_date, EXCLUDED.birth_date),
         blood_type = coalesce(volunteers.blood_type, EXCLUDED.blood_type)
       RETURNING id, lower(email::text) AS email`,
      // Blood type is health data: stored because the paper form carries the same consent.
      [rows.map((r) => r.email), rows.map((r) => r.name), rows.map((r) => r.phone), rows.map((r) => r.birthDate), rows.map((r) => r.bloodType), locale],
    );
    return new Map(upserted.map((v) => [v.email, v.id]));
  }
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

function ageProblems(drive: DriveEntity, shift: ShiftEntity, birthDate: string): FieldProblem[] {
  const window = ageWindowOf(drive);
  if (!window) return [];
  const age = ageOn(birthDate, dayInZone(shift.startsAt, drive.timeZone));
  if (age < window.minAge) return [{ field: 'birthDate', key: 'tooYoung', params: { minAge: window.minAge } }];
  if (age > window.maxAge) return [{ field: 'birthDate', key: 'tooOld', params: { maxAge: window.maxAge } }];
  return [];
}

/** Rows by their (valid) e-mail address. */
function emailsOf(rows: ImportRow[]): Map<string, ImportRow[]> {
  const byEmail = new Map<string, ImportRow[]>();
  for (const row of rows) {
    if (!row.email || row.problems.some((p) => p.field === 'email')) continue;
    byEmail.set(row.email, [...(byEmail.get(row.email) ?? []), row]);
  }
  return byEmail;
}

/** One person, one sign-up: every row of an address that appears twice names the other line. */
function markDuplicateEmails(rows: ImportRow[]) {
  for (const same of emailsOf(rows).values()) {
    if (same.length < 2) continue;
    for (const row of same) {
      const other = same.find((r) => r !== row) as ImportRow;
      row.problems.push({ field: 'email', key: 'duplicateInFile', params: { line: other.line } });
    }
  }
}

/**
 * Places are handed out in file order. Every row naming a shift counts, even one refused for a
 * typo, so that one report tells all that must change; a person already signed up (who keeps
 * their place) and the repeats of a duplicated address do not.
 */
function checkCapacity(rows: ImportRow[], locked: LockedShift[]) {
  const left = new Map(locked.map((s) => [s.id, s.capacity - s.registered_count]));
  const seen = new Set<string>();
  for (const row of rows) {
    if (!row.shift) continue;
    const alreadyIn = row.problems.some((p) => p.key === 'alreadySignedUp');
    const repeat = row.email && seen.has(row.email);
    if (row.email) seen.add(row.email);
    if (alreadyIn || repeat) continue;
    const places = left.get(row.shift.id) ?? 0;
    if (places <= 0) row.problems.push({ field: 'shiftStartsAt', key: 'shiftFull' });
    left.set(row.shift.id, places - 1);
  }
}

const COLUMN_ORDER = ['name', 'email', 'phone', 'birthDate', 'bloodType', 'shiftStartsAt', 'teamCode', 'status', 'volumeMl', 'deferralReason', 'retryOn'];

function toRefusedRow(row: ImportRow, locale: Locale) {
  const fields = [...row.problems].sort((a, b) => COLUMN_ORDER.indexOf(a.field) - COLUMN_ORDER.indexOf(b.field));
  return { line: row.line, fields: fields.map((p) => ({ field: p.field, key: p.key, message: translate(p.key, locale, p.params) })) };
}
