// How a text becomes the short_message octets of SMPP submit_sm PDUs: GSM 03.38 7-bit (data_coding
// 0, one septet per octet, as SMPP carries it unpacked) when every character is in the GSM
// alphabet or its extension table, else UCS-2 (data_coding 8, UTF-16 big-endian); a text longer
// than one part is split into parts that carry a concatenation UDH (IEI 0x00, an 8-bit
// reference), which phones reassemble. Pure: no sockets, no Nest.

/** The GSM 03.38 default alphabet, by septet value. */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** The extension table: each is sent as ESC (0x1B) and this septet, so it counts twice. */
const GSM_EXTENSION: Record<string, number> = { '\f': 0x0a, '^': 0x14, '{': 0x28, '}': 0x29, '\\': 0x2f, '[': 0x3c, '~': 0x3d, ']': 0x3e, '|': 0x40, '€': 0x65 };
const ESC = 0x1b;
const BASIC = new Map([...GSM_BASIC].map((c, i) => [c, i]));

export const DATA_CODING_GSM7 = 0x00;
export const DATA_CODING_UCS2 = 0x08;
/** esm_class bit: the short_message starts with a user data header. */
export const ESM_CLASS_UDHI = 0x40;

/** Septets (GSM-7) or UTF-16 code units (UCS-2) in one part, alone or with a concatenation header. */
export const LIMITS = {
  gsm7: { single: 160, part: 153 },
  ucs2: { single: 70, part: 67 },
} as const;
/** A concatenated message has at most 255 parts (the header's count is one octet). */
export const MAX_PARTS = 255;

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface EncodedSms {
  encoding: SmsEncoding;
  dataCoding: number;
  /** esm_class to send with every part (UDHI when the text was split). */
  esmClass: number;
  /** The short_message of each submit_sm, header included. */
  parts: Buffer[];
  /** The text of each part, for logs and tests. */
  texts: string[];
}

/** Whether every character of the text is in the GSM 03.38 alphabet or its extension table. */
export function fitsGsm7(text: string): boolean {
  for (const c of text) if (!BASIC.has(c) && !(c in GSM_EXTENSION)) return false;
  return true;
}

/** A character's septets: one, or ESC and one for the extension table. */
function septetCount(c: string): number {
  return BASIC.has(c) ? 1 : 2;
}

/** The length that counts against a part's limit: septets for GSM-7, UTF-16 code units for UCS-2. */
export function smsLength(text: string, encoding: SmsEncoding = fitsGsm7(text) ? 'gsm7' : 'ucs2'): number {
  if (encoding === 'ucs2') return text.length;
  let n = 0;
  for (const c of text) n += septetCount(c);
  return n;
}

/**
 * Splits a text into parts of at most `limit` units, never inside an escape sequence (GSM-7) or a
 * surrogate pair (UCS-2), so each part decodes on its own.
 */
export function splitSms(text: string, encoding: SmsEncoding): string[] {
  const limits = LIMITS[encoding];
  if (smsLength(text, encoding) <= limits.single) return [text];
  const parts: string[] = [];
  let current = '';
  let used = 0;
  for (const c of text) {
    const size = encoding === 'gsm7' ? septetCount(c) : c.length;
    if (used + size > limits.part) {
      parts.push(current);
      current = '';
      used = 0;
    }
    current += c;
    used += size;
  }
  if (current) parts.push(current);
  return parts;
}

function encodeText(text: string, encoding: SmsEncoding): Buffer {
  if (encoding === 'ucs2') return Buffer.from(text, 'utf16le').swap16();
  // One octet a septet, written in one pass: every text sent is encoded, some twice.
  const octets = Buffer.allocUnsafe(text.length * 2);
  let n = 0;
  for (const c of text) {
    const basic = BASIC.get(c);
    if (basic !== undefined) octets[n++] = basic;
    else {
      octets[n++] = ESC;
      octets[n++] = GSM_EXTENSION[c];
    }
  }
  return Buffer.from(octets.subarray(0, n));
}

/**
 * The submit_sm short_messages for a text. `reference` (0–255) ties the parts of one text
 * together on the phone; two texts in flight to one number need different references.
 */
