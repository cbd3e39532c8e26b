// Organizations (issue 19): a blood centre, a Red Cross branch, a registry or a garrison sharing
// one installation. Drives, campaigns, teams and call-outs belong to one; ORGANIZER, VIEWER,
// DESK and TEAM_LEAD users belong to one, ADMIN (who runs the platform) to none. Everything that
// existed moves into a first organization. Colleges stay shared reference data. Desk staff are
// limited to the drives listed in desk_drives. The outbox knows whose message a row is, so an
// organizer's Outbox shows only their organization's messages.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Organizations1795444000000 implements MigrationInterface {
  name = 'Organizations1795444000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organizations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" citext NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "organizations_name_check" CHECK (length(btrim("name")) BETWEEN 1 AND 120),
        CONSTRAINT "organizations_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "organizations_name_key" ON "organizations" ("name")`);
    const [first] = await queryRunner.query(`INSERT INTO organizations (name) VALUES ('Life Relay') RETURNING id`);

    for (const table of ['drives', 'campaigns', 'teams', 'call_outs']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "organization_id" uuid`);
      await queryRunner.query(`UPDATE "${table}" SET organization_id = $1`, [first.id]);
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "organization_id" SET NOT NULL`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT`,
      );
      await queryRunner.query(`CREATE INDEX "${table}_organization_id_idx" ON "${table}" ("organization_id")`);
    }

    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_role_check"`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("role" IN ('ADMIN', 'ORGANIZER', 'VIEWER', 'DESK', 'TEAM_LEAD'))`);
    await queryRunner.query(`ALTER TABLE "users" ADD "organization_id" uuid`);
    await queryRunner.query(`UPDATE users SET organization_id = $1 WHERE role <> 'ADMIN'`, [first.id]);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT`,
    );
    // An admin runs the platform and belongs to none; everyone else belongs to exactly one.
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "users_organization_check" CHECK (("role" = 'ADMIN') = ("organization_id" IS NULL))`);
    await queryRunner.query(`CREATE INDEX "users_organization_id_idx" ON "users" ("organization_id")`);

    await queryRunner.query(
      `CREATE TABLE "desk_drives" (
        "user_id" uuid NOT NULL,
        "drive_id" uuid NOT NULL,
        CONSTRAINT "desk_drives_pkey" PRIMARY KEY ("user_id", "drive_id"),
        CONSTRAINT "desk_drives_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "desk_drives_drive_id_fkey" FOREIGN KEY ("drive_id") REFERENCES "drives"("id") ON DELETE CASCADE)`,
    );

    await queryRunner.query(`ALTER TABLE "outbox" ADD "organization_id" uuid`);
    await queryRunner.query(
      `UPDATE outbox o SET organization_id = d.organization_id FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE s.id = o.sign_up_id`,
    );
    await queryRunner.query(`UPDATE outbox SET organization_id = $1 WHERE organization_id IS NULL AND purpose <> 'INVITATION'`, [first.id]);
    await queryRunner.query(`CREATE INDEX "outbox_organization_id_created_at_idx" ON "outbox" ("organization_id", "created_at")`);
    // Messages about a sign-up belong to the organization of its drive, whoever enqueues them.
    await queryRunner.query(
      `CREATE FUNCTION outbox_organization_of_sign_up() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.organization_id IS NULL AND NEW.sign_up_id IS NOT NULL THEN
           SELECT d.organization_id INTO NEW.organization_id FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE s.id = NEW.sign_up_id;
         END IF;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER outbox_organization_of_sign_up BEFORE INSERT ON outbox FOR EACH ROW WHEN (NEW.organization_id IS NULL AND NEW.sign_up_id IS NOT NULL) EXECUTE FUNCTION outbox_organization_of_sign_up()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER outbox_organization_of_sign_up ON outbox`);
    await queryRunner.query(`DROP FUNCTION outbox_organization_of_sign_up()`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "organization_id"`);
    await queryRunner.query(`DROP TABLE "desk_drives"`);
    await queryRunner.query(`DELETE FROM users WHERE role IN ('VIEWER', 'DESK')`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_organization_check"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "organization_id"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_role_check"`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("role" IN ('ADMIN', 'ORGANIZER', 'TEAM_LEAD'))`);
    for (const table of ['drives', 'campaigns', 'teams', 'call_outs']) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "organization_id"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
  }
}
