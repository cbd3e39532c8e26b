// The erasure tests' scan (issue 20): every text, citext, array and JSON column of every table,
// searched for what must not be left of a person.
import { TestApp } from './test-app';

/** Where any of `needles` occurs in a text, citext, array or JSON column of any table: "table.column" for each. */
export async function scan(app: TestApp, needles: string[]): Promise<string[]> {
  const columns = await app.sql<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY') OR c.udt_name = 'citext')
      ORDER BY 1, 2`,
  );
  if (columns.length < 30) throw new Error(`The scan found only ${columns.length} columns to search`);
  const patterns = needles.map((n) => `%${n.replace(/[\\%_]/g, '\\$&')}%`);
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [{ n }] = await app.sql(`SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE ANY($1::text[])`, [patterns]);
    if (n > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}
