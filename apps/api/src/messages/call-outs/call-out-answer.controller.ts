// The answer link of an emergency call-out as the first messages wrote it (/api/call-outs/answer/<token>).
// The page is now the public app's (/answer/<token>, apps/admin/src/public/call-out-answer), so
// these addresses only send a person there (302, not 301: a browser would keep a permanent one
// forever): a message already delivered, or a short link minted for one, keeps working. Opening
// the page answers nothing (a link preview must not); only a press of its buttons does, through
// the rate-limited answerCallOut mutation.
import { Controller, Get, Header, Param, Redirect } from '@nestjs/common';
import { Public } from '../../common/auth/access.decorators';

/** Where the public app shows a call-out's answer link. */
export const answerPagePath = (token: string) => `/answer/${encodeURIComponent(token)}`;

@Controller('api/call-outs/answer')
export class CallOutAnswerController {
  @Public()
  @Get(':token')
  @Header('Cache-Control', 'no-store')
  @Redirect('/', 302)
  ask(@Param('token') token: string) {
    return { url: answerPagePath(token) };
  }
}
