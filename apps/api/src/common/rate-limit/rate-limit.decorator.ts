import { SetMetadata } from '@nestjs/common';

export const RATE_LIMIT_KEY = 'life-relay:rate-limit';

/**
 * Named per-IP budgets (see RateLimitGuard): `signUp` for submissions and manage-link actions,
 * `publicRead` for the public pages' queries, `login` per IP and e-mail address.
 */
export type RateLimitName = 'signUp' | 'publicRead' | 'login';

export const RateLimit = (name: RateLimitName) => SetMetadata(RATE_LIMIT_KEY, name);
