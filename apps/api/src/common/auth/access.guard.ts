import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '@life-relay/domain';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';
import { ACCESS_KEY, AccessRule } from './access.decorators';
import { OrganizationScope, Owned, OWNED_KEY } from './in-organization';
import { requestOf } from './request-of';
import { TokenVerifier } from './token-verifier';

@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
    private readonly scope: OrganizationScope,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [ctx.getHandler(), ctx.getClass()]);
    const request = requestOf(ctx);
    if (!rule) {
      this.logger.error(`${ctx.getClass().name}.${ctx.getHandler().name} declares no access rule; refused`);
      throw new ForbiddenError();
    }
    const header = request.headers.authorization;
    if (rule.kind === 'public') {
      // A public operation still knows who is calling when a valid token is sent.
      if (header && request.user === undefined) request.user = (await this.tokens.verify(header).catch(() => null)) ?? undefined;
      return true;
    }
    if (!header) throw new UnauthenticatedError();
    // A token that is not ours is refused before anything is read (its signature is checked first).
    const account = request.user ? Promise.resolve(request.user) : this.tokens.accountOf(await this.tokens.signed(header));
    // The ids the operation names are traced to their organizations while the token's account is
    // read: one round trip's wait instead of two. Whatever they were traced to, a caller who is not
    // signed in or not allowed is answered that first, as before.
    const owned = this.reflector.get<Record<string, Owned> | undefined>(OWNED_KEY, ctx.getHandler());
    const [user, traced] = await Promise.all([account, owned ? this.scope.lookUp(owned, argsOf(ctx)) : null]);
    request.user = user;
    const role = user.role;
    if (!rule.roles.includes(role) && !(role === Role.ADMIN && rule.roles.includes(Role.ORGANIZER))) throw new ForbiddenError();
    if (traced) await this.scope.check(user, traced);
    return true;
  }
}

/** A GraphQL field's arguments, or a route's path parameters. */
function argsOf(ctx: ExecutionContext): Record<string, unknown> {
  return ctx.getType<string>() === 'graphql' ? GqlExecutionContext.create(ctx).getArgs() : requestOf(ctx).params;
}
