// Accounts, colleges, teams and their leads, drives and their shifts.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795381179083 implements MigrationInterface {
  name = 'InitialSchema1795381179083';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Case-insensitive e-mail addresses and college names; a trusted extension since PG 13.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" citext NOT NULL, "name" text NOT NULL, "role" text NOT NULL, "password_hash" text, "invited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_role_check" CHECK ("role" IN ('ADMIN', 'ORGANIZER', 'TEAM_LEAD')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users" ("email") `);
    await queryRunner.query(`CREATE TABLE "password_setups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3f302154639c646b6ed4588e09b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "password_setups_token_hash_key" ON "password_setups" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "password_setups_user_id_idx" ON "password_setups" ("user_id") `);
    await queryRunner.query(`CREATE TABLE "shifts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "drive_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "registered_count" integer NOT NULL DEFAULT '0', "waitlist_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shifts_waitlist_count_check" CHECK ("waitlist_count" >= 0), CONSTRAINT "shifts_registered_count_check" CHECK ("registered_count" >= 0 AND "registered_count" <= "capacity"), CONSTRAINT "shifts_capacity_check" CHECK ("capacity" > 0), CONSTRAINT "shifts_dates_check" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_84d692e367e4d6cdf045828768c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "shifts_drive_id_starts_at_idx" ON "shifts" ("drive_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "drives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "title" text NOT NULL, "description" text, "kind" text NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "location" text NOT NULL, "time_zone" text NOT NULL DEFAULT 'Asia/Shanghai', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sign_up_goal" integer, "donation_goal" integer, "min_age" smallint, "max_age" smallint, "reminder_hours_before" integer array NOT NULL DEFAULT '{24,2}', "created_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "drives_age_check" CHECK ("min_age" IS NULL OR "max_age" IS NULL OR "min_age" <= "max_age"), CONSTRAINT "drives_goals_check" CHECK (("sign_up_goal" IS NULL OR "sign_up_goal" > 0) AND ("donation_goal" IS NULL OR "donation_goal" > 0)), CONSTRAINT "drives_status_check" CHECK ("status" IN ('DRAFT', 'PUBLISHED', 'CLOSED')), CONSTRAINT "drives_kind_check" CHECK ("kind" IN ('WHOLE_BLOOD', 'PLATELETS', 'STEM_CELL_REGISTRY', 'GENERAL')), CONSTRAINT "drives_dates_check" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_bae73130c1430cebac87a775037" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "drives_slug_key" ON "drives" ("slug") `);
    await queryRunner.query(`CREATE INDEX "drives_starts_at_idx" ON "drives" ("starts_at") `);
    await queryRunner.query(`CREATE INDEX "drives_status_starts_at_idx" ON "drives" ("status", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "colleges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" citext NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61a64e7dc0b7c9d5e433284037c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "colleges_name_key" ON "colleges" ("name") `);
    await queryRunner.query(`CREATE TABLE "teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "code" text NOT NULL, "college_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "teams_code_check" CHECK ("code" ~ '^[2-9A-HJKMNP-Z]{6}$'), CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "teams_code_key" ON "teams" ("code") `);
    await queryRunner.query(`CREATE INDEX "teams_college_id_idx" ON "teams" ("college_id") `);
    await queryRunner.query(`CREATE TABLE "team_leads" ("team_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e8d10c1919a482f18e3b6a6a8ae" PRIMARY KEY ("team_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "team_leads_user_id_idx" ON "team_leads" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "password_setups" ADD CONSTRAINT "password_setups_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "shifts" ADD CONSTRAINT "shifts_drive_id_fkey" FOREIGN KEY ("drive_id") REFERENCES "drives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "teams" ADD CONSTRAINT "teams_college_id_fkey" FOREIGN KEY ("college_id") REFERENCES "colleges"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "team_leads" ADD CONSTRAINT "team_leads_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "team_leads" ADD CONSTRAINT "team_leads_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "team_leads" DROP CONSTRAINT "team_leads_user_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "team_leads" DROP CONSTRAINT "team_leads_team_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "teams" DROP CONSTRAINT "teams_college_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "shifts" DROP CONSTRAINT "shifts_drive_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "password_setups" DROP CONSTRAINT "password_setups_user_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."team_leads_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "team_leads"`);
    await queryRunner.query(`DROP INDEX "public"."teams_college_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."teams_code_key"`);
    await queryRunner.query(`DROP TABLE "teams"`);
    await queryRunner.query(`DROP INDEX "public"."colleges_name_key"`);
    await queryRunner.query(`DROP TABLE "colleges"`);
    await queryRunner.query(`DROP INDEX "public"."drives_status_starts_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."drives_starts_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."drives_slug_key"`);
    await queryRunner.query(`DROP TABLE "drives"`);
    await queryRunner.query(`DROP INDEX "public"."shifts_drive_id_starts_at_idx"`);
    await queryRunner.query(`DROP TABLE "shifts"`);
    await queryRunner.query(`DROP INDEX "public"."password_setups_user_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."password_setups_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "password_setups"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_key"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
