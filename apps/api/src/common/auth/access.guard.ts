import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '@life-relay/domain';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';
import { FieldPrefetch, READ_AHEAD_KEY } from '../graphql/field-prefetch';
import { ACCESS_KEY, AccessRule } from './access.decorators';
import { OrganizationScope, Owned, OWNED_KEY } from './in-organization';
import { requestOf } from './request-of';
import { SignedToken, TokenVerifier } from './token-verifier';

@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
    private readonly scope: OrganizationScope,
    private readonly prefetch: FieldPrefetch,
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
    // A token that is not ours is refused before anything is read.
    const token = request.user ? null : await this.tokens.signed(header);
    // The ids the operation names are traced to their organizations while the token's account is
    // read, and what the operation will read by its id is read with them (@ReadAhead): one round
    // trip's wait instead of two or three. Whatever they found, a caller who is not signed in or
    // not allowed is answered that first, as before.
    this.readAhead(ctx, request);
    const owned = this.reflector.get<Record<string, Owned> | undefined>(OWNED_KEY, ctx.getHandler());
    const [user, traced] = await Promise.all([request.user ?? this.tokens.accountOf(token as SignedToken), owned ? this.scope.lookUp(owned, argsOf(ctx)) : null]);
    request.user = user;
    const role = user.role;
    if (!rule.roles.includes(role) && !(role === Role.ADMIN && rule.roles.includes(Role.ORGANIZER))) throw new ForbiddenError();
    if (traced) await this.scope.check(user, traced);
    return true;
  }

  private readAhead(ctx: ExecutionContext, request: object): void {
    const idArgument = this.reflector.get<string | undefined>(READ_AHEAD_KEY, ctx.getHandler());
    if (idArgument === undefined || ctx.getType<string>() !== 'graphql') return;
    const gql = GqlExecutionContext.create(ctx);
    this.prefetch.start(gql.getInfo(), request, gql.getArgs()[idArgument]);
  }
}

/** A GraphQL field's arguments, or a route's path parameters. */
function argsOf(ctx: ExecutionContext): Record<string, unknown> {
  return ctx.getType<string>() === 'graphql' ? GqlExecutionContext.create(ctx).getArgs() : requestOf(ctx).params;
}
