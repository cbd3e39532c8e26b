// `/s/<code>`: a text message's short link, redirecting to the address it stands for (a manage
// page, an unsubscribe page, a drive). No account; the per-IP budget of public reads keeps
// guessing codes slow.
import { Controller, Get, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/access.decorators';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator';
import { ShortLinks } from './short-links.repository';

@Controller('s')
export class ShortLinkController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: ShortLinks,
  ) {}

  @Public()
  @RateLimit('publicRead')
  @Get(':code')
  async follow(@Param('code') code: string, @Res() res: Response): Promise<void> {
    const url = await this.links.resolve(this.dataSource.manager, code);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (url) return res.redirect(302, url);
    res
      .status(404)
      .type('text/html; charset=utf-8')
      .send(`<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Life Relay</title></head><body style="font-family:system-ui,sans-serif;max-width:32em;margin:3em auto;padding:0 1em"><h1>Link not valid / 链接无效</h1></body></html>`);
  }
}
