import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuditAction } from '@life-relay/domain';
import { from, Observable, switchMap } from 'rxjs';
import { AppRequest, requestOf } from '../common/auth/request-of';
import { AUDIT_KEY, AuditSpec } from './audit-spec';
import { AuditLog } from './audit-log.service';

/** Reads: nothing is handed out that the log could not record. */
const FAIL_CLOSED = new Set<AuditAction>([AuditAction.PERSONAL_DATA_READ, AuditAction.PERSONAL_DATA_EXPORTED]);

/**
 * Records the event of an @Audited operation once it has succeeded, before its answer leaves:
 * the caller (and a test) that has the answer finds the event in the log.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger(AuditInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly log: AuditLog,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<AuditSpec | undefined>(AUDIT_KEY, ctx.getHandler());
    if (!spec) return next.handle();
    const request = requestOf(ctx);
    const args = ctx.getType<string>() === 'graphql' ? GqlExecutionContext.create(ctx).getArgs() : { ...request.params, ...request.query };
    return next.handle().pipe(switchMap((result) => from(this.record(spec, request, args, result))));
  }

  private async record(spec: AuditSpec, request: AppRequest, args: Record<string, string>, result: unknown): Promise<unknown> {
    const event = spec.describe({ args, result });
    if (!event) return result;
    try {
      await this.log.record(request.user ?? null, request, { action: spec.action, ...event });
    } catch (error) {
      if (FAIL_CLOSED.has(spec.action)) throw error;
      // A change has happened (a call-out sent): answering with an error would invite doing it
      // again. The failure to record it is logged for the operators instead.
      this.logger.error(`Audit event ${spec.action} not recorded: ${error instanceof Error ? error.message : String(error)}`);
    }
    return result;
  }
}
