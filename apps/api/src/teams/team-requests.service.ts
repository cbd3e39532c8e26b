// Team requests (issue 22): a college coordinator asks for a team through their organization's
// public link; organizers approve many at once (a contest of a hundred colleges) or decline.
// An approval makes the team (in an existing college of that name, or a new one) and invites the
// coordinator as its lead, all or nothing per request; a decline tells the coordinator, once.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'crypto';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { Locale, MessagePurpose, Role } from '@life-relay/domain';
import { AccountsService } from '../accounts/accounts.service';
import { AuthenticatedUser, organizationScope } from '../common/auth/authenticated-user';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { assertId, isUuid } from '../common/graphql/uuid';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OrganizationsService } from '../organizations/organizations.service';
import { Outbox } from '../outbox/outbox.repository';
import { RequestTeamInput, TeamRequestDecision, TeamRequestForm, TeamRequestLink } from './dto/team-request.types';
import { TeamRequestEntity, TeamRequestLinkEntity, TeamRequestStatus } from './team-request.entity';
import { TeamLeadEntity } from './team.entity';
import { TeamsService } from './teams.service';

/** Thrown inside an approval's transaction to undo it: someone decided on the request meanwhile. */
class AlreadyDecided extends Error {}

const MAX_IDS = 500;

