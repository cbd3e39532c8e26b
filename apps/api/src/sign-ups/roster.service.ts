// The organizers' roster of a drive: listing and filtering sign-ups, the check-in desk's look-up,
// and donor histories. Rows come with their volunteer and shift in one query (no N+1).
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DriveKind,
  eligibleFrom,
  milestonesReached,
  NO_ELIGIBILITY_RULES,
  normalizePhone,
  PastDonation,
  selfReportedCount,
  SignUpStatus,
  MessageChannel,
  normalizeContact,
  parseTicket,
} from '@life-relay/domain';
import { AuthenticatedUser, organizationScope } from '../common/auth/authenticated-user';
import { isUuid } from '../common/graphql/uuid';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination/connection';
import { containsPattern } from '../common/sql';
import { InvalidInputError } from '../common/errors/domain-errors';
import { DonorHistory, SignUpEventType, SignUpType, VolunteerType } from './dto/roster.types';
import { OrganizationsService } from '../organizations/organizations.service';
import { hashManageToken, hashTicket } from './manage-token';

export interface RosterFilter {
  status?: SignUpStatus | null;
  shiftId?: string | null;
  teamId?: string | null;
  collegeId?: string | null;
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

const SELECT = `
  SELECT s.id, s.status, s.drive_id, s.team_id, s.channel, s.source, s.created_at, s.checked_in_at, s.outcome_at,
         s.volume_ml, s.deferral_reason, to_char(s.retry_on, 'YYYY-MM-DD') AS retry_on, s.sample_id, s.arrival,
         (SELECT to_char(m.joined_on, 'YYYY-MM-DD') FROM drives rd JOIN registry_members m ON m.organization_id = rd.organization_id
           WHERE rd.id = s.drive_id AND rd.kind = 'STEM_CELL_REGISTRY' AND m.volunteer_id = s.volunteer_id AND m.sign_up_id <> s.id) AS registry_since,
         v.id AS v_id, v.name AS v_name, v.email AS v_email, v.phone AS v_phone,
         to_char(v.birth_date, 'YYYY-MM-DD') AS v_birth_date, v.blood_type AS v_blood_type,
         EXISTS (SELECT 1 FROM consents c WHERE c.volunteer_id = v.id AND c.scope = 'HEALTH' AND c.withdrawn_at IS NULL) AS health_consent,
         sh.id AS sh_id, sh.drive_id AS sh_drive_id, sh.starts_at AS sh_starts_at, sh.ends_at AS sh_ends_at,
         sh.capacity AS sh_capacity, sh.registered_count AS sh_registered_count,
         coalesce((SELECT ss.waitlisted FROM shift_stats ss WHERE ss.shift_id = sh.id), 0) AS sh_waitlist_count
    FROM sign_ups s
    JOIN volunteers v ON v.id = s.volunteer_id
    JOIN shifts sh ON sh.id = s.shift_id`;

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw SQL rows, mapped right below

function toSignUp(r: Row): SignUpType {
  return {
    id: r.id,
    status: r.status,
    driveId: r.drive_id,
    teamId: r.team_id,
    channel: r.channel,
    source: r.source,
    createdAt: r.created_at,
    checkedInAt: r.checked_in_at,
    outcomeAt: r.outcome_at,
    volumeMl: r.volume_ml,
    deferralReason: r.deferral_reason,
    retryOn: r.retry_on,
    sampleId: r.sample_id,
    alreadyInRegistrySince: r.registry_since,
    healthConsent: r.health_consent,
    arrival: r.arrival,
    volunteer: { id: r.v_id, name: r.v_name, email: r.v_email, phone: r.v_phone, birthDate: r.v_birth_date, bloodType: r.v_blood_type },
    shift: {
      id: r.sh_id,
      driveId: r.sh_drive_id,
      startsAt: r.sh_starts_at,
      endsAt: r.sh_ends_at,
      capacity: r.sh_capacity,
      registeredCount: r.sh_registered_count,
      waitlistCount: r.sh_waitlist_count,
    },
  };
}

@Injectable()
export class RosterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organizations: OrganizationsService,
  ) {}

  async list(driveId: string, filter: RosterFilter): Promise<Connection<SignUpType>> {
    const limit = pageSize(filter.first);
    const where = ['s.drive_id = $1'];
    const params: unknown[] = [driveId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.status) add('s.status = ?', filter.status);
    if (filter.shiftId) add('s.shift_id = ?', this.id(filter.shiftId, 'shiftId'));
    if (filter.teamId) add('s.team_id = ?', this.id(filter.teamId, 'teamId'));
    if (filter.collegeId) add('s.team_id IN (SELECT id FROM teams WHERE college_id = ?)', this.id(filter.collegeId, 'collegeId'));
    const search = filter.search?.trim();
    if (search) {
      params.push(containsPattern(search), normalizePhone(search) ?? '');
      where.push(`(v.name ILIKE $${params.length - 1} OR v.email ILIKE $${params.length - 1} OR v.phone = $${params.length})`);
    }
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id WHERE ${where.join(' AND ')}`,
      params,
    );
    if (filter.after) {
      const [arrival] = decodeCursor(filter.after, ['string']) as string[];
      if (!/^\d+$/.test(arrival)) throw InvalidInputError.field('after', 'invalidValue');
      add('s.arrival > ?', arrival);
    }
    params.push(limit + 1);
    const rows = await this.dataSource.query(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY s.arrival LIMIT $${params.length}`, params);
    return toConnection(rows.map(toSignUp), limit, count, (s) => encodeCursor([s.arrival]));
  }

  async byId(id: string, db: EntityManager = this.dataSource.manager): Promise<SignUpType | null> {
    if (!isUuid(id)) return null;
    const [row] = await db.query(`${SELECT} WHERE s.id = $1`, [id]);
    return row ? toSignUp(row) : null;
  }

  /**
   * The check-in desk: people of this drive by part of their name or e-mail address, their phone,
   * the manage link they show on their phone, or their ticket's code typed in. Served by the
   * trigram index on names; an address part is matched among the drive's own sign-ups.
   */
  async deskSearch(driveId: string, text: string, limit = 20): Promise<SignUpType[]> {
    const query = text.trim();
    if (!query) return [];
    const token = query.includes('/m/') ? query.slice(query.lastIndexOf('/m/') + 3) : query;
    const ticket = parseTicket(query);
    const rows = await this.dataSource.query(
      `${SELECT}
        WHERE s.drive_id = $1 AND (
              v.name ILIKE $2 OR v.email ILIKE $2 OR v.phone = $3
           OR s.id = (SELECT sign_up_id FROM manage_tokens WHERE token_hash = $4)
           OR s.id = (SELECT sign_up_id FROM manage_tokens WHERE ticket_hash = $5))
        ORDER BY (v.name ILIKE $6) DESC, v.name, s.arrival
        LIMIT $7`,
      [driveId, containsPattern(query), normalizePhone(query) ?? '', hashManageToken(token), ticket ? hashTicket(ticket) : '', `${query.replace(/[\\%_]/g, '\\$&')}%`, limit],
    );
    return rows.map(toSignUp);
  }

  /**
   * The sign-up of this drive whose ticket was scanned (any of its links' tickets), or null: a
   * ticket of another drive finds nothing here, whoever holds it.
   */
  async byTicket(driveId: string, scanned: string): Promise<SignUpType | null> {
    const ticket = parseTicket(scanned);
    if (!ticket) return null;
    const [row] = await this.dataSource.query(`${SELECT} WHERE s.drive_id = $1 AND s.id = (SELECT sign_up_id FROM manage_tokens WHERE ticket_hash = $2)`, [
      driveId,
      hashTicket(ticket),
    ]);
    return row ? toSignUp(row) : null;
  }

  async volunteer(id: string): Promise<VolunteerType | null> {
    if (!isUuid(id)) return null;
    const [v] = await this.dataSource.query(
      `SELECT id, name, email, phone, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, blood_type FROM volunteers WHERE id = $1`,
      [id],
    );
    return v ? { id: v.id, name: v.name, email: v.email, phone: v.phone, birthDate: v.birth_date, bloodType: v.blood_type } : null;
  }

  /**
   * The record an e-mail address or phone number (as typed) belongs to, or null; only someone
   * who signed up for a drive of the caller's organization: a person known elsewhere is unknown.
   */
  async volunteerByContact(actor: AuthenticatedUser, typed: string): Promise<VolunteerType | null> {
    const contact = normalizeContact(typed);
    if (!contact) throw InvalidInputError.field('contact', 'invalidContact');
    const column = contact.channel === MessageChannel.SMS ? 'phone' : 'email';
    const [v] = await this.dataSource.query(
      `SELECT v.id FROM volunteers v
        WHERE v.${column} = $1
          AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE s.volunteer_id = v.id AND d.organization_id = $2))`,
      [contact.value, organizationScope(actor)],
    );
    return v ? this.volunteer(v.id) : null;
  }

  /** The person's sign-ups for the caller's organization's drives (an admin: all of them). */
  async volunteerSignUps(actor: AuthenticatedUser, volunteerId: string): Promise<SignUpType[]> {
    const rows = await this.dataSource.query(
      `${SELECT} WHERE s.volunteer_id = $1 AND ($2::uuid IS NULL OR s.drive_id IN (SELECT id FROM drives WHERE organization_id = $2)) ORDER BY sh.starts_at DESC`,
      [volunteerId, organizationScope(actor)],
    );
    return rows.map(toSignUp);
  }

  /**
   * Donations across the organization's drives (an admin: every drive), when each kind may be
   * given again, and the milestones reached. Another organization's records stay its own. Joining
   * a stem-cell registry is no donation (registryJoinedOn tells of it).
   */
  async donorHistory(actor: AuthenticatedUser, volunteerId: string, today = new Date().toISOString().slice(0, 10), beforeSignUpId: string | null = null): Promise<DonorHistory> {
    // With beforeSignUpId: only donations on days before that sign-up's drive's first day (in its
    // zone), so the desk's "donations before" never counts the one it just recorded.
    const rows: { kind: DriveKind; donations: number; volume: number; last_day: string }[] = await this.dataSource.query(
      `SELECT d.kind, count(*)::int AS donations, coalesce(sum(s.volume_ml), 0)::int AS volume,
              to_char(max(s.outcome_on), 'YYYY-MM-DD') AS last_day
         FROM sign_ups s JOIN drives d ON d.id = s.drive_id
        WHERE s.volunteer_id = $1 AND s.status = 'DONATED' AND d.kind <> 'STEM_CELL_REGISTRY' AND ($2::uuid IS NULL OR d.organization_id = $2)
          AND ($3::uuid IS NULL OR (s.id <> $3 AND s.outcome_on < (SELECT (bd.starts_at AT TIME ZONE bd.time_zone)::date
                                                                      FROM sign_ups b JOIN drives bd ON bd.id = b.drive_id WHERE b.id = $3)))
        GROUP BY d.kind`,
      [volunteerId, organizationScope(actor), beforeSignUpId],
    );
    // What the person reported about donations elsewhere counts too, and is said to be self-reported.
    const [reported]: { count: number | null; last_on: string | null; last_kind: DriveKind | null; days: PastDonation[] }[] = await this.dataSource.query(
      `SELECT v.reported_donation_count AS count, to_char(v.reported_last_donation_on, 'YYYY-MM-DD') AS last_on, v.reported_last_donation_kind AS last_kind,
              (SELECT coalesce(json_agg(json_build_object('kind', d.kind, 'day', to_char(s.outcome_on, 'YYYY-MM-DD'))), '[]'::json)
                 FROM sign_ups s JOIN drives d ON d.id = s.drive_id
                WHERE s.volunteer_id = v.id AND s.status = 'DONATED' AND s.outcome_on IS NOT NULL AND d.kind IN ('WHOLE_BLOOD', 'PLATELETS')
                  AND ($2::uuid IS NULL OR d.organization_id = $2)) AS days
         FROM volunteers v WHERE v.id = $1`,
      [volunteerId, organizationScope(actor)],
    );
    const selfReported = reported ? selfReportedCount({ count: reported.count, lastOn: reported.last_on }) : 0;
    const donations = [...(reported?.days ?? []), ...(reported?.last_on && reported.last_kind ? [{ kind: reported.last_kind, day: reported.last_on }] : [])];
    // The caller's organization's rules (an admin, who sees every organization's donations: the defaults).
    const scope = organizationScope(actor);
    const rules = scope ? await this.organizations.eligibilityRulesOf(scope) : NO_ELIGIBILITY_RULES;
    const donationCount = rows.reduce((n, r) => n + r.donations, 0) + selfReported;
    const nextEligible = [DriveKind.WHOLE_BLOOD, DriveKind.PLATELETS]
      .map((kind) => ({ kind, date: eligibleFrom(kind, donations, rules, this.config.donationIntervalDays)?.date ?? null }))
      .filter((e): e is { kind: DriveKind; date: string } => e.date !== null && e.date > today);
    return {
      donationCount,
      selfReportedCount: selfReported,
      selfReportedLastDonation: reported?.last_on && reported.last_kind ? { kind: reported.last_kind, date: reported.last_on } : null,
      totalVolumeMl: rows.reduce((n, r) => n + r.volume, 0),
      lastDonatedOn: [...rows.map((r) => r.last_day), ...(reported?.last_on ? [reported.last_on] : [])].sort().at(-1) ?? null,
      nextEligible,
      milestones: milestonesReached(donationCount),
    };
  }

  /**
   * The day the person joined the registry of the caller's organization (an admin: the first of
   * any), or null; kept apart from the donor history.
   */
  async registryJoinedOn(actor: AuthenticatedUser, volunteerId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT to_char(min(joined_on), 'YYYY-MM-DD') AS joined_on FROM registry_members WHERE volunteer_id = $1 AND ($2::uuid IS NULL OR organization_id = $2)`,
      [volunteerId, organizationScope(actor)],
    );
    return row?.joined_on ?? null;
  }

  async events(signUpId: string): Promise<SignUpEventType[]> {
    const rows = await this.dataSource.query(
      `SELECT e.from_status, e.to_status, e.correction, e.created_at, u.name AS actor_name
         FROM sign_up_events e LEFT JOIN users u ON u.id = e.actor_id
        WHERE e.sign_up_id = $1 ORDER BY e.created_at, e.id`,
      [signUpId],
    );
    return rows.map((r: Row) => ({ fromStatus: r.from_status, toStatus: r.to_status, correction: r.correction, actorName: r.actor_name, at: r.created_at }));
  }

  private id(value: string, field: string): string {
    if (!isUuid(value)) throw InvalidInputError.field(field, 'invalidValue');
    return value;
  }
}
