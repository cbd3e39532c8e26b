// Erasure and retention (issue 20). An erased person keeps their row as an anonymous tombstone
// (erased_at set, no name, contact, birth date or blood type), so that their sign-ups keep their
// status and every count stays; a tombstone has no contact, which the channel CHECK allows for it
// alone. Manage links get an end (a cancelled sign-up's soon after; every one some days after its
// drive). The audit log stays evidence, but an erasure may blank the address and browser of an
// anonymous caller's event about the person (their own request), nothing else. The daily jobs
// are claimed once per day across API processes in daily_runs.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { allowAuditActions, auditActions } from './audit-action-check';

const CHANNEL_OK = `("channel" = 'EMAIL' AND "email" IS NOT NULL) OR ("channel" = 'SMS' AND "phone" IS NOT NULL)`;
const ERASURE_ACTIONS = ['VOLUNTEER_ERASED', 'RETENTION_ERASED'];

export class Erasure1795450000000 implements MigrationInterface {
  name = 'Erasure1795450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP CONSTRAINT "volunteers_channel_check"`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_channel_check" CHECK ("erased_at" IS NOT NULL OR (${CHANNEL_OK}))`);

    await queryRunner.query(`ALTER TABLE "manage_tokens" ADD "expires_at" TIMESTAMP WITH TIME ZONE`);

    await allowAuditActions(queryRunner, [...new Set([...(await auditActions(queryRunner)), ...ERASURE_ACTIONS])]);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION audit_events_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         -- An erasure blanks where an anonymous caller (the person) came from; nothing else changes.
         IF OLD.actor_id IS NULL AND NEW.ip IS NULL AND NEW.user_agent IS NULL
            AND (NEW.id, NEW.at, NEW.actor_id, NEW.actor_email, NEW.actor_role, NEW.organization_id, NEW.action, NEW.subject_type, NEW.subject_id, NEW.details)
                IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.actor_id, OLD.actor_email, OLD.actor_role, OLD.organization_id, OLD.action, OLD.subject_type, OLD.subject_id, OLD.details) THEN
           RETURN NEW;
         END IF;
         RAISE EXCEPTION 'audit events are never changed';
       END $$`,
    );

    // An erasure finds a person's messages by sign-up and by contact (codes name no one else).
    await queryRunner.query(`CREATE INDEX "outbox_sign_up_id_idx" ON "outbox" ("sign_up_id")`);
    await queryRunner.query(`CREATE INDEX "outbox_recipient_lower_idx" ON "outbox" (lower("recipient"))`);

    await queryRunner.query(
      `CREATE TABLE "daily_runs" ("job" text NOT NULL, "run_on" date NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "daily_runs_pkey" PRIMARY KEY ("job", "run_on"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "daily_runs"`);
    await queryRunner.query(`DROP INDEX "outbox_recipient_lower_idx"`);
    await queryRunner.query(`DROP INDEX "outbox_sign_up_id_idx"`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION audit_events_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'audit events are never changed';
       END $$`,
    );
    await queryRunner.query(`DELETE FROM audit_events WHERE action IN ('VOLUNTEER_ERASED', 'RETENTION_ERASED')`);
    await allowAuditActions(queryRunner, (await auditActions(queryRunner)).filter((a) => !ERASURE_ACTIONS.includes(a)));
    await queryRunner.query(`ALTER TABLE "manage_tokens" DROP COLUMN "expires_at"`);
    // Tombstones cannot go back under the old CHECK: they lose their sign-ups' person, so they stay.
    await queryRunner.query(`ALTER TABLE "volunteers" DROP CONSTRAINT "volunteers_channel_check"`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_channel_check" CHECK (${CHANNEL_OK}) NOT VALID`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "erased_at"`);
  }
}
