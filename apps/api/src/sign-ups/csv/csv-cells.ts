// Cells of the sign-up spreadsheets as organizers' tools (Excel, WPS, Numbers) write and read
// them: formula injection, the header row, and the dates a spreadsheet rewrites when it saves.
import { parse } from 'csv-parse/sync';
import { isCalendarDate } from '@life-relay/domain';
import { InvalidInputError } from '../../common/errors/domain-errors';

export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_MB = 2;

export const IMPORT_COLUMNS = [
  'name',
  'email',
  'phone',
  'birthDate',
  'bloodType',
  'shiftStartsAt',
  'teamCode',
  'status',
  'volumeMl',
  'deferralReason',
  'retryOn',
  'healthConsent',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly ImportColumn[] = ['name', 'email', 'shiftStartsAt'];

export interface CsvRow {
  /** The line of the file the row starts on; the header is line 1. */
  line: number;
  /** Trimmed cells of the known columns; a blank cell is absent. */
  cells: Partial<Record<ImportColumn, string>>;
  /**
   * The time zone the header names for the shift column, as the export writes it
   * (`shiftStartsAt (Asia/Shanghai)`): its wall times are read there rather than in the drive's.
   */
  shiftZone?: string;
}

// A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK(...) exfiltrates
// the sheet); tab and carriage return are on OWASP's list too because some tools strip them first.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that a spreadsheet shows as text: a formula-like start gets a leading apostrophe. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes neutraliseFormula, so that an exported file imports as it was (`'+8613812345678`). */
function restoreFormulaLike(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** `Birth date`, `birth_date` and `BIRTHDATE` all name the birthDate column. */
export const normalizeHeader = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');
const COLUMN_BY_HEADER = new Map<string, ImportColumn>(IMPORT_COLUMNS.map((c) => [normalizeHeader(c), c]));
/** A header's trailing parenthesis: `(Asia/Shanghai)` on the export's times, `(ml)` as people type it. */
const HEADER_NOTE = /^(.*?)\s*\(([^()]*)\)\s*$/;

/** The header's column, and the time zone it names in parentheses if it is one. */
function columnOfHeader(header: string): { column: ImportColumn | null; zone?: string } {
  const whole = COLUMN_BY_HEADER.get(normalizeHeader(header));
  if (whole) return { column: whole };
  const note = HEADER_NOTE.exec(header.trim());
  if (!note || !isTimeZone(note[2])) return { column: null };
  return { column: COLUMN_BY_HEADER.get(normalizeHeader(note[1])) ?? null, zone: note[2] };
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The records of an uploaded file: its header row's cells and the data rows with the line each
 * starts on; blank rows are skipped. A file too large or unreadable is a problem of the `csv` field.
 * Shared by every import (sign-ups, the blood service's verified types).
 */
export function readCsvRecords(csv: string): { header: string[]; data: { line: number; record: string[] }[] } {
  const tooLarge = () => InvalidInputError.field('csv', 'csvTooLarge', { maxRows: MAX_IMPORT_ROWS, maxMb: MAX_IMPORT_MB });
  if (Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_MB * 1024 * 1024) throw tooLarge();
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    // With `info`, each record comes with the byte it ended at (csv-parse's types do not say so).
    records = parse(csv, { bom: true, info: true, relax_column_count: true, relax_quotes: true, delimiter: delimiterOf(csv), record_delimiter: ['\r\n', '\n', '\r'] }) as unknown as typeof records;
  } catch (error) {
    throw InvalidInputError.field('csv', 'csvUnreadable', { line: (error as { lines?: number }).lines ?? 1 });
  }
  // Lines are counted here: a quoted cell may span lines, and csv-parse's own count is off
  // when it holds a CRLF.
  const bytes = Buffer.from(csv, 'utf8');
  const rows: { line: number; record: string[] }[] = [];
  let line = 1;
  let start = 0;
  for (const { record, info } of records) {
    if (record.some((cell) => cell.trim() !== '')) rows.push({ line, record });
    line += bytes.subarray(start, info.bytes).toString('utf8').match(/\r\n|\r|\n/g)?.length ?? 0;
    start = info.bytes;
  }
  const [header, ...data] = rows;
  if (data.length > MAX_IMPORT_ROWS) throw tooLarge();
  return { header: header?.record ?? [], data };
}

/** A cell as typed: trimmed, a neutralised formula-like start undone; '' when blank. */
export function cellValue(record: string[], index: number): string {
  return restoreFormulaLike((record[index] ?? '').trim()).trim();
}

/**
 * The rows of an uploaded file, keyed by the header row's column names; columns it does not know
 * (the export's team, college, signedUpAt...) are ignored. Anything wrong with the file as a whole
 * is a problem of the `csv` field.
 */
export function readImportFile(csv: string): CsvRow[] {
  const { header, data } = readCsvRecords(csv);
  const named = header.map(columnOfHeader);
  const columns = columnsOf(named.map((n) => n.column));
  const shiftZone = named.find((n) => n.column === 'shiftStartsAt')?.zone;
  return data.map(({ line, record }) => {
    const cells: CsvRow['cells'] = {};
    columns.forEach((column, i) => {
      const value = cellValue(record, i);
      if (column && value) cells[column] = value;
    });
    return shiftZone ? { line, cells, shiftZone } : { line, cells };
  });
}

function columnsOf(columns: (ImportColumn | null)[]): (ImportColumn | null)[] {
  const twice = columns.find((c, i) => c && columns.indexOf(c) !== i);
  if (twice) throw InvalidInputError.field('csv', 'csvDuplicateColumn', { column: twice });
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) throw InvalidInputError.field('csv', 'csvMissingColumns', { columns: missing.join(', ') });
  return columns;
}

/** Excel saves with `;` where the decimal mark is a comma, and "text" exports use tabs. */
function delimiterOf(csv: string): string {
  const firstLine = csv.slice(0, csv.search(/[\r\n]|$/));
  const count = (d: string) => firstLine.split(d).length - 1;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

const LOOSE_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/** YYYY-MM-DD for a date as typed or as a spreadsheet re-saved it (2004/5/20); else as given. */
export function looseDate(value: string): string {
  const m = LOOSE_DATE.exec(value);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : value;
}

export function isLooseCalendarDate(value: string): boolean {
  return isCalendarDate(looseDate(value)) && looseDate(value) >= '1900-01-01';
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;
const WALL_TIME = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** An instant with its zone, or a wall time (`2030-12-05 09:00`) read in the drive's time zone. */
export type TypedTime = { instant: number } | { wall: string } | null;

export function readTime(value: string): TypedTime {
  if (ISO_WITH_ZONE.test(value)) {
    const instant = Date.parse(value.replace(' ', 'T'));
    return Number.isNaN(instant) ? null : { instant };
  }
  const m = WALL_TIME.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  return { wall: `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')} ${h.padStart(2, '0')}:${mi}:${s ?? '00'}` };
}

/** `YYYY-MM-DD HH:mm:ss` of an instant in a time zone, to compare with a wall time. */
export function wallTime(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

const BLOOD_GROUP = /^(AB|A|B|O)(?:\s*|_)(\+|-|POS|NEG|RH\+|RH-|RHD\+|RHD-)$/;

/** O_NEG as the API writes it, or O- / O+ / o neg as people write it; anything else as given. */
export function looseBloodType(value: string): string {
  const m = BLOOD_GROUP.exec(value.trim().toUpperCase());
  if (!m) return value;
  return `${m[1]}_${m[2].endsWith('+') || m[2] === 'POS' ? 'POS' : 'NEG'}`;
}
