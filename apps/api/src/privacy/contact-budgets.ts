import { contactHash } from '../verification/sign-up-code-statements';

// The data page's per-contact budgets (rate_limits, budget signUpCodeContact) are kept under a
// keyed hash of the contact, so nothing typed is stored; erasure forgets them by the same keys.

/** Asking for a data link to a contact. */
export const dataLinkBudgetKey = (secret: string, contact: string) => `my-data:${contactHash(secret, contact)}`;

/** Asking for a code to a new contact on the data page. */
export const contactChangeBudgetKey = (secret: string, contact: string) => `contact-change:${contactHash(secret, contact)}`;
