import { ValidationError, ValidationPipe } from '@nestjs/common';
import { MessageKey, MESSAGES, MessageParams } from '@life-relay/domain';
import { FieldProblem, InvalidInputError } from '../errors/domain-errors';

function isMessageKey(value: string): value is MessageKey {
  return value in MESSAGES.en;
}

/** Flattens class-validator's tree into one problem per field, paths relative to the input. */
export function toFieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {})
      .slice(0, 1) // the first broken rule is the one worth telling
      .map(([rule, message]): FieldProblem => ({
        field,
        key: isMessageKey(message) ? message : 'invalidValue',
        params: (error.contexts?.[rule] as MessageParams | undefined) ?? undefined,
      }));
    return [...own, ...toFieldProblems(error.children ?? [], field)];
  });
}

/**
 * Validates every @Args/@Body class with class-validator; all problems are reported at once
 * as BAD_USER_INPUT, before any service runs, so a rejected input writes nothing.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidInputError(toFieldProblems(errors)),
  });
}
