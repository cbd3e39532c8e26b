// Phone numbers as people type them: Chinese mobile numbers without a prefix (13812345678) and
// international numbers (+44 20 7946 0958). Stored in E.164.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export function normalizePhone(typed: string, defaultCountry: 'CN' = 'CN'): string | null {
  const phone = parsePhoneNumberFromString(typed.trim(), defaultCountry);
  return phone && phone.isValid() ? phone.number : null;
}
