// The SQL and the hashing of one-time sign-up codes (sign_up_codes), on their own so that the
// benchmark's plain-pg baseline (bench/src/sign-up.ts) sends the very statements the API sends
// and stores the very hashes it checks, not a copy of them. SignUpCodes (sign-up-codes.repository.ts)
// is their owner and only user in the API.
import { createHmac } from 'crypto';
import { SIGN_UP_CODE } from '@life-relay/domain';
import { queueMessageFrom } from '../outbox/outbox.repository';

/** 6 digits, valid `validMinutes`, void after `maxTries` wrong tries (from the domain). */
export { SIGN_UP_CODE };

/**
 * A fresh code for contact hash $1 (replacing any earlier one): code hash $2, valid $3 minutes,
 * no try counted, unused.
 */
export const ISSUE_SIGN_UP_CODE = `INSERT INTO sign_up_codes (contact_hash, code_hash, tries, expires_at, used_at, created_at)
       VALUES ($1, $2, 0, now() + make_interval(mins => $3), NULL, now())
       ON CONFLICT (contact_hash) DO UPDATE SET code_hash = EXCLUDED.code_hash, tries = 0, expires_at = EXCLUDED.expires_at, used_at = NULL, created_at = now()`;

/**
 * ISSUE_SIGN_UP_CODE ($1–$3) and the message that sends the code ($4 on, as queuedParams of the
 * outbox gives them) in one statement: atomic without a transaction of its own, so a request for
 * a code costs one round trip here instead of four (BEGIN, the code, its message, COMMIT).
 */
export const ISSUE_AND_QUEUE_SIGN_UP_CODE = `WITH issued AS (${ISSUE_SIGN_UP_CODE} RETURNING contact_hash) ${queueMessageFrom('issued', 4)}`;

/**
 * Checks a typed code against the live codes of the contacts ($1 contact hashes, $2 the typed
 * code's hash for each, $3 the most tries): a wrong one counts a try. Returns each live code's
 * contact_hash, whether it was right, and its tries.
 */
export const VERIFY_SIGN_UP_CODE = `UPDATE sign_up_codes c SET tries = c.tries + CASE WHEN c.code_hash = v.code_hash THEN 0 ELSE 1 END
         FROM unnest($1::text[], $2::text[]) AS v(contact_hash, code_hash)
        WHERE c.contact_hash = v.contact_hash AND c.tries < $3 AND c.expires_at > now()
        RETURNING c.contact_hash, c.code_hash = v.code_hash AS right, c.tries`;

/**
 * Uses up the code (hash `$first+1`) of contact hash `$first` if it is live and unused (`$first+2`
 * the most tries); a row if it was. A builder, so that a sign-up's upsert of the person can use
 * the code up in the same statement (sign-up-statements.ts).
 */
export const consumeSignUpCode = (first: number) => `UPDATE sign_up_codes SET used_at = now()
        WHERE contact_hash = $${first} AND code_hash = $${first + 1} AND used_at IS NULL AND expires_at > now() AND tries < $${first + 2} RETURNING contact_hash`;

/** consumeSignUpCode from $1: on its own (a data page's contact change). */
export const CONSUME_SIGN_UP_CODE = consumeSignUpCode(1);

/** The stored key of a contact (its normalized e-mail address or E.164 number), keyed with the server's secret. */
export function contactHash(secret: string, contact: string): string {
  return createHmac('sha256', secret).update(`contact:${contact}`).digest('hex');
}

/** The stored hash of `code` sent to `contact`. */
export function codeHash(secret: string, contact: string, code: string): string {
  return createHmac('sha256', secret).update(`code:${contact}:${code}`).digest('hex');
}
