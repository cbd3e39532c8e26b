import { callOutFromLink, callOutMessageError, EMPTY_CALL_OUT, toAudienceInput, toCallOutInput } from './call-out-input';
import { bloodTypeLabel, isBeingSent, RHD_NEGATIVE } from './message-words';

describe('call-out input', () => {
  it('opens with the groups a CRITICAL shortage names, ignoring anything else in the link', () => {
    expect(callOutFromLink('AB_NEG,O_NEG,nonsense')).toEqual({ ...EMPTY_CALL_OUT, bloodTypes: ['O_NEG', 'AB_NEG'] });
    expect(callOutFromLink(null)).toEqual(EMPTY_CALL_OUT);
  });

  it('sends the trimmed message, blood types in a stable order, and no drive when none is chosen', () => {
    expect(toCallOutInput({ ...EMPTY_CALL_OUT, kind: 'PLATELETS', bloodTypes: ['AB_NEG', 'O_NEG', 'AB_NEG'], driveId: '', message: '  Platelets for a patient \n' })).toEqual({
      kind: 'PLATELETS',
      bloodTypes: ['O_NEG', 'AB_NEG'],
      driveId: null,
      message: 'Platelets for a patient',
      peopleNeeded: null,
      place: null,
      neededBy: null,
      regionCode: null,
      verifiedOnly: false,
    });
  });

  it('sends the need: how many, where, by when, in which city, verified types only', () => {
    const input = toCallOutInput({
      ...EMPTY_CALL_OUT,
      message: 'RhD-negative blood for surgery',
      peopleNeeded: 3,
      place: ' People’s Hospital ',
      neededBy: '2030-12-05T18:00',
      regionCode: 'CN-150100',
      verifiedOnly: true,
    });
    expect(input).toMatchObject({ peopleNeeded: 3, place: 'People’s Hospital', regionCode: 'CN-150100', verifiedOnly: true });
    expect(input.neededBy).toBe(new Date('2030-12-05T18:00').toISOString());
    // The audience depends on the city and verification too; no city chosen: every city.
    expect(toAudienceInput({ kind: 'WHOLE_BLOOD', bloodTypes: [], regionCode: 'CN-150100', verifiedOnly: true })).toMatchObject({ regionCode: 'CN-150100', verifiedOnly: true });
    expect(toAudienceInput({ kind: 'WHOLE_BLOOD', bloodTypes: [], regionCode: null })).toMatchObject({ regionCode: null });
  });

  it('asks for the audience by need and blood types only, whatever the message says', () => {
    const a = toAudienceInput({ kind: 'WHOLE_BLOOD', bloodTypes: ['A_NEG', 'O_NEG'] });
    const b = toAudienceInput({ kind: 'WHOLE_BLOOD', bloodTypes: ['O_NEG', 'A_NEG'] });
    expect(a).toEqual(b);
    expect(a.message.trim()).not.toBe('');
    expect(a).not.toHaveProperty('driveId');
  });

  it('refuses a blank or too long message', () => {
    expect(callOutMessageError('   ')).toBe('blank');
    expect(callOutMessageError('x'.repeat(2001))).toBe('tooLong');
    expect(callOutMessageError(` ${'x'.repeat(2000)} `)).toBeNull();
  });

  it('writes blood types as on donor cards', () => {
    expect(RHD_NEGATIVE.map(bloodTypeLabel)).toEqual(['O−', 'A−', 'B−', 'AB−']);
    expect(bloodTypeLabel('AB_POS')).toBe('AB+');
  });
});

describe('the outbox refreshing itself', () => {
  const now = Date.parse('2026-12-05T08:00:00Z');
  it('keeps refreshing while a queued message is due, not for one retried much later or for sent ones', () => {
    expect(isBeingSent({ state: 'QUEUED', sendAfter: '2026-12-05T07:59:00Z' }, now)).toBe(true);
    expect(isBeingSent({ state: 'QUEUED', sendAfter: '2026-12-05T08:00:30Z' }, now)).toBe(true);
    expect(isBeingSent({ state: 'QUEUED', sendAfter: '2026-12-05T08:32:00Z' }, now)).toBe(false);
    expect(isBeingSent({ state: 'SENT', sendAfter: '2026-12-05T07:59:00Z' }, now)).toBe(false);
  });
});
