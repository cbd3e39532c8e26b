// A QR code as a small black-and-white PNG for an e-mail's inline image. The qrcode library draws
// PNGs in full colour (RGBA, four bytes a pixel) and compresses them hard: some 40 ms a code, on
// the delivery path of every confirmation in a rush. A code is black and white, so one bit a
// pixel and the fastest compression make the same picture in well under a millisecond.
import QRCode from 'qrcode';
import { deflateSync } from 'zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** QR's alphanumeric characters: a payload of only these (a ticket's) is one segment of that mode. */
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

/** Modules a side, by the length of a single alphanumeric segment: its version follows from its length alone. */
const ALPHANUMERIC_SIZES = new Map<number, number>();

/** The modules of `text`'s code: one segment of QR's alphanumeric mode when it is only of those characters. */
function qrModules(text: string) {
  // Given as one segment, the library skips its search for the shortest mix of modes, which
  // for a ticket's payload is always this one.
  return QRCode.create(ALPHANUMERIC.test(text) ? [{ data: text, mode: 'alphanumeric' }] : text, { errorCorrectionLevel: 'M' }).modules;
}

/**
 * The side in pixels of qrPng(text, pixelsPerModule)'s image, to lay out the HTML around it
 * before it is drawn (a worker draws it: mail-building/). Drawn once per length for an
 * alphanumeric text (a ticket's payload always has the same), every time for any other.
 */
export function qrSide(text: string, pixelsPerModule: number): number {
  const alphanumeric = ALPHANUMERIC.test(text);
  let size = alphanumeric ? ALPHANUMERIC_SIZES.get(text.length) : undefined;
  if (size === undefined) {
    size = qrModules(text).size;
    if (alphanumeric) ALPHANUMERIC_SIZES.set(text.length, size);
  }
  return (size + 2 * QUIET_MODULES) * pixelsPerModule;
}

/** The quiet zone scanners need around a code, in modules. */
const QUIET_MODULES = 4;

/**
 * The QR code of `text` (error correction M) as a 1-bit greyscale PNG: `pixelsPerModule` pixels
 * a module, with the quiet zone of four modules scanners need around it.
 */
export function qrPng(text: string, pixelsPerModule: number): { png: Buffer; side: number } {
  const modules = qrModules(text);
  const quiet = QUIET_MODULES;
  const side = (modules.size + 2 * quiet) * pixelsPerModule;
  const stride = Math.ceil(side / 8) + 1; // a filter byte (0: none), then the row's pixels
  const raw = Buffer.alloc(stride * side, 0xff);
  for (let y = 0; y < side; y++) raw[y * stride] = 0;
  // Each row of modules is drawn once, into its first row of pixels, and copied to the others.
  for (let my = 0; my < modules.size; my++) {
    const first = (quiet + my) * pixelsPerModule * stride;
    for (let mx = 0; mx < modules.size; mx++) {
      if (!modules.get(my, mx)) continue;
      for (let x = (quiet + mx) * pixelsPerModule, end = x + pixelsPerModule; x < end; x++) raw[first + 1 + (x >> 3)] &= ~(0x80 >> (x & 7));
    }
    for (let k = 1; k < pixelsPerModule; k++) raw.copy(raw, first + k * stride, first, first + stride);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { png, side };
}
