import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Locale, pickLocale } from '@life-relay/domain';
import { Public } from '../common/auth/access.decorators';
import { AppRequest } from '../common/auth/request-of';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator';
import { ChangeShiftInput, ManagedSignUp, PublicDrive, SignUpInput, SignUpReceipt } from './dto/sign-up.types';
import { SignUpsService } from './sign-ups.service';

const localeOf = (req: AppRequest): Locale => pickLocale(req.headers['accept-language']);

/** What volunteers reach without an account: the form, the sign-up, their manage link. */
@Resolver()
export class SignUpsResolver {
  constructor(private readonly service: SignUpsService) {}

  @Public()
  @RateLimit('publicRead')
  @Query(() => PublicDrive, { nullable: true, description: 'Public: what the sign-up form shows. Null for unknown or unpublished drives.' })
  publicDrive(
    @Args('slug') slug: string,
    @Args('teamCode', { type: () => String, nullable: true, description: 'The code of a share link, to name its team.' }) teamCode: string | null,
    @Context('req') req: AppRequest,
  ): Promise<PublicDrive | null> {
    return this.service.publicDrive(slug, teamCode, localeOf(req));
  }

  @Public()
  @RateLimit('signUp')
  @Mutation(() => SignUpReceipt, { description: 'Public: sign up for a shift of a published drive.' })
  signUp(@Args('input') input: SignUpInput, @Context('req') req: AppRequest): Promise<SignUpReceipt> {
    return this.service.signUp(input, localeOf(req));
  }

  @Public()
  @RateLimit('signUp')
  @Mutation(() => SignUpReceipt, { description: 'Public, with the manage link’s token: cancel; the place goes to the waitlist.' })
  cancelSignUp(@Args('manageToken') manageToken: string): Promise<SignUpReceipt> {
    return this.service.cancel(manageToken);
  }

  @Public()
  @RateLimit('signUp')
  @Mutation(() => SignUpReceipt, { description: 'Public, with the manage link’s token: move to another shift of the drive.' })
  changeShift(@Args('input') input: ChangeShiftInput): Promise<SignUpReceipt> {
    return this.service.changeShift(input.manageToken, input.shiftId);
  }

  @Public()
  @RateLimit('publicRead')
  @Query(() => ManagedSignUp, { nullable: true, description: 'Public, with the manage link’s token: the volunteer’s own sign-up.' })
  mySignUp(@Args('manageToken') manageToken: string, @Context('req') req: AppRequest): Promise<ManagedSignUp | null> {
    return this.service.managed(manageToken, localeOf(req));
  }
}
