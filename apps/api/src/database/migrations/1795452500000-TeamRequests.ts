// Team requests (issue 22): a college coordinator asks for a team through their organization's
// public request link, and an organizer approves (many at once) or declines.
//
// The link's token is kept in clear, like a team code or a referral code: it is a public
// identifier, printed in a link organizers post to a hundred colleges' group chats, and it grants
// one thing only, the right to submit a request that an organizer still has to approve. It opens
// no data and no account. Organizers see it again whenever they open the Teams page (a hash would
// force a rotation each time the link is lost) and rotate it when it is abused. It is random
// (24 base64url characters, 144 bits), so it cannot be guessed.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { allowAuditActions, auditActions } from './audit-action-check';

const ACTIONS = ['TEAM_REQUESTS_APPROVED', 'TEAM_REQUESTS_DECLINED'];

export class TeamRequests1795452500000 implements MigrationInterface {
  name = 'TeamRequests1795452500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "team_request_links" (
         "organization_id" uuid NOT NULL,
         "token" text NOT NULL,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "team_request_links_pkey" PRIMARY KEY ("organization_id"),
         CONSTRAINT "team_request_links_token_key" UNIQUE ("token"),
         CONSTRAINT "team_request_links_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE
       )`,
    );
    await queryRunner.query(
      `CREATE TABLE "team_requests" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "organization_id" uuid NOT NULL,
         "college_name" text NOT NULL,
         "team_name" text NOT NULL,
         "coordinator_name" text NOT NULL,
         "coordinator_email" text NOT NULL,
         "locale" text NOT NULL DEFAULT 'en',
         "status" text NOT NULL DEFAULT 'PENDING',
         "decided_by_id" uuid,
         "decided_at" TIMESTAMP WITH TIME ZONE,
         "team_id" uuid,
         "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "team_requests_pkey" PRIMARY KEY ("id"),
         CONSTRAINT "team_requests_status_check" CHECK ("status" IN ('PENDING', 'APPROVED', 'DECLINED')),
         CONSTRAINT "team_requests_decided_check" CHECK (("status" = 'PENDING') = ("decided_at" IS NULL)),
         CONSTRAINT "team_requests_team_check" CHECK (("status" = 'APPROVED') = ("team_id" IS NOT NULL)),
         CONSTRAINT "team_requests_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE,
         CONSTRAINT "team_requests_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL,
         CONSTRAINT "team_requests_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT
       )`,
    );
    await queryRunner.query(`CREATE INDEX "team_requests_organization_id_status_idx" ON "team_requests" ("organization_id", "status", "created_at")`);
    await queryRunner.query(`CREATE INDEX "team_requests_team_id_idx" ON "team_requests" ("team_id")`);
    await queryRunner.query(`CREATE INDEX "team_requests_decided_by_id_idx" ON "team_requests" ("decided_by_id")`);
    await allowAuditActions(queryRunner, [...new Set([...(await auditActions(queryRunner)), ...ACTIONS])]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await allowAuditActions(queryRunner, (await auditActions(queryRunner)).filter((a) => !ACTIONS.includes(a)));
    await queryRunner.query(`DROP TABLE "team_requests"`);
    await queryRunner.query(`DROP TABLE "team_request_links"`);
  }
}
