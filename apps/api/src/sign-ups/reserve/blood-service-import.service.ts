// The blood service's file of verified blood types (issue 23): one row per person, found by e-mail
// or phone among the people who signed up for the caller's organization's drives (a contact of
// another organization's is "unknown" like one nobody has: the answer never says which), with the
// ABO/RhD type, optionally extended phenotypes and the last donation there. A check first lists
// every row that cannot be recorded and why; confirming records the other rows in one transaction,
// as verified by the blood service, by the organizer who imported, now.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BloodType, BloodTypeSource, dayInZone, isCalendarDate, Locale, normalizeContact, normalizePhenotypes, translate } from '@life-relay/domain';
import { AuthenticatedUser, organizationScope } from '../../common/auth/authenticated-user';
import { FieldProblem, InvalidInputError } from '../../common/errors/domain-errors';
import { cellValue, looseBloodType, looseDate, normalizeHeader, readCsvRecords } from '../csv/csv-cells';
import { Volunteers } from '../volunteers.repository';
import { BloodTypeImportReport, BloodTypeImportRow } from './dto/blood-type-import.types';

const COLUMNS = ['email', 'phone', 'bloodType', 'phenotypes', 'donatedOn'] as const;
type Column = (typeof COLUMNS)[number];

/** Headers as blood services and people write them (`ABO/RhD`, `Mobile`, `Donation date`). */
const COLUMN_BY_HEADER = new Map<string, Column>([
  ...COLUMNS.map((c) => [normalizeHeader(c), c] as [string, Column]),
  ['mobile', 'phone'],
  ['aborhd', 'bloodType'],
  ['abo', 'bloodType'],
  ['phenotype', 'phenotypes'],
  ['donationdate', 'donatedOn'],
  ['lastdonation', 'donatedOn'],
]);

interface Row {
  line: number;
  problems: FieldProblem[];
  email: string | null;
  phone: string | null;
  bloodType: BloodType | null;
  phenotypes: string[];
  donatedOn: string | null;
  person?: { id: string; name: string; consented: boolean };
}

export interface BloodTypeImportOptions {
  dryRun: boolean;
  locale: Locale;
}

@Injectable()
export class BloodServiceImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly volunteers: Volunteers,
  ) {}

  async import(actor: AuthenticatedUser, csv: string, { dryRun, locale }: BloodTypeImportOptions): Promise<BloodTypeImportReport> {
    const rows = readRows(csv);
    return this.dataSource.transaction(async (tx) => {
      await this.findPeople(tx.query.bind(tx), organizationScope(actor), rows);
      markRepeatedPeople(rows);
      const accepted = rows.filter((r) => r.problems.length === 0);
      let recorded = 0;
      if (!dryRun) {
        for (const row of accepted) {
          const done = await this.volunteers.verifyBloodType(tx, row.person!.id, {
            bloodType: row.bloodType!,
            source: BloodTypeSource.BLOOD_SERVICE,
            phenotypes: row.phenotypes,
            verifiedById: actor.id,
            donatedOn: row.donatedOn,
          });
          if (done) recorded++;
        }
      }
      return {
        dryRun,
        recorded: dryRun ? accepted.length : recorded,
        rows: accepted.map((r): BloodTypeImportRow => ({ line: r.line, volunteerId: r.person!.id, name: r.person!.name, bloodType: r.bloodType!, phenotypes: r.phenotypes, donatedOn: r.donatedOn })),
        refused: rows
          .filter((r) => r.problems.length)
          .map((r) => ({ line: r.line, fields: r.problems.map((p) => ({ field: p.field, key: p.key, message: translate(p.key, locale, p.params) })) })),
      };
    });
  }

  /**
   * The person of each row, in one query: among the organization's people only (an admin's: all),
   * never an erased record; a row whose contact finds nobody says so, as for a contact unknown anywhere.
   */
  private async findPeople(query: (sql: string, params: unknown[]) => Promise<unknown>, organizationId: string | null, rows: Row[]): Promise<void> {
    const emails = rows.flatMap((r) => (r.email ? [r.email] : []));
    const phones = rows.flatMap((r) => (r.phone ? [r.phone] : []));
    const found = (await query(
      `SELECT v.id, v.name, lower(v.email::text) AS email, v.phone,
              EXISTS (SELECT 1 FROM consents c WHERE c.volunteer_id = v.id AND c.scope = 'HEALTH' AND c.withdrawn_at IS NULL) AS consented
         FROM volunteers v
        WHERE v.erased_at IS NULL
          AND (lower(v.email::text) = ANY($2::text[]) OR v.phone = ANY($3::text[]))
          AND EXISTS (SELECT 1 FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE s.volunteer_id = v.id AND ($1::uuid IS NULL OR d.organization_id = $1))`,
      [organizationId, emails, phones],
    )) as { id: string; name: string; email: string | null; phone: string | null; consented: boolean }[];
    const byEmail = new Map(found.filter((p) => p.email).map((p) => [p.email, p]));
    const byPhone = new Map(found.filter((p) => p.phone).map((p) => [p.phone, p]));
    for (const row of rows) {
      if (row.problems.some((p) => p.field === 'email' || p.field === 'phone')) continue;
      const viaEmail = row.email ? byEmail.get(row.email) : undefined;
      const viaPhone = row.phone ? byPhone.get(row.phone) : undefined;
      if (viaEmail && viaPhone && viaEmail.id !== viaPhone.id) {
        row.problems.push({ field: 'phone', key: 'contactsDisagree' });
        continue;
      }
      const person = viaEmail ?? viaPhone;
      if (!person) {
        row.problems.push({ field: row.email ? 'email' : 'phone', key: 'unknownPerson' });
        continue;
      }
      row.person = { id: person.id, name: person.name, consented: person.consented };
      // A blood type is health data: kept only with the person's consent to it.
      if (!person.consented && row.bloodType) row.problems.push({ field: 'bloodType', key: 'noHealthConsent' });
    }
  }
}

