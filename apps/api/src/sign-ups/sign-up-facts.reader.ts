// What sign-ups tell other features about a sign-up and its volunteer, read-only: the facts a
// message about a sign-up is written from (the person, the drive, the shift, the team, the
// place on the waitlist, whether a registry drive's person is in the registry already), how many times a volunteer has donated, and whether they still take
// messages they did not ask for.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DriveKind, eligibilityRulesOf, eligibleFrom, selfReportedCount, SignUpStatus, traitsOf } from '@life-relay/domain';
import { DONATIONS_OF } from './sign-up-rules';

/** A sign-up as its messages tell of it: the person, the drive, the shift, the team. */
export interface SignUpFacts {
  id: string;
  status: SignUpStatus;
  arrival: number;
  volunteer_id: string;
  retry_on: string | null;
  kind: string;
  outcome_day: string | null;
  name: string;
  title: string;
  location: string;
  description: string | null;
  time_zone: string;
  slug: string;
  shift_id: string;
  starts_at: Date;
  ends_at: Date;
  team_name: string | null;
  team_code: string | null;
  /** The code of the person's own share link for this drive (a public identifier, not a key). */
  referral_code: string;
  waitlist_position: number;
  organization_id: string;
  /** At a registry drive: YYYY-MM-DD since when the person is in its organization's registry through another sign-up; else null. */
  registry_since: string | null;
}

const SIGN_UP_FACTS = `
  SELECT s.id, s.status, s.arrival, s.volunteer_id, to_char(s.retry_on, 'YYYY-MM-DD') AS retry_on, d.kind,
         to_char(s.outcome_on, 'YYYY-MM-DD') AS outcome_day, v.name, d.title, d.location, d.description, d.time_zone, d.slug,
         sh.id AS shift_id, sh.starts_at, sh.ends_at, t.name AS team_name, t.code AS team_code, s.referral_code,
         (SELECT count(*)::int FROM sign_ups w WHERE w.shift_id = s.shift_id AND w.status = 'WAITLISTED' AND w.arrival <= s.arrival) AS waitlist_position,
         d.organization_id,
         (SELECT to_char(m.joined_on, 'YYYY-MM-DD') FROM registry_members m
           WHERE d.kind = 'STEM_CELL_REGISTRY' AND m.organization_id = d.organization_id AND m.volunteer_id = s.volunteer_id AND m.sign_up_id <> s.id) AS registry_since
    FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id JOIN drives d ON d.id = s.drive_id
    JOIN shifts sh ON sh.id = s.shift_id LEFT JOIN teams t ON t.id = s.team_id
   WHERE s.id = ANY($1)`;

@Injectable()
export class SignUpFactsReader {
  /**
   * The facts of these sign-ups in one query: a delivery batch reads its sign-ups at once rather
   * than one round trip per message. A sign-up gone is not in the map.
   */
  async signUpsOf(db: EntityManager, ids: string[]): Promise<Map<string, SignUpFacts>> {
    const rows: SignUpFacts[] = ids.length ? await db.query(SIGN_UP_FACTS, [ids]) : [];
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * How many times the volunteer has donated, through any drive or elsewhere by their own report
   * (milestones count both); joining a stem-cell registry is no donation.
   */
  async donationCount(db: EntityManager, volunteerId: string): Promise<number> {
    const [r] = await db.query(
      `SELECT (SELECT count(*)::int FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE s.volunteer_id = $1 AND s.status = 'DONATED' AND d.kind <> 'STEM_CELL_REGISTRY') AS n,
              v.reported_donation_count AS count, v.reported_last_donation_on AS last_on
         FROM volunteers v WHERE v.id = $1`,
      [volunteerId],
    );
    return r ? r.n + selfReportedCount({ count: r.count, lastOn: r.last_on }) : 0;
  }

  /**
   * The first day the volunteer may give `kind` again under the organization's rules, over every
   * donation of theirs (recorded or self-reported): the domain's eligibleFrom. Null: nothing holds them back.
   */
  async eligibleAgainOn(db: EntityManager, volunteerId: string, kind: DriveKind, organizationId: string, installation: Partial<Record<DriveKind, number | null>>): Promise<string | null> {
    const [row] = await db.query(
      `SELECT ${DONATIONS_OF('v')} AS donations, (SELECT eligibility_rules FROM organizations WHERE id = $2) AS rules FROM volunteers v WHERE v.id = $1`,
      [volunteerId, organizationId],
    );
    return row ? (eligibleFrom(kind, row.donations, eligibilityRulesOf(row.rules), installation)?.date ?? null) : null;
  }

  /**
   * False when the volunteer turned this kind of message off on their data page, or unsubscribed
   * with one click from the messages they did not ask for and this is one (or is gone).
   */
  async accepts(db: EntityManager, volunteerId: string, purpose: string): Promise<boolean> {
    const [v] = await db.query(`SELECT unsubscribed_at, $2 = ANY(unsubscribed_purposes) AS turned_off FROM volunteers WHERE id = $1`, [volunteerId, purpose]);
    return Boolean(v && !v.turned_off && !(v.unsubscribed_at && traitsOf(purpose)?.unsolicited));
  }
}
