// Marks an operation whose successful call is an audit event. The AuditInterceptor records it
// after the handler returns, so a refused or failed call leaves no event, and a test can list
// every operation that hands out personal data and check that it carries this mark.
//
// The interceptor is bound here, to the operations it records, not to every resolver: Nest runs
// an interceptor through an rxjs chain and two async resources per call, which every other
// query, mutation and field paid for nothing.
import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { AuditAction } from '@life-relay/domain';
import type { AuditEventInput } from './audit-log.service';
import { AUDIT_KEY, AuditedCall, AuditSpec } from './audit-spec';
import { AuditInterceptor } from './audit.interceptor';

export { AUDIT_KEY };
export type { AuditedCall, AuditSpec };

export const Audited = <R = unknown>(action: AuditAction, describe: (call: AuditedCall<R>) => Omit<AuditEventInput, 'action'> | null) =>
  applyDecorators(SetMetadata(AUDIT_KEY, { action, describe } satisfies AuditSpec), UseInterceptors(AuditInterceptor));
