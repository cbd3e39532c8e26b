// Per-IP rate limits on the public operations, counted in PostgreSQL (rate-limiter-flexible's
// RateLimiterPostgres, table rate_limits), so they hold however many API processes run. If the
// database cannot answer, an in-memory limiter per process takes over rather than failing open.
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { requestOf } from '../auth/request-of';
import { RateLimitedError } from '../errors/domain-errors';
import { RATE_LIMIT_KEY, RateLimitName } from './rate-limit.decorator';

@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiters = new Map<RateLimitName, RateLimiterPostgres>();

  constructor(
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const name = this.reflector.get<RateLimitName | undefined>(RATE_LIMIT_KEY, ctx.getHandler());
    if (!name) return true;
    const request = requestOf(ctx);
    let key = request.ip ?? 'unknown';
    if (name === 'login' && ctx.getType<string>() === 'graphql') {
      key += `:${String(GqlExecutionContext.create(ctx).getArgs().email ?? '').trim().toLowerCase()}`;
    }
    try {
      await this.limiter(name).consume(key);
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  }

  private limiter(name: RateLimitName): RateLimiterPostgres {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const points = this.config.rateLimits[name];
      limiter = new RateLimiterPostgres({
        storeClient: this.dataSource,
        storeType: 'typeorm',
        tableName: 'rate_limits',
        tableCreated: true, // by a migration
        keyPrefix: name,
        points,
        duration: 60,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration: 60 }),
      });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
}
