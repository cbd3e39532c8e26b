import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, AuditSubjectType } from '@life-relay/domain';
import { Audited } from '../../audit/audited.decorator';
import { CurrentUser, Organizers, Readers } from '../../common/auth/access.decorators';
import { InOrganization } from '../../common/auth/in-organization';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CallOutsService } from './call-outs.service';
import { CallOutInput, CallOutType } from './dto/call-out.types';

@Resolver(() => CallOutType)
export class CallOutsResolver {
  constructor(private readonly service: CallOutsService) {}

  @Organizers()
  @InOrganization({ 'input.driveId': 'drive' })
  @Query(() => Int, { description: 'Organizers: how many of their organization’s volunteers a call-out would reach, before sending it.' })
  callOutAudience(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: CallOutInput): Promise<number> {
    return this.service.audienceCount(actor, input);
  }

  @Organizers()
  @InOrganization({ 'input.driveId': 'drive' })
  @Audited<CallOutType>(AuditAction.CALL_OUT_SENT, ({ result }) => ({
    subjectType: AuditSubjectType.CALL_OUT,
    subjectId: result.id,
    details: { kind: result.kind, bloodTypes: result.bloodTypes, driveId: result.driveId, audienceCount: result.audienceCount },
  }))
  @Mutation(() => CallOutType, { description: 'Organizers: send an urgent call-out to their organization’s volunteers; each gets it once.' })
  sendCallOut(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: CallOutInput): Promise<CallOutType> {
    return this.service.send(actor, input);
  }

  @Readers()
  @Query(() => [CallOutType], { description: 'Organizers: their organization’s call-outs, newest first, with who sent them.' })
  callOuts(@CurrentUser() actor: AuthenticatedUser): Promise<CallOutType[]> {
    return this.service.list(actor);
  }
}
