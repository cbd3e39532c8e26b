// What drives tell other features about the drives to come, read-only: the next published ones
// of a kind, for messages that invite a volunteer to give again.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface UpcomingDrive {
  slug: string;
  title: string;
  starts_at: Date;
  time_zone: string;
}

@Injectable()
export class UpcomingDrives {
  /** The next three published drives of this kind that have not started, soonest first. */
  ofKind(db: EntityManager, kind: string): Promise<UpcomingDrive[]> {
    return db.query(
      `SELECT slug, title, starts_at, time_zone FROM drives WHERE status = 'PUBLISHED' AND kind = $1 AND starts_at > now() ORDER BY starts_at LIMIT 3`,
      [kind],
    );
  }
}