@Injectable()
export class TeamRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(TeamRequestEntity) private readonly requests: Repository<TeamRequestEntity>,
    @InjectRepository(TeamRequestLinkEntity) private readonly links: Repository<TeamRequestLinkEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly teams: TeamsService,
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsService,
    private readonly outbox: Outbox,
  ) {}

  /** The organization's link, made on first look so that there is always one to share. */
  async link(actor: AuthenticatedUser, organizationId?: string | null): Promise<TeamRequestLink> {
    const organization = await this.organizations.target(actor, organizationId, 'organizationId');
    await this.links.createQueryBuilder().insert().values({ organizationId: organization, token: newToken() }).orIgnore().execute();
    return this.urlOf(await this.links.findOneByOrFail({ organizationId: organization }));
  }

  /** A new token: the old link stops working at once (a link posted where it is abused). */
  async rotateLink(actor: AuthenticatedUser, organizationId?: string | null): Promise<TeamRequestLink> {
    const organization = await this.organizations.target(actor, organizationId, 'organizationId');
    await this.links.upsert({ organizationId: organization, token: newToken(), createdAt: new Date() }, ['organizationId']);
    return this.urlOf(await this.links.findOneByOrFail({ organizationId: organization }));
  }

  /** Public: the organization a request link is for; null for an unknown (or rotated) link. */
  async form(token: string): Promise<TeamRequestForm | null> {
    const link = await this.linkOf(token);
    if (!link) return null;
    const [organization] = await this.organizations.byIds([link.organizationId]);
    return organization ? { organizationName: organization.name } : null;
  }

  /**
   * Nothing is checked against accounts here, so the answer never says whether the e-mail has
   * one: that is found out when an organizer approves.
   */
  async request(token: string, input: RequestTeamInput, locale: Locale): Promise<boolean> {
    const link = await this.linkOf(token);
    if (!link) throw new NotFoundError('Team request link');
    await this.requests.insert({
      organizationId: link.organizationId,
      collegeName: input.collegeName,
      teamName: input.teamName,
      coordinatorName: input.coordinatorName,
      coordinatorEmail: input.coordinatorEmail,
      locale,
    });
    return true;
  }

  /** The caller's organization's requests (an admin's: every organization's), oldest first. */
  async list(actor: AuthenticatedUser, status?: TeamRequestStatus | null): Promise<TeamRequestEntity[]> {
    const query = this.requests.createQueryBuilder('r');
    const own = organizationScope(actor);
    if (own) query.andWhere('r.organization_id = :own', { own });
    if (status) query.andWhere('r.status = :status', { status });
    return query.orderBy('r.created_at', 'ASC').addOrderBy('r.id', 'ASC').getMany();
  }

  /**
   * Each request on its own: one that cannot be approved (already decided, or its e-mail has an
   * account that cannot lead this team) is reported and the others still go through.
   */
  async approve(actor: AuthenticatedUser, ids: readonly string[]): Promise<TeamRequestDecision[]> {
    const decisions: TeamRequestDecision[] = [];
    for (const request of await this.scoped(actor, ids)) {
      try {
        await this.approveOne(actor, request);
        decisions.push({ request: await this.requests.findOneByOrFail({ id: request.id }), error: null });
      } catch (error) {
        const reason = error instanceof AlreadyDecided ? 'alreadyDecided' : error instanceof InvalidInputError ? 'emailBelongsToAnotherAccount' : null;
        if (!reason) throw error;
        decisions.push({ request: await this.requests.findOneByOrFail({ id: request.id }), error: reason });
      }
    }
    return decisions;
  }

  /**
   * Declines the pending ones; a request already decided stays as it is. Each coordinator whose
   * request this call declined is told so once (the outbox row is written in the same
   * transaction, keyed by the request), in the language they asked in.
   */
  async decline(actor: AuthenticatedUser, ids: readonly string[]): Promise<TeamRequestEntity[]> {
    const requests = await this.scoped(actor, ids);
    await this.dataSource.transaction(async (tx) => {
      // Only the rows this statement moved from PENDING: a request declined twice (two organizers
      // at once, a double click) is told once.
      const [declined]: [{ id: string; organization_id: string; coordinator_email: string; locale: string }[], number] = await tx.query(
        `UPDATE team_requests SET status = $3, decided_by_id = $2, decided_at = now()
          WHERE id = ANY($1::uuid[]) AND status = $4
      RETURNING id, organization_id, coordinator_email, locale`,
        [requests.map((r) => r.id), actor.id, TeamRequestStatus.DECLINED, TeamRequestStatus.PENDING],
      );
      for (const request of declined) {
        await this.outbox.enqueue(tx, {
          purpose: MessagePurpose.TEAM_REQUEST_DECLINED,
          dedupeKey: `${MessagePurpose.TEAM_REQUEST_DECLINED}:${request.id}`,
          recipient: request.coordinator_email,
          organizationId: request.organization_id,
          locale: request.locale,
          // Ids only: what the message says is read when it is sent.
          payload: { teamRequestId: request.id },
        });
      }
    });
    return this.requests.createQueryBuilder('r').where('r.id = ANY(:ids)', { ids: requests.map((r) => r.id) }).orderBy('r.created_at').addOrderBy('r.id').getMany();
  }

  private async approveOne(actor: AuthenticatedUser, request: TeamRequestEntity): Promise<void> {
    const [account]: { id: string; role: Role; organization_id: string | null }[] = await this.dataSource.query(
      `SELECT id, role, organization_id FROM users WHERE email = $1`,
      [request.coordinatorEmail],
    );
    const makeTeam = async (tx: EntityManager, userId: string) => {
      const team = await this.teams.insertTeamOfCollege(tx, request.teamName, request.collegeName, request.organizationId);
      await tx.getRepository(TeamLeadEntity).insert({ teamId: team.id, userId });
      const decided = await tx
        .getRepository(TeamRequestEntity)
        .createQueryBuilder()
        .update()
        .set({ status: TeamRequestStatus.APPROVED, decidedById: actor.id, decidedAt: () => 'now()', teamId: team.id })
        .where('id = :id AND status = :pending', { id: request.id, pending: TeamRequestStatus.PENDING })
        .execute();
      if (!decided.affected) throw new AlreadyDecided();
    };
    if (account) {
      // A lead of this organization already (a coordinator with two teams): the new team is theirs too.
      // Any other account (another organization's, or not a lead) is never handed a team here.
      if (account.organization_id !== request.organizationId || account.role !== Role.TEAM_LEAD) throw InvalidInputError.field('coordinatorEmail', 'emailTaken');
      await this.dataSource.transaction((tx) => makeTeam(tx, account.id));
      return;
    }
    const locale = (request.locale === 'zh-CN' ? 'zh-CN' : 'en') satisfies Locale;
    await this.accounts.invite(
      actor,
      { email: request.coordinatorEmail, name: request.coordinatorName, role: Role.TEAM_LEAD, organizationId: request.organizationId },
      locale,
      (tx, user) => makeTeam(tx, user.id),
    );
  }

  /** The requests named, all of the caller's organization: any other is as unknown as a missing one. */
  private async scoped(actor: AuthenticatedUser, ids: readonly string[]): Promise<TeamRequestEntity[]> {
    const wanted = [...new Set(ids.map((id) => assertId(id, 'Team request')))];
    if (wanted.length > MAX_IDS) throw InvalidInputError.field('ids', 'tooManyItems', { max: MAX_IDS });
    const query = this.requests.createQueryBuilder('r').where('r.id = ANY(:wanted)', { wanted });
    const own = organizationScope(actor);
    if (own) query.andWhere('r.organization_id = :own', { own });
    const found = await query.orderBy('r.created_at').addOrderBy('r.id').getMany();
    if (found.length !== wanted.length) throw new NotFoundError('Team request');
    return found;
  }

  /** What the notice of a declined request says; null when the request is gone or no longer declined. */
  async declinedNoticeFacts(tx: EntityManager, id: unknown): Promise<{ name: string; teamName: string; collegeName: string; organizationName: string } | null> {
    if (typeof id !== 'string' || !isUuid(id)) return null;
    const [row] = await tx.query(
      `SELECT r.coordinator_name AS name, r.team_name AS "teamName", r.college_name AS "collegeName", o.name AS "organizationName"
         FROM team_requests r JOIN organizations o ON o.id = r.organization_id
        WHERE r.id = $1 AND r.status = $2`,
      [id, TeamRequestStatus.DECLINED],
    );
    return row ?? null;
  }

  private async linkOf(token: string): Promise<TeamRequestLinkEntity | null> {
    return token.length <= 64 ? this.links.findOneBy({ token }) : null;
  }

  private urlOf(link: TeamRequestLinkEntity): TeamRequestLink {
    return { url: `${this.config.publicUrl}/join-team/${link.token}` };
  }
}

/** 144 random bits in 24 URL-safe characters: unguessable, and short enough for a poster's QR code. */
function newToken(): string {
  return randomBytes(18).toString('base64url');
}
