// The SQL of a sign-up's hot path. It lives on its own so that the benchmark's plain-pg
// baseline (bench/src/sign-up.ts) sends the very statements the API sends, not a copy of them.
// Each statement is one round trip that writes several tables: each table's part is its owner's
// (the place from places/, the volunteer's fill-in rule from volunteers.repository.ts, the
// consents' record from consents.repository.ts).
import { countPlace, takeFreePlace } from '../places/places.repository';
import { ConsentScope } from '@life-relay/domain';
import { FORM_CONSENTS, givenConsents } from './consents.repository';
import { FILL_IN_NEVER_OVERWRITE, recipientOf, unclaimed } from './volunteers.repository';
import { DONATIONS_OF } from './sign-up-rules';
import { queueMessageFrom } from '../outbox/outbox.repository';
import { consumeSignUpCode } from '../verification/sign-up-code-statements';

/**
 * The drive by slug ($1) with its organization's eligibility rules, the chosen shift ($2, or
 * null) if it is one of the drive's, the team of a share code ($3, or null), and the sign-up of a
 * personal share link's code ($4, or null). The rules come along so that a sign-up makes no round
 * trip of its own for them (one fewer statement on the hot path).
 */
// A team recruits for its own organization's drives: another's code names no team here. A
// referral code credits only within its own drive: the link someone shared was for that drive.
export const SIGN_UP_TARGET = `SELECT d.id, d.organization_id, d.status, d.kind, d.time_zone, d.min_age, d.max_age, sh.id AS shift_id, sh.starts_at, sh.ends_at,
        sh.registered_count < sh.capacity AS has_room, t.id AS team_id, r.id AS referrer_id, r.volunteer_id AS referrer_volunteer_id,
        o.eligibility_rules
   FROM drives d
   JOIN organizations o ON o.id = d.organization_id
   LEFT JOIN shifts sh ON sh.drive_id = d.id AND sh.id = $2::uuid
   LEFT JOIN teams t ON t.code = $3::text AND t.organization_id = d.organization_id
   LEFT JOIN sign_ups r ON r.drive_id = d.id AND r.referral_code = $4::text
  WHERE d.slug = $1`;

/**
 * Upserts the volunteer found by the contact a one-time code just proved ($1 e-mail, $3 phone;
 * the other one is kept only if no other record has it), with $2 name, $4 birth date, $5 blood
 * type (null without the health consent), $6 locale, $7 call-out opt-in, $13 region code, records the consents
 * given with the form ($11 scopes, $12 versions) for drive $8 and their sign-up (the existing one,
 * or $10, the id the new sign-up will take), uses up the code that proved the contact ($14–$16,
 * as SignUpCodes.consumeParams gives them; `fresh`: it was unused), and reads, in the same statement, their sign-up for
 * drive $8 if any, their donations that count for intervals (DONATIONS_OF) when
 * the drive's kind $9 has intervals, and the arrival number a new
 * sign-up takes. The verified contact becomes the volunteer's channel.
 */
const upsertPersonForDrive = (verified: 'email' | 'phone') => `WITH person AS (
    INSERT INTO volunteers (email, name, phone, birth_date, blood_type, locale, call_out_opt_in, channel, ${verified}_verified_at, region_code)
    VALUES (${verified === 'email' ? '$1::citext' : unclaimed('email', '$1::citext')}, $2, ${verified === 'phone' ? '$3::text' : unclaimed('phone', '$3::text')},
            $4, $5, $6, $7, '${verified === 'email' ? 'EMAIL' : 'SMS'}', now(), $13::text)
    ON CONFLICT (${verified})${verified === 'phone' ? ' WHERE phone IS NOT NULL' : ''} ${FILL_IN_NEVER_OVERWRITE},
       channel = EXCLUDED.channel, ${verified}_verified_at = EXCLUDED.${verified}_verified_at
    RETURNING id, channel, ${recipientOf('volunteers')} AS recipient, reported_last_donation_on, reported_last_donation_kind, blood_service_donated_on
  ), ${FORM_CONSENTS('$8', '$10', '$11', '$12')},
  used AS (${consumeSignUpCode(14)})
  SELECT person.id AS volunteer_id, person.channel, person.recipient, EXISTS (SELECT FROM used) AS fresh,
         nextval(pg_get_serial_sequence('sign_ups', 'arrival')) AS next_arrival,
         -- Only a blood or platelet drive ($9, its kind) holds anyone to intervals.
         CASE WHEN $9::text IN ('WHOLE_BLOOD', 'PLATELETS') THEN ${DONATIONS_OF('person')} END AS donations,
         s.id, s.drive_id, s.shift_id, s.status, s.arrival, s.locale
    FROM person LEFT JOIN sign_ups s ON s.volunteer_id = person.id AND s.drive_id = $8`;

