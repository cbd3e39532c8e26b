// A volunteer's own data (issue 20): the link to the page of everything stored about them, and
// the rules the page, the API and the link's message share.

/** A /me/<token> link works for 24 hours after it is sent, then a new one is asked for. */
export const MY_DATA_LINK = { validHours: 24 } as const;
