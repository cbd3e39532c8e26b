// Merging two records of one person (contract v2: a person is found by a verified e-mail or a
// verified phone, so someone who signed up once by each has two records; merging them is an
// organizer's explicit act, never automatic). The kept record keeps its name, contacts and
// channel, and takes from the merged one only what it lacks; every sign-up, consent, message and
// unsubscribe link of the merged record moves to it; an unsubscribe is honoured whichever record
// had it. Two sign-ups for the same drive cannot become one person's: the organizer resolves that
// first.
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, organizationScope } from '../common/auth/authenticated-user';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { isUuid } from '../common/graphql/uuid';
import { Outbox } from '../outbox/outbox.repository';
import { SignUpsRepository } from './sign-ups.repository';
import { Volunteers } from './volunteers.repository';
import { Consents } from './consents.repository';
import { RegistryMembers } from './registry-members.repository';
import { VolunteersMerged } from './volunteers-merged';

@Injectable()
export class VolunteerMerge {
  private readonly logger = new Logger(VolunteerMerge.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly volunteers: Volunteers,
    private readonly consents: Consents,
    private readonly registryMembers: RegistryMembers,
    private readonly signUps: SignUpsRepository,
    private readonly outbox: Outbox,
    private readonly merged: VolunteersMerged,
  ) {}

  /** Merges `mergeId` into `keepId`; returns the kept record's id. */
  async merge(actor: AuthenticatedUser, keepId: string, mergeId: string): Promise<string> {
    if (!isUuid(keepId) || !isUuid(mergeId)) throw new NotFoundError('Volunteer');
    if (keepId === mergeId) throw InvalidInputError.field('mergeId', 'mergeSelf');
    await this.dataSource.transaction(async (tx) => {
      if ((await this.volunteers.lockBoth(tx, keepId, mergeId)) < 2) throw new NotFoundError('Volunteer');
      // A person who also signed up with another organization is that organization's too: one
      // organization alone may not change what the other sees. An admin may.
      const own = organizationScope(actor);
      if (own && (await this.signUps.anyOutside(tx, [keepId, mergeId], own))) {
        throw new ForbiddenError('This person signed up with another organization too; ask an admin to merge the records.');
      }
      const shared = await this.signUps.driveOfBoth(tx, keepId, mergeId);
      if (shared) throw new ConflictError('mergeSameDrive', { driveTitle: shared });
      await this.signUps.moveToVolunteer(tx, mergeId, keepId);
      await this.consents.moveToVolunteer(tx, mergeId, keepId);
      await this.registryMembers.moveToVolunteer(tx, mergeId, keepId);
      await this.outbox.moveToVolunteer(tx, mergeId, keepId);
      await this.merged.publish(tx, mergeId, keepId);
      await this.volunteers.absorb(tx, keepId, mergeId);
    });
    this.logger.log(`Volunteer ${mergeId} merged into ${keepId} by user ${actor.id}`);
    return keepId;
  }
}
