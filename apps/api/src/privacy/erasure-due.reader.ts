// Who falls due for erasure and when, read-only, for the organizers' view: people of the
// organization whose every drive has closed, with the day RETENTION_DAYS after the last closed.
// The same rule the retention job applies (STILL_NEEDED), seen from the other side.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ErasureDue } from './dto/erasure.types';

/** The most a page of the view shows: the soonest first. */
export const DUE_LIMIT = 500;

@Injectable()
export class ErasureDueReader {
  /** People of organization `organizationId` (null: everyone, an admin) due within `withinDays` days, soonest first. */
  async list(db: EntityManager, organizationId: string | null, retentionDays: number, withinDays: number): Promise<ErasureDue[]> {
    const rows: { id: string; name: string; last_closed: Date; due_at: Date }[] = await db.query(
      `SELECT v.id, v.name, max(coalesce(d.closed_at, d.ends_at)) AS last_closed,
              max(coalesce(d.closed_at, d.ends_at)) + make_interval(days => $1) AS due_at
         FROM volunteers v JOIN sign_ups s ON s.volunteer_id = v.id JOIN drives d ON d.id = s.drive_id
        WHERE v.erased_at IS NULL
          AND ($3::uuid IS NULL OR v.id IN (SELECT os.volunteer_id FROM sign_ups os JOIN drives od ON od.id = os.drive_id WHERE od.organization_id = $3))
        GROUP BY v.id, v.name
       HAVING bool_and(d.status = 'CLOSED') AND max(coalesce(d.closed_at, d.ends_at)) + make_interval(days => $1) < now() + make_interval(days => $2)
        ORDER BY due_at, v.id
        LIMIT $4`,
      [retentionDays, withinDays, organizationId, DUE_LIMIT],
    );
    return rows.map((r) => ({ volunteerId: r.id, name: r.name, lastDriveClosedAt: r.last_closed, dueAt: r.due_at }));
  }
}
