// The limits of what a volunteer types into a sign-up, wherever it is typed: the public form,
// the desk, the CSV import and the API's SignUpInput all check these numbers.
export const SIGN_UP_FIELD_LIMITS = {
  name: 100,
  /** RFC 5321's longest deliverable address. */
  email: 254,
  phone: 32,
  teamCode: 20,
  source: 40,
  /** Longer than a code (REFERRAL_CODE_LENGTH), for the dashes and spaces of one typed or pasted. */
  referralCode: 40,
} as const;
