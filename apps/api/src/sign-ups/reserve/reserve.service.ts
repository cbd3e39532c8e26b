// The reserve roster of an organization (issue 23): the people who signed up for its drives, with
// their blood type and how sure we are of it, when they last gave and may give again, and whether
// they agreed to be called on. One query for the whole list (no N+1); the CSV is the same rows.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { BloodTypeSource, DriveKind, EligibilityRules, eligibleFrom, NO_ELIGIBILITY_RULES, normalizePhenotypes, PastDonation } from '@life-relay/domain';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AuthenticatedUser, organizationScope } from '../../common/auth/authenticated-user';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { isUuid } from '../../common/graphql/uuid';
import { neutraliseFormula } from '../csv/csv-cells';
import { OrganizationsService } from '../../organizations/organizations.service';
import { IN_REGION_SQL, Volunteers } from '../volunteers.repository';
import { ReserveRosterExport, ReserveRosterFilter, ReserveSort, ReserveVolunteerType, VerifyBloodTypeInput } from './dto/reserve.types';

/** More than any organization’s roster today: a bound on one answer, not a page size. */
export const RESERVE_LIMIT = 5000;

const ORDER: Record<ReserveSort, string> = {
  [ReserveSort.NAME]: 'name, id',
  [ReserveSort.NEXT_ELIGIBLE]: 'next_eligible_on NULLS FIRST, name, id',
  [ReserveSort.LAST_DONATION]: 'last_donated_on DESC NULLS LAST, name, id',
};

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw SQL rows, mapped right below

const CSV_COLUMNS: { key: keyof ReserveVolunteerType; header: string }[] = [
  { key: 'name', header: 'name' },
  { key: 'email', header: 'email' },
  { key: 'phone', header: 'phone' },
  { key: 'bloodType', header: 'bloodType' },
  { key: 'bloodTypeVerified', header: 'bloodTypeVerified' },
  { key: 'bloodTypeSource', header: 'bloodTypeSource' },
  { key: 'bloodTypeVerifiedAt', header: 'bloodTypeVerifiedAt' },
  { key: 'bloodTypeVerifiedBy', header: 'bloodTypeVerifiedBy' },
  { key: 'phenotypes', header: 'phenotypes' },
  { key: 'regionCode', header: 'regionCode' },
  { key: 'lastDriveLocation', header: 'lastDriveLocation' },
  { key: 'lastDonatedOn', header: 'lastDonatedOn' },
  { key: 'nextEligibleOn', header: 'nextEligibleOn' },
  { key: 'callOutOptIn', header: 'callOutOptIn' },
  { key: 'availabilityNotes', header: 'availabilityNotes' },
];

