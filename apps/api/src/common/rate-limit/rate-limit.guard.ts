// Applies the budget named by @RateLimit() to the caller's IP. The sign-in budget too is per IP
// alone, whatever address is tried: one IP must not try a password against every account (each
// account's failures have a backoff of their own, see login-backoff.ts).
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { requestOf } from '../auth/request-of';
import { RATE_LIMIT_KEY, RateLimitName } from './rate-limit.decorator';
import { RateLimits } from './rate-limits';

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly rateLimits: RateLimits,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const name = this.reflector.get<RateLimitName | undefined>(RATE_LIMIT_KEY, ctx.getHandler());
    if (!name) return true;
    await this.rateLimits.consume(name, requestOf(ctx).ip ?? 'unknown');
    return true;
  }
}
