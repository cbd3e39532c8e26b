// The organizers' spreadsheet of a drive's sign-ups: GET /api/drives/:driveId/sign-ups.csv with
// the bearer token. UTF-8 with a byte-order mark, so that Excel shows Chinese names correctly.
import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import { AuditAction, AuditSubjectType } from '@life-relay/domain';
import { AuditLog } from '../../audit/audit-log.service';
import { CurrentUser, Readers } from '../../common/auth/access.decorators';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { InOrganization } from '../../common/auth/in-organization';
import type { AppRequest } from '../../common/auth/request-of';
import { neutraliseFormula, wallTime } from './csv-cells';
import { exportHeader, SignUpsExportService } from './sign-ups-export.service';

@Controller('api/drives/:driveId')
export class SignUpsExportController {
  private readonly logger = new Logger(SignUpsExportController.name);

  constructor(
    private readonly exports: SignUpsExportService,
    private readonly audit: AuditLog,
  ) {}

  /** Personal and health data: the drive's organization's organizers and viewers only, never cached on the way. */
  @Readers()
  @InOrganization({ driveId: 'drive' })
  @Get('sign-ups.csv')
  async signUpsCsv(@Param('driveId') driveId: string, @CurrentUser() actor: AuthenticatedUser, @Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const { slug, timeZone, kind, count, rows } = await this.exports.export(driveId);
    // Before the first byte: a download cut off half-way has still handed the data out, and a
    // failure to record it refuses the file.
    await this.audit.record(actor, req, { action: AuditAction.PERSONAL_DATA_EXPORTED, subjectType: AuditSubjectType.DRIVE, subjectId: driveId, details: { rows: count } });
    res.status(200).set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}-sign-ups.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    const csv = stringify({
      bom: true,
      header: true,
      columns: exportHeader(timeZone, kind),
      record_delimiter: 'windows',
      // A spreadsheet set to read ';' (or tab) as the separator would split `x;=1+1` and run its
      // second half as a formula: such cells are quoted, so every reading keeps them whole.
      quoted_match: /[;\t]/,
      // `2030-12-05 09:00:00`: what a spreadsheet reads as a date and time, on the drive's clock.
      cast: { string: neutraliseFormula, date: (d) => wallTime(d, timeZone), number: String },
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
