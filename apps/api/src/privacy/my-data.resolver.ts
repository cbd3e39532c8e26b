import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Locale, LOCALES, pickLocale } from '@life-relay/domain';
import { Public } from '../common/auth/access.decorators';
import { AppRequest } from '../common/auth/request-of';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator';
import { MyData, MyDataInput } from './dto/my-data.types';
import { MyDataService } from './my-data.service';

const localeOf = (locale: string | null, req: AppRequest): Locale =>
  locale && LOCALES.includes(locale as Locale) ? (locale as Locale) : pickLocale(req.headers['accept-language']);

/** What a person reaches about themselves without an account: a link by e-mail or SMS, and what is behind it. */
@Resolver()
export class MyDataResolver {
  constructor(private readonly service: MyDataService) {}

  @Public()
  @RateLimit('signUpCode')
  @Mutation(() => Boolean, {
    description:
      'Public: sends a link to /me/<token> (valid 24 hours), where a person sees, downloads, corrects and erases what is stored about them, ' +
      'to an e-mail address or a mobile number. The answer is true whether or not anything is stored about the contact.',
  })
  requestMyDataLink(
    @Args('contact', { description: 'An e-mail address or a mobile number.' }) contact: string,
    @Args('locale', { type: () => String, nullable: true, description: 'The language of the message; the browser’s unless given.' }) locale: string | null,
    @Context('req') req: AppRequest,
  ): Promise<boolean> {
    return this.service.requestLink(contact, localeOf(locale, req));
  }

  @Public()
  @RateLimit('publicRead')
  @Query(() => MyData, { nullable: true, description: 'Public, with the token from a /me/<token> link: everything stored about the person. Null for a link that does not work.' })
  myData(@Args('token') token: string): Promise<MyData | null> {
    return this.service.myData(token);
  }

  @Public()
  @RateLimit('signUpCode')
  @Mutation(() => Boolean, { description: 'Public, with a /me/<token> link’s token: sends a one-time code to a new e-mail address or mobile number for updateMyData.' })
  requestMyContactCode(
    @Args('token') token: string,
    @Args('contact') contact: string,
    @Args('locale', { type: () => String, nullable: true }) locale: string | null,
    @Context('req') req: AppRequest,
  ): Promise<boolean> {
    return this.service.requestContactCode(token, contact, localeOf(locale, req));
  }

  @Public()
  @RateLimit('signUp')
  @Mutation(() => MyData, { description: 'Public, with a /me/<token> link’s token: corrects the name and contact details (a new contact with its code).' })
  updateMyData(@Args('token') token: string, @Args('input') input: MyDataInput): Promise<MyData> {
    return this.service.correct(token, input);
  }

  @Public()
  @RateLimit('signUp')
  @Mutation(() => Boolean, { description: 'Public, with a /me/<token> link’s token: stops (receive false) or restarts one kind of message (MyData.messageKinds).' })
  setMyMessageKind(@Args('token') token: string, @Args('purpose') purpose: string, @Args('receive') receive: boolean): Promise<boolean> {
    return this.service.setMessageKind(token, purpose, receive);
  }

  @Public()
  @RateLimit('signUp')
  @Mutation(() => Boolean, {
    description:
      'Public, with a /me/<token> link’s token: withdraws the HEALTH consent (the blood type is deleted; later outcomes are kept without screening details) ' +
      'or CALL_OUTS. GENERAL is withdrawn by erasing one’s data (eraseMyData).',
  })
  withdrawMyConsent(@Args('token') token: string, @Args('scope') scope: string): Promise<boolean> {
    return this.service.withdrawConsent(token, scope);
  }

  @Public()
  @RateLimit('signUp')
  @Mutation(() => Boolean, {
    description:
      'Public, with a /me/<token> link’s token: erases the person’s name, contact details, birth date, blood type and free texts everywhere ' +
      '(messages included); their sign-ups keep counting anonymously; every link of theirs stops working. Cannot be undone.',
  })
  eraseMyData(@Args('token') token: string): Promise<boolean> {
    return this.service.erase(token);
  }
}
