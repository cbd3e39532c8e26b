// Volunteers, sign-ups with their manage links, the outbox of messages, and the rate-limit counters.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class SignUps1795382016656 implements MigrationInterface {
  name = 'SignUps1795382016656';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "purpose" text NOT NULL, "dedupe_key" text NOT NULL, "recipient" text NOT NULL, "volunteer_id" uuid, "sign_up_id" uuid, "locale" text NOT NULL DEFAULT 'en', "payload" jsonb NOT NULL DEFAULT '{}', "state" text NOT NULL DEFAULT 'QUEUED', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "send_after" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outbox_state_check" CHECK ("state" IN ('QUEUED', 'SENT', 'FAILED', 'SKIPPED')), CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "outbox_dedupe_key_key" ON "outbox" ("dedupe_key") `);
    await queryRunner.query(`CREATE INDEX "outbox_volunteer_id_idx" ON "outbox" ("volunteer_id") `);
    await queryRunner.query(`CREATE INDEX "outbox_state_send_after_idx" ON "outbox" ("state", "send_after") `);
    await queryRunner.query(`CREATE TABLE "volunteers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" citext NOT NULL, "name" text NOT NULL, "phone" text, "birth_date" date, "blood_type" text, "locale" text NOT NULL DEFAULT 'en', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "volunteers_locale_check" CHECK ("locale" IN ('en', 'zh-CN')), CONSTRAINT "PK_f4e65e37cf47256e3f580ecee62" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "volunteers_email_key" ON "volunteers" ("email") `);
    await queryRunner.query(`CREATE INDEX "volunteers_phone_idx" ON "volunteers" ("phone") `);
    await queryRunner.query(`CREATE TABLE "sign_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "drive_id" uuid NOT NULL, "shift_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "team_id" uuid, "channel" text NOT NULL DEFAULT 'LINK', "source" text, "status" text NOT NULL, "arrival" BIGSERIAL NOT NULL, "consent_version" text NOT NULL, "consented_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locale" text NOT NULL DEFAULT 'en', "cancelled_at" TIMESTAMP WITH TIME ZONE, "checked_in_at" TIMESTAMP WITH TIME ZONE, "outcome_at" TIMESTAMP WITH TIME ZONE, "volume_ml" integer, "deferral_reason" text, "retry_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sign_ups_drive_id_volunteer_id_key" UNIQUE ("drive_id", "volunteer_id"), CONSTRAINT "sign_ups_volume_check" CHECK ("volume_ml" IS NULL OR ("volume_ml" > 0 AND "volume_ml" <= 1000)), CONSTRAINT "sign_ups_channel_check" CHECK ("channel" IN ('LINK', 'QR', 'POSTER', 'CHAT', 'WALK_IN', 'IMPORT', 'OTHER')), CONSTRAINT "sign_ups_status_check" CHECK ("status" IN ('REGISTERED', 'WAITLISTED', 'CANCELLED', 'CHECKED_IN', 'DONATED', 'DEFERRED', 'NO_SHOW')), CONSTRAINT "PK_d8e8e51c1ab5256fd6adbb1b566" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sign_ups_volunteer_id_idx" ON "sign_ups" ("volunteer_id") `);
    await queryRunner.query(`CREATE INDEX "sign_ups_team_id_drive_id_idx" ON "sign_ups" ("team_id", "drive_id") `);
    await queryRunner.query(`CREATE INDEX "sign_ups_drive_id_status_idx" ON "sign_ups" ("drive_id", "status") `);
    await queryRunner.query(`CREATE INDEX "sign_ups_shift_id_status_arrival_idx" ON "sign_ups" ("shift_id", "status", "arrival") `);
    await queryRunner.query(`CREATE TABLE "manage_tokens" ("token_hash" text NOT NULL, "sign_up_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e754539db81a9a68123013f15b0" PRIMARY KEY ("token_hash"))`);
    await queryRunner.query(`CREATE INDEX "manage_tokens_sign_up_id_idx" ON "manage_tokens" ("sign_up_id") `);
    await queryRunner.query(`ALTER TABLE "sign_ups" ADD CONSTRAINT "sign_ups_drive_id_fkey" FOREIGN KEY ("drive_id") REFERENCES "drives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sign_ups" ADD CONSTRAINT "sign_ups_shift_id_fkey" FOREIGN KEY ("shift_id") REFERENCES "shifts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sign_ups" ADD CONSTRAINT "sign_ups_volunteer_id_fkey" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sign_ups" ADD CONSTRAINT "sign_ups_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "manage_tokens" ADD CONSTRAINT "manage_tokens_sign_up_id_fkey" FOREIGN KEY ("sign_up_id") REFERENCES "sign_ups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // rate-limiter-flexible's table (shared by all API processes); it has no entity.
    await queryRunner.query(`CREATE TABLE "rate_limits" ("key" varchar(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limits"`);
    await queryRunner.query(`ALTER TABLE "manage_tokens" DROP CONSTRAINT "manage_tokens_sign_up_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "sign_ups" DROP CONSTRAINT "sign_ups_team_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "sign_ups" DROP CONSTRAINT "sign_ups_volunteer_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "sign_ups" DROP CONSTRAINT "sign_ups_shift_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "sign_ups" DROP CONSTRAINT "sign_ups_drive_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."manage_tokens_sign_up_id_idx"`);
    await queryRunner.query(`DROP TABLE "manage_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."sign_ups_shift_id_status_arrival_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sign_ups_drive_id_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sign_ups_team_id_drive_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sign_ups_volunteer_id_idx"`);
    await queryRunner.query(`DROP TABLE "sign_ups"`);
    await queryRunner.query(`DROP INDEX "public"."volunteers_phone_idx"`);
    await queryRunner.query(`DROP INDEX "public"."volunteers_email_key"`);
    await queryRunner.query(`DROP TABLE "volunteers"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_state_send_after_idx"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_volunteer_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_dedupe_key_key"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
  }
}
