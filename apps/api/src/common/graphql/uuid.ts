import { NotFoundError } from '../errors/domain-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** IDs are UUIDs; anything else cannot name a record, so it is NOT_FOUND, not a database error. */
export function assertId(id: string, what: string): string {
  if (!isUuid(id)) throw new NotFoundError(what);
  return id;
}
