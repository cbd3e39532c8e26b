// The API's errors, as a person reads them: field errors by their input path (`title`,
// `shifts.0.capacity`, the same paths Mantine forms use) and one sentence for the rest.
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'NETWORK'
  | 'SERVER';

const CODES: readonly ApiErrorCode[] = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'];

interface FieldProblem {
  field: string;
  message: string;
}

export function errorCode(error: unknown): ApiErrorCode {
  if (CombinedGraphQLErrors.is(error)) {
    const code = String(error.errors[0]?.extensions?.['code'] ?? 'SERVER');
    return (CODES as readonly string[]).includes(code) ? (code as ApiErrorCode) : 'SERVER';
  }
  if (ServerError.is(error) || ServerParseError.is(error)) return 'SERVER';
  return 'NETWORK';
}

/** `{ 'shifts.0.capacity': 'Must be at least 1' }`: the API's field errors, in the caller's language. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const result: Record<string, string> = {};
  for (const e of error.errors) {
    for (const problem of (e.extensions?.['fields'] as FieldProblem[] | undefined) ?? []) {
      result[problem.field] ??= problem.message;
    }
  }
  return result;
}

/** One sentence for a person: the server's own words for conflicts, ours for the rest. */
export function errorMessage(error: unknown, t: TFunction<'common'>): string {
  const code = errorCode(error);
  if (code === 'CONFLICT' && CombinedGraphQLErrors.is(error)) return t('errors.CONFLICT', { message: error.errors[0]?.message });
  if (code === 'BAD_USER_INPUT' && CombinedGraphQLErrors.is(error)) {
    const fields = Object.values(fieldErrors(error));
    return fields.length ? fields.join(' ') : (error.errors[0]?.message ?? t('errors.BAD_USER_INPUT'));
  }
  return t(`errors.${code}`);
}
