// The one place where errors become the contract's codes (house rule 4): GraphQL errors for
// operations, HTTP statuses with a JSON body for plain routes (the CSV download, unsubscribe).
import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { pickLocale, translate } from '@life-relay/domain';
import type { Response } from 'express';
import { ConflictError, DomainError, ErrorCode, InvalidInputError, RateLimitedError } from './domain-errors';

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
    if (host.getType<string>() !== 'graphql') {
      if (exception instanceof DomainError) return replyOverHttp(exception, host.switchToHttp().getResponse<Response>());
      return super.catch(exception, host);
    }
    const request = GqlArgumentsHost.create(host).getContext()?.req;
    return toGraphQLError(exception, pickLocale(request?.headers?.['accept-language']), this.logger);
  }
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

function replyOverHttp(error: DomainError, response: Response) {
  if (response.headersSent) {
    response.destroy(); // a download already under way cannot turn into an error page
    return;
  }
  const statusCode = HTTP_STATUS[error.code];
  response.status(statusCode).json({
    statusCode,
    code: error.code,
    message: error.message,
    ...(error instanceof InvalidInputError ? { fields: error.problems.map((p) => ({ field: p.field, key: p.key })) } : {}),
  });
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
  if (exception instanceof ConflictError) {
    return new GraphQLError(translate(exception.key, locale, exception.params), { extensions: { code: exception.code, key: exception.key } });
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
