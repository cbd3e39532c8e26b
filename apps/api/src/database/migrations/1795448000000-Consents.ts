// Consent, separately and provably (issue 20): every consent a volunteer gives is a row of its
// own (scope GENERAL, HEALTH or CALL_OUTS, the version of the text, when, through which channel,
// for which drive and sign-up), withdrawn by setting withdrawn_at. A person's consents go with
// the person (CASCADE); a deleted drive leaves the proof (SET NULL).
// Before, one consent (recorded as sign_ups.consent_version) covered the sign-up and the health
// data together: each existing sign-up becomes a GENERAL and a HEALTH record of that version,
// and an opt-in to call-outs a CALL_OUTS record of the same first version.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Consents1795448000000 implements MigrationInterface {
  name = 'Consents1795448000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "consents" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "volunteer_id" uuid NOT NULL,
        "scope" text NOT NULL,
        "version" text NOT NULL,
        "given_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "withdrawn_at" TIMESTAMP WITH TIME ZONE,
        "channel" text NOT NULL,
        "drive_id" uuid,
        "sign_up_id" uuid,
        CONSTRAINT "consents_scope_check" CHECK ("scope" IN ('GENERAL', 'HEALTH', 'CALL_OUTS')),
        CONSTRAINT "consents_channel_check" CHECK ("channel" IN ('FORM', 'IMPORT', 'DESK', 'ME')),
        CONSTRAINT "PK_9efc68eb6aba7d638fb6ea034dd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "consents_volunteer_id_scope_idx" ON "consents" ("volunteer_id", "scope") `);
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "consents_volunteer_id_fkey" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "consents_drive_id_fkey" FOREIGN KEY ("drive_id") REFERENCES "drives"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO consents (volunteer_id, scope, version, given_at, channel, drive_id, sign_up_id)
       SELECT s.volunteer_id, scope, s.consent_version, s.consented_at, CASE WHEN s.channel = 'IMPORT' THEN 'IMPORT' ELSE 'FORM' END, s.drive_id, s.id
         FROM sign_ups s CROSS JOIN (VALUES ('GENERAL'), ('HEALTH')) AS scopes(scope)`,
    );
    await queryRunner.query(
      `INSERT INTO consents (volunteer_id, scope, version, given_at, channel)
       SELECT id, 'CALL_OUTS', '2026-11-v1', created_at, 'FORM' FROM volunteers WHERE call_out_opt_in`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "consents_drive_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "consents_volunteer_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."consents_volunteer_id_scope_idx"`);
    await queryRunner.query(`DROP TABLE "consents"`);
  }
}
