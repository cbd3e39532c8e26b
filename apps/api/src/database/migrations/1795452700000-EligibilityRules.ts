// Eligibility as blood services state it (issue 22, item 6): each organization keeps its own
// rules (first-time and repeat donors' upper age limits so far) as a JSON object whose missing
// keys mean the kind's defaults; setting them is audited.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { allowAuditActions, auditActions } from './audit-action-check';

const ACTIONS = ['ELIGIBILITY_RULES_CHANGED'];

export class EligibilityRules1795452700000 implements MigrationInterface {
  name = 'EligibilityRules1795452700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" ADD "eligibility_rules" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD CONSTRAINT "organizations_eligibility_rules_check" CHECK (jsonb_typeof("eligibility_rules") = 'object')`);
    await allowAuditActions(queryRunner, [...new Set([...(await auditActions(queryRunner)), ...ACTIONS])]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "audit_events" WHERE "action" = ANY($1)`, [ACTIONS]);
    await allowAuditActions(queryRunner, (await auditActions(queryRunner)).filter((a) => !ACTIONS.includes(a)));
    await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "organizations_eligibility_rules_check"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "eligibility_rules"`);
  }
}
