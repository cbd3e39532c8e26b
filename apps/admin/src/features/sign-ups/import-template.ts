// The columns an import understands (the API's importSignUps reads them by the header row, in any
// order), and a template file with the header and one example row to start from.
import { exportFileName } from './sign-ups-filters';

export const IMPORT_COLUMNS = [
  { name: 'name', required: true },
  { name: 'email', required: true },
  { name: 'shiftStartsAt', required: true },
  { name: 'phone', required: false },
  { name: 'birthDate', required: false },
  { name: 'bloodType', required: false },
  { name: 'teamCode', required: false },
  { name: 'status', required: false },
  { name: 'volumeMl', required: false },
  { name: 'deferralReason', required: false },
  { name: 'retryOn', required: false },
] as const;

export type ImportColumnName = (typeof IMPORT_COLUMNS)[number]['name'];

/** Header and an example for a shift starting at `shiftStartsAt` ("YYYY-MM-DD HH:mm", the drive's clocks). */
export function importTemplate(shiftStartsAt: string): string {
  const header = IMPORT_COLUMNS.map((c) => c.name).join(',');
  const example = ['Wang Fang', 'wang.fang@example.edu', shiftStartsAt, '13812345678', '2004-05-20', 'O_POS', '', 'REGISTERED', '', '', ''].join(',');
  // A byte-order mark, so that Excel opens Chinese names in the file as UTF-8.
  return `\uFEFF${header}\r\n${example}\r\n`;
}

export function templateFileName(slug: string): string {
  return exportFileName(slug, new Date()).replace('-sign-ups-', '-sign-ups-template-');
}

export function saveTextFile(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "2030-12-05 09:00": an instant on the drive's clocks, as the import's shiftStartsAt reads it. */
export function wallTime(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}
