/** The messages the sign-up path queues in the outbox. */
export const PURPOSE = {
  confirmation: 'SIGN_UP_CONFIRMATION',
  confirmationResent: 'SIGN_UP_CONFIRMATION_RESENT',
  shiftChanged: 'SHIFT_CHANGED',
  promotion: 'WAITLIST_PROMOTION',
} as const;
