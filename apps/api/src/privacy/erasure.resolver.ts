import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction, AuditSubjectType } from '@life-relay/domain';
import { Audited } from '../audit/audited.decorator';
import { CurrentUser, Organizers, Readers } from '../common/auth/access.decorators';
import { AuthenticatedUser, organizationScope } from '../common/auth/authenticated-user';
import { InOrganization } from '../common/auth/in-organization';
import { InvalidInputError } from '../common/errors/domain-errors';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ErasureDue } from './dto/erasure.types';
import { ErasureDueReader } from './erasure-due.reader';
import { Erasure } from './erasure.service';

/** The organizers' side of erasure: erasing a person on request, and who the retention job erases when. */
@Resolver()
export class ErasureResolver {
  constructor(
    private readonly erasure: Erasure,
    private readonly due: ErasureDueReader,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Not DESK or VIEWER: erasing cannot be undone, and is the organization's decision on a request.
  @Organizers()
  @InOrganization({ id: 'volunteer' })
  @Audited<boolean>(AuditAction.VOLUNTEER_ERASED, ({ args, result }) => ({
    subjectType: AuditSubjectType.VOLUNTEER,
    subjectId: args.id,
    details: { erasedNow: result },
  }))
  @Mutation(() => Boolean, {
    description:
      'Organizers, on the person’s request: erases their name, contacts, birth date, blood type and every free text and message about them; their sign-ups stay as anonymous counts. False when erased already. Cannot be undone.',
  })
  eraseVolunteer(@CurrentUser() actor: AuthenticatedUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.erasure.eraseOnRequest(actor, id);
  }

  @Readers()
  @Audited<ErasureDue[]>(AuditAction.PERSONAL_DATA_READ, ({ result }) => ({ subjectType: AuditSubjectType.VOLUNTEER, details: { dueForErasure: true, rows: result.length } }))
  @Query(() => [ErasureDue], { description: 'Organizers: people of the organization whose data the retention job erases within `withinDays` days (or at its next run), soonest first.' })
  async volunteersDueForErasure(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('withinDays', { type: () => Int, nullable: true, defaultValue: 30 }) withinDays: number,
  ): Promise<ErasureDue[]> {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3650) throw InvalidInputError.field('withinDays', 'invalidValue');
    return this.due.list(this.dataSource.manager, organizationScope(actor), this.config.retentionDays, withinDays);
  }
}
