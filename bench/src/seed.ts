// Seeds a realistic data set with set-based SQL (generate_series), straight into the database
// the API uses (its migrations must have run). At scale 1: 200 drives, 5,000 teams in 500
// colleges, 600,000 volunteers, 1,000,000 sign-ups with their manage tokens and sent messages.
//
// Realistic means skewed: drive sizes follow a Zipf-like curve (the largest, a stem-cell registry
// week, has about a tenth of all sign-ups and ~2,000 teams on its leaderboard), team popularity
// within a drive is skewed too, past drives carry the whole funnel (donated, deferred, no-show,
// cancelled, waitlisted), upcoming ones are registered, waitlisted or cancelled, and a volunteer
// signs up for 1.7 drives on average.
//
// Speed: one transaction with session_replication_role = replica (no per-row triggers: neither
// the counters nor the foreign-key checks; the data is consistent by construction), secondary
// indexes dropped and rebuilt after the load, then drive_team_stats and shift_stats recomputed
// with one INSERT ... SELECT ... GROUP BY each, the very statements of their migrations (taken
// from the built API, see countsFromSignUps), and shifts' registered_count set from the rows.
import { createHash } from 'crypto';
import { Client } from 'pg';
import type { RunningPostgres } from './platform';
import { log, nowMs, prng, round } from './util';

export interface SeedPlan {
  scale: number;
  drives: number;
  teams: number;
  colleges: number;
  signUps: number;
  volunteers: number;
}

export interface SeedResult {
  plan: SeedPlan;
  seconds: number;
  reused: boolean;
  /** With reuse: the seconds it took to put the database back as it was seeded (restoreSeededDatabase). */
  restoredSeconds?: number;
  rows: Record<string, number>;
  largestDrive: { id: string; slug: string; signUps: number; teams: number };
  rushDrives: { api: RushDrive; pg: RushDrive };
}

export interface RushDrive {
  id: string;
  slug: string;
  shiftIds: string[];
}

export const TEAM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function planOf(scale: number): SeedPlan {
  const signUps = Math.max(2000, Math.round(1_000_000 * scale));
  return {
    scale,
    drives: Math.max(5, Math.round(200 * scale)),
    teams: Math.max(30, Math.round(5000 * scale)),
    colleges: Math.max(5, Math.round(500 * scale)),
    signUps,
    volunteers: Math.round(signUps * 0.6),
  };
}

interface DrivePlan {
  idx: number;
  slug: string;
  title: string;
  kind: string;
  status: string;
  starts_at: string;
  ends_at: string;
  size: number;
  nshift: number;
  voff: number;
  toff: number;
  tcount: number;
  sign_up_goal: number | null;
  donation_goal: number | null;
}

const DAY = 86400000;

/** Per drive: status, kind, dates, number of sign-ups, shifts, and which teams recruit for it. */
function drivePlans(plan: SeedPlan, now: number): DrivePlan[] {
  const random = prng(20261205);
  const weights = Array.from({ length: plan.drives }, (_, i) => 1 / (i + 1) ** 0.8);
  const drafts = new Set<number>();
  for (let i = 1; i <= plan.drives; i++) if (i > 3 && random() < 0.05) drafts.add(i);
  const total = weights.reduce((a, w, i) => a + (drafts.has(i + 1) ? 0 : w), 0);
  let assigned = 0;
  const plans: DrivePlan[] = [];
  for (let i = 1; i <= plan.drives; i++) {
    const draft = drafts.has(i);
    const isLast = i === plan.drives || (i === plan.drives - 1 && drafts.has(plan.drives));
    let size = draft ? 0 : Math.max(1, Math.round((plan.signUps * weights[i - 1]) / total));
    if (isLast) size = plan.signUps - assigned;
    size = Math.max(draft ? 0 : 1, Math.min(size, plan.signUps - assigned));
    assigned += size;
    // The largest drive is a finished registry week; drive 2 is a big upcoming blood drive.
    const status = draft ? 'DRAFT' : i === 1 ? 'CLOSED' : i === 2 ? 'PUBLISHED' : random() < 0.72 ? 'CLOSED' : 'PUBLISHED';
    const r = random();
    const kind = i === 1 ? 'STEM_CELL_REGISTRY' : r < 0.6 ? 'WHOLE_BLOOD' : r < 0.7 ? 'PLATELETS' : r < 0.85 ? 'STEM_CELL_REGISTRY' : 'GENERAL';
    const startsAt = status === 'CLOSED' ? now - (7 + Math.floor(random() * 700)) * DAY : now + (3 + Math.floor(random() * 90)) * DAY;
    const days = size > 20000 ? 7 : size > 5000 ? 3 : 1;
    const nshift = Math.min(56, Math.max(2, Math.ceil(size / 2000)));
    const tcount = Math.min(plan.teams, Math.max(3, Math.round(size / 50)));
    plans.push({
      idx: i,
      slug: `bench-drive-${i}`,
      title: `${kindTitle(kind)} #${i}`,
      kind,
      status,
      starts_at: new Date(startsAt).toISOString(),
      ends_at: new Date(startsAt + days * DAY - 12 * 3600000).toISOString(),
      size,
      nshift,
      voff: Math.floor(random() * plan.volunteers),
      toff: Math.floor(random() * plan.teams),
      tcount,
      sign_up_goal: size > 0 ? Math.ceil(size * 1.1) : 100,
      donation_goal: kind === 'GENERAL' ? null : Math.max(1, Math.ceil(size * 0.5)),
    });
  }
  return plans;
}

