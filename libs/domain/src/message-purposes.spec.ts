import { ALL_MESSAGE_PURPOSES, MESSAGE_PURPOSES, OPTIONAL_MESSAGE_PURPOSES, MessagePurpose, SignUpStatus, stillRelevant, traitsOf } from './index';

describe('message purposes', () => {
  it('lists every purpose once, in the order of a volunteer’s journey', () => {
    expect(ALL_MESSAGE_PURPOSES).toEqual(Object.values(MessagePurpose));
    expect(ALL_MESSAGE_PURPOSES[0]).toBe(MessagePurpose.SIGN_UP_CONFIRMATION);
    // Purposes are written into SQL and dedupe keys ('PURPOSE:…'): plain upper-case words only.
    for (const purpose of ALL_MESSAGE_PURPOSES) expect(purpose).toMatch(/^[A-Z][A-Z_]*$/);
  });

  it('attaches a calendar invite to the messages about a shift the volunteer holds', () => {
    expect(ALL_MESSAGE_PURPOSES.filter((p) => MESSAGE_PURPOSES[p].aboutAShift)).toEqual([
      'SIGN_UP_CONFIRMATION',
      'SIGN_UP_CONFIRMATION_RESENT',
      'SHIFT_CHANGED',
      'WAITLIST_PROMOTION',
      'SHIFT_REMINDER',
      'DRIVE_CHANGED',
    ]);
  });

  it('offers a one-click unsubscribe on the messages nobody asked for by acting, and on no message about a shift', () => {
    expect(ALL_MESSAGE_PURPOSES.filter((p) => MESSAGE_PURPOSES[p].unsolicited)).toEqual(['ELIGIBLE_AGAIN', 'DEFERRAL_FOLLOW_UP', 'CALL_OUT', 'WE_MISSED_YOU', 'DRIVE_ANNOUNCED']);
    for (const purpose of ALL_MESSAGE_PURPOSES) expect(MESSAGE_PURPOSES[purpose].aboutAShift && MESSAGE_PURPOSES[purpose].unsolicited).toBe(false);
  });

  it('skips a message whose sign-up has moved on', () => {
    expect(stillRelevant(MessagePurpose.SHIFT_REMINDER, SignUpStatus.REGISTERED)).toBe(true);
    expect(stillRelevant(MessagePurpose.SHIFT_REMINDER, SignUpStatus.CANCELLED)).toBe(false);
    expect(stillRelevant(MessagePurpose.SIGN_UP_CONFIRMATION, SignUpStatus.WAITLISTED)).toBe(true);
    expect(stillRelevant(MessagePurpose.SIGN_UP_CONFIRMATION, SignUpStatus.CHECKED_IN)).toBe(false);
    expect(stillRelevant(MessagePurpose.SIGN_UP_CONFIRMATION_RESENT, SignUpStatus.CHECKED_IN)).toBe(true);
    expect(stillRelevant(MessagePurpose.WAITLIST_PROMOTION, SignUpStatus.WAITLISTED)).toBe(false);
    expect(stillRelevant(MessagePurpose.THANK_YOU, SignUpStatus.DONATED)).toBe(true);
    expect(stillRelevant(MessagePurpose.THANK_YOU, SignUpStatus.DEFERRED)).toBe(false);
    expect(stillRelevant(MessagePurpose.DEFERRAL_FOLLOW_UP, SignUpStatus.DONATED)).toBe(false);
    // "You can donate again" stands whatever became of the sign-up it counts from.
    for (const status of Object.values(SignUpStatus)) expect(stillRelevant(MessagePurpose.ELIGIBLE_AGAIN, status)).toBe(true);
  });

  it('knows no traits for a purpose it does not know', () => {
    expect(traitsOf('NEWSLETTER')).toBeUndefined();
    expect(traitsOf('toString')).toBeUndefined();
    expect(traitsOf('CALL_OUT')).toBe(MESSAGE_PURPOSES.CALL_OUT);
    expect(stillRelevant('NEWSLETTER', SignUpStatus.CANCELLED)).toBe(true);
  });
});

describe('the kinds of message a volunteer turns off', () => {
  it('are the reminders, thanks, follow-ups and call-outs, never what answers something they did', () => {
    expect(OPTIONAL_MESSAGE_PURPOSES).toEqual(['SHIFT_REMINDER', 'THANK_YOU', 'ELIGIBLE_AGAIN', 'DEFERRAL_FOLLOW_UP', 'CALL_OUT', 'WE_MISSED_YOU', 'DRIVE_ANNOUNCED']);
    // Every message with a one-click unsubscribe can be turned off on its own too.
    for (const purpose of ALL_MESSAGE_PURPOSES) if (MESSAGE_PURPOSES[purpose].unsolicited) expect(OPTIONAL_MESSAGE_PURPOSES).toContain(purpose);
  });
});
