import { createHash, randomBytes } from 'crypto';

/** 256 random bits, URL-safe: long enough that guessing one is hopeless. */
export function newManageToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashManageToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
