import { GraphQLFormattedError } from 'graphql';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Last line of defence before an error leaves the server: no stack traces, no SQL, and the
 * contract's `extensions.fields` also on Apollo's own input errors (a variable that does not
 * coerce, such as a malformed DateTime or an unknown enum value).
 */
export function formatError(error: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!KNOWN_CODES.has(code)) {
    return { message: 'Internal server error', locations: error.locations, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const extensions: Record<string, unknown> = { ...error.extensions };
  delete extensions.stacktrace;
  delete extensions.exception;
  if (code === 'BAD_USER_INPUT' && !extensions.fields) {
    extensions.fields = [{ field: fieldOf(error.message), message: error.message, key: 'invalidValue' }];
  }
  return { message: error.message, locations: error.locations, path: error.path, extensions };
}

/** `Variable "$input" got invalid value ... at "input.startsAt"; ...` names the field. */
function fieldOf(message: string): string {
  const at = /at "([^"]+)"/.exec(message);
  if (at) return at[1].split('.').slice(1).join('.') || at[1];
  const variable = /Variable "\$(\w+)"/.exec(message);
  return variable ? variable[1] : 'input';
}
