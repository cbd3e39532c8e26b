// Team codes are printed on posters, read aloud and typed on phones, so the alphabet leaves out
// characters that are easy to confuse (0/O, 1/I/L) and codes are upper-case only.
export const TEAM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TEAM_CODE_LENGTH = 6;

/** A random team code; `randomInt(n)` must return a uniform integer in [0, n). */
export function generateTeamCode(randomInt: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < TEAM_CODE_LENGTH; i++) {
    code += TEAM_CODE_ALPHABET[randomInt(TEAM_CODE_ALPHABET.length)];
  }
  return code;
}

/** What a person typed, as a code: case, spaces and dashes do not matter. */
export function normalizeTeamCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '');
}

export function isWellFormedTeamCode(code: string): boolean {
  if (code.length !== TEAM_CODE_LENGTH) return false;
  return [...code].every((c) => TEAM_CODE_ALPHABET.includes(c));
}
