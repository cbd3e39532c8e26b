// Personal recruiting credit (issue 22): every sign-up gets its own referral code for the
// volunteer's share link, and a sign-up through such a link records whose it was, beside the team.
//
// The code is a public identifier, not a key: it is printed in share links that people post in
// group chats, it only attributes credit, and it opens nothing (no page, no data, no action). So
// it is kept in clear (it has to be: the manage page and every confirmation show it again), and a
// leaked row gives away nothing a posted link does not. It is random and says nothing of its
// owner: 10 characters of the team-code alphabet (31 symbols, about 49 bits), so codes cannot be
// guessed or enumerated, and unique per drive (a collision is retried by the sign-up).
//
// The column default makes every sign-up have one, whoever writes it (the form, the desk, the
// import), and gives the rows already there theirs (a volatile default is evaluated per row).
// Bytes 6 and 8 of a version-4 UUID carry its version and variant bits, so they are skipped.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferralCodes1795452400000 implements MigrationInterface {
  name = 'ReferralCodes1795452400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION new_referral_code() RETURNS text LANGUAGE sql VOLATILE AS $$
         SELECT string_agg(substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + get_byte(r.b, i) % 31, 1), '' ORDER BY i)
           FROM (SELECT uuid_send(gen_random_uuid()) AS b) r, unnest(ARRAY[0, 1, 2, 3, 4, 5, 7, 9, 10, 11]) AS i
       $$`,
    );
    await queryRunner.query(`ALTER TABLE "sign_ups" ADD "referral_code" text NOT NULL DEFAULT new_referral_code()`);
    await queryRunner.query(`ALTER TABLE "sign_ups" ADD CONSTRAINT "sign_ups_drive_id_referral_code_key" UNIQUE ("drive_id", "referral_code")`);
    // The sign-up (of the same drive) whose link brought this one; credit goes away with it.
    await queryRunner.query(`ALTER TABLE "sign_ups" ADD "referrer_sign_up_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "sign_ups" ADD CONSTRAINT "sign_ups_referrer_sign_up_id_fkey" FOREIGN KEY ("referrer_sign_up_id") REFERENCES "sign_ups"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(`ALTER TABLE "sign_ups" ADD CONSTRAINT "sign_ups_referrer_check" CHECK ("referrer_sign_up_id" <> "id")`);
    await queryRunner.query(`CREATE INDEX "sign_ups_referrer_sign_up_id_idx" ON "sign_ups" ("referrer_sign_up_id") WHERE "referrer_sign_up_id" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "sign_ups_referrer_sign_up_id_idx"`);
    await queryRunner.query(`ALTER TABLE "sign_ups" DROP CONSTRAINT "sign_ups_referrer_check"`);
    await queryRunner.query(`ALTER TABLE "sign_ups" DROP CONSTRAINT "sign_ups_referrer_sign_up_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "sign_ups" DROP COLUMN "referrer_sign_up_id"`);
    await queryRunner.query(`ALTER TABLE "sign_ups" DROP CONSTRAINT "sign_ups_drive_id_referral_code_key"`);
    await queryRunner.query(`ALTER TABLE "sign_ups" DROP COLUMN "referral_code"`);
    await queryRunner.query(`DROP FUNCTION new_referral_code()`);
  }
}
