// Personal recruiting credit (issue 22): who brought whom into a drive, counted from the sign-ups'
// referrer links. Organizers see every recruiter with true counts; a team lead sees their team's
// recruiters with donations only where they cannot tell a deferral; a volunteer sees their own
// count. No public page names a recruiter.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { disclosedReferrals, rankRecruiters, RecruiterCounts, shareLinkPath } from '@life-relay/domain';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { InvalidInputError } from '../common/errors/domain-errors';
import { isUuid } from '../common/graphql/uuid';
import { TeamsService } from '../teams/teams.service';
import { MyReferrals, RecruiterRow, TeamRecruiterRow } from './dto/recruiter.types';
import { CountRow, countsOf } from './count-rows';

/**
 * The people each recruiter's link brought into drive $1, counted by status, per recruiting
 * sign-up; with $2, only recruiters of that team. A self-referral (two records of one person
 * merged, say) is not counted, nor is an erased recruiter.
 */
const RECRUITER_COUNTS = `
  SELECT r.id, v.name,
         count(*) FILTER (WHERE s.status = 'REGISTERED')::int AS registered,
         count(*) FILTER (WHERE s.status = 'WAITLISTED')::int AS waitlisted,
         count(*) FILTER (WHERE s.status = 'CANCELLED')::int AS cancelled,
         count(*) FILTER (WHERE s.status = 'CHECKED_IN')::int AS checked_in,
         count(*) FILTER (WHERE s.status = 'DONATED')::int AS donated,
         count(*) FILTER (WHERE s.status = 'DEFERRED')::int AS deferred,
         count(*) FILTER (WHERE s.status = 'NO_SHOW')::int AS no_show
    FROM sign_ups s
    JOIN sign_ups r ON r.id = s.referrer_sign_up_id
    JOIN volunteers v ON v.id = r.volunteer_id
   WHERE s.drive_id = $1 AND s.volunteer_id <> r.volunteer_id AND v.erased_at IS NULL AND ($2::uuid IS NULL OR r.team_id = $2)
   GROUP BY r.id, v.name`;

/** One recruiter's referrals, counted by status. */
type ReferrerCounts = { id: string; name: string } & CountRow;

@Injectable()
export class RecruitersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly teams: TeamsService,
  ) {}

  /** Organizers: every recruiter of the drive (the caller's organization's, checked by the query's guard). */
  async ofDrive(driveId: string, length: number): Promise<RecruiterRow[]> {
    const rows: ReferrerCounts[] = await this.dataSource.query(RECRUITER_COUNTS, [driveId, null]);
    return rankRecruiters(rows.map((r): RecruiterCounts => ({ name: r.name, counts: countsOf(r) }))).slice(0, length);
  }

  /**
   * A team's recruiters in a drive, for its leads (and organizers): ranked without the donations
   * that are withheld, as an order by them would tell them.
   */
  async ofTeam(actor: AuthenticatedUser, teamId: string, driveId: string): Promise<TeamRecruiterRow[]> {
    const team = await this.teams.getTeam(actor, teamId); // FORBIDDEN for a lead of another team
    if (!isUuid(driveId)) throw InvalidInputError.field('driveId', 'invalidValue');
    const rows: ReferrerCounts[] = await this.dataSource.query(RECRUITER_COUNTS, [driveId, team.id]);
    const ranked = rankRecruiters(rows.map((r) => ({ name: r.name, counts: countsOf(r) })), { byDonations: false });
    return ranked.map((r) => ({ rank: r.rank, name: r.name, signUps: r.signUps, donated: disclosedReferrals(r.counts).donated }));
  }

  /** What the volunteer's own link brought into the drive of their sign-up. */
  async ofSignUp(signUpId: string): Promise<MyReferrals> {
    const [row] = await this.dataSource.query(
      `SELECT r.referral_code, d.slug, t.code AS team_code,
              count(s.id) FILTER (WHERE s.status = 'REGISTERED')::int AS registered,
              count(s.id) FILTER (WHERE s.status = 'WAITLISTED')::int AS waitlisted,
              count(s.id) FILTER (WHERE s.status = 'CANCELLED')::int AS cancelled,
              count(s.id) FILTER (WHERE s.status = 'CHECKED_IN')::int AS checked_in,
              count(s.id) FILTER (WHERE s.status = 'DONATED')::int AS donated,
              count(s.id) FILTER (WHERE s.status = 'DEFERRED')::int AS deferred,
              count(s.id) FILTER (WHERE s.status = 'NO_SHOW')::int AS no_show
         FROM sign_ups r JOIN drives d ON d.id = r.drive_id LEFT JOIN teams t ON t.id = r.team_id
         LEFT JOIN sign_ups s ON s.referrer_sign_up_id = r.id AND s.volunteer_id <> r.volunteer_id
        WHERE r.id = $1
        GROUP BY r.id, d.slug, t.code`,
      [signUpId],
    );
    const disclosed = disclosedReferrals(countsOf(row));
    return { referralCode: row.referral_code, sharePath: shareLinkPath(row.slug, row.referral_code, row.team_code), signUps: disclosed.signUps, donated: disclosed.donated };
  }
}
