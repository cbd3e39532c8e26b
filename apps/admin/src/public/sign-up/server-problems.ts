// What the server found wrong with a sign-up (extensions.fields of a BAD_USER_INPUT answer), put
// where the volunteer looks: a problem of a field the form has goes next to that field, anything
// else above the form. The form's own checks run first; the server stays the judge. A problem
// with the contact a code was asked for (requestSignUpCode's field `contact`) goes next to the
// field the code was sent from; a problem with the code (wrong, with the tries left; expired;
// used up; for another contact) next to the code.
import type { Locale } from '@life-relay/domain';
import type { GraphQLRequestError } from '../api/graphql-client';
import type { Problem } from '../ui/problems';
import { FIELDS, type DriveRules, type FieldName, type Problems } from './validation';

export interface ServerProblems {
  /** By field, in the server's words (in `locale`), with the key to re-word them in another language. */
  fields: Problems;
  /** The server's words about what the form has no field for. */
  elsewhere: string[];
}

export function serverProblems(
  failure: GraphQLRequestError,
  drive: Pick<DriveRules, 'minAge' | 'maxAge'>,
  locale: Locale,
  contactField: FieldName = 'phone',
): ServerProblems {
  const fields: Problems = {};
  const elsewhere: string[] = [];
  for (const f of failure.fields) {
    const named = f.field.replace(/^input\./, '');
    // The API names the city by its code (regionCode); the form by what was typed (city).
    const field = named === 'contact' ? contactField : named === 'regionCode' ? 'city' : named;
    if (isField(field)) fields[field] = { key: f.key, message: f.message, locale, params: f.params ?? paramsFor(f.key, drive) };
    else elsewhere.push(f.message);
  }
  return { fields, elsewhere };
}

export function isField(name: string): name is FieldName {
  return (FIELDS as readonly string[]).includes(name);
}

/** Parameters the client knows for keys the server filled in, so a switch of language can re-word them. */
function paramsFor(key: string | undefined, drive: Pick<DriveRules, 'minAge' | 'maxAge'>): Problem['params'] {
  if (key === 'tooYoung') return { minAge: drive.minAge ?? '' };
  if (key === 'tooOld') return { maxAge: drive.maxAge ?? '' };
  return undefined;
}
