import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
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
