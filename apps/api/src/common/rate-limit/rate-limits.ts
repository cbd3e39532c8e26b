// Per-IP budgets on the public operations, counted in PostgreSQL (rate-limiter-flexible's
// RateLimiterPostgres, table rate_limits), so they hold however many API processes run. If the
// database cannot answer, an in-memory limiter per process takes over rather than failing open.
import { createHash } from 'crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RateLimitedError } from '../errors/domain-errors';
import { RATE_LIMIT_WINDOW_SECONDS, RateLimitName } from './rate-limit.decorator';

/**
 * Budgets keyed by something personal (an e-mail address, a phone number) rather than an IP: the
 * key is kept hashed, so rate_limits holds no copy of anyone's contact.
 */
const PERSONAL_KEYS = new Set<RateLimitName>(['signUpCodeContact']);
const stored = (name: RateLimitName, key: string) => (PERSONAL_KEYS.has(name) ? createHash('sha256').update(key).digest('base64url') : key);

@Injectable()
export class RateLimits {
  private readonly limiters = new Map<RateLimitName, RateLimiterPostgres>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Spends one request of `key`'s budget, or throws RateLimitedError with the wait. */
  async consume(name: RateLimitName, key: string): Promise<void> {
    try {
      await this.limiter(name).consume(stored(name, key));
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  }

  /** Forgets what `key` spent of the budget (an erasure: the key is a person's contact). */
  async forget(name: RateLimitName, key: string): Promise<void> {
    await this.limiter(name).delete(stored(name, key));
  }

  private limiter(name: RateLimitName): RateLimiterPostgres {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const points = this.config.rateLimits[name];
      const duration = RATE_LIMIT_WINDOW_SECONDS[name] ?? 60;
      limiter = new RateLimiterPostgres({
        storeClient: this.dataSource,
        storeType: 'typeorm',
        tableName: 'rate_limits',
        tableCreated: true, // by a migration
        keyPrefix: name,
        points,
        duration,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration }),
      });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
}
