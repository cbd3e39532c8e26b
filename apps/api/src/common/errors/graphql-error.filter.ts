// The one place where errors become GraphQL errors with the contract's codes (house rule 4).
import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { pickLocale, translate } from '@life-relay/domain';
import { DomainError, InvalidInputError, RateLimitedError } from './domain-errors';

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};

@Catch()
export class GraphqlErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() !== 'graphql') return super.catch(exception, host);
    const request = GqlArgumentsHost.create(host).getContext()?.req;
    return toGraphQLError(exception, pickLocale(request?.headers?.['accept-language']), this.logger);
  }
}

export function toGraphQLError(exception: unknown, locale: ReturnType<typeof pickLocale>, logger: Logger): GraphQLError {
  if (exception instanceof InvalidInputError) {
    const fields = exception.problems.map((p) => ({ field: p.field, message: translate(p.key, locale, p.params), key: p.key }));
    const summary = fields.map((f) => `${f.field}: ${f.message}`).join(' ');
    return new GraphQLError(summary, { extensions: { code: exception.code, fields } });
  }
  if (exception instanceof RateLimitedError) {
    return new GraphQLError(exception.message, { extensions: { code: exception.code, retryAfterSeconds: exception.retryAfterSeconds } });
  }
  if (exception instanceof DomainError) {
    return new GraphQLError(exception.message, { extensions: { code: exception.code } });
  }
  if (exception instanceof GraphQLError) return exception;
  if (exception instanceof HttpException && HTTP_CODES[exception.getStatus()]) {
    return new GraphQLError(exception.message, { extensions: { code: HTTP_CODES[exception.getStatus()] } });
  }
  // Anything else is our bug or an outage: log it whole, tell the caller nothing internal.
  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
