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

/**
 * Each UTF-16 code unit's GSM-7 septet: 0–127 for the default alphabet, EXTENDED plus the septet
 * for the extension table, NOT_GSM otherwise (surrogates included). Every text sent is measured,
 * split and encoded: read from this table a character at a time, that is a few array reads, where
 * a string iterator and a Map lookup per character were a tenth of SMS delivery's CPU.
 */
const NOT_GSM = -1;
const EXTENDED = 0x100;
const SEPTETS = new Int16Array(0x10000).fill(NOT_GSM);
for (let i = 0; i < GSM_BASIC.length; i++) SEPTETS[GSM_BASIC.charCodeAt(i)] = i;
for (const [c, septet] of Object.entries(GSM_EXTENSION)) SEPTETS[c.charCodeAt(0)] = EXTENDED | septet;

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
/** The concatenation header (IEI 0x00, 8-bit reference) before each part of a split text. */
const HEADER_OCTETS = 6;

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
  for (let i = 0; i < text.length; i++) if (SEPTETS[text.charCodeAt(i)] === NOT_GSM) return false;
  return true;
}

/** Code units of the character at i: 2 for a surrogate pair, else 1. */
function unitsAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** What the character at i (of `units` code units) counts against a part: septets for GSM-7 (an escaped one, or one outside the alphabet, two), code units for UCS-2. */
function sizeAt(text: string, i: number, units: number, encoding: SmsEncoding): number {
  if (encoding === 'ucs2') return units;
  const septet = units === 1 ? SEPTETS[text.charCodeAt(i)] : NOT_GSM;
  return septet >= 0 && septet < EXTENDED ? 1 : 2;
}

/** The length that counts against a part's limit: septets for GSM-7, UTF-16 code units for UCS-2. */
export function smsLength(text: string, encoding: SmsEncoding = fitsGsm7(text) ? 'gsm7' : 'ucs2'): number {
  if (encoding === 'ucs2') return text.length;
  let n = 0;
  for (let i = 0, units = 0; i < text.length; i += units) {
    units = unitsAt(text, i);
    n += sizeAt(text, i, units, encoding);
  }
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
  let start = 0;
  let used = 0;
  for (let i = 0, units = 0; i < text.length; i += units) {
    units = unitsAt(text, i);
    const size = sizeAt(text, i, units, encoding);
    if (used + size > limits.part) {
      parts.push(text.slice(start, i));
      start = i;
      used = 0;
    }
    used += size;
  }
  if (start < text.length) parts.push(text.slice(start));
  return parts;
}

/** A text's octets, written after `offset` octets of room (for a part's header). */
function encodeText(text: string, encoding: SmsEncoding, offset: number): Buffer {
  if (encoding === 'ucs2') {
    const octets = Buffer.allocUnsafe(offset + text.length * 2);
    octets.write(text, offset, 'utf16le');
    octets.subarray(offset).swap16(); // UTF-16 big-endian
    return octets;
  }
  // One octet a septet, two for an escaped one.
  const octets = Buffer.allocUnsafe(offset + text.length * 2);
  let n = offset;
  for (let i = 0; i < text.length; i++) {
    const septet = SEPTETS[text.charCodeAt(i)];
    if (septet < EXTENDED) octets[n++] = septet;
    else {
      octets[n++] = ESC;
      octets[n++] = septet & 0x7f;
    }
  }
  return octets.subarray(0, n);
}

/** How a text goes as SMS: its encoding and how many parts, without encoding it (what an outbox row keeps). */
export function smsShape(text: string): { encoding: SmsEncoding; parts: number } {
  const encoding: SmsEncoding = fitsGsm7(text) ? 'gsm7' : 'ucs2';
  return { encoding, parts: splitSms(text, encoding).length };
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
  if (texts.length === 1) return { encoding, dataCoding, esmClass: 0, parts: [encodeText(text, encoding, 0)], texts };
  const parts = texts.map((part, i) => {
    const octets = encodeText(part, encoding, HEADER_OCTETS);
    octets.set([0x05, 0x00, 0x03, reference & 0xff, texts.length, i + 1]);
    return octets;
  });
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
