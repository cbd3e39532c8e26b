import { Global, Module } from '@nestjs/common';
import { LoginBackoff } from './login-backoff';
import { RateLimits } from './rate-limits';

@Global()
@Module({ providers: [RateLimits, LoginBackoff], exports: [RateLimits, LoginBackoff] })
export class RateLimitModule {}
