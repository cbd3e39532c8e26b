// Owns the short_links table: the short links that stand for a long address in a text message
// (an SMS of 70 Chinese characters has no room for a 70-character manage link). A code is 12
// random letters and digits (71 bits); only its hash is stored, and the address, which carries a
// token, is encrypted with a key derived from the code, so the table alone opens nothing.
import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt } from 'crypto';
import { EntityManager } from 'typeorm';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const SHORT_CODE_LENGTH = 12;
export const SHORT_CODE = new RegExp(`^[0-9A-Za-z]{${SHORT_CODE_LENGTH}}$`);

const lookupOf = (code: string) => createHash('sha256').update(`short-link:${code}`).digest('hex');
const keyOf = (code: string) => createHash('sha256').update(`short-link-key:${code}`).digest();

function newCode(): string {
  let code = '';
  for (let i = 0; i < SHORT_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
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
    const codes = urls.map(() => newCode());
    const targets = urls.map((url, i) => {
      const iv = randomBytes(12);
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
    const decipher = createDecipheriv('aes-256-gcm', keyOf(code), target.subarray(0, 12));
    decipher.setAuthTag(target.subarray(12, 28));
    return Buffer.concat([decipher.update(target.subarray(28)), decipher.final()]).toString('utf8');
  }
}
