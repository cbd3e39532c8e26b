// One-click unsubscribe (RFC 8058): mail clients POST to the link in List-Unsubscribe; a person
// opening it in a browser gets a page with the button. No account, no typing.
import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/access.decorators';
import { Volunteers } from '../../sign-ups/volunteers.repository';
import { UnsubscribeTokens } from './unsubscribe-tokens.repository';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Life Relay</title></head>` +
  `<body style="font-family:system-ui,sans-serif;max-width:32em;margin:3em auto;padding:0 1em;line-height:1.5">${body}</body></html>`;

@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: UnsubscribeTokens,
    private readonly volunteers: Volunteers,
  ) {}

  @Public()
  @Get(':token')
  @Header('Content-Type', 'text/html; charset=utf-8')
  confirm(@Param('token') token: string): string {
    const safe = encodeURIComponent(token);
    return page(
      `<h1>Unsubscribe / 退订</h1><p>Stop "you can donate again" messages, follow-ups and urgent call-outs? Confirmations and reminders for shifts you signed up for still come.</p>` +
        `<p>不再接收"可以再次献血"、回访和紧急求助邮件？您已报名班次的确认和提醒仍会发送。</p>` +
        `<form method="post" action="/unsubscribe/${safe}"><button type="submit" style="font-size:1.1em;padding:.6em 1.2em">Unsubscribe / 退订</button></form>`,
    );
  }

  @Public()
  @Post(':token')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  async unsubscribe(@Param('token') token: string): Promise<string> {
    const volunteerId = await this.tokens.volunteerOf(this.dataSource.manager, token);
    const unsubscribed = volunteerId !== null && (await this.volunteers.unsubscribe(this.dataSource.manager, volunteerId));
    return unsubscribed
      ? page(`<h1>Unsubscribed / 已退订</h1><p>You will not receive these messages any more.</p><p>您将不再收到此类邮件。</p>`)
      : page(`<h1>Link not valid / 链接无效</h1><p>This unsubscribe link is not valid.</p><p>此退订链接无效。</p>`);
  }
}
