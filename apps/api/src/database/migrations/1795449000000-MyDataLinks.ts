// A volunteer's own data (issue 20): the links to /me/<token>, the page of everything stored
// about a person (only a token's hash is kept, valid 24 hours; they go with the person's record),
// and the kinds of message a person turned off one by one on that page, beside the one-click
// unsubscribe from everything unsolicited (unsubscribed_at).
import { MigrationInterface, QueryRunner } from 'typeorm';

export class MyDataLinks1795449000000 implements MigrationInterface {
  name = 'MyDataLinks1795449000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "my_data_links" ("token_hash" text NOT NULL, "volunteer_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "my_data_links_pkey" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "my_data_links_volunteer_id_idx" ON "my_data_links" ("volunteer_id") `);
    await queryRunner.query(
      `ALTER TABLE "my_data_links" ADD CONSTRAINT "my_data_links_volunteer_id_fkey" FOREIGN KEY ("volunteer_id") REFERENCES "volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "volunteers" ADD "unsubscribed_purposes" text array NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteers" DROP COLUMN "unsubscribed_purposes"`);
    await queryRunner.query(`DROP TABLE "my_data_links"`);
  }
}
