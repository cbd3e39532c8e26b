// A person's data as the files they download from their page: JSON (the same fields as the API's
// MyData), and CSV in one long table (section, item, field, value), so that every kind of thing
// stored fits one sheet a spreadsheet opens: the profile, each sign-up and its history, each
// donation, consent and message.
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '../sign-ups/csv/csv-cells';
import type { MyData } from './dto/my-data.types';

export const CSV_COLUMNS = ['section', 'item', 'field', 'value'] as const;

/** A value as a cell: dates in ISO 8601 (UTC), nothing for null. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** The rows of one thing stored: a field per row; nested lists are their own sections. */
function rowsOf(section: string, item: number | '', record: object): string[][] {
  return Object.entries(record)
    // Nested lists and records are their own sections.
    .filter(([, value]) => !Array.isArray(value) && !(value !== null && typeof value === 'object' && !(value instanceof Date)))
    .map(([field, value]) => [section, String(item), field, cell(value)]);
}

export function myDataJson(data: MyData): string {
  return JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2);
}

export function myDataCsv(data: MyData): string {
  // The phenotypes are a list of words, one cell: "C+ c- K-".
  const rows: string[][] = [...rowsOf('profile', '', { ...data, phenotypes: data.phenotypes.join(' ') })];
  data.signUps.forEach((signUp, i) => {
    rows.push(...rowsOf('signUp', i + 1, signUp));
    signUp.history.forEach((event) => rows.push(...rowsOf(`signUp ${i + 1} history`, i + 1, event)));
  });
  data.donations.forEach((d, i) => rows.push(...rowsOf('donation', i + 1, d)));
  if (data.selfReportedDonations) rows.push(...rowsOf('selfReportedDonations', 1, data.selfReportedDonations));
  data.consents.forEach((c, i) => rows.push(...rowsOf('consent', i + 1, c)));
  data.messageKinds.forEach((k, i) => rows.push(...rowsOf('messageKind', i + 1, k)));
  data.messages.forEach((m, i) => rows.push(...rowsOf('message', i + 1, m)));
  return stringify(rows, {
    bom: true, // Excel shows Chinese names correctly only with it
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    quoted_match: /[;\t]/,
    cast: { string: neutraliseFormula },
  });
}
