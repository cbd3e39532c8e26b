import { Args, ID, Int, Mutation, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { AuditAction, AuditSubjectType, CallOutAnswer } from '@life-relay/domain';
import { Audited } from '../../audit/audited.decorator';
import { CurrentUser, Organizers, Public, Readers } from '../../common/auth/access.decorators';
import { InOrganization } from '../../common/auth/in-organization';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CallOutsService } from './call-outs.service';
import { CallOutAskType, CallOutAudienceMember, CallOutInput, CallOutType, CallOutWaveInput } from './dto/call-out.types';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator';

registerEnumType(CallOutAnswer, { name: 'CallOutAnswer', description: 'YES: "I can come"; NO: "I can’t".' });

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
  @Audited<CallOutAudienceMember[]>(AuditAction.PERSONAL_DATA_READ, ({ result }) => ({ details: { callOutAudience: true, rows: result.length } }))
  @Query(() => [CallOutAudienceMember], { description: 'Organizers: exactly who a call-out would ask, and by which channel, before sending it.' })
  callOutAudienceList(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: CallOutInput): Promise<CallOutAudienceMember[]> {
    return this.service.audienceList(actor, input);
  }

  @Organizers()
  @InOrganization({ 'input.driveId': 'drive' })
  @Audited<CallOutType>(AuditAction.CALL_OUT_SENT, ({ result }) => ({
    subjectType: AuditSubjectType.CALL_OUT,
    subjectId: result.id,
    details: { kind: result.kind, bloodTypes: result.bloodTypes, driveId: result.driveId, audienceCount: result.audienceCount },
  }))
  @Mutation(() => CallOutType, {
    description: 'Organizers: send an urgent call-out to their organization’s volunteers; each gets it once, by SMS where they gave a phone, else by e-mail, at any hour.',
  })
  sendCallOut(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: CallOutInput): Promise<CallOutType> {
    return this.service.send(actor, input);
  }

  @Organizers()
  @InOrganization({ id: 'callOut' })
  @Audited<CallOutType>(AuditAction.CALL_OUT_SENT, ({ result }) => ({
    subjectType: AuditSubjectType.CALL_OUT,
    subjectId: result.id,
    details: { wave: result.waves, bloodTypes: result.bloodTypes, regionCode: result.regionCode, audienceCount: result.audienceCount },
  }))
  @Mutation(() => CallOutType, {
    description: 'Organizers: the next wave of a call-out (another group, or a wider region), to people it has not asked yet; refused once the need is met.',
  })
  escalateCallOut(@Args('id', { type: () => ID }) id: string, @Args('input') input: CallOutWaveInput): Promise<CallOutType> {
    return this.service.escalate(id, input);
  }

  @Readers()
  @Query(() => [CallOutType], { description: 'Organizers: their organization’s call-outs, newest first, with who sent them and their tallies.' })
  callOuts(@CurrentUser() actor: AuthenticatedUser): Promise<CallOutType[]> {
    return this.service.list(actor);
  }

  @Readers()
  @InOrganization({ id: 'callOut' })
  @Query(() => CallOutType, { nullable: true, description: 'Organizers: one call-out with its live tally against the need.' })
  callOut(@CurrentUser() actor: AuthenticatedUser, @Args('id', { type: () => ID }) id: string): Promise<CallOutType | null> {
    return this.service.one(actor, id);
  }

  // A read answers nothing: the page (and any link preview that fetches it) asks this, and only
  // the person's press of a button calls answerCallOut.
  @Public()
  @RateLimit('publicRead')
  @Query(() => CallOutAskType, {
    nullable: true,
    description: 'Public, with the token of the link in a call-out message: the need and the answer given so far. Null for a link that is not valid (nothing else is said).',
  })
  callOutAsk(@Args('token') token: string): Promise<CallOutAskType | null> {
    return this.service.askByLink(token);
  }

  @Public()
  @RateLimit('signUp')
  @Mutation(() => Boolean, {
    description: 'Public, with the token of the link in a call-out message: the person’s answer (a later one replaces it until the call-out closes). False for a link that is not valid or a call-out that closed.',
  })
  answerCallOut(@Args('token') token: string, @Args('answer', { type: () => CallOutAnswer }) answer: CallOutAnswer): Promise<boolean> {
    return this.service.answerByLink(token, answer);
  }
}
