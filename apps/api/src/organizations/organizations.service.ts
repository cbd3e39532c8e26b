import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuthenticatedUser, organizationScope } from '../common/auth/authenticated-user';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { isUuid } from '../common/graphql/uuid';
import { CreateOrganizationInput } from './dto/organization.types';
import { OrganizationEntity } from './organization.entity';

// Organizations own nothing but their name; what belongs to one says so in its own table.

@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>) {}

  /** An admin sees every organization; anyone else their own. */
  list(actor: AuthenticatedUser): Promise<OrganizationEntity[]> {
    const own = organizationScope(actor);
    return this.organizations.find({ where: own ? { id: own } : {}, order: { name: 'ASC' } });
  }

  async create(input: CreateOrganizationInput): Promise<OrganizationEntity> {
    const inserted = await this.organizations.createQueryBuilder().insert().values({ name: input.name }).orIgnore().returning('id').execute();
    const id: string | undefined = inserted.raw[0]?.id;
    if (!id) throw InvalidInputError.field('name', 'organizationNameTaken');
    return this.organizations.findOneByOrFail({ id });
  }

  async byIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return ids.length ? this.organizations.findBy({ id: In([...ids]) }) : [];
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
