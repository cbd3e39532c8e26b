// Contests keep the time zone their stage days are said in (issue 22): until now every stage was
// read on Shanghai's clocks, wrong for an organization whose drives are elsewhere. An existing
// campaign takes the zone of its earliest drive. And a team lead's removal (by an organizer, or
// by a co-lead of the same team) is an audit event of its own.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { allowAuditActions, auditActions } from './audit-action-check';

const ACTIONS = ['TEAM_LEAD_REMOVED'];

export class ContestZonesAndLeadRemoval1795453100000 implements MigrationInterface {
  name = 'ContestZonesAndLeadRemoval1795453100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaigns" ADD "time_zone" text NOT NULL DEFAULT 'Asia/Shanghai'`);
    await queryRunner.query(
      `UPDATE campaigns c SET time_zone = d.time_zone
         FROM (SELECT DISTINCT ON (campaign_id) campaign_id, time_zone FROM drives WHERE campaign_id IS NOT NULL ORDER BY campaign_id, starts_at, id) d
        WHERE d.campaign_id = c.id`,
    );
    await allowAuditActions(queryRunner, [...new Set([...(await auditActions(queryRunner)), ...ACTIONS])]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM audit_events WHERE action = ANY($1)`, [ACTIONS]);
    await allowAuditActions(queryRunner, (await auditActions(queryRunner)).filter((a) => !ACTIONS.includes(a)));
    await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "time_zone"`);
  }
}