@Injectable()
export class ReserveService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly volunteers: Volunteers,
    private readonly organizations: OrganizationsService,
  ) {}

  /**
   * The roster of the caller's organization (an admin's: every organization's). A person is on it
   * while they have a sign-up for one of its drives; donations count only at its drives, so one
   * organization learns nothing of another's. Erased records are not people any more.
   */
  async roster(actor: AuthenticatedUser, filter: ReserveRosterFilter = {}): Promise<ReserveVolunteerType[]> {
    return this.select(organizationScope(actor), filter);
  }

  /** The same rows as a spreadsheet (UTF-8 with a byte-order mark, for Excel and Chinese names). */
  async csv(actor: AuthenticatedUser, filter: ReserveRosterFilter = {}): Promise<ReserveRosterExport> {
    const rows = await this.roster(actor, filter);
    const csv = stringify(
      rows.map((r) => CSV_COLUMNS.map(({ key }) => {
        const value = r[key];
        if (value instanceof Date) return value.toISOString();
        if (Array.isArray(value)) return value.join(' ');
        return value;
      })),
      {
        bom: true,
        header: true,
        columns: CSV_COLUMNS.map((c) => c.header),
        record_delimiter: 'windows',
        quoted_match: /[;\t]/,
        cast: { string: neutraliseFormula, boolean: (b) => (b ? 'yes' : 'no') },
      },
    );
    return { csv, rows: rows.length };
  }

  /** The desk or an organizer confirmed a person's blood type; it replaces the self-reported one. */
  async verifyBloodType(actor: AuthenticatedUser, input: VerifyBloodTypeInput): Promise<ReserveVolunteerType> {
    const phenotypes = normalizePhenotypes(input.phenotypes ?? []);
    if (!phenotypes) throw InvalidInputError.field('phenotypes', 'invalidValue');
    const [known] = await this.dataSource.query(`SELECT 1 FROM volunteers WHERE id = $1 AND erased_at IS NULL`, [input.volunteerId]);
    if (!known) throw new NotFoundError('Volunteer');
    const verified = await this.volunteers.verifyBloodType(this.dataSource.manager, input.volunteerId, {
      bloodType: input.bloodType,
      source: input.source ?? BloodTypeSource.DESK,
      phenotypes,
      verifiedById: actor.id,
    });
    // Health data is stored only with the person's consent to it.
    if (!verified) throw InvalidInputError.field('volunteerId', 'noHealthConsent');
    const [row] = await this.select(organizationScope(actor), {}, input.volunteerId);
    return row;
  }

  /**
   * The roster's rows. The last donation is the latest the organization recorded, the one the
   * person reported giving elsewhere, or the blood service's recorded day; the next eligible day
   * is when they may give whole blood again, by the domain's eligibleFrom over those donations
   * (intervals between kinds, so platelets hold it back 28 days by default) under the
   * organization's rules (an admin's view: the installation's), null once it has passed. Recorded donations count only at the organization's own drives, so one
   * organization learns nothing of another's.
   */
  private async select(organizationId: string | null, filter: ReserveRosterFilter, volunteerId: string | null = null): Promise<ReserveVolunteerType[]> {
    const params: unknown[] = [organizationId];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (volunteerId) add('v.id = ?', volunteerId);
    if (filter.bloodTypes?.length) add('v.blood_type = ANY(?::text[])', filter.bloodTypes);
    if (filter.verifiedOnly) where.push('v.blood_type_verified_at IS NOT NULL');
    if (filter.optedInOnly) where.push('v.call_out_opt_in AND v.unsubscribed_at IS NULL');
    // One city: the one the person gave, else that of a drive they signed up at (as call-outs ask).
    if (filter.regionCode) add(IN_REGION_SQL('v', '?'), filter.regionCode);
    const sort = filter.sort ?? ReserveSort.NAME;
    // The next eligible day is the rule's, worked out below: that order is applied there, to every row.
    const bySql = sort === ReserveSort.NEXT_ELIGIBLE ? ReserveSort.NAME : sort;
    params.push(sort === ReserveSort.NEXT_ELIGIBLE ? null : RESERVE_LIMIT);
    const rows: Row[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT v.id, v.name, v.email::text AS email, v.phone, v.blood_type, v.blood_type_source, v.blood_type_verified_at, u.name AS verified_by,
                v.phenotypes, v.availability_notes, v.region_code, (v.call_out_opt_in AND v.unsubscribed_at IS NULL) AS call_out_opt_in,
                (SELECT d.location FROM sign_ups s JOIN drives d ON d.id = s.drive_id
                  WHERE s.volunteer_id = v.id AND ($1::uuid IS NULL OR d.organization_id = $1) ORDER BY d.starts_at DESC LIMIT 1) AS last_drive_location,
                to_char(current_date, 'YYYY-MM-DD') AS today,
                given.donations,
                (SELECT max(g->>'day') FROM json_array_elements(given.donations) g) AS last_donated_on
           FROM volunteers v
           LEFT JOIN users u ON u.id = v.blood_type_verified_by_id
           CROSS JOIN LATERAL (
             -- As DONATIONS_OF, with recorded donations only at this organization's drives; the
             -- blood service's records (its import) count as whole blood.
             SELECT coalesce(json_agg(json_build_object('kind', x.kind, 'day', x.day)), '[]'::json) AS donations FROM (
               SELECT d.kind, to_char(s.outcome_on, 'YYYY-MM-DD') AS day FROM sign_ups s JOIN drives d ON d.id = s.drive_id
                WHERE s.volunteer_id = v.id AND s.status = 'DONATED' AND s.outcome_on IS NOT NULL AND d.kind IN ('WHOLE_BLOOD', 'PLATELETS')
                  AND ($1::uuid IS NULL OR d.organization_id = $1)
               UNION ALL
               SELECT v.reported_last_donation_kind, to_char(v.reported_last_donation_on, 'YYYY-MM-DD') WHERE v.reported_last_donation_on IS NOT NULL
               UNION ALL
               SELECT 'WHOLE_BLOOD', to_char(v.blood_service_donated_on, 'YYYY-MM-DD') WHERE v.blood_service_donated_on IS NOT NULL) x
           ) given
          WHERE v.erased_at IS NULL
            AND EXISTS (SELECT 1 FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE s.volunteer_id = v.id AND ($1::uuid IS NULL OR d.organization_id = $1))
            ${where.map((w) => `AND ${w}`).join(' ')}
       ) r
       ORDER BY ${ORDER[bySql]}
       LIMIT $${params.length}::int`,
      params,
    );
    const rules = organizationId ? await this.organizations.eligibilityRulesOf(organizationId) : NO_ELIGIBILITY_RULES;
    const volunteers = rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      phone: r.phone,
      bloodType: r.blood_type,
      bloodTypeVerified: r.blood_type_verified_at !== null,
      bloodTypeSource: r.blood_type_source,
      bloodTypeVerifiedAt: r.blood_type_verified_at,
      bloodTypeVerifiedBy: r.verified_by,
      phenotypes: r.phenotypes,
      regionCode: r.region_code,
      lastDriveLocation: r.last_drive_location,
      lastDonatedOn: r.last_donated_on,
      nextEligibleOn: this.nextEligibleOn(r.donations, r.today, rules),
      callOutOptIn: r.call_out_opt_in,
      availabilityNotes: r.availability_notes,
    }));
    if (sort !== ReserveSort.NEXT_ELIGIBLE) return volunteers;
    // Stable: within one day (and for everyone eligible now, first) the rows keep their order by name.
    const key = (v: ReserveVolunteerType) => v.nextEligibleOn ?? '';
    return volunteers.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0)).slice(0, RESERVE_LIMIT);
  }

  /** The first day someone may give whole blood again (what a reserve is called on for), or null if they may now. */
  private nextEligibleOn(donations: PastDonation[], today: string, rules: EligibilityRules): string | null {
    const next = eligibleFrom(DriveKind.WHOLE_BLOOD, donations, rules, this.config.donationIntervalDays)?.date ?? null;
    return next && next > today ? next : null;
  }

  /** The organizer's notes on when a person can come; blank clears them. */
  async setAvailabilityNotes(actor: AuthenticatedUser, volunteerId: string, notes: string | null): Promise<ReserveVolunteerType> {
    if (!isUuid(volunteerId)) throw new NotFoundError('Volunteer');
    if (notes && notes.length > 500) throw InvalidInputError.field('notes', 'tooLong', { max: 500 });
    if (!(await this.volunteers.setAvailabilityNotes(this.dataSource.manager, volunteerId, notes))) throw new NotFoundError('Volunteer');
    const [row] = await this.select(organizationScope(actor), {}, volunteerId);
    return row;
  }
}
