// The downloads of a person's page: POST /api/me/data.json and /api/me/data.csv with the link's
// token in the form, never in an address (which logs and browser histories keep).
import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/auth/access.decorators';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator';
import { myDataCsv, myDataJson } from './my-data-export';
import { MyDataService } from './my-data.service';

const NOT_VALID = `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Life Relay</title></head><body style="font-family:system-ui,sans-serif;max-width:32em;margin:3em auto;padding:0 1em"><h1>Link not valid / 链接无效</h1><p>Ask for a new link. / 请重新获取链接。</p></body></html>`;

@Controller('api/me')
export class MyDataExportController {
  constructor(private readonly service: MyDataService) {}

  @Public()
  @RateLimit('publicRead')
  @Post('data.json')
  @HttpCode(200)
  async json(@Body('token') token: unknown, @Res() res: Response): Promise<void> {
    const data = typeof token === 'string' ? await this.service.myData(token) : null;
    if (!data) return void res.status(404).type('text/html; charset=utf-8').send(NOT_VALID);
    this.send(res, 'application/json; charset=utf-8', 'my-data.json', myDataJson(data));
  }

  @Public()
  @RateLimit('publicRead')
  @Post('data.csv')
  @HttpCode(200)
  async csv(@Body('token') token: unknown, @Res() res: Response): Promise<void> {
    const data = typeof token === 'string' ? await this.service.myData(token) : null;
    if (!data) return void res.status(404).type('text/html; charset=utf-8').send(NOT_VALID);
    this.send(res, 'text/csv; charset=utf-8', 'my-data.csv', myDataCsv(data));
  }

  private send(res: Response, type: string, filename: string, body: string): void {
    res
      .status(200)
      .set({ 'Content-Type': type, 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' })
      .send(body);
  }
}