function kindTitle(kind: string): string {
  return { WHOLE_BLOOD: 'Blood drive', PLATELETS: 'Platelet drive', STEM_CELL_REGISTRY: 'Stem-cell registry week', GENERAL: 'Volunteer day' }[kind] ?? kind;
}

/** A team code in SQL: a bijection of n onto 6 characters of the team-code alphabet. */
function teamCodeSql(n: string): string {
  const x = `((${n})::bigint * 48271 + 12345) % 887503681`; // 31^6, and 48271 is prime to 31
  const digits = [0, 1, 2, 3, 4, 5].map((i) => `substr('${TEAM_CODE_ALPHABET}', ((${x} / ${31 ** i}) % 31)::int + 1, 1)`);
  return digits.join(' || ');
}

export function teamCodeOf(n: number): string {
  let x = (BigInt(n) * 48271n + 12345n) % 887503681n;
  let code = '';
  for (let i = 0; i < 6; i++) {
    code += TEAM_CODE_ALPHABET[Number(x % 31n)];
    x /= 31n;
  }
  return code;
}

/** A deterministic, well-formed (version 4) UUID from a name, as uuidFromName does in JS. */
const uuidOf = (prefix: string, expr: string) => `overlay(overlay(md5('${prefix}' || (${expr})) placing '4' from 13) placing '8' from 17)::uuid`;

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const t = nowMs();
  const result = await work();
  log(`  ${label}: ${((nowMs() - t) / 1000).toFixed(1)} s`);
  return result;
}

/**
 * The copy of the freshly seeded database that every `--reuse` run starts from. Before, a reused
 * database kept what every earlier run had added: after a day of runs the scale-1 data held twice
 * its sign-ups (1.97 million), outbox rows (3.4 million) and volunteers, and PostgreSQL's CPU per
 * sign-up grew with them, so runs on different days did not measure the same thing.
 */
const SEEDED_COPY = 'relay_seeded';
const DATABASE = 'relay';

async function onServer<T>(pg: RunningPostgres, work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: pg.urlFor('postgres'), application_name: 'bench-seed' });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Keeps a copy of the database as just seeded (a file copy: no client may be connected to it). */
export async function keepSeededDatabase(pg: RunningPostgres): Promise<number> {
  const t0 = nowMs();
  await onServer(pg, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${SEEDED_COPY}`);
    await admin.query(`CREATE DATABASE ${SEEDED_COPY} TEMPLATE ${DATABASE} STRATEGY FILE_COPY`);
  });
  return round((nowMs() - t0) / 1000, 1);
}

/**
 * Puts the database back as it was seeded, from the copy keepSeededDatabase made: the seconds it
 * took, or null when there is no copy (nothing seeded yet, or seeded before the bench kept one).
 */
export async function restoreSeededDatabase(pg: RunningPostgres): Promise<number | null> {
  const t0 = nowMs();
  const restored = await onServer(pg, async (admin) => {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [SEEDED_COPY]);
    if (!rowCount) return false;
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DATABASE} TEMPLATE ${SEEDED_COPY} STRATEGY FILE_COPY`);
    return true;
  });
  return restored ? round((nowMs() - t0) / 1000, 1) : null;
}

