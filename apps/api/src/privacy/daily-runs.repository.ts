// Owns the daily_runs table: a job that is to run once a day, however many API processes run,
// claims the day here first; the one whose INSERT wins runs it (as closing a drive is claimed by
// the drive's lock). The day is the database's, so every process agrees on it.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

@Injectable()
export class DailyRuns {
  /** True for the one caller that claims today's run of `job`. */
  async claimToday(db: EntityManager, job: string): Promise<boolean> {
    const rows = await db.query(`INSERT INTO daily_runs (job, run_on) VALUES ($1, current_date) ON CONFLICT DO NOTHING RETURNING job`, [job]);
    return rows.length > 0;
  }
}
