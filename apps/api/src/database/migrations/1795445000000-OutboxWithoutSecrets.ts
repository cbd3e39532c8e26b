// Secrets out of storage (issue 19): the outbox keeps ids, a message's links are minted when it is
// sent, and what a row keeps of a rendered message has every key masked. This scrubs the rows
// written before: manage tokens and set-password links leave the payloads (a queued message is
// still delivered: it mints its link when sent, as every new one does), and rendered bodies keep
// subject, text and html with their keys masked (no headers or attachments, which carry them too).
//
// Two kinds of key were readable by more than the person they were for, and are revoked:
// - a set-password link not used yet, which every organizer could read in the Outbox list: used
//   up, and, for an account still without a password, its invitation is queued again, to be sent
//   with a fresh link (the admin can also make one with passwordSetupLink);
// - the manage link of a re-sent confirmation that reached nobody (skipped, failed, or never
//   tried), which existed in its payload only.
// A manage link of a confirmation stays valid: it is the one in the volunteer's receipt or mailbox.
import { MigrationInterface, QueryRunner } from 'typeorm';

/** As KEY_LINK in messages/rendering/key-links.ts: /m/, /s/, /unsubscribe/ and /set-password#token= links. */
const KEY_LINK = '(/(?:m|s|unsubscribe)/|/set-password#token=)[A-Za-z0-9_-]{6,}';
const MASKED = '\\1••••••';

export class OutboxWithoutSecrets1795445000000 implements MigrationInterface {
  name = 'OutboxWithoutSecrets1795445000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const tokenHash = (json: string) => `encode(sha256(convert_to(${json}, 'UTF8')), 'hex')`;
    await queryRunner.query(
      `DELETE FROM manage_tokens m USING outbox o
        WHERE o.purpose = 'SIGN_UP_CONFIRMATION_RESENT' AND o.payload ? 'manageToken'
          AND (o.state IN ('SKIPPED', 'FAILED') OR (o.state = 'QUEUED' AND o.attempts = 0))
          AND m.token_hash = ${tokenHash(`o.payload ->> 'manageToken'`)}`,
    );
    await queryRunner.query(
      `UPDATE password_setups p SET used_at = now()
         FROM outbox o
        WHERE o.purpose = 'INVITATION' AND o.payload ? 'setPasswordUrl' AND p.used_at IS NULL
          AND p.token_hash = ${tokenHash(`substring(o.payload ->> 'setPasswordUrl' from '#token=(.*)$')`)}`,
    );
    // An invitation keeps the invitee's id (its dedupe key names it); one whose account still has
    // no password goes out again, with a link of its own.
    await queryRunner.query(
      `UPDATE outbox o SET state = 'QUEUED', attempts = 0, send_after = now(), sent_at = NULL, receipt_state = NULL, receipt_at = NULL, updated_at = now()
         FROM users u
        WHERE o.purpose = 'INVITATION' AND o.state = 'SENT' AND o.payload ? 'setPasswordUrl' AND u.id::text = split_part(o.dedupe_key, ':', 2)
          AND u.password_hash IS NULL`,
    );
    await queryRunner.query(
      `UPDATE outbox o SET payload = jsonb_build_object('userId', u.id), updated_at = now()
         FROM users u
        WHERE o.purpose = 'INVITATION' AND o.payload ? 'setPasswordUrl' AND u.id::text = split_part(o.dedupe_key, ':', 2)`,
    );
    await queryRunner.query(`UPDATE outbox SET payload = payload - 'setPasswordUrl' - 'manageToken', updated_at = now() WHERE payload ?| array['setPasswordUrl', 'manageToken']`);
    await queryRunner.query(
      `UPDATE outbox
          SET rendered = CASE WHEN channel = 'EMAIL'
                THEN jsonb_strip_nulls(jsonb_build_object('subject', rendered -> 'subject',
                       'text', to_jsonb(regexp_replace(rendered ->> 'text', $1, $2, 'g')), 'html', to_jsonb(regexp_replace(rendered ->> 'html', $1, $2, 'g'))))
                ELSE coalesce(jsonb_set(rendered, '{text}', to_jsonb(regexp_replace(rendered ->> 'text', $1, $2, 'g'))), rendered) END,
              updated_at = now()
        WHERE rendered IS NOT NULL AND (rendered::text ~ $1 OR rendered ?| array['headers', 'attachments'])`,
      [KEY_LINK, MASKED],
    );
  }

  public async down(): Promise<void> {
    // Nothing to restore: the keys were scrubbed, and new rows never had them.
  }
}
