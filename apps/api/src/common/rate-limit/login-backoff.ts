// Failed sign-ins per account, beside the per-IP budget: after FREE_FAILURES wrong passwords for
// one e-mail address (whether or not an account has it, so that the answer tells nothing), each
// further attempt waits, twice as long after every failure, from whatever address it comes; a
// successful sign-in forgets them. Counted in PostgreSQL (the rate_limits table, as the budgets
// are), so it holds across API processes.
//
// Every attempt is counted before its password is checked, so that a burst of simultaneous
// attempts cannot all slip in before the first failure is recorded: past the free ones, only one
// attempt at a time may be under way, and the others are refused (and not counted).
import { Injectable } from '@nestjs/common';
import { createHash } from 'crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { RateLimitedError } from '../errors/domain-errors';

/** Wrong passwords for one address before any wait (a person mistyping is not slowed down). */
export const FREE_FAILURES = 5;
/** The wait after the first failure past the free ones; it doubles with every further failure. */
export const FIRST_WAIT_SECONDS = 1;
/**
 * The longest wait. However the waits start, this sets how many guesses a day an account can be
 * tried with (about 100), and how long someone failing on purpose can keep its owner out.
 */
export const LONGEST_WAIT_SECONDS = 15 * 60;
/** A streak of failures is forgotten a day after it began. */
const STREAK_SECONDS = 24 * 60 * 60;

/** One sign-in attempt, let through: say how it ended. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
  failed(): Promise<void>;
}

@Injectable()
export class LoginBackoff {
  /** Attempts under way and failures since the last success, per address. */
  private readonly failures: RateLimiterPostgres;
  /** Closed while the address must wait, and while its one attempt past the free ones is under way. */
  private readonly gate: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: 'rate_limits',
        tableCreated: true, // by a migration
        keyPrefix,
        points,
        duration,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
      });
    this.failures = limiter('loginFailures', Number.MAX_SAFE_INTEGER, STREAK_SECONDS);
    this.gate = limiter('loginWait', 1, LONGEST_WAIT_SECONDS);
  }

  /** Lets one attempt for `email` through, or throws RateLimitedError with the wait. */
  async begin(email: string): Promise<LoginAttempt> {
    // Hashed: whatever anyone typed as an e-mail address is not kept in clear for a day.
    const key = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
    const attempts = (await this.failures.penalty(key)).consumedPoints;
    if (attempts > FREE_FAILURES) {
      try {
        // Held for as long as the wait this attempt would earn, in case it never says how it ended.
        await this.gate.consume(key, 1, { customDuration: waitAfter(attempts - 1) });
      } catch (rejection) {
        await this.failures.reward(key);
        if (rejection instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
        throw rejection;
      }
    }
    return {
      succeeded: async () => {
        await Promise.all([this.failures.delete(key), this.gate.delete(key)]);
      },
      failed: async () => {
        if (attempts >= FREE_FAILURES) await this.gate.block(key, waitAfter(attempts));
      },
    };
  }
}

/** The wait after `failures` failures in a row (at least FREE_FAILURES of them). */
export function waitAfter(failures: number): number {
  const doublings = Math.min(failures - FREE_FAILURES, 30);
  return Math.min(FIRST_WAIT_SECONDS * 2 ** doublings, LONGEST_WAIT_SECONDS);
}
