// A contact as the public form takes it: an e-mail address or a mobile number, in the one form it
// is stored and compared in (a lower-case address, a number in E.164). The form, the code request
// and the sign-up read a typed contact the same way.
import { MessageChannel } from './message-channel';
import { normalizePhone } from './phone';

export interface Contact {
  channel: MessageChannel;
  /** Lower-case e-mail address, or E.164 phone number. */
  value: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The contact a person typed, or null when it is neither an e-mail address nor a phone number. */
export function normalizeContact(typed: string): Contact | null {
  const text = typed.trim();
  if (text.includes('@')) return EMAIL.test(text) && text.length <= 254 ? { channel: MessageChannel.EMAIL, value: text.toLowerCase() } : null;
  const phone = normalizePhone(text);
  return phone ? { channel: MessageChannel.SMS, value: phone } : null;
}

/** One-time sign-up codes: 6 digits, valid 10 minutes, void after 5 wrong tries. */
export const SIGN_UP_CODE = { digits: 6, validMinutes: 10, maxTries: 5 } as const;
