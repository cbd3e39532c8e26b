import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, AuditSubjectType } from '@life-relay/domain';
import { Audited } from '../../audit/audited.decorator';
import { CurrentUser, Organizers } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CallOutsService } from './call-outs.service';
import { CallOutInput, CallOutType } from './dto/call-out.types';

@Resolver(() => CallOutType)
export class CallOutsResolver {
  constructor(private readonly service: CallOutsService) {}

  @Organizers()
  @Query(() => Int, { description: 'Organizers: how many volunteers a call-out would reach, before sending it.' })
  callOutAudience(@Args('input') input: CallOutInput): Promise<number> {
    return this.service.audienceCount(input);
  }

  @Organizers()
  @Audited<CallOutType>(AuditAction.CALL_OUT_SENT, ({ result }) => ({
    subjectType: AuditSubjectType.CALL_OUT,
    subjectId: result.id,
    details: { kind: result.kind, bloodTypes: result.bloodTypes, driveId: result.driveId, audienceCount: result.audienceCount },
  }))
  @Mutation(() => CallOutType, { description: 'Organizers: send an urgent call-out; each volunteer gets it once.' })
  sendCallOut(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: CallOutInput): Promise<CallOutType> {
    return this.service.send(actor, input);
  }

  @Organizers()
  @Query(() => [CallOutType], { description: 'Organizers: call-outs sent, newest first, with who sent them.' })
  callOuts(): Promise<CallOutType[]> {
    return this.service.list();
  }
}
