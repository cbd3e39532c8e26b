// DateTime as the contract names it: an ISO 8601 instant with a time zone (Z or ±hh:mm).
// Stricter than the stock scalar, which lets JavaScript turn 2030-02-30 into March 2.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from '@life-relay/domain';

const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(:([0-5]\d)(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;

export function parseInstant(value: unknown): Date {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (!match || !isCalendarDate(match[1])) {
    throw new GraphQLError('DateTime must be an ISO 8601 date and time with a zone, such as 2026-12-05T09:00:00+08:00.');
  }
  return new Date(value as string);
}

/** An instant as answers carry it: ISO 8601 in UTC. */
export function serializeInstant(value: unknown): string {
  const date = value instanceof Date ? value : new Date(value as string);
  if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date.');
  return date.toISOString();
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant as an ISO 8601 string with a time zone, e.g. 2026-12-05T09:00:00+08:00; answers are in UTC (…Z).',
  serialize: serializeInstant,
  parseValue: parseInstant,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string.', { nodes: [ast] });
    return parseInstant(ast.value);
  },
});