/**
 * The consents given with a blood drive's form without the call-out opt-in: the general one and
 * the health one (what the bench's baseline records; the API builds its list per submission).
 */
export const GENERAL_AND_HEALTH = givenConsents([ConsentScope.GENERAL, ConsentScope.HEALTH]);

/** The upsert for a verified e-mail address (the bench's baseline sends this one). */
export const UPSERT_PERSON_FOR_DRIVE = upsertPersonForDrive('email');
/** The same for a verified phone number. */
export const UPSERT_PERSON_BY_PHONE_FOR_DRIVE = upsertPersonForDrive('phone');

/** The SQLSTATE TAKE_FREE_PLACE fails with when it took no place (database/migrations: fail_statement). */
export const PLACE_NOT_TAKEN = 'LR001';

/**
 * Takes a free place on shift $3 only if one is left, and inserts the sign-up ($1 id, $2
 * arrival, $4 drive, $5 volunteer, $6 team, $7 channel, $8 source, $9 consent version, $10
 * locale, $12 the referrer's sign-up or null) and its manage token ($11 hash, $13 its ticket's
 * hash), and queues its confirmation ($14 on, as the outbox's queuedParams gives them): all in one
 * round trip. Returns the sign-up's id and referral code. When no place was left, or the sign-up
 * exists, it writes nothing and fails with PLACE_NOT_TAKEN: its COMMIT goes out with it, and
 * must then roll the transaction back. (`taken` is the left side of the join, so it is read
 * whether or not `signed` has a row.)
 */
export const TAKE_FREE_PLACE = `WITH ${takeFreePlace('$3')}, signed AS (
    INSERT INTO sign_ups (id, arrival, drive_id, volunteer_id, shift_id, team_id, channel, source, status, consent_version, consented_at, locale, referrer_sign_up_id)
    SELECT $1, $2, $4, $5, placed.id, $6, $7, $8, 'REGISTERED', $9, now(), $10, $12 FROM placed
    ON CONFLICT (drive_id, volunteer_id) DO NOTHING RETURNING id, referral_code
  ), issued AS (
    INSERT INTO manage_tokens (token_hash, ticket_hash, sign_up_id) SELECT $11, $13, id FROM signed
  ), queued AS (
    ${queueMessageFrom('signed', 14)}
  ), taken AS (
    SELECT CASE WHEN EXISTS (SELECT FROM signed) THEN true ELSE fail_statement('${PLACE_NOT_TAKEN}', 'no free place was taken') END
  )
  SELECT signed.id AS sign_up_id, signed.referral_code FROM taken LEFT JOIN signed ON true`;

/**
 * Counts a place taken on shift $1 (whose lock the caller holds) and issues the sign-up's manage
 * token ($2 hash, $4 its ticket's hash, $3 sign-up): the slow path of a registered sign-up, in one statement.
 */
export const COUNT_PLACE_AND_ISSUE_TOKEN = `WITH ${countPlace('$1')} INSERT INTO manage_tokens (token_hash, sign_up_id, ticket_hash) VALUES ($2, $3, $4)`;
