// Regions and shortage levels (issue 23). Drives and volunteers carry the code of a region from
// the curated list in libs/domain (CN-150100: Hohhot); the list changes with a release, so the
// column is plain text checked by shape, not a foreign key. Each organization keeps a level per
// blood group; a group without a row is NORMAL.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { allowAuditActions, auditActions } from './audit-action-check';

const ACTIONS = ['SHORTAGE_LEVEL_SET'];

export class RegionsAndShortages1795452800000 implements MigrationInterface {
  name = 'RegionsAndShortages1795452800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "drives" ADD "region_code" text`);
    await queryRunner.query(`ALTER TABLE "drives" ADD CONSTRAINT "drives_region_code_check" CHECK ("region_code" ~ '^CN-[0-9]{6}$')`);
    // The public /drives page: published drives to come, by region.
    await queryRunner.query(`CREATE INDEX "drives_region_code_starts_at_idx" ON "drives" ("region_code", "starts_at") WHERE "status" = 'PUBLISHED'`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "region_code" text`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_region_code_check" CHECK ("region_code" ~ '^CN-[0-9]{6}$')`);
    await queryRunner.query(
      `CREATE TABLE "shortage_levels" (
        "organization_id" uuid NOT NULL,
        "blood_type" text NOT NULL,
        "level" text NOT NULL,
        "updated_by_id" uuid,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "shortage_levels_pkey" PRIMARY KEY ("organization_id", "blood_type"),
        CONSTRAINT "shortage_levels_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE,
        CONSTRAINT "shortage_levels_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL,
        CONSTRAINT "shortage_levels_blood_type_check" CHECK ("blood_type" IN ('A_POS', 'A_NEG', 'B_POS', 'B_NEG', 'AB_POS', 'AB_NEG', 'O_POS', 'O_NEG')),
        CONSTRAINT "shortage_levels_level_check" CHECK ("level" IN ('NORMAL', 'LOW', 'CRITICAL'))
      )`,
    );
    await allowAuditActions(queryRunner, [...new Set([...(await auditActions(queryRunner)), ...ACTIONS])]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "audit_events" WHERE "action" = ANY($1)`, [ACTIONS]);
    await allowAuditActions(queryRunner, (await auditActions(queryRunner)).filter((a) => !ACTIONS.includes(a)));
    await queryRunner.query(`DROP TABLE "shortage_levels"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "region_code"`);
    await queryRunner.query(`DROP INDEX "drives_region_code_starts_at_idx"`);
    await queryRunner.query(`ALTER TABLE "drives" DROP COLUMN "region_code"`);
  }
}
