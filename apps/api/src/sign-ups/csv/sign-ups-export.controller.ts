// The organizers' spreadsheet of a drive's sign-ups: GET /api/drives/:driveId/sign-ups.csv with
// the bearer token. UTF-8 with a byte-order mark, so that Excel shows Chinese names correctly.
import { Controller, Get, Logger, Param, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import { Readers } from '../../common/auth/access.decorators';
import { InOrganization } from '../../common/auth/in-organization';
import { neutraliseFormula } from './csv-cells';
import { EXPORT_COLUMNS, SignUpsExportService } from './sign-ups-export.service';

@Controller('api/drives/:driveId')
export class SignUpsExportController {
  private readonly logger = new Logger(SignUpsExportController.name);

  constructor(private readonly exports: SignUpsExportService) {}

  /** Personal and health data: the drive's organization's organizers and viewers only, never cached on the way. */
  @Readers()
  @InOrganization({ driveId: 'drive' })
  @Get('sign-ups.csv')
  async signUpsCsv(@Param('driveId') driveId: string, @Res() res: Response): Promise<void> {
    const { slug, rows } = await this.exports.export(driveId);
    res.status(200).set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}-sign-ups.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    const csv = stringify({
      bom: true,
      header: true,
      columns: [...EXPORT_COLUMNS],
      record_delimiter: 'windows',
      // A spreadsheet set to read ';' (or tab) as the separator would split `x;=1+1` and run its
      // second half as a formula: such cells are quoted, so every reading keeps them whole.
      quoted_match: /[;\t]/,
      cast: { string: neutraliseFormula, date: (d) => d.toISOString(), number: String },
    });
    try {
      await pipeline(Readable.from(rows), csv, res);
    } catch (error) {
      // The status line is gone: the download is cut off, so nobody takes half a file for all of it.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      }
      res.destroy();
    }
  }
}
