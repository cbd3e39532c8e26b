// Verified volunteers, phone first (issue 18): a volunteer has an e-mail address, a phone number
// or both; each is unique where present (a person is found by either, once verified); the
// record says which contacts were verified and the channel the person chose. One-time sign-up
// codes are kept as hashes only. A code row leaves no code behind in the outbox: once its
// message is no longer queued the code is scrubbed from the payload and the rendered text, and
// while queued nothing rendered is kept (a retry renders it again from the payload).
import { MigrationInterface, QueryRunner } from 'typeorm';

export class VerifiedVolunteers1795443000000 implements MigrationInterface {
  name = 'VerifiedVolunteers1795443000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteers" ALTER COLUMN "email" DROP NOT NULL`);
    // Phones were never verified: where several records typed the same number, the oldest keeps it.
    await queryRunner.query(
      `UPDATE volunteers v SET phone = NULL
        WHERE phone IS NOT NULL AND EXISTS (SELECT 1 FROM volunteers o WHERE o.phone = v.phone AND (o.created_at, o.id) < (v.created_at, v.id))`,
    );
    await queryRunner.query(`DROP INDEX "public"."volunteers_phone_idx"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "volunteers_phone_key" ON "volunteers" ("phone") WHERE "phone" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "phone_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "channel" text NOT NULL DEFAULT 'EMAIL'`);
    await queryRunner.query(
      `ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_channel_check" CHECK (("channel" = 'EMAIL' AND "email" IS NOT NULL) OR ("channel" = 'SMS' AND "phone" IS NOT NULL))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sign_up_codes" (
        "contact_hash" text NOT NULL,
        "code_hash" text NOT NULL,
        "tries" integer NOT NULL DEFAULT 0,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "sign_up_codes_pkey" PRIMARY KEY ("contact_hash"))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION outbox_scrub_sign_up_code() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.state = 'QUEUED' THEN
           NEW.rendered := NULL;
         ELSIF NEW.payload ? 'code' THEN
           IF NEW.rendered IS NOT NULL THEN
             NEW.rendered := replace(NEW.rendered::text, NEW.payload ->> 'code', '······')::jsonb;
           END IF;
           NEW.payload := NEW.payload - 'code';
         END IF;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER outbox_scrub_sign_up_code BEFORE UPDATE ON outbox FOR EACH ROW
         WHEN (NEW.purpose = 'SIGN_UP_CODE') EXECUTE FUNCTION outbox_scrub_sign_up_code()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER outbox_scrub_sign_up_code ON outbox`);
    await queryRunner.query(`DROP FUNCTION outbox_scrub_sign_up_code()`);
    await queryRunner.query(`DROP TABLE "sign_up_codes"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP CONSTRAINT "volunteers_channel_check"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "channel"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "phone_verified_at"`);
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "email_verified_at"`);
    await queryRunner.query(`DROP INDEX "public"."volunteers_phone_key"`);
    await queryRunner.query(`CREATE INDEX "volunteers_phone_idx" ON "volunteers" ("phone") `);
    await queryRunner.query(`DELETE FROM "volunteers" WHERE "email" IS NULL`);
    await queryRunner.query(`ALTER TABLE "volunteers" ALTER COLUMN "email" SET NOT NULL`);
  }
}
