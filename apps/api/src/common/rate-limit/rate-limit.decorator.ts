import { SetMetadata } from '@nestjs/common';

export const RATE_LIMIT_KEY = 'life-relay:rate-limit';

/**
 * Named per-IP budgets (see RateLimitGuard): `signUp` for submissions and manage-link actions,
 * `publicRead` for the public pages' queries, `login` for sign-in attempts (any account), `signUpCode` for
 * one-time codes per IP; `signUpCodeContact` (per contact and hour) is spent by the code's sender.
 */
export type RateLimitName = 'signUp' | 'publicRead' | 'login' | 'signUpCode' | 'signUpCodeContact';

/** The window of a budget in seconds: a minute, unless named here. */
export const RATE_LIMIT_WINDOW_SECONDS: Partial<Record<RateLimitName, number>> = { signUpCodeContact: 3600 };

export const RateLimit = (name: RateLimitName) => SetMetadata(RATE_LIMIT_KEY, name);
