// The audit log (issue 19): who read or exported personal data, changed accounts, reset
// passwords or sent call-outs, when and from where. Paged newest first, by itself or by action,
// actor or organization (the organization has no foreign key: the organizations table arrives
// separately, and the log outlives what it names). A row once written is never changed.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditEvents1795447000000 implements MigrationInterface {
  name = 'AuditEvents1795447000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "actor_id" uuid,
        "actor_email" text,
        "actor_role" text,
        "organization_id" uuid,
        "action" text NOT NULL,
        "subject_type" text,
        "subject_id" uuid,
        "details" jsonb NOT NULL DEFAULT '{}',
        "ip" text,
        "user_agent" text,
        CONSTRAINT "audit_events_subject_type_check" CHECK ("subject_type" IN ('DRIVE', 'TEAM', 'VOLUNTEER', 'USER', 'CALL_OUT')),
        CONSTRAINT "audit_events_action_check" CHECK ("action" IN ('PERSONAL_DATA_READ', 'PERSONAL_DATA_EXPORTED', 'SIGN_UPS_IMPORTED', 'VOLUNTEERS_MERGED', 'CALL_OUT_SENT', 'USER_INVITED', 'ROLE_CHANGED', 'USER_DEACTIVATED', 'USER_REACTIVATED', 'PASSWORD_RESET_LINK_ISSUED', 'PASSWORD_SET', 'PASSWORD_CHANGED')),
        CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_events_organization_at_idx" ON "audit_events" ("organization_id", "at", "id") `);
    await queryRunner.query(`CREATE INDEX "audit_events_actor_at_idx" ON "audit_events" ("actor_id", "at", "id") `);
    await queryRunner.query(`CREATE INDEX "audit_events_action_at_idx" ON "audit_events" ("action", "at", "id") `);
    await queryRunner.query(`CREATE INDEX "audit_events_at_idx" ON "audit_events" ("at", "id") `);
    // Evidence is not edited: an UPDATE fails. (Deleting stays possible, for a retention period.)
    await queryRunner.query(
      `CREATE FUNCTION audit_events_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'audit events are never changed';
       END $$`,
    );
    await queryRunner.query(`CREATE TRIGGER audit_events_unchanged BEFORE UPDATE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_unchanged()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_events_unchanged ON audit_events`);
    await queryRunner.query(`DROP FUNCTION audit_events_unchanged()`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_action_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_actor_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_events_organization_at_idx"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