/** The file's rows with every cell checked; a file without a contact or a type column is refused whole. */
function readRows(csv: string): Row[] {
  const { header, data } = readCsvRecords(csv);
  const columns = header.map((h) => COLUMN_BY_HEADER.get(normalizeHeader(h)) ?? null);
  const twice = columns.find((c, i) => c && columns.indexOf(c) !== i);
  if (twice) throw InvalidInputError.field('csv', 'csvDuplicateColumn', { column: twice });
  const missing = [...(columns.includes('email') || columns.includes('phone') ? [] : ['email or phone']), ...(columns.includes('bloodType') ? [] : ['bloodType'])];
  if (missing.length) throw InvalidInputError.field('csv', 'csvMissingColumns', { columns: missing.join(', ') });
  // No place on earth is past this day yet: a donation on it is not "in the future" anywhere.
  const latestToday = dayInZone(new Date(Date.now() + 14 * 3600_000), 'UTC');

  return data.map(({ line, record }) => {
    const cells: Partial<Record<Column, string>> = {};
    columns.forEach((column, i) => {
      const value = cellValue(record, i);
      if (column && value) cells[column] = value;
    });
    const row: Row = { line, problems: [], email: null, phone: null, bloodType: null, phenotypes: [], donatedOn: null };
    if (!cells.email && !cells.phone) row.problems.push({ field: columns.includes('email') ? 'email' : 'phone', key: 'contactRequired' });
    if (cells.email) {
      const contact = normalizeContact(cells.email);
      if (contact?.channel === 'EMAIL') row.email = contact.value;
      else row.problems.push({ field: 'email', key: 'invalidEmail' });
    }
    if (cells.phone) {
      const contact = normalizeContact(cells.phone);
      if (contact?.channel === 'SMS') row.phone = contact.value;
      else row.problems.push({ field: 'phone', key: 'invalidPhone' });
    }
    const bloodType = cells.bloodType ? looseBloodType(cells.bloodType) : null;
    if (!bloodType) row.problems.push({ field: 'bloodType', key: 'required' });
    else if (!(Object.values(BloodType) as string[]).includes(bloodType)) row.problems.push({ field: 'bloodType', key: 'invalidValue' });
    else row.bloodType = bloodType as BloodType;
    if (cells.phenotypes) {
      const phenotypes = normalizePhenotypes(cells.phenotypes.split(/[\s,;/]+/).filter(Boolean));
      if (phenotypes) row.phenotypes = phenotypes;
      else row.problems.push({ field: 'phenotypes', key: 'invalidValue' });
    }
    if (cells.donatedOn) {
      const day = looseDate(cells.donatedOn);
      if (!isCalendarDate(day) || day < '1900-01-01') row.problems.push({ field: 'donatedOn', key: 'invalidValue' });
      else if (day > latestToday) row.problems.push({ field: 'donatedOn', key: 'dateInFuture' });
      else row.donatedOn = day;
    }
    return row;
  });
}

/** One person, one row: a later row naming someone already named is refused with the first's line. */
function markRepeatedPeople(rows: Row[]): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    if (!row.person) continue;
    const line = first.get(row.person.id);
    if (line === undefined) first.set(row.person.id, row.line);
    else row.problems.push({ field: row.email ? 'email' : 'phone', key: 'personTwiceInFile', params: { line } });
  }
}
