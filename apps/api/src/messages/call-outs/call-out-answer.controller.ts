// The answer link of an emergency call-out: opening it shows two buttons ("I can come", "I can't")
// and only pressing one records it, so a mail client or chat app that opens links to preview them
// answers nothing. No account, no typing; the token in the link is the person's alone.
import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { CallOutAnswer } from '@life-relay/domain';
import { Public } from '../../common/auth/access.decorators';
import { CallOutsService } from './call-outs.service';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Life Relay</title></head>` +
  `<body style="font-family:system-ui,sans-serif;max-width:32em;margin:3em auto;padding:0 1em;line-height:1.5">${body}</body></html>`;

const BUTTON = 'style="font-size:1.1em;padding:.6em 1.2em;margin:.3em"';

@Controller('api/call-outs/answer')
export class CallOutAnswerController {
  constructor(private readonly callOuts: CallOutsService) {}

  @Public()
  @Get(':token')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  ask(@Param('token') token: string): string {
    const action = `/api/call-outs/answer/${encodeURIComponent(token)}`;
    return page(
      `<h1>Can you come? / 您能来吗？</h1>` +
        `<form method="post" action="${action}"><input type="hidden" name="answer" value="YES"><button type="submit" ${BUTTON}>I can come / 我能来</button></form>` +
        `<form method="post" action="${action}"><input type="hidden" name="answer" value="NO"><button type="submit" ${BUTTON}>I can’t / 我来不了</button></form>`,
    );
  }

  @Public()
  @Post(':token')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async answer(@Param('token') token: string, @Body() body: { answer?: string }): Promise<string> {
    const answer = body?.answer === CallOutAnswer.YES || body?.answer === CallOutAnswer.NO ? body.answer : null;
    const recorded = answer !== null && (await this.callOuts.answerByLink(token, answer));
    if (!recorded) return page(`<h1>Link not valid / 链接无效</h1><p>This answer link is not valid.</p><p>此回复链接无效。</p>`);
    return answer === CallOutAnswer.YES
      ? page(`<h1>Thank you! / 谢谢！</h1><p>The organizers know you are coming.</p><p>组织者已知道您会来。</p>`)
      : page(`<h1>Thank you / 谢谢</h1><p>The organizers know you cannot come this time.</p><p>组织者已知道您这次来不了。</p>`);
  }
}