/** Seeds (or, with reuse, finds an earlier seed of the same scale) and describes the data set. */
export async function seed(databaseUrl: string, plan: SeedPlan, rushShifts: number, reuse: boolean, countsFromSignUps: string[]): Promise<SeedResult> {
  const db = new Client({ connectionString: databaseUrl, application_name: 'bench-seed' });
  await db.connect();
  try {
    await db.query(`CREATE SCHEMA IF NOT EXISTS bench`);
    await db.query(`CREATE TABLE IF NOT EXISTS bench.meta (key text PRIMARY KEY, value jsonb NOT NULL)`);
    const [previous] = (await db.query(`SELECT value FROM bench.meta WHERE key = 'seed'`)).rows;
    if (previous) {
      if (!reuse || previous.value.plan.scale !== plan.scale) {
        throw new Error(`The database in the data directory was seeded before (scale ${previous.value.plan.scale}); run with --reuse, or delete the directory`);
      }
      log(`Reusing the data seeded before at scale ${plan.scale}`);
      return { ...(previous.value as SeedResult), reused: true };
    }
    const t0 = nowMs();
    log(`Seeding scale ${plan.scale}: ${plan.drives} drives, ${plan.teams} teams in ${plan.colleges} colleges, ${plan.volunteers} volunteers, ${plan.signUps} sign-ups`);
    const now = Date.now();
    const drives = drivePlans(plan, now);

    await db.query(`SET maintenance_work_mem = '512MB'`);
    await db.query(`SET work_mem = '64MB'`);
    await db.query(`SET synchronous_commit = off`);
    await db.query(`SELECT setseed(0.1205)`);
    await db.query('BEGIN');
    await db.query(`SET LOCAL session_replication_role = replica`);

    // Secondary indexes are rebuilt after the load (a sorted build beats 1M random inserts).
    const tables = ['volunteers', 'sign_ups', 'manage_tokens', 'outbox'];
    const { rows: indexes } = await db.query<{ indexname: string; indexdef: string }>(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
        WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      [tables],
    );
    for (const index of indexes) await db.query(`DROP INDEX "${index.indexname}"`);

    await timed('colleges and teams', async () => {
      await db.query(
        `INSERT INTO colleges (id, name, created_at)
         SELECT ${uuidOf('bench-college-', 'n')},
                (ARRAY['Inner Mongolia','Hohhot','Baotou','Ordos','Chifeng','Tongliao','Hulunbuir','Ulanqab','Bayannur','Xilingol'])[1 + n % 10]
                  || ' ' || (ARRAY['University','Normal University','Medical University','Polytechnic','University of Technology','College of Arts','Agricultural University'])[1 + (n / 10) % 7]
                  || ' ' || (n / 70 + 1),
                now() - interval '800 days'
           FROM generate_series(0, $1 - 1) n`,
        [plan.colleges],
      );
      await db.query(
        `INSERT INTO teams (id, name, code, college_id, created_at, organization_id)
         SELECT ${uuidOf('bench-team-', 'n')},
                (ARRAY['Red Cross Club','Volunteer Association','Blood Donor Society','Student Union','Medical Society','Class of 2027','Rotaract','Hiking Club','Youth League','Nursing School'])[1 + n % 10] || ' ' || (n / 10 + 1),
                ${teamCodeSql('n')},
                ${uuidOf('bench-college-', 'n % $2')},
                now() - interval '700 days',
                (SELECT id FROM organizations ORDER BY created_at, id LIMIT 1)
           FROM generate_series(0, $1 - 1) n`,
        [plan.teams, plan.colleges],
      );
    });

    await timed('drives and shifts', async () => {
      await db.query(`CREATE TABLE bench.plan AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS p(
        idx int, slug text, title text, kind text, status text, starts_at timestamptz, ends_at timestamptz, size int, nshift int,
        voff int, toff int, tcount int, sign_up_goal int, donation_goal int)`, [JSON.stringify(drives)]);
      await db.query(`ALTER TABLE bench.plan ADD PRIMARY KEY (idx)`);
      await db.query(
        `INSERT INTO drives (id, slug, title, description, kind, status, location, time_zone, starts_at, ends_at, sign_up_goal, donation_goal,
                             published_at, closed_at, created_at, updated_at, organization_id)
         SELECT ${uuidOf('bench-drive-', 'p.idx')}, p.slug, p.title, 'Seeded by the benchmark.', p.kind, p.status,
                'Hohhot, Wanda Plaza bloodmobile', 'Asia/Shanghai', p.starts_at, p.ends_at, p.sign_up_goal, p.donation_goal,
                CASE WHEN p.status <> 'DRAFT' THEN p.starts_at - interval '40 days' END,
                CASE WHEN p.status = 'CLOSED' THEN p.ends_at + interval '1 day' END,
                p.starts_at - interval '60 days', p.starts_at - interval '40 days',
                (SELECT id FROM organizations ORDER BY created_at, id LIMIT 1)
           FROM bench.plan p`,
      );
      // Shifts split the drive's time evenly; capacity and counts are set from the sign-ups below.
      await db.query(
        `INSERT INTO shifts (id, drive_id, starts_at, ends_at, capacity, created_at)
         SELECT ${uuidOf('bench-shift-', `p.idx || '-' || o`)}, ${uuidOf('bench-drive-', 'p.idx')},
                p.starts_at + (p.ends_at - p.starts_at) * o / p.nshift, p.starts_at + (p.ends_at - p.starts_at) * (o + 1) / p.nshift,
                1, p.starts_at - interval '60 days'
           FROM bench.plan p CROSS JOIN LATERAL generate_series(0, p.nshift - 1) o`,
      );
    });

    await timed('volunteers', () =>
      db.query(
        `INSERT INTO volunteers (id, email, name, phone, birth_date, blood_type, locale, call_out_opt_in, created_at, updated_at)
         SELECT ${uuidOf('bench-volunteer-', 'n')},
                'volunteer' || n || '@bench.example.org',
                CASE WHEN n % 10 < 3
                  THEN (ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴'])[1 + n % 10] || (ARRAY['芳','伟','娜','敏','静','强','磊','洋','艳','勇','军','杰'])[1 + (n / 10) % 12]
                  ELSE (ARRAY['Wang','Li','Zhang','Liu','Chen','Yang','Zhao','Huang','Zhou','Wu','Anna','Batu','Sarnai','Oyun','Bilige'])[1 + (n / 7) % 15]
                       || ' ' || (ARRAY['Fang','Wei','Na','Min','Jing','Qiang','Lei','Yang','Yan','Yong','Jun','Jie','Tana','Suren'])[1 + (n / 3) % 14]
                END,
                CASE WHEN n % 3 = 0 THEN '+86138' || lpad((n % 100000000)::text, 8, '0') END,
                date '1972-01-01' + ((n::bigint * 7919) % 11500)::int,
                CASE WHEN n % 2 = 0 THEN (ARRAY['O_POS','A_POS','B_POS','AB_POS','O_POS','A_POS','B_POS','O_NEG','A_NEG','B_POS'])[1 + (n / 2) % 10] END,
                CASE WHEN n % 10 < 3 THEN 'zh-CN' ELSE 'en' END,
                n % 4 = 0,
                now() - ((n % 700) || ' days')::interval, now() - ((n % 700) || ' days')::interval
           FROM generate_series(0, $1 - 1) n`,
        [plan.volunteers],
      ),
    );

    await timed('sign-ups', () =>
      db.query(
        `INSERT INTO sign_ups (drive_id, shift_id, volunteer_id, team_id, channel, source, status, consent_version, consented_at, locale,
                               cancelled_at, checked_in_at, outcome_at, volume_ml, deferral_reason, retry_on, created_at, updated_at)
         SELECT x.drive_id, x.shift_id, x.volunteer_id, x.team_id, x.channel,
                CASE x.channel WHEN 'LINK' THEN NULL WHEN 'WALK_IN' THEN NULL ELSE lower(x.channel) END,
                x.status, '2026-11-v1', x.created_at, CASE WHEN x.v % 10 < 3 THEN 'zh-CN' ELSE 'en' END,
                CASE WHEN x.status = 'CANCELLED' THEN x.created_at + interval '2 days' END,
                CASE WHEN x.status IN ('CHECKED_IN', 'DONATED', 'DEFERRED') THEN x.shift_at + interval '10 minutes' END,
                CASE WHEN x.status IN ('DONATED', 'DEFERRED') THEN x.shift_at + interval '50 minutes' END,
                CASE WHEN x.status = 'DONATED' AND x.kind = 'WHOLE_BLOOD' THEN (ARRAY[200, 300, 400, 400])[1 + x.k % 4]
                     WHEN x.status = 'DONATED' AND x.kind = 'PLATELETS' THEN 250 END,
                CASE WHEN x.status = 'DEFERRED' THEN (ARRAY['Low haemoglobin','Blood pressure','Recent travel','Medication'])[1 + x.k % 4] END,
                CASE WHEN x.status = 'DEFERRED' THEN ((x.shift_at + interval '30 days') AT TIME ZONE 'Asia/Shanghai')::date END,
                x.created_at, greatest(x.created_at, least(x.shift_at + interval '1 hour', now()))
           FROM (
             SELECT p.kind, k,
                    ${uuidOf('bench-drive-', 'p.idx')} AS drive_id,
                    ${uuidOf('bench-shift-', `p.idx || '-' || (k % p.nshift)`)} AS shift_id,
                    p.starts_at + (p.ends_at - p.starts_at) * (k % p.nshift) / p.nshift AS shift_at,
                    (p.voff + k) % $1 AS v,
                    ${uuidOf('bench-volunteer-', `(p.voff + k) % $1`)} AS volunteer_id,
                    CASE WHEN random() < 0.85 THEN ${uuidOf('bench-team-', `(p.toff + floor(p.tcount * power(random(), 1.7))::int) % $2`)} END AS team_id,
                    CASE WHEN r.c < 0.45 THEN 'LINK' WHEN r.c < 0.70 THEN 'QR' WHEN r.c < 0.90 THEN 'CHAT' WHEN r.c < 0.98 THEN 'POSTER' ELSE 'WALK_IN' END AS channel,
                    CASE WHEN p.status = 'CLOSED' THEN
                           CASE WHEN r.s < 0.08 THEN 'CANCELLED' WHEN r.s < 0.10 THEN 'WAITLISTED' WHEN r.s < 0.32 THEN 'NO_SHOW'
                                WHEN r.s < 0.44 THEN 'DEFERRED' WHEN r.s < 0.46 THEN 'CHECKED_IN' ELSE 'DONATED' END
                         ELSE CASE WHEN r.s < 0.07 THEN 'CANCELLED' WHEN r.s < 0.12 THEN 'WAITLISTED' ELSE 'REGISTERED' END
                    END AS status,
                    least(p.starts_at - make_interval(secs => r.t * 30 * 86400), now() - interval '1 minute') AS created_at
               FROM bench.plan p
               CROSS JOIN LATERAL generate_series(0, p.size - 1) k
               CROSS JOIN LATERAL (SELECT random() AS c, random() AS s, random() AS t, k AS same_k) r
           ) x`,
        [plan.volunteers, plan.teams],
      ),
    );

    await timed('manage tokens and sent messages', async () => {
      await db.query(
        `INSERT INTO manage_tokens (token_hash, sign_up_id, created_at)
         SELECT md5('mt1' || s.id) || md5('mt2' || s.id), s.id, s.created_at FROM sign_ups s`,
      );
      // What a running platform has already sent: a confirmation per sign-up, and the
      // "eligible again" and deferral follow-ups the reminder scan would otherwise queue now.
      await db.query(
        `INSERT INTO outbox (purpose, dedupe_key, recipient, volunteer_id, sign_up_id, locale, payload, state, attempts, subject, send_after, sent_at, created_at, updated_at)
         SELECT m.purpose, m.purpose || ':' || s.id || CASE WHEN m.purpose = 'SIGN_UP_CONFIRMATION' THEN ':' || s.arrival ELSE '' END,
                v.email, v.id, s.id, s.locale, '{}', 'SENT', 1, m.purpose, s.created_at, s.created_at, s.created_at, s.created_at
           FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id JOIN drives d ON d.id = s.drive_id
           CROSS JOIN LATERAL (VALUES ('SIGN_UP_CONFIRMATION'),
                                      (CASE WHEN s.status = 'DONATED' AND d.kind IN ('WHOLE_BLOOD', 'PLATELETS') THEN 'ELIGIBLE_AGAIN' END),
                                      (CASE WHEN s.status = 'DEFERRED' THEN 'DEFERRAL_FOLLOW_UP' END)) AS m(purpose)
          WHERE m.purpose IS NOT NULL`,
      );
    });

    await timed('counts (drive_team_stats, shift_stats, shifts)', async () => {
      // The counter tables as the migrations fill them from the sign-ups already there.
      for (const statement of countsFromSignUps) {
        const table = /INSERT INTO (\w+)/.exec(statement)![1];
        await db.query(`DELETE FROM ${table}`);
        await db.query(statement);
      }
      // A place is held from REGISTERED on (check-in and outcomes keep it); cancelling frees it.
      // A shift with people waiting is full; one without has some room left.
      await db.query(`
        UPDATE shifts sh SET registered_count = c.taken,
               capacity = CASE WHEN c.waiting > 0 THEN greatest(c.taken, 1) ELSE c.taken + greatest(5, c.taken / 10) END
          FROM (SELECT shift_id,
                       count(*) FILTER (WHERE status IN ('REGISTERED', 'CHECKED_IN', 'DONATED', 'DEFERRED', 'NO_SHOW'))::int AS taken,
                       count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waiting
                  FROM sign_ups GROUP BY shift_id) c
         WHERE sh.id = c.shift_id`);
      await db.query(`UPDATE shifts sh SET capacity = 20 WHERE registered_count = 0 AND NOT EXISTS (SELECT 1 FROM shift_stats ss WHERE ss.shift_id = sh.id AND ss.waitlisted > 0)`);
    });

    // The drives the sign-up load goes to: upcoming whole-blood drives (so the donation-interval
    // check runs), one for the API and one for the plain-pg baseline, identical in shape.
    const rush = { api: rushDrive('api', rushShifts), pg: rushDrive('pg', rushShifts) };
    for (const r of Object.values(rush)) {
      await db.query(
        `INSERT INTO drives (id, slug, title, kind, status, location, time_zone, starts_at, ends_at, sign_up_goal, published_at, organization_id)
         VALUES ($1, $2, $3, 'WHOLE_BLOOD', 'PUBLISHED', 'Hohhot, campus square', 'Asia/Shanghai', now() + interval '14 days', now() + interval '15 days', 100000, now(),
                 (SELECT id FROM organizations ORDER BY created_at, id LIMIT 1))`,
        [r.id, r.slug, `Campus rush (${r.slug})`],
      );
      await db.query(
        `INSERT INTO shifts (id, drive_id, starts_at, ends_at, capacity)
         SELECT s.id, $1, now() + interval '14 days' + (o - 1) * interval '1 hour', now() + interval '14 days' + o * interval '1 hour', 1000000
           FROM unnest($2::uuid[]) WITH ORDINALITY AS s(id, o)`,
        [r.id, r.shiftIds],
      );
    }

    await timed('indexes rebuilt', async () => {
      for (const index of indexes) await db.query(index.indexdef);
    });
    await db.query(`SET LOCAL session_replication_role = origin`);

    const largest = drives[0];
    const [{ teams }] = (await db.query(`SELECT count(*)::int AS teams FROM drive_team_stats WHERE drive_id = $1 AND team_id IS NOT NULL`, [uuidFromMd5(`bench-drive-${largest.idx}`)])).rows;
    const rows: Record<string, number> = {};
    for (const table of ['colleges', 'teams', 'drives', 'shifts', 'volunteers', 'sign_ups', 'manage_tokens', 'outbox', 'drive_team_stats', 'shift_stats']) {
      rows[table] = (await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
    }
    const result: SeedResult = {
      plan,
      seconds: 0,
      reused: false,
      rows,
      largestDrive: { id: uuidFromMd5(`bench-drive-${largest.idx}`), slug: largest.slug, signUps: largest.size, teams },
      rushDrives: rush,
    };
    await db.query('COMMIT');

    await timed('vacuum analyze', () => db.query(`VACUUM (ANALYZE)`));
    result.seconds = round((nowMs() - t0) / 1000, 1);
    await db.query(`INSERT INTO bench.meta (key, value) VALUES ('seed', $1)`, [JSON.stringify(result)]);
    log(`Seeded in ${result.seconds} s: ${JSON.stringify(rows)}`);
    return result;
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}

function rushDrive(name: string, shifts: number): RushDrive {
  return {
    id: uuidFromMd5(`bench-rush-${name}`),
    slug: `bench-rush-${name}`,
    shiftIds: Array.from({ length: shifts }, (_, i) => uuidFromMd5(`bench-rush-${name}-shift-${i}`)),
  };
}

/** The same UUID as uuidOf in SQL: md5 of the name, with the version 4 and variant bits set. */
export function uuidFromMd5(text: string): string {
  const md5 = createHash('md5').update(text).digest('hex');
  const hex = `${md5.slice(0, 12)}4${md5.slice(13, 16)}8${md5.slice(17)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Team codes of the seeded teams, for share links in the sign-up load. */
export function seededTeamCodes(plan: SeedPlan): string[] {
  return Array.from({ length: plan.teams }, (_, n) => teamCodeOf(n));
}
