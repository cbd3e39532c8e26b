// Campaigns, the audit trail of outcomes, and the per-drive, per-team counts that a trigger on
// sign_ups keeps, so stats and leaderboards read a few rows at any scale.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class ConversionCounts1795384097690 implements MigrationInterface {
  name = 'ConversionCounts1795384097690';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "campaigns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text, "sign_up_goal" integer, "donation_goal" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "campaigns_goals_check" CHECK (("sign_up_goal" IS NULL OR "sign_up_goal" > 0) AND ("donation_goal" IS NULL OR "donation_goal" > 0)), CONSTRAINT "PK_831e3fcd4fc45b4e4c3f57a9ee4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "sign_up_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sign_up_id" uuid NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "correction" boolean NOT NULL DEFAULT false, "actor_id" uuid, "details" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0f2454aea4bbc169295a311f661" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sign_up_events_sign_up_id_created_at_idx" ON "sign_up_events" ("sign_up_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "drive_team_stats" ("drive_id" uuid NOT NULL, "team_key" uuid NOT NULL, "team_id" uuid, "registered" integer NOT NULL DEFAULT '0', "waitlisted" integer NOT NULL DEFAULT '0', "cancelled" integer NOT NULL DEFAULT '0', "checked_in" integer NOT NULL DEFAULT '0', "donated" integer NOT NULL DEFAULT '0', "deferred" integer NOT NULL DEFAULT '0', "no_show" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_191c0709444bee08a4d1d2ae8e0" PRIMARY KEY ("drive_id", "team_key"))`);
    await queryRunner.query(`CREATE INDEX "drive_team_stats_team_id_idx" ON "drive_team_stats" ("team_id") `);
    await queryRunner.query(`ALTER TABLE "drives" ADD "campaign_id" uuid`);
    await queryRunner.query(`CREATE INDEX "drives_campaign_id_idx" ON "drives" ("campaign_id") `);
    await queryRunner.query(`ALTER TABLE "drives" ADD CONSTRAINT "drives_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sign_up_events" ADD CONSTRAINT "sign_up_events_sign_up_id_fkey" FOREIGN KEY ("sign_up_id") REFERENCES "sign_ups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // One row per (drive, team) with a count per status; the nil UUID stands for "no team".
    // The trigger moves one unit between columns on every insert, status or team change, and
    // delete, in the same transaction as the change itself.
    await queryRunner.query(`
      CREATE FUNCTION drive_team_stats_apply(p_drive uuid, p_team uuid, p_status text, p_delta int) RETURNS void
      LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO drive_team_stats (drive_id, team_key, team_id, registered, waitlisted, cancelled, checked_in, donated, deferred, no_show)
        VALUES (p_drive, coalesce(p_team, '00000000-0000-0000-0000-000000000000'), p_team,
                CASE WHEN p_status = 'REGISTERED' THEN p_delta ELSE 0 END,
                CASE WHEN p_status = 'WAITLISTED' THEN p_delta ELSE 0 END,
                CASE WHEN p_status = 'CANCELLED' THEN p_delta ELSE 0 END,
                CASE WHEN p_status = 'CHECKED_IN' THEN p_delta ELSE 0 END,
                CASE WHEN p_status = 'DONATED' THEN p_delta ELSE 0 END,
                CASE WHEN p_status = 'DEFERRED' THEN p_delta ELSE 0 END,
                CASE WHEN p_status = 'NO_SHOW' THEN p_delta ELSE 0 END)
        ON CONFLICT (drive_id, team_key) DO UPDATE SET
          registered = drive_team_stats.registered + EXCLUDED.registered,
          waitlisted = drive_team_stats.waitlisted + EXCLUDED.waitlisted,
          cancelled = drive_team_stats.cancelled + EXCLUDED.cancelled,
          checked_in = drive_team_stats.checked_in + EXCLUDED.checked_in,
          donated = drive_team_stats.donated + EXCLUDED.donated,
          deferred = drive_team_stats.deferred + EXCLUDED.deferred,
          no_show = drive_team_stats.no_show + EXCLUDED.no_show;
      END $fn$`);
    await queryRunner.query(`
      CREATE FUNCTION sign_ups_count() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM drive_team_stats_apply(OLD.drive_id, OLD.team_id, OLD.status, -1);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM drive_team_stats_apply(NEW.drive_id, NEW.team_id, NEW.status, 1);
        END IF;
        RETURN NULL;
      END $fn$`);
    await queryRunner.query(`CREATE TRIGGER sign_ups_count_insert_delete AFTER INSERT OR DELETE ON sign_ups FOR EACH ROW EXECUTE FUNCTION sign_ups_count()`);
    await queryRunner.query(`
      CREATE TRIGGER sign_ups_count_update AFTER UPDATE OF status, team_id, drive_id ON sign_ups FOR EACH ROW
      WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.team_id IS DISTINCT FROM NEW.team_id OR OLD.drive_id IS DISTINCT FROM NEW.drive_id)
      EXECUTE FUNCTION sign_ups_count()`);
    // Counts for the sign-ups made before this migration.
    await queryRunner.query(`
      INSERT INTO drive_team_stats (drive_id, team_key, team_id, registered, waitlisted, cancelled, checked_in, donated, deferred, no_show)
      SELECT drive_id, coalesce(team_id, '00000000-0000-0000-0000-000000000000'), team_id,
             count(*) FILTER (WHERE status = 'REGISTERED'), count(*) FILTER (WHERE status = 'WAITLISTED'),
             count(*) FILTER (WHERE status = 'CANCELLED'), count(*) FILTER (WHERE status = 'CHECKED_IN'),
             count(*) FILTER (WHERE status = 'DONATED'), count(*) FILTER (WHERE status = 'DEFERRED'),
             count(*) FILTER (WHERE status = 'NO_SHOW')
        FROM sign_ups GROUP BY drive_id, team_id`);
    // The check-in desk finds people by any part of their name.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "volunteers_name_trgm_idx" ON "volunteers" USING gin ("name" gin_trgm_ops)`);
  }


  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "volunteers_name_trgm_idx"`);
    await queryRunner.query(`DROP TRIGGER sign_ups_count_update ON sign_ups`);
    await queryRunner.query(`DROP TRIGGER sign_ups_count_insert_delete ON sign_ups`);
    await queryRunner.query(`DROP FUNCTION sign_ups_count()`);
    await queryRunner.query(`DROP FUNCTION drive_team_stats_apply(uuid, uuid, text, int)`);
    await queryRunner.query(`ALTER TABLE "sign_up_events" DROP CONSTRAINT "sign_up_events_sign_up_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "drives" DROP CONSTRAINT "drives_campaign_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."drives_campaign_id_idx"`);
    await queryRunner.query(`ALTER TABLE "drives" DROP COLUMN "campaign_id"`);
    await queryRunner.query(`DROP INDEX "public"."drive_team_stats_team_id_idx"`);
    await queryRunner.query(`DROP TABLE "drive_team_stats"`);
    await queryRunner.query(`DROP INDEX "public"."sign_up_events_sign_up_id_created_at_idx"`);
    await queryRunner.query(`DROP TABLE "sign_up_events"`);
    await queryRunner.query(`DROP TABLE "campaigns"`);
  }
}
