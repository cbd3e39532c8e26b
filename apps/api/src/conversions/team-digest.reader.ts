// What conversions tell a team lead about their day, read-only: per open drive and team they
// lead, the new sign-ups of the last 24 hours, the totals and the team's rank.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface TeamDigestLine {
  lead: string;
  team_id: string;
  team: string;
  drive_id: string;
  title: string;
  slug: string;
  /** The drive's kind: at a registry drive "donated" is "joined". */
  kind: string;
  code: string;
  sign_ups: number;
  donated: number;
  new_sign_ups: number;
  rank: number;
}

@Injectable()
export class TeamDigestReader {
  /** The lead's lines, by drive start and team name; none when they lead no team of an open drive. */
  forLead(db: EntityManager, userId: string): Promise<TeamDigestLine[]> {
    return db.query(
      `SELECT u.name AS lead, t.id AS team_id, t.name AS team, d.id AS drive_id, d.title, d.slug, d.kind, t.code,
              s.registered + s.checked_in + s.donated + s.deferred + s.no_show AS sign_ups, s.donated,
              (SELECT count(*)::int FROM sign_ups n WHERE n.team_id = t.id AND n.drive_id = d.id AND n.created_at > now() - interval '24 hours') AS new_sign_ups,
              (SELECT count(*)::int + 1 FROM drive_team_stats o
                WHERE o.drive_id = d.id AND o.team_id IS NOT NULL AND o.team_id <> t.id
                  AND (o.donated > s.donated OR (o.donated = s.donated
                       AND o.registered + o.checked_in + o.donated + o.deferred + o.no_show > s.registered + s.checked_in + s.donated + s.deferred + s.no_show))) AS rank
         FROM users u JOIN team_leads l ON l.user_id = u.id JOIN teams t ON t.id = l.team_id
         JOIN drive_team_stats s ON s.team_id = t.id JOIN drives d ON d.id = s.drive_id
        WHERE u.id = $1 AND d.status = 'PUBLISHED'
        ORDER BY d.starts_at, t.name`,
      [userId],
    );
  }
}
