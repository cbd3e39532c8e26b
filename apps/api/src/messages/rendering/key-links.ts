// Links that are keys: a sign-up's manage link (/m/), a person's data link (/me/), a text
// message's short link (/s/), a one-click unsubscribe (/unsubscribe/) and a set-password link
// (/set-password#token=). Whoever
// holds one acts as its owner, so what the platform keeps of a message shows that a link was
// there, not the link.

/** What stands for a key in a message as its outbox row keeps it. */
export const MASK = '••••••';

/**
 * The same shapes as the migration OutboxWithoutSecrets masks in SQL: a key is at least six
 * URL-safe characters (a short code has twelve, a token 43).
 */
const KEY_LINK = /(\/(?:m|me|s|unsubscribe)\/|\/set-password#token=)[\w-]{6,}/g;

/** The text with every key link's key masked, whatever minted it. */
export function maskKeyLinks(text: string): string {
  return text.replace(KEY_LINK, `$1${MASK}`);
}
