// Retention (issue 20): personal data is not kept longer than it is needed. Once a day, claimed
// once across API processes: people whose every drive closed more than RETENTION_DAYS ago are
// erased (someone who took part in a later drive, or has one still to come, is kept); what
// messages said is cleared RENDERED_BODY_DAYS after they were sent; manage links that ended are
// deleted. Everything is measured by the database's clock, so a test moves time by moving dates.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditSubjectType } from '@life-relay/domain';
import { AuditLog } from '../audit/audit-log.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Outbox } from '../outbox/outbox.repository';
import { ManageTokens } from '../sign-ups/manage-tokens.repository';
import { DailyRuns } from './daily-runs.repository';
import { Erasure } from './erasure.service';

export interface RetentionReport {
  erased: number;
  renderedCleared: number;
  manageLinksDeleted: number;
}

/** People erased per statement that finds them; the job goes on until none is left. */
const BATCH = 200;

/**
 * Whether volunteer `v` still has a sign-up whose drive is not closed, or closed within $1 days:
 * then their data is still needed. A drive never closed (a draft, one still published) keeps it.
 */
export const STILL_NEEDED = (v: string) => `EXISTS (
  SELECT 1 FROM sign_ups ks JOIN drives kd ON kd.id = ks.drive_id
   WHERE ks.volunteer_id = ${v}.id AND (kd.status <> 'CLOSED' OR coalesce(kd.closed_at, kd.ends_at) > now() - make_interval(days => $1)))`;

@Injectable()
export class Retention {
  private readonly logger = new Logger(Retention.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dailyRuns: DailyRuns,
    private readonly erasure: Erasure,
    private readonly outbox: Outbox,
    private readonly manageTokens: ManageTokens,
    private readonly audit: AuditLog,
  ) {}

  /** Today's run, if this process claims it; null when another process (or an earlier tick) has. */
  async runDaily(): Promise<RetentionReport | null> {
    if (!(await this.dailyRuns.claimToday(this.dataSource.manager, 'retention'))) return null;
    return this.run();
  }

  async run(): Promise<RetentionReport> {
    let erased = 0;
    const tried = new Set<string>();
    for (;;) {
      const due = (await this.due(this.dataSource.manager)).filter((id) => !tried.has(id));
      if (!due.length) break;
      for (const id of due) {
        tried.add(id);
        if (await this.erasure.eraseVolunteer(id, 'RETENTION')) {
          erased++;
          await this.audit.record(null, null, { action: AuditAction.RETENTION_ERASED, subjectType: AuditSubjectType.VOLUNTEER, subjectId: id });
        }
      }
    }
    const renderedCleared = await this.outbox.clearRenderedSentBefore(this.dataSource.manager);
    const manageLinksDeleted = await this.manageTokens.deleteEnded(this.dataSource.manager);
    if (erased || renderedCleared || manageLinksDeleted) {
      this.logger.log(`Retention: ${erased} person(s) erased, ${renderedCleared} message body(ies) cleared, ${manageLinksDeleted} ended manage link(s) deleted`);
    }
    return { erased, renderedCleared, manageLinksDeleted };
  }

  /**
   * People due for erasure now: not erased, with no sign-up still needed; someone without any
   * sign-up (a record left behind) once the record itself is older than the period.
   */
  private async due(db: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT v.id FROM volunteers v
        WHERE v.erased_at IS NULL AND NOT ${STILL_NEEDED('v')}
          AND (EXISTS (SELECT 1 FROM sign_ups s WHERE s.volunteer_id = v.id) OR v.created_at < now() - make_interval(days => $1))
        ORDER BY v.id LIMIT $2`,
      [this.config.retentionDays, BATCH],
    );
    return rows.map((r) => r.id);
  }
}
