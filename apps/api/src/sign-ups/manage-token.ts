import { createHash, randomBytes } from 'crypto';

const TOKEN_BYTES = 32;

/** 256 random bits, URL-safe: long enough that guessing one is hopeless. */
export function newManageToken(): string {
  return newManageTokens(1)[0];
}

/** `count` new tokens from one draw of random bytes (a delivery batch mints hundreds). */
export function newManageTokens(count: number): string[] {
  const bytes = randomBytes(count * TOKEN_BYTES);
  return Array.from({ length: count }, (_, i) => bytes.subarray(i * TOKEN_BYTES, (i + 1) * TOKEN_BYTES).toString('base64url'));
}

export function hashManageToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * The ticket that goes with a manage link (@life-relay/domain's ticket.ts): 128 bits of the
 * link's token hashed one way, in base32. Whoever holds the link can show the ticket; the ticket
 * (a QR code shown at a desk, photographed by the person behind) gives nothing back of the link.
 * Derived rather than drawn so that the manage page can show it again without minting a row per
 * visit; what is stored is only its hash, beside its link's (ManageTokens).
 */
export function ticketOf(manageToken: string): string {
  const bytes = createHash('sha256').update(`ticket:${manageToken}`).digest().subarray(0, 16);
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? code + BASE32[(value << (5 - bits)) & 31] : code;
}

/** What is stored of a ticket, and what a scanned one is looked up by. */
export function hashTicket(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

/** The stored hash of the ticket of a manage link. */
export const ticketHashOf = (manageToken: string) => hashTicket(ticketOf(manageToken));
