// class-validator rules whose messages are keys of the shared message catalogue
// (libs/domain messages.ts); the error formatter translates them for the caller.
import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsInt,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidationOptions,
  isISO8601,
} from 'class-validator';
import { MessageKey } from '@life-relay/domain';

const key = (message: MessageKey, context?: Record<string, unknown>, each?: boolean): ValidationOptions => ({ message, context, each });

/** Trims surrounding white space; the inside of the text is kept exactly as typed. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

// Control characters (NUL above all, which PostgreSQL cannot store) are never meant as text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const Printable = () =>
  ValidateBy({ name: 'printable', validator: { validate: (v) => typeof v !== 'string' || !CONTROL.test(v) } }, key('invalidValue'));

/** Required text that is not only white space, at most `max` characters. */
export const Text = (max: number) =>
  applyDecorators(
    Trim(),
    ValidateBy({ name: 'notBlank', validator: { validate: (v) => typeof v === 'string' && v.length > 0 } }, key('blank')),
    MaxLength(max, key('tooLong', { max })),
    Printable(),
  );

/** Optional text of at most `max` characters; blank becomes null. */
export const OptionalText = (max: number) =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value)),
    MaxLength(max, key('tooLong', { max })),
    Printable(),
  );

/** An e-mail address, trimmed and lower-cased; at most RFC 5321's 254 characters unless less is asked. */
export const Email = (max = 254) =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsEmail({ allow_display_name: false, require_tld: true }, key('invalidEmail')),
    MaxLength(max, key('tooLong', { max })),
  );

export const IntInRange = (min: number, max: number, options: { each?: boolean } = {}) =>
  applyDecorators(
    IsInt(key('invalidNumber', undefined, options.each)),
    Min(min, key('outOfRange', { min, max }, options.each)),
    Max(max, key('outOfRange', { min, max }, options.each)),
  );

export const PositiveInt = (max = 1_000_000) =>
  applyDecorators(IsInt(key('invalidNumber')), Min(1, key('mustBePositive')), Max(max, key('outOfRange', { min: 1, max })));

export const TimeZone = () =>
  ValidateBy(
    {
      name: 'timeZone',
      validator: {
        validate: (v) => {
          if (typeof v !== 'string') return false;
          try {
            new Intl.DateTimeFormat('en', { timeZone: v });
            return true;
          } catch {
            return false;
          }
        },
      },
    },
    key('invalidTimeZone'),
  );

/** A DateTime that parsed to a real instant (the scalar lets "Invalid Date" through). */
export const ValidInstant = () =>
  ValidateBy(
    {
      name: 'validInstant',
      validator: {
        validate: (v) => (v instanceof Date && !Number.isNaN(v.getTime())) || (typeof v === 'string' && isISO8601(v)),
      },
    },
    key('invalidDateTime'),
  );

/** A property that must be after another one of the same object. */
export const After = (property: string) =>
  ValidateBy(
    {
      name: 'after',
      constraints: [property],
      validator: {
        validate: (value, args) => {
          const other = (args?.object as Record<string, unknown>)[property];
          const valid = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());
          if (!valid(value) || !valid(other)) return true; // a missing or invalid date is reported on its own field
          return value.getTime() > other.getTime();
        },
      },
    },
    key('endsBeforeStart'),
  );
