// Finds reminders that have come due and queues them. Set-based and idempotent (the outbox's
// dedupe key), so every API process may scan at once and a scan missed while the platform was
// down is caught up by the next one. `now` is a parameter: tests move the clock.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class ReminderScanner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Shift reminders, by default 24 h and 2 h before (per drive): for everyone registered, unless
   * that reminder's time had already passed when they signed up.
   */
  async queueShiftReminders(now: Date = new Date()): Promise<number> {
    const rows = await this.dataSource.query(
      `INSERT INTO outbox (purpose, dedupe_key, recipient, volunteer_id, sign_up_id, locale, payload)
       SELECT 'SHIFT_REMINDER', 'SHIFT_REMINDER:' || s.id || ':' || h, v.email, v.id, s.id, s.locale, jsonb_build_object('hoursBefore', h)
         FROM drives d
         CROSS JOIN LATERAL unnest(d.reminder_hours_before) AS h
         JOIN shifts sh ON sh.drive_id = d.id
         JOIN sign_ups s ON s.shift_id = sh.id AND s.status = 'REGISTERED'
         JOIN volunteers v ON v.id = s.volunteer_id
        WHERE d.status = 'PUBLISHED'
          AND sh.starts_at > $1 AND sh.starts_at <= $1 + make_interval(hours => h)
          AND s.created_at < sh.starts_at - make_interval(hours => h)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [now],
    );
    return rows.length;
  }
}
