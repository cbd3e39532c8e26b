// Per-IP budgets on the public operations, counted in PostgreSQL (rate-limiter-flexible's
// RateLimiterPostgres, table rate_limits), so they hold however many API processes run. If the
// database cannot answer, an in-memory limiter per process takes over rather than failing open.
//
// A large budget is taken from PostgreSQL a few points at a time (a lease, LEASE_SHARE of the
// budget) and spent in the process: a campus behind one address used to update one rate_limits
// row on every request, each waiting for the one before it to commit. The shared count still
// bounds every process together, as it counts what was leased; a process may refuse up to a lease
// less than the budget near its end (points leased by another process and not used), never more.
// A refusal is remembered until the window ends, as PostgreSQL's count cannot fall before then.
//
// A process keeps the leases of its most recently used keys only (MAX_LEASES). Keys by contact
// are one per person, for an hour: a rush of codes brings tens of thousands of them, none ended,
// and a map swept when full was swept on every new key (a full run of the benchmark asked codes
// 337 a second at first, 188 at the end). A lease dropped early leaves its unspent points unused,
// so a budget is only ever stricter for it; a dropped refusal is refused by PostgreSQL again.
import { createHash } from 'crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
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

/** The share of a budget one lease takes: a budget of 600 a minute is taken 30 at a time, one under 40 one point at a time, as before. */
const LEASE_SHARE = 20;
/** Keys (addresses, contacts) whose lease a process keeps: the most recently used. */
export const MAX_LEASES = 10_000;

/** Injection token of a smaller MAX_LEASES (tests). */
export const MAX_LEASES_HELD = Symbol('MAX_LEASES_HELD');

/** What a process holds of one key's budget in the current window. */
interface Lease {
  /** Points leased and not yet spent. */
  left: number;
  /** When the window of the leased points ends (ms since the epoch). */
  until: number;
  /** Points the shared count had left after this process's last lease. */
  shared: number;
  /** Set while refused: the wait until the window ends. */
  refused: RateLimiterRes | null;
  /** A lease being taken: whoever comes meanwhile waits for it rather than taking another. */
  taking: Promise<void> | null;
}

@Injectable()
export class RateLimits {
  private readonly limiters = new Map<RateLimitName, RateLimiterPostgres>();
  private readonly leases: LRUCache<string, Lease>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(MAX_LEASES_HELD) maxLeases: number | null = null,
  ) {
    this.leases = new LRUCache({ max: maxLeases ?? MAX_LEASES });
  }

  /** How many keys' leases this process holds. */
  get leasesHeld(): number {
    return this.leases.size;
  }

  /** Spends one request of `key`'s budget, or throws RateLimitedError with the wait. */
  async consume(name: RateLimitName, key: string): Promise<void> {
    const id = `${name}:${stored(name, key)}`;
    for (;;) {
      const lease = this.leases.get(id);
      const now = Date.now();
      if (lease && now < lease.until) {
        if (lease.refused) throw new RateLimitedError(Math.max(1, Math.ceil((lease.until - now) / 1000)));
        if (lease.left > 0) {
          lease.left--;
          return;
        }
      }
      if (lease?.taking) await lease.taking;
      else await this.take(name, id, lease && now < lease.until ? lease : null);
    }
  }

  /** Forgets what `key` spent of the budget (an erasure: the key is a person's contact). */
  async forget(name: RateLimitName, key: string): Promise<void> {
    this.leases.delete(`${name}:${stored(name, key)}`);
    await this.limiter(name).delete(stored(name, key));
  }

  /**
   * Leases points of a key's budget from the shared count: a share of the budget, fewer when the
   * count had fewer left. A refusal (or a failure) reaches every request that waited for it.
   */
  private take(name: RateLimitName, id: string, current: Lease | null): Promise<void> {
    const points = this.config.rateLimits[name];
    const size = Math.max(1, Math.min(Math.floor(points / LEASE_SHARE), current?.shared ?? points));
    const lease: Lease = current ?? { left: 0, until: 0, shared: points, refused: null, taking: null };
    if (!current) this.leases.set(id, lease);
    const taking = this.limiter(name)
      .consume(id.slice(name.length + 1), size)
      .then(
        (res) => {
          lease.left += size;
          lease.until = Date.now() + res.msBeforeNext;
          lease.shared = res.remainingPoints;
        },
        (rejection: unknown) => {
          if (!(rejection instanceof RateLimiterRes)) throw rejection;
          lease.left = 0;
          lease.refused = rejection;
          lease.until = Date.now() + rejection.msBeforeNext;
        },
      )
      .finally(() => {
        lease.taking = null;
      });
    lease.taking = taking;
    return taking;
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
