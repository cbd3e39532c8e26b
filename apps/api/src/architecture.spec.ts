// The architecture, checked (style.md rules 13-14): each table is written from its owner's folder
// only, no feature reaches into another's entities (it calls the owner's services and
// repositories instead), and features depend on each other in one direction, in the layers below.
// Reads across tables are free: a query may join what it needs.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative, sep } from 'path';

const SRC = __dirname;

/**
 * Features from the bottom up; a folder may import folders of its own layer or below, never
 * above. The same layer may not import itself round in a cycle either.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['config', 'common', 'database'],
  ['outbox', 'organizations', 'audit'],
  ['accounts', 'teams', 'drives'],
  ['places', 'verification'],
  ['sign-ups'],
  ['outcomes', 'conversions', 'campaigns'],
  ['messages'],
  ['privacy'],
  ['health', 'demo', 'web'],
];

/** Who writes each table. Tables kept by triggers (the counts) are written by no code at all. */
const OWNER: Record<string, string> = {
  rate_limits: 'common',
  outbox: 'outbox',
  organizations: 'organizations',
  shortage_levels: 'organizations',
  audit_events: 'audit',
  users: 'accounts',
  desk_drives: 'accounts',
  password_setups: 'accounts',
  colleges: 'teams',
  teams: 'teams',
  team_leads: 'teams',
  team_request_links: 'teams',
  team_requests: 'teams',
  drives: 'drives',
  shifts: 'drives',
  volunteers: 'sign-ups',
  sign_ups: 'sign-ups',
  manage_tokens: 'sign-ups',
  consents: 'sign-ups',
  registry_members: 'sign-ups',
  sign_up_codes: 'verification',
  sign_up_events: 'outcomes',
  desk_operations: 'outcomes',
  campaigns: 'campaigns',
  campaign_stages: 'campaigns',
  campaign_stage_results: 'campaigns',
  call_outs: 'messages',
  call_out_recipients: 'messages',
  unsubscribe_tokens: 'messages',
  short_links: 'messages',
  my_data_links: 'privacy',
  daily_runs: 'privacy',
};

/**
 * The one table two folders write, column by column: the drive plans a shift (times, capacity),
 * the places count the places taken. A CHECK on the row keeps the two consistent.
 */
const SHARED_COLUMNS: Record<string, { folder: string; columns: readonly string[] }> = {
  shifts: { folder: 'places', columns: ['registered_count'] },
};

/** Files outside the features' code: tests, test support and migrations may do anything. */
function isCode(path: string): boolean {
  return path.endsWith('.ts') && !/\.(e2e-)?spec\.ts$/.test(path) && !path.includes(`${sep}testing${sep}`) && !path.includes(`${sep}migrations${sep}`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const CODE = filesUnder(SRC).filter(isCode);
/** The feature folder of a file; top-level files (main, server, app.module) wire everything. */
const folderOf = (path: string): string | null => {
  const parts = relative(SRC, path).split(sep);
  return parts.length > 1 ? parts[0] : null;
};

/** Every SQL write in a source text: the table, and for an UPDATE the columns it sets. */
export function sqlWrites(source: string): { table: string; columns: string[] | null }[] {
  const writes: { table: string; columns: string[] | null }[] = [];
  for (const m of source.matchAll(/\b(?:INSERT INTO|DELETE FROM)\s+"?([a-z_]+)"?/g)) writes.push({ table: m[1], columns: null });
  // UPDATE <table> [alias] SET a = …, b = … (not ON CONFLICT's DO UPDATE SET nor FOR UPDATE).
  for (const m of source.matchAll(/\bUPDATE\s+"?([a-z_]+)"?\s+(?:[a-z]+\s+)?SET\s+([\s\S]*?)(?:\bWHERE\b|\bFROM\b|\bRETURNING\b|`|\))/g)) {
    if (m[1] === 'SET') continue;
    const columns = [...m[2].matchAll(/(?:^|,)\s*([a-z_]+)\s*=/g)].map((c) => c[1]);
    writes.push({ table: m[1], columns });
  }
  return writes;
}

/** Relative imports of a file, resolved to paths under src/, with whether they bring values. */
function importsOf(path: string): { target: string; typeOnly: boolean }[] {
  const source = readFileSync(path, 'utf8');
  return [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'(\.[^']+)';/gm)].map((m) => ({
    target: join(path, '..', m[2]),
    typeOnly: Boolean(m[1]),
  }));
}

describe('the architecture', () => {
  it('finds the SQL writes it checks', () => {
    expect(sqlWrites('INSERT INTO outbox (a) VALUES (1) ON CONFLICT (k) DO UPDATE SET a = 2')).toEqual([{ table: 'outbox', columns: null }]);
    expect(sqlWrites('UPDATE shifts sh SET registered_count = sh.registered_count + 1, capacity = 3 WHERE id = $1')).toEqual([
      { table: 'shifts', columns: ['registered_count', 'capacity'] },
    ]);
    expect(sqlWrites('SELECT * FROM shifts FOR UPDATE')).toEqual([]);
  });

  it('writes each table only from its owner', () => {
    const strays: string[] = [];
    for (const path of CODE) {
      const folder = folderOf(path);
      for (const { table, columns } of sqlWrites(readFileSync(path, 'utf8'))) {
        const shared = SHARED_COLUMNS[table];
        const ownsColumns = shared?.folder === folder && columns !== null && columns.every((c) => shared.columns.includes(c));
        if (OWNER[table] !== folder && !ownsColumns) strays.push(`${relative(SRC, path)} writes ${table}${columns ? ` (${columns.join(', ')})` : ''}, owned by ${OWNER[table] ?? 'nobody'}`);
      }
    }
    expect(strays).toEqual([]);
  });

  it('lets no feature use another feature’s entities (it calls the owner instead)', () => {
    const reaching = CODE.flatMap((path) =>
      importsOf(path)
        .filter(({ target, typeOnly }) => !typeOnly && target.endsWith('.entity') && folderOf(`${target}.ts`) !== folderOf(path))
        .map(({ target }) => `${relative(SRC, path)} imports ${relative(SRC, target)}`),
    );
    expect(reaching).toEqual([]);
  });

  it('has features depend in one direction, layer on layer, without cycles', () => {
    const layerOf = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i] as const)));
    const edges = new Map<string, Set<string>>();
    const upward: string[] = [];
    for (const path of CODE) {
      const from = folderOf(path);
      if (!from) continue;
      expect(layerOf.has(from) ? from : `${from} (not in LAYERS)`).toBe(from);
      for (const { target } of importsOf(path)) {
        const to = folderOf(`${target}.ts`);
        if (!to || to === from) continue;
        if ((layerOf.get(to) ?? 0) > (layerOf.get(from) ?? 0)) upward.push(`${relative(SRC, path)} -> ${to}`);
        edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    expect(upward).toEqual([]);
    expect(cycleIn(edges)).toBeNull();
  });
});

/** A cycle in the folder graph as a path (a -> b -> a), or null. */
function cycleIn(edges: Map<string, Set<string>>): string | null {
  const done = new Set<string>();
  const visit = (node: string, path: string[]): string | null => {
    if (path.includes(node)) return [...path.slice(path.indexOf(node)), node].join(' -> ');
    if (done.has(node)) return null;
    for (const next of edges.get(node) ?? []) {
      const found = visit(next, [...path, node]);
      if (found) return found;
    }
    done.add(node);
    return null;
  };
  for (const node of edges.keys()) {
    const found = visit(node, []);
    if (found) return found;
  }
  return null;
}
