// Owns the short_links table: the short links that stand for a long address in a text message
// (an SMS of 70 Chinese characters has no room for a 70-character manage link). A code is 12
// random letters and digits (71 bits); only its hash is stored, and the address, which carries a
// token, is encrypted with a key derived from the code, so the table alone opens nothing.
import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'crypto';
import { EntityManager } from 'typeorm';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const SHORT_CODE_LENGTH = 12;
export const SHORT_CODE = new RegExp(`^[0-9A-Za-z]{${SHORT_CODE_LENGTH}}$`);

const lookupOf = (code: string) => createHash('sha256').update(`short-link:${code}`).digest('hex');
const keyOf = (code: string) => createHash('sha256').update(`short-link-key:${code}`).digest();

/** A random byte below this is a letter or digit with no bias (4 × 62): the others are drawn again. */
const UNBIASED_BELOW = 256 - (256 % ALPHABET.length);
const IV_BYTES = 12;
const AUTH_TAG_BYTES = 16;

/**
 * `count` new codes from one draw of random bytes: a delivery batch mints hundreds, and a call to
 * the generator for each character (and one for each IV and manage token) came to 36 ms of the
 * API's CPU for every 3,000 texts (bench/README.md, issue 24 round nine).
 */
function newCodes(count: number): string[] {
  const codes: string[] = [];
  let code = '';
  while (codes.length < count) {
    // Enough for all of them but the odd byte drawn again (3% are).
    for (const byte of randomBytes((count - codes.length) * SHORT_CODE_LENGTH * 2)) {
      if (byte >= UNBIASED_BELOW) continue;
      code += ALPHABET[byte % ALPHABET.length];
      if (code.length < SHORT_CODE_LENGTH) continue;
      codes.push(code);
      code = '';
      if (codes.length === count) break;
    }
  }
  return codes;
}

@Injectable()
export class ShortLinks {
  /** A new code standing for the address. */
  async shorten(db: EntityManager, url: string): Promise<string> {
    return (await this.shortenMany(db, [url]))[0];
  }

  /** A new code for each address, in their order, all written in one statement. */
  async shortenMany(db: EntityManager, urls: string[]): Promise<string[]> {
    if (urls.length === 0) return [];
    const codes = newCodes(urls.length);
    const ivs = randomBytes(urls.length * IV_BYTES);
    const targets = urls.map((url, i) => {
      const iv = ivs.subarray(i * IV_BYTES, (i + 1) * IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', keyOf(codes[i]), iv);
      const sealed = Buffer.concat([cipher.update(url, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
    });
    await db.query(`INSERT INTO short_links (code_hash, target) SELECT * FROM unnest($1::text[], $2::bytea[])`, [codes.map(lookupOf), targets]);
    return codes;
  }

  /** The address a code stands for; null for a code never issued. */
  async resolve(db: EntityManager, code: string): Promise<string | null> {
    if (!SHORT_CODE.test(code)) return null;
    const [row] = await db.query(`SELECT target FROM short_links WHERE code_hash = $1`, [lookupOf(code)]);
    if (!row) return null;
    const target = row.target as Buffer;
    const decipher = createDecipheriv('aes-256-gcm', keyOf(code), target.subarray(0, IV_BYTES));
    decipher.setAuthTag(target.subarray(IV_BYTES, IV_BYTES + AUTH_TAG_BYTES));
    return Buffer.concat([decipher.update(target.subarray(IV_BYTES + AUTH_TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}
