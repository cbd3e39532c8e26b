// The one error vocabulary of the API. Features throw these (or subclasses in their own
// <feature>.exception.ts); the GraphQL error formatter maps them to the contract's codes, and
// nothing else builds GraphQL errors.
import { MessageKey, MessageParams, translate } from '@life-relay/domain';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
}

/** One bad field: its path in the input (`email`, `shifts.0.capacity`) and why. */
export interface FieldProblem {
  field: string;
  key: MessageKey;
  params?: MessageParams;
}

export class InvalidInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly problems: FieldProblem[]) {
    super(`Invalid input: ${problems.map((p) => p.field).join(', ')}`);
  }

  static field(field: string, key: MessageKey, params?: MessageParams): InvalidInputError {
    return new InvalidInputError([{ field, key, params }]);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in to do this.') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do this.') {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(what: string) {
    super(`${what} was not found.`);
  }
}

/** The request is fine but the state of things forbids it; said in the caller's language. */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
  constructor(
    readonly key: MessageKey,
    readonly params?: MessageParams,
  ) {
    super(translate(key, 'en', params));
  }
}

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests. Try again in ${retryAfterSeconds} seconds.`);
  }
}
