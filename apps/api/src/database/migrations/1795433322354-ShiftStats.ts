// Sign-ups counted by shift and status, kept by triggers on sign_ups like drive_team_stats. A
// drive's totals are then the sum of its few shifts' rows, not of one row per team: a campus
// drive ranks thousands of teams, and its organizers' dashboard asks for the totals on every poll.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class ShiftStats1795433322354 implements MigrationInterface {
  name = 'ShiftStats1795433322354';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "shift_stats" ("shift_id" uuid NOT NULL, "drive_id" uuid NOT NULL, "registered" integer NOT NULL DEFAULT '0', "waitlisted" integer NOT NULL DEFAULT '0', "cancelled" integer NOT NULL DEFAULT '0', "checked_in" integer NOT NULL DEFAULT '0', "donated" integer NOT NULL DEFAULT '0', "deferred" integer NOT NULL DEFAULT '0', "no_show" integer NOT NULL DEFAULT '0', CONSTRAINT "shift_stats_pkey" PRIMARY KEY ("shift_id"))`);
    await queryRunner.query(`CREATE INDEX "shift_stats_drive_id_idx" ON "shift_stats" ("drive_id") `);
    await queryRunner.query(`
      CREATE FUNCTION shift_stats_apply(p_shift uuid, p_drive uuid, p_status text, p_delta int) RETURNS void
      LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO shift_stats (shift_id, drive_id, registered, waitlisted, cancelled, checked_in, donated, deferred, no_show)
        VALUES (p_shift, p_drive,
                CASE WHEN p_status = 'REGISTERED' THEN p_delta ELSE 0 END,
                CASE WHEN p_status = 'WAITLISTED' THEN p_delta ELSE 0 END,
                CASE WHEN p_status = 'CANCELLED' THEN p_delta ELSE 0 END,
                CASE WHEN p_status = 'CHECKED_IN' THEN p_delta ELSE 0 END,
                CASE WHEN p_status = 'DONATED' THEN p_delta ELSE 0 END,
                CASE WHEN p_status = 'DEFERRED' THEN p_delta ELSE 0 END,
                CASE WHEN p_status = 'NO_SHOW' THEN p_delta ELSE 0 END)
        ON CONFLICT (shift_id) DO UPDATE SET
          registered = shift_stats.registered + EXCLUDED.registered,
          waitlisted = shift_stats.waitlisted + EXCLUDED.waitlisted,
          cancelled = shift_stats.cancelled + EXCLUDED.cancelled,
          checked_in = shift_stats.checked_in + EXCLUDED.checked_in,
          donated = shift_stats.donated + EXCLUDED.donated,
          deferred = shift_stats.deferred + EXCLUDED.deferred,
          no_show = shift_stats.no_show + EXCLUDED.no_show;
      END $fn$`);
    await queryRunner.query(`
      CREATE FUNCTION sign_ups_count_by_shift() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM shift_stats_apply(OLD.shift_id, OLD.drive_id, OLD.status, -1);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM shift_stats_apply(NEW.shift_id, NEW.drive_id, NEW.status, 1);
        END IF;
        RETURN NULL;
      END $fn$`);
    // Triggers of one event fire in the order of their names: these run before the
    // sign_ups_count_* ones, so a change takes the shift's counts before its team's, in the order
    // every writer takes them (the shift first; see SignUpsService).
    await queryRunner.query(`CREATE TRIGGER sign_ups_count_by_shift_insert_delete AFTER INSERT OR DELETE ON sign_ups FOR EACH ROW EXECUTE FUNCTION sign_ups_count_by_shift()`);
    await queryRunner.query(`
      CREATE TRIGGER sign_ups_count_by_shift_update AFTER UPDATE OF status, shift_id, drive_id ON sign_ups FOR EACH ROW
      WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.shift_id IS DISTINCT FROM NEW.shift_id OR OLD.drive_id IS DISTINCT FROM NEW.drive_id)
      EXECUTE FUNCTION sign_ups_count_by_shift()`);
    // Counts for the sign-ups made before this migration.
    await queryRunner.query(`
      INSERT INTO shift_stats (shift_id, drive_id, registered, waitlisted, cancelled, checked_in, donated, deferred, no_show)
      SELECT shift_id, drive_id,
             count(*) FILTER (WHERE status = 'REGISTERED'), count(*) FILTER (WHERE status = 'WAITLISTED'),
             count(*) FILTER (WHERE status = 'CANCELLED'), count(*) FILTER (WHERE status = 'CHECKED_IN'),
             count(*) FILTER (WHERE status = 'DONATED'), count(*) FILTER (WHERE status = 'DEFERRED'),
             count(*) FILTER (WHERE status = 'NO_SHOW')
        FROM sign_ups GROUP BY shift_id, drive_id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER sign_ups_count_by_shift_update ON sign_ups`);
    await queryRunner.query(`DROP TRIGGER sign_ups_count_by_shift_insert_delete ON sign_ups`);
    await queryRunner.query(`DROP FUNCTION sign_ups_count_by_shift()`);
    await queryRunner.query(`DROP FUNCTION shift_stats_apply(uuid, uuid, text, int)`);
    await queryRunner.query(`DROP INDEX "public"."shift_stats_drive_id_idx"`);
    await queryRunner.query(`DROP TABLE "shift_stats"`);
  }
}
