// Applies the budget named by @RateLimit() to the caller's IP (login: IP and e-mail address).
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
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
    const request = requestOf(ctx);
    let key = request.ip ?? 'unknown';
    if (name === 'login' && ctx.getType<string>() === 'graphql') {
      key += `:${String(GqlExecutionContext.create(ctx).getArgs().email ?? '').trim().toLowerCase()}`;
    }
    await this.rateLimits.consume(name, key);
    return true;
  }
}
