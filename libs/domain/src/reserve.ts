// The reserve roster (issue 23): people a blood service can call on for a rare or urgent need.
// Shared by the API (what it accepts and stores) and the admin app (what it offers and shows).

/** Where a verified blood type comes from; a type with none of these is self-reported. */
export enum BloodTypeSource {
  /** The desk saw a typing card or a lab result. */
  DESK = 'DESK',
  /** Imported from the blood service's own records. */
  BLOOD_SERVICE = 'BLOOD_SERVICE',
}

/** Antigens of the extended phenotype the roster records (Rh C, c, E, e and Kell K, k). */
export const PHENOTYPE_ANTIGENS = ['C', 'c', 'E', 'e', 'K', 'k'] as const;

/**
 * An extended phenotype as stored: each antigen at most once, `+` (present) or `-` (absent),
 * in the order of PHENOTYPE_ANTIGENS; null when something is not a known antigen or repeats one.
 */
export function normalizePhenotypes(values: readonly string[]): string[] | null {
  const byAntigen = new Map<string, string>();
  for (const raw of values) {
    const m = /^\s*([CcEeKk])\s*([+-])\s*$/.exec(raw);
    if (!m || byAntigen.has(m[1])) return null;
    byAntigen.set(m[1], `${m[1]}${m[2]}`);
  }
  return PHENOTYPE_ANTIGENS.filter((a) => byAntigen.has(a)).map((a) => byAntigen.get(a) as string);
}

/**
 * The clock a call-out's "by when" is told on, in its messages and on its answer page: that of
 * the place people come to, and the organizations' drives are in China.
 */
export const CALL_OUT_TIME_ZONE = 'Asia/Shanghai';

/** An answer to an emergency call-out. */
export enum CallOutAnswer {
  /** "I can come." */
  YES = 'YES',
  /** "I can't." */
  NO = 'NO',
}

const YES_REPLIES = ['1', 'yes', 'y', '是', '能', '可以'];
const NO_REPLIES = ['2', 'no', 'n', '否', '不能', '不可以'];

/** What an SMS reply answers to a call-out (1/YES/是 or 2/NO/否, any case, trimmed); null: not an answer. */
export function callOutAnswerOf(text: string): CallOutAnswer | null {
  const reply = text.trim().toLowerCase().replace(/[.!。！]+$/u, '');
  if (YES_REPLIES.includes(reply)) return CallOutAnswer.YES;
  if (NO_REPLIES.includes(reply)) return CallOutAnswer.NO;
  return null;
}
