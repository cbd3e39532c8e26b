// Colleges, recruiting teams with their share codes, and who leads them.
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomInt } from 'crypto';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { generateTeamCode, Locale, normalizeTeamCode, Role } from '@life-relay/domain';
import { AccountsService } from '../accounts/accounts.service';
import { Invitation } from '../accounts/dto/account.types';
import { AuthenticatedUser, isOrganizer, organizationScope } from '../common/auth/authenticated-user';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { assertId, isUuid } from '../common/graphql/uuid';
import { containsPattern } from '../common/sql';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination/connection';
import { OrganizationsService } from '../organizations/organizations.service';
import { CollegeEntity } from './college.entity';
import { CoLead, CollegeWithTeams, CreateCollegeInput, CreateTeamInput, InviteCoLeadInput, UpdateTeamInput } from './dto/team.types';
import { TeamEntity, TeamLeadEntity } from './team.entity';

const CODE_ATTEMPTS = 8; // 31^6 codes: a collision is rare, eight in a row is never

export interface TeamFilter {
  collegeId?: string | null;
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

@Injectable()
export class TeamsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(TeamEntity) private readonly teams: Repository<TeamEntity>,
    @InjectRepository(CollegeEntity) private readonly colleges: Repository<CollegeEntity>,
    @InjectRepository(TeamLeadEntity) private readonly leads: Repository<TeamLeadEntity>,
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsService,
  ) {}

  async createCollege(input: CreateCollegeInput): Promise<CollegeEntity> {
    return this.colleges.findOneByOrFail({ id: await this.collegeIdByName(this.dataSource.manager, input.name) });
  }

  /** Colleges are shared by every organization; the teams counted are the caller's organization's. */
  async listColleges(actor: AuthenticatedUser, search?: string | null): Promise<CollegeWithTeams[]> {
    const rows: { id: string; name: string; team_count: string }[] = await this.dataSource.query(
      `SELECT c.id, c.name, count(t.id) AS team_count
         FROM colleges c LEFT JOIN teams t ON t.college_id = c.id AND ($2::uuid IS NULL OR t.organization_id = $2)
        WHERE $1::text IS NULL OR c.name ILIKE $1
        GROUP BY c.id ORDER BY c.name, c.id`,
      [search?.trim() ? containsPattern(search.trim()) : null, organizationScope(actor)],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, teamCount: Number(r.team_count) }));
  }

  /** `actor` null: the platform itself (the demo), into the first organization. */
  async createTeam(actor: AuthenticatedUser | null, input: CreateTeamInput): Promise<TeamEntity> {
    const organizationId = await this.organizations.target(actor, input.organizationId, 'organizationId');
    return this.dataSource.transaction(async (tx) => {
      const collegeId = await this.resolveCollege(tx, input.collegeId, input.collegeName);
      return this.insertTeam(tx, input.name, collegeId, organizationId);
    });
  }

  /** A new team with a fresh code, in the caller's transaction; the college found or created by name. */
  async insertTeamOfCollege(tx: EntityManager, name: string, collegeName: string, organizationId: string): Promise<TeamEntity> {
    return this.insertTeam(tx, name, await this.collegeIdByName(tx, collegeName), organizationId);
  }

  private async insertTeam(tx: EntityManager, name: string, collegeId: string | null, organizationId: string): Promise<TeamEntity> {
    for (let attempt = 1; attempt <= CODE_ATTEMPTS; attempt++) {
      // A taken code inserts nothing (no error, so the transaction stays usable): try another.
      const [row] = await tx.query(
        `INSERT INTO teams (name, code, college_id, organization_id) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING RETURNING id`,
        [name, generateTeamCode((n) => randomInt(n)), collegeId, organizationId],
      );
      if (row) return tx.getRepository(TeamEntity).findOneByOrFail({ id: row.id });
    }
    throw new Error(`No free team code after ${CODE_ATTEMPTS} attempts`);
  }

  async updateTeam(id: string, input: UpdateTeamInput): Promise<TeamEntity> {
    return this.dataSource.transaction(async (tx) => {
      const team = await tx.getRepository(TeamEntity).findOneBy({ id: assertId(id, 'Team') });
      if (!team) throw new NotFoundError('Team');
      const changes: Partial<TeamEntity> = {};
      if (input.name !== undefined && input.name !== null) changes.name = input.name;
      if (input.collegeId !== undefined || input.collegeName !== undefined) {
        changes.collegeId = await this.resolveCollege(tx, input.collegeId, input.collegeName);
      }
      if (Object.keys(changes).length) await tx.getRepository(TeamEntity).update({ id: team.id }, changes);
      return tx.getRepository(TeamEntity).findOneByOrFail({ id: team.id });
    });
  }

  /** The teams of the caller's organization (an admin: every team). */
  async listTeams(actor: AuthenticatedUser, filter: TeamFilter): Promise<Connection<TeamEntity>> {
    const limit = pageSize(filter.first);
    const query = this.teams.createQueryBuilder('t');
    const own = organizationScope(actor);
    if (own) query.andWhere('t.organization_id = :own', { own });
    if (filter.collegeId) query.andWhere('t.college_id = :collegeId', { collegeId: assertId(filter.collegeId, 'College') });
    const search = filter.search?.trim();
    if (search) {
      query.andWhere('(t.name ILIKE :like OR t.code = :code)', { like: containsPattern(search), code: normalizeTeamCode(search) });
    }
    const totalCount = await query.clone().getCount();
    if (filter.after) {
      const [name, id] = decodeCursor(filter.after, ['string', 'string']) as string[];
      // Only values one of our cursors holds; anything else would reach PostgreSQL as a type error.
      if (!isUuid(id) || name.includes('\u0000')) throw InvalidInputError.field('after', 'invalidValue');
      query.andWhere('(t.name, t.id) > (:name, :id)', { name, id });
    }
    const rows = await query.orderBy('t.name', 'ASC').addOrderBy('t.id', 'ASC').limit(limit + 1).getMany();
    return toConnection(rows, limit, totalCount, (t) => encodeCursor([t.name, t.id]));
  }

  /** Organizers see every team; a team lead only the teams they lead. */
  async getTeam(actor: AuthenticatedUser, id: string): Promise<TeamEntity> {
    const team = await this.teams.findOneBy({ id: assertId(id, 'Team') });
    if (!team) throw new NotFoundError('Team');
    if (!isOrganizer(actor) && !(await this.isLeadOf(actor.id, team.id))) throw new ForbiddenError();
    return team;
  }

  async findByCode(code: string): Promise<TeamEntity | null> {
    return this.teams.findOneBy({ code: normalizeTeamCode(code) });
  }

  async findByIds(ids: readonly string[]): Promise<TeamEntity[]> {
    return ids.length ? this.teams.createQueryBuilder('t').where('t.id = ANY(:ids)', { ids }).getMany() : [];
  }

  async findCollegesByIds(ids: readonly string[]): Promise<CollegeEntity[]> {
    return ids.length ? this.colleges.createQueryBuilder('c').where('c.id = ANY(:ids)', { ids }).getMany() : [];
  }

  async assignLead(teamId: string, userId: string): Promise<TeamEntity> {
    const team = await this.teams.findOneBy({ id: assertId(teamId, 'Team') });
    if (!team) throw new NotFoundError('Team');
    const [user] = isUuid(userId) ? await this.accounts.findByIds([userId]) : [];
    // A lead of another organization is as unknown as one that does not exist.
    if (!user || user.organizationId !== team.organizationId) throw InvalidInputError.field('userId', 'unknownUser');
    if (user.role !== Role.TEAM_LEAD) throw InvalidInputError.field('userId', 'notATeamLead');
    await this.leads.createQueryBuilder().insert().values({ teamId: team.id, userId: user.id }).orIgnore().execute();
    return team;
  }

  /**
   * A team lead invites a co-lead for a team they lead: a new TEAM_LEAD account in the team's
   * organization, made a lead of this team only, in one transaction. The role and the team are
   * fixed here, so a lead can never hand out more than their own team; another team is as
   * unknown as one that does not exist.
   */
  async inviteCoLead(actor: AuthenticatedUser, teamId: string, input: InviteCoLeadInput, locale: Locale): Promise<Invitation> {
    const team = await this.teams.findOneBy({ id: assertId(teamId, 'Team') });
    if (!team || !(await this.isLeadOf(actor.id, team.id))) throw new NotFoundError('Team');
    return this.accounts.invite(actor, { email: input.email, name: input.name, role: Role.TEAM_LEAD, organizationId: team.organizationId }, locale, async (tx, user) => {
      await tx.getRepository(TeamLeadEntity).insert({ teamId: team.id, userId: user.id });
    });
  }

  async removeLead(teamId: string, userId: string): Promise<TeamEntity> {
    const team = await this.teams.findOneBy({ id: assertId(teamId, 'Team') });
    if (!team) throw new NotFoundError('Team');
    await this.leads.delete({ teamId: team.id, userId: assertId(userId, 'User') });
    return team;
  }

  /**
   * A team's leads as its leads (and organizers) see them: names and whether each accepted, never
   * a contact. A team the caller neither leads nor organizes is as unknown as a missing one.
   */
  async coLeads(actor: AuthenticatedUser, teamId: string): Promise<CoLead[]> {
    const team = await this.visibleTeam(actor, teamId);
    return this.coLeadsOf(this.dataSource.manager, team.id, actor.id);
  }

  /**
   * Removes a lead of a team, by a co-lead of that team or an organizer, and never leaves the team
   * without a lead who has accepted: not the last one, and not oneself when nobody else has
   * accepted yet. The team's row is locked first, so two leads removing each other at once
   * cannot both succeed. Removing someone who is not a lead of the team is refused on userId.
   */
  async removeCoLead(actor: AuthenticatedUser, teamId: string, userId: string): Promise<CoLead[]> {
    const team = await this.visibleTeam(actor, teamId);
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM teams WHERE id = $1 FOR UPDATE`, [team.id]);
      const leads = await this.coLeadsOf(tx, team.id, actor.id);
      const removed = isUuid(userId) ? leads.find((l) => l.userId === userId) : undefined;
      if (!removed) throw InvalidInputError.field('userId', 'unknownUser');
      if (!leads.some((l) => l.userId !== removed.userId && l.accepted)) throw InvalidInputError.field('userId', 'lastTeamLead');
      await tx.getRepository(TeamLeadEntity).delete({ teamId: team.id, userId: removed.userId });
      return leads.filter((l) => l.userId !== removed.userId);
    });
  }

  /** The team, if the caller organizes it (an organizer or viewer of its organization; @InOrganization checked that) or leads it. */
  private async visibleTeam(actor: AuthenticatedUser, teamId: string): Promise<TeamEntity> {
    const team = await this.teams.findOneBy({ id: assertId(teamId, 'Team') });
    if (!team || (!isOrganizer(actor) && !(await this.isLeadOf(actor.id, team.id)))) throw new NotFoundError('Team');
    return team;
  }

  private async coLeadsOf(db: EntityManager, teamId: string, callerId: string): Promise<CoLead[]> {
    const rows = await db.getRepository(TeamLeadEntity).find({ where: { teamId }, order: { createdAt: 'ASC', userId: 'ASC' } });
    const users = new Map((await this.accounts.findByIds(rows.map((r) => r.userId))).map((u) => [u.id, u]));
    return rows.flatMap((r) => {
      const user = users.get(r.userId);
      return user ? [{ userId: user.id, name: user.name, accepted: user.passwordHash !== null && !user.deactivatedAt, you: user.id === callerId, since: r.createdAt }] : [];
    });
  }

  async leadIdsByTeam(teamIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = teamIds.length
      ? await this.leads.createQueryBuilder('l').where('l.team_id = ANY(:teamIds)', { teamIds }).orderBy('l.created_at').getMany()
      : [];
    const map = new Map<string, string[]>();
    for (const row of rows) map.set(row.teamId, [...(map.get(row.teamId) ?? []), row.userId]);
    return map;
  }

  async teamsLedBy(userId: string): Promise<TeamEntity[]> {
    return this.teams
      .createQueryBuilder('t')
      .innerJoin(TeamLeadEntity, 'l', 'l.team_id = t.id AND l.user_id = :userId', { userId })
      .orderBy('t.name')
      .addOrderBy('t.id')
      .getMany();
  }

  async isLeadOf(userId: string, teamId: string): Promise<boolean> {
    return this.leads.existsBy({ userId, teamId });
  }

  private async resolveCollege(tx: EntityManager, collegeId?: string | null, collegeName?: string | null): Promise<string | null> {
    if (collegeId) {
      const exists = await tx.getRepository(CollegeEntity).existsBy({ id: collegeId });
      if (!exists) throw InvalidInputError.field('collegeId', 'unknownCollege');
      return collegeId;
    }
    return collegeName ? this.collegeIdByName(tx, collegeName) : null;
  }

  /** Finds or creates a college by name, safely when two requests name it at once. */
  private async collegeIdByName(tx: EntityManager, name: string): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO colleges (name) VALUES ($1)
       ON CONFLICT (name) DO UPDATE SET name = colleges.name
       RETURNING id`,
      [name],
    );
    return row.id;
  }
}
