import { Injectable } from '@nestjs/common';
import { ELIGIBILITY_RULE_FIELDS, EligibilityRules, eligibilityRulesOf, eligibilityRulesProblems } from '@life-relay/domain';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuthenticatedUser, organizationScope } from '../common/auth/authenticated-user';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { isUuid } from '../common/graphql/uuid';
import { CreateOrganizationInput, EligibilityRulesInput, MessageReachInput, OrganizationType } from './dto/organization.types';
import { OrganizationEntity } from './organization.entity';

// Organizations own their name, their eligibility rules and how far their unsolicited messages
// reach; what belongs to one says so in its own table.

@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>) {}

  /** An admin sees every organization; anyone else their own. */
  async list(actor: AuthenticatedUser): Promise<OrganizationType[]> {
    const own = organizationScope(actor);
    return (await this.organizations.find({ where: own ? { id: own } : {}, order: { name: 'ASC' } })).map(toOrganization);
  }

  async create(input: CreateOrganizationInput): Promise<OrganizationType> {
    const inserted = await this.organizations.createQueryBuilder().insert().values({ name: input.name }).orIgnore().returning('id').execute();
    const id: string | undefined = inserted.raw[0]?.id;
    if (!id) throw InvalidInputError.field('name', 'organizationNameTaken');
    return toOrganization(await this.organizations.findOneByOrFail({ id }));
  }

  /**
   * Sets an organization's eligibility rules (the caller's own; an admin names one), each limit
   * (age, days between kinds, platelets a year) not given set back to the default. Bad values are refused field by field.
   */
  async setEligibilityRules(actor: AuthenticatedUser, organizationId: string | null | undefined, input: EligibilityRulesInput): Promise<OrganizationType> {
    const id = await this.target(actor, organizationId, 'organizationId');
    const rules = Object.fromEntries(ELIGIBILITY_RULE_FIELDS.map((field) => [field, input[field] ?? null])) as unknown as EligibilityRules;
    const problems = eligibilityRulesProblems(rules);
    if (problems.length) throw new InvalidInputError(problems);
    // As JSON text: given an object, the query builder would take it for columns to set.
    await this.organizations.query(`UPDATE organizations SET eligibility_rules = $2::jsonb WHERE id = $1`, [id, JSON.stringify(rules)]);
    return toOrganization(await this.organizations.findOneByOrFail({ id }));
  }

  /** Sets how far the organization's "you can donate again" messages reach (the caller's own organization; an admin names one). */
  async setMessageReach(actor: AuthenticatedUser, organizationId: string | null | undefined, input: MessageReachInput): Promise<OrganizationType> {
    const id = await this.target(actor, organizationId, 'organizationId');
    await this.organizations.update({ id }, { eligibleAgainRegionCode: input.eligibleAgainRegionCode ?? null });
    return toOrganization(await this.organizations.findOneByOrFail({ id }));
  }

  /** The rules drives of this organization apply (the kinds' defaults for what it leaves unset). */
  async eligibilityRulesOf(organizationId: string): Promise<EligibilityRules> {
    const found = await this.organizations.findOne({ where: { id: organizationId }, select: { id: true, eligibilityRules: true } });
    return eligibilityRulesOf(found?.eligibilityRules);
  }

  async byIds(ids: readonly string[]): Promise<OrganizationType[]> {
    return ids.length ? (await this.organizations.findBy({ id: In([...ids]) })).map(toOrganization) : [];
  }

  /**
   * The organization something new goes into: the one asked for (an admin may name any), else
   * the caller's own; an admin who names none (and the platform itself, loading the demo) gets
   * the first, where the installation began.
   */
  async target(actor: AuthenticatedUser | null, requested: string | null | undefined, field: string): Promise<string> {
    const own = actor && organizationScope(actor);
    if (requested != null) {
      // Naming another organization than one's own is as if it did not exist.
      if (!isUuid(requested) || (own && requested !== own)) throw new NotFoundError('Organization');
      if (!(await this.organizations.existsBy({ id: requested }))) throw new NotFoundError('Organization');
      return requested;
    }
    if (own) return own;
    const [first] = await this.organizations.find({ order: { createdAt: 'ASC', id: 'ASC' }, take: 1 });
    if (!first) throw InvalidInputError.field(field, 'organizationRequired');
    return first.id;
  }
}

function toOrganization(o: OrganizationEntity): OrganizationType {
  return { id: o.id, name: o.name, eligibilityRules: eligibilityRulesOf(o.eligibilityRules), eligibleAgainRegionCode: o.eligibleAgainRegionCode };
}
