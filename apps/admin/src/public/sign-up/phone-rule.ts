// The shared phone rule (libphonenumber-js with full metadata, as the API uses) is large, so the
// form loads it in the background after the page is up, and checks by shape until it arrives.
import { normalizePhone } from '@life-relay/domain';

export function isPhone(typed: string): boolean {
  return normalizePhone(typed) !== null;
}
