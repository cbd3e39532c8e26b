import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { AuthenticatedUser } from './authenticated-user';

export type AppRequest = Request & { user?: AuthenticatedUser };

/** The HTTP request behind a GraphQL operation or a plain route. */
export function requestOf(ctx: ExecutionContext): AppRequest {
  if (ctx.getType<string>() === 'graphql') return GqlExecutionContext.create(ctx).getContext().req;
  return ctx.switchToHttp().getRequest();
}
