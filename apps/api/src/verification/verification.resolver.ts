import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Locale, LOCALES, pickLocale } from '@life-relay/domain';
import { Public } from '../common/auth/access.decorators';
import { AppRequest } from '../common/auth/request-of';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator';
import { VerificationService } from './verification.service';

@Resolver()
export class VerificationResolver {
  constructor(private readonly service: VerificationService) {}

  @Public()
  @RateLimit('signUpCode')
  @Mutation(() => Boolean, {
    description:
      'Public: sends a 6-digit code (valid 10 minutes) to an e-mail address or a mobile number, for signing up for a published drive. ' +
      'The answer is true whether or not the contact is known.',
  })
  requestSignUpCode(
    @Args('driveSlug') driveSlug: string,
    @Args('contact', { description: 'An e-mail address or a mobile number.' }) contact: string,
    @Args('locale', { type: () => String, nullable: true, description: 'The language of the message; the browser’s unless given.' }) locale: string | null,
    @Context('req') req: AppRequest,
  ): Promise<boolean> {
    return this.service.requestSignUpCode(driveSlug, contact, locale && LOCALES.includes(locale as Locale) ? (locale as Locale) : pickLocale(req.headers['accept-language']));
  }
}
