// Stem-cell registry drives done right (issue 22): on a registry drive DONATED means "sample
// taken, joined the registry". The sample (or kit) id is kept on the sign-up, unique per drive;
// registry membership is kept apart from donation history, one row per person and organization,
// so a person is counted once however many registry weeks they come to. Existing registry joins
// (DONATED at a registry drive) become memberships, the earliest per person and organization.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistryDrives1795452300000 implements MigrationInterface {
  name = 'RegistryDrives1795452300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sign_ups" ADD "sample_id" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "sign_ups_drive_id_sample_id_key" ON "sign_ups" ("drive_id", "sample_id") WHERE "sample_id" IS NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "registry_members" ("organization_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "sign_up_id" uuid NOT NULL, "joined_on" date NOT NULL,
              "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
              CONSTRAINT "registry_members_pkey" PRIMARY KEY ("organization_id", "volunteer_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "registry_members_sign_up_id_key" ON "registry_members" ("sign_up_id")`);
    await queryRunner.query(
      `ALTER TABLE "registry_members" ADD CONSTRAINT "registry_members_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registry_members" ADD CONSTRAINT "registry_members_volunteer_id_fkey" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registry_members" ADD CONSTRAINT "registry_members_sign_up_id_fkey" FOREIGN KEY ("sign_up_id") REFERENCES "sign_ups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "registry_members" ("organization_id", "volunteer_id", "sign_up_id", "joined_on")
       SELECT DISTINCT ON (d."organization_id", s."volunteer_id") d."organization_id", s."volunteer_id", s."id", coalesce(s."outcome_on", (s."outcome_at" AT TIME ZONE d."time_zone")::date)
         FROM "sign_ups" s JOIN "drives" d ON d."id" = s."drive_id"
        WHERE s."status" = 'DONATED' AND d."kind" = 'STEM_CELL_REGISTRY' AND s."outcome_at" IS NOT NULL
        ORDER BY d."organization_id", s."volunteer_id", s."outcome_on", s."outcome_at"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "registry_members"`);
    await queryRunner.query(`DROP INDEX "sign_ups_drive_id_sample_id_key"`);
    await queryRunner.query(`ALTER TABLE "sign_ups" DROP COLUMN "sample_id"`);
  }
}
