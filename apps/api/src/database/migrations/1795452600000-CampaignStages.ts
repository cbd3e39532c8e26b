// Contests (issue 22): a campaign gets a public slug (/c/<slug>), a choice of what its boards rank
// by, and stages (date windows: preliminaries, semi-finals, final). A stage's standings are frozen
// once, on the first read after its end: its drives' per-team counts are copied into
// campaign_stage_results, so that later outcomes, corrections or a new ranking do not move them.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class CampaignStages1795452600000 implements MigrationInterface {
  name = 'CampaignStages1795452600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "campaign_stages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "name" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "frozen_at" TIMESTAMP WITH TIME ZONE, "frozen_ranking" text, CONSTRAINT "campaign_stages_frozen_check" CHECK (("frozen_at" IS NULL) = ("frozen_ranking" IS NULL)), CONSTRAINT "campaign_stages_window_check" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_bfdfd65270d53fe8ac1efc4ff1c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "campaign_stages_campaign_id_idx" ON "campaign_stages" ("campaign_id") `);
    await queryRunner.query(`CREATE TABLE "campaign_stage_results" ("registered" integer NOT NULL DEFAULT '0', "waitlisted" integer NOT NULL DEFAULT '0', "cancelled" integer NOT NULL DEFAULT '0', "checked_in" integer NOT NULL DEFAULT '0', "donated" integer NOT NULL DEFAULT '0', "deferred" integer NOT NULL DEFAULT '0', "no_show" integer NOT NULL DEFAULT '0', "stage_id" uuid NOT NULL, "drive_id" uuid NOT NULL, "team_id" uuid NOT NULL, "college_id" uuid, CONSTRAINT "PK_8bbc420509d31c35bd6aa8d701b" PRIMARY KEY ("stage_id", "drive_id", "team_id"))`);
    await queryRunner.query(`ALTER TABLE "campaigns" ADD "slug" text`);
    await queryRunner.query(`ALTER TABLE "campaigns" ADD "ranking" text NOT NULL DEFAULT 'DONATED'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "campaigns_slug_key" ON "campaigns" ("slug") `);
    await queryRunner.query(`ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_ranking_check" CHECK ("ranking" IN ('DONATED', 'JOINED', 'CAME', 'SIGN_UPS', 'CONVERSION'))`);
    await queryRunner.query(`ALTER TABLE "campaign_stages" ADD CONSTRAINT "campaign_stages_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_stage_results" ADD CONSTRAINT "campaign_stage_results_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "campaign_stages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_stage_results" DROP CONSTRAINT "campaign_stage_results_stage_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "campaign_stages" DROP CONSTRAINT "campaign_stages_campaign_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "campaigns" DROP CONSTRAINT "campaigns_ranking_check"`);
    await queryRunner.query(`DROP INDEX "public"."campaigns_slug_key"`);
    await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "ranking"`);
    await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "slug"`);
    await queryRunner.query(`DROP TABLE "campaign_stage_results"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_stages_campaign_id_idx"`);
    await queryRunner.query(`DROP TABLE "campaign_stages"`);
  }
}
