import { CombinedGraphQLErrors } from '@apollo/client/errors';
import i18next from 'i18next';
import checkIn from './locales/en.json';
import { allowedDeskActions, deskAction, defaultRetryOn, donationsBefore, offersOutsideDriveDays, deskWord } from './desk-actions';

describe('the check-in desk’s actions', () => {
  it('offers check-in, an outcome or no-show to a registered person', () => {
    expect(allowedDeskActions('REGISTERED')).toEqual(['CHECKED_IN', 'DONATED', 'DEFERRED', 'NO_SHOW']);
    expect(deskAction('REGISTERED', 'DONATED')).toEqual({ correction: false });
  });

  it('offers the outcomes once checked in, and no-show only as a correction', () => {
    expect(allowedDeskActions('CHECKED_IN')).toEqual(['DONATED', 'DEFERRED', 'NO_SHOW']);
    expect(deskAction('CHECKED_IN', 'NO_SHOW')).toEqual({ correction: true });
  });

  it('lets a recorded outcome be corrected, or its details fixed', () => {
    expect(deskAction('DONATED', 'DEFERRED')).toEqual({ correction: true });
    expect(deskAction('DONATED', 'DONATED')).toEqual({ correction: true });
    expect(deskAction('NO_SHOW', 'CHECKED_IN')).toEqual({ correction: true });
  });

  it('offers nothing for cancelled or waitlisted sign-ups', () => {
    expect(allowedDeskActions('CANCELLED')).toEqual([]);
    expect(allowedDeskActions('WAITLISTED')).toEqual([]);
  });

  it('does not offer "joined the registry" to someone already in it, but still lets a join recorded here be corrected', () => {
    expect(allowedDeskActions('REGISTERED', { alreadyInRegistry: true })).toEqual(['CHECKED_IN', 'DEFERRED', 'NO_SHOW']);
    expect(allowedDeskActions('CHECKED_IN', { alreadyInRegistry: true })).toEqual(['DEFERRED', 'NO_SHOW']);
    expect(allowedDeskActions('DONATED', { alreadyInRegistry: true })).toEqual(allowedDeskActions('DONATED'));
  });

  it('says "joined the registry" for DONATED at a registry drive, where the catalogue says it its own way', () => {
    const en = i18next.createInstance();
    void en.init({ lng: 'en', resources: { en: { checkIn } }, interpolation: { escapeValue: false }, initAsync: false });
    const t = en.getFixedT('en', 'checkIn');
    expect(t(deskWord('STEM_CELL_REGISTRY', 'actions.DONATED'))).toBe('Joined the registry');
    expect(t(deskWord('STEM_CELL_REGISTRY', 'counters.donated'))).toBe('Joined');
    expect(t(deskWord('STEM_CELL_REGISTRY', 'actions.CHECKED_IN'))).toBe('Check in');
    expect(t(deskWord('WHOLE_BLOOD', 'actions.DONATED'))).toBe('Donated');
    expect(t(deskWord('GENERAL', 'done.DONATED'), { name: 'Li' })).toBe('Donation recorded for Li. Thank you!');
  });

  it('proposes a retry date a month later, kept inside short months', () => {
    expect(defaultRetryOn('2030-12-05')).toBe('2031-01-05');
    expect(defaultRetryOn('2031-01-31')).toBe('2031-02-28');
  });

  it('shows the donations before the sign-up’s drive, not the person’s whole count with the one just recorded', () => {
    // Someone's first donation, just recorded: their whole history says 1, the card says nothing before.
    const firstTime = { donorHistoryBefore: { donationCount: 0 }, volunteer: { donorHistory: { donationCount: 1 } } };
    expect(donationsBefore(firstTime)).toBe(0);
    const regular = { donorHistoryBefore: { donationCount: 3 }, volunteer: { donorHistory: { donationCount: 4 } } };
    expect(donationsBefore(regular)).toBe(3);
  });

  it('offers recording on another day only to organizers, and only after that refusal', () => {
    const refusal = (key: string) => new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions: { code: 'CONFLICT', key } }] });
    expect(offersOutsideDriveDays('ORGANIZER', refusal('outcomeOutsideDriveDays'))).toBe(true);
    expect(offersOutsideDriveDays('ADMIN', refusal('outcomeOutsideDriveDays'))).toBe(true);
    expect(offersOutsideDriveDays('DESK', refusal('outcomeOutsideDriveDays'))).toBe(false);
    expect(offersOutsideDriveDays('ORGANIZER', refusal('outcomeNotAllowed'))).toBe(false);
    expect(offersOutsideDriveDays('ORGANIZER', new Error('network'))).toBe(false);
  });
});
