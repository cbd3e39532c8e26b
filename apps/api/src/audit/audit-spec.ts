// What @Audited leaves on an operation for the AuditInterceptor: the action, and how a call
// becomes an event.
import { AuditAction } from '@life-relay/domain';
import type { AuditEventInput } from './audit-log.service';

export const AUDIT_KEY = 'life-relay:audit';

/** The call as the interceptor saw it: the operation's arguments and what it returned. */
export interface AuditedCall<R = unknown> {
  /** The ids an event names come from the arguments; an argument not given is undefined. */
  args: Readonly<Record<string, string>>;
  result: R;
}

export interface AuditSpec {
  action: AuditAction;
  /** The event's subject and details, from the call; null: this call is not an event (a dry run). */
  // A method, so that a describe() of one operation's result type fits (parameters of methods are bivariant).
  describe(call: AuditedCall): Omit<AuditEventInput, 'action'> | null;
}