export function encodeSms(text: string, reference: number): EncodedSms {
  const encoding: SmsEncoding = fitsGsm7(text) ? 'gsm7' : 'ucs2';
  const texts = splitSms(text, encoding);
  if (texts.length > MAX_PARTS) throw new Error(`A text of ${texts.length} parts is longer than SMS allows (${MAX_PARTS})`);
  const dataCoding = encoding === 'gsm7' ? DATA_CODING_GSM7 : DATA_CODING_UCS2;
  if (texts.length === 1) return { encoding, dataCoding, esmClass: 0, parts: [encodeText(text, encoding)], texts };
  const parts = texts.map((part, i) => Buffer.concat([Buffer.from([0x05, 0x00, 0x03, reference & 0xff, texts.length, i + 1]), encodeText(part, encoding)]));
  return { encoding, dataCoding, esmClass: ESM_CLASS_UDHI, parts, texts };
}

/** One received part: its text, and where it belongs when it is one of several. */
export interface DecodedPart {
  text: string;
  concat: { reference: number; total: number; index: number } | null;
}

/** Decodes a short_message as sent by encodeSms (or by a phone: 8- and 16-bit references). */
export function decodeSmsPart(octets: Buffer, dataCoding: number, esmClass: number): DecodedPart {
  let body = octets;
  let concat: DecodedPart['concat'] = null;
  if (esmClass & ESM_CLASS_UDHI && octets.length > 0) {
    const headerLength = octets[0];
    const header = octets.subarray(1, 1 + headerLength);
    body = octets.subarray(1 + headerLength);
    for (let i = 0; i + 1 < header.length; i += 2 + header[i + 1]) {
      const [iei, length] = [header[i], header[i + 1]];
      if (iei === 0x00 && length === 3) concat = { reference: header[i + 2], total: header[i + 3], index: header[i + 4] };
      if (iei === 0x08 && length === 4) concat = { reference: header.readUInt16BE(i + 2), total: header[i + 4], index: header[i + 5] };
    }
  }
  if ((dataCoding & 0x0f) === DATA_CODING_UCS2) return { text: Buffer.from(body).swap16().toString('utf16le'), concat };
  let text = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === ESC && i + 1 < body.length) {
      const code = body[++i];
      text += Object.keys(GSM_EXTENSION).find((c) => GSM_EXTENSION[c] === code) ?? ' ';
    } else {
      text += GSM_BASIC[body[i]] ?? ' ';
    }
  }
  return { text, concat };
}

/** The concatenation header among a part's information elements (as the smpp package splits them), if any. */
export function concatOf(elements: Buffer[] | undefined): DecodedPart['concat'] {
  for (const e of elements ?? []) {
    if (e[0] === 0x00 && e[1] === 3) return { reference: e[2], total: e[3], index: e[4] };
    if (e[0] === 0x08 && e[1] === 4) return { reference: e.readUInt16BE(2), total: e[4], index: e[5] };
  }
  return null;
}

/** Puts received parts back together, per sender and reference, as a phone does. */
export class SmsReassembly {
  private readonly pending = new Map<string, string[]>();

  /** The whole text once its last part arrived; null while parts are missing. */
  add(sender: string, text: string, concat: DecodedPart['concat']): string | null {
    if (!concat || concat.total <= 1) return text;
    const key = `${sender}|${concat.reference}|${concat.total}`;
    const parts = this.pending.get(key) ?? new Array<string>(concat.total);
    parts[concat.index - 1] = text;
    this.pending.set(key, parts);
    if (parts.filter((p) => p !== undefined).length < concat.total) return null;
    this.pending.delete(key);
    return parts.join('');
  }
}

/** Typography with a plain GSM equivalent: dashes, curly quotes, ellipsis, the spaces Intl puts in times. */
const PLAIN: [RegExp, string][] = [
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/[\u2018\u2019\u201a\u2032]/g, "'"],
  [/[\u201c\u201d\u201e\u2033]/g, '"'],
  [/\u2026/g, '...'],
  [/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' '],
];

/**
 * A text with its typography made plain, so that an English text is not sent as UCS-2 (70
 * characters a part) for the sake of an en dash in "09:00–11:00" or the narrow space in "9:00 AM".
 */
export function plainForSms(text: string): string {
  return PLAIN.reduce((t, [pattern, plain]) => t.replace(pattern, plain), text);
}
