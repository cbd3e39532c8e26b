import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createApolloClient } from '../../app/api/apollo-client';
import { organizerI18n } from '../../app/i18n/organizer-i18n';
import { fakeGraphQL, fieldErrors } from '../../testing/fake-graphql';
import { proposedShift, walkInInput } from './use-walk-in-form';
import { WalkInForm } from './walk-in-form';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
const SHIFTS = [
  { __typename: 'Shift', id: 'sh-morning', startsAt: at(-5), endsAt: at(-3), capacity: 20, registeredCount: 20 },
  { __typename: 'Shift', id: 'sh-now', startsAt: at(-1), endsAt: at(1), capacity: 20, registeredCount: 20 },
];
const CHOICES = {
  data: {
    drive: { __typename: 'Drive', id: 'd-1', shifts: SHIFTS },
    deskTeams: [{ __typename: 'DeskTeam', id: 't-1', name: 'Red Cross club', collegeName: 'Inner Mongolia University' }],
  },
};
const SIGN_UP = {
  __typename: 'SignUp',
  id: 's-1',
  status: 'CHECKED_IN',
  checkedInAt: at(0),
  outcomeAt: null,
  volumeMl: null,
  deferralReason: null,
  retryOn: null,
  donorHistoryBefore: { __typename: 'DonorHistory', donationCount: 0, lastDonatedOn: null, nextEligible: [] },
  shift: { __typename: 'Shift', id: 'sh-now', startsAt: SHIFTS[1].startsAt, endsAt: SHIFTS[1].endsAt },
  team: { __typename: 'Team', id: 't-1', name: 'Red Cross club', college: null },
  volunteer: { __typename: 'Volunteer', id: 'v-1', name: 'Wang Fang', email: null, phone: '+8613812345678', birthDate: '2003-02-14', bloodType: 'O_NEG' },
};

function renderForm(kind: 'WHOLE_BLOOD' | 'GENERAL' = 'WHOLE_BLOOD') {
  const onRegistered = jest.fn();
  render(
    <I18nextProvider i18n={organizerI18n}>
      <ApolloProvider client={createApolloClient()}>
        <MantineProvider env="test">
          <WalkInForm driveId="d-1" drive={{ kind, timeZone: 'Asia/Shanghai' }} onRegistered={onRegistered} onCancel={() => undefined} />
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>,
  );
  return onRegistered;
}

const type = (name: RegExp, value: string) => fireEvent.change(screen.getByLabelText(name), { target: { value } });

beforeAll(() => {
  window.matchMedia = (query: string) => ({ matches: false, media: query, onchange: null, addEventListener: () => undefined, removeEventListener: () => undefined, addListener: () => undefined, removeListener: () => undefined, dispatchEvent: () => false });
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  Element.prototype.scrollIntoView = () => undefined;
});
beforeEach(async () => {
  await act(() => organizerI18n.changeLanguage('en'));
});
afterEach(cleanup);

// Mantine's selects are slow to render in jsdom on a busy machine.
jest.setTimeout(20_000);

describe('the walk-in form', () => {
  it('registers the person on the shift in progress with the team chosen and the health consent, and hands back their sign-up', async () => {
    const { asked } = fakeGraphQL({ CheckInWalkInChoices: CHOICES, CheckInRegisterWalkIn: { data: { registerWalkIn: { __typename: 'WalkInResult', duplicate: false, placeAdded: true, signUp: SIGN_UP } } } });
    const onRegistered = renderForm();
    await waitFor(() => expect((screen.getByRole('combobox', { name: /^Shift/ }) as HTMLInputElement).value).toMatch(/20 of 20 places taken/));
    type(/^Name/, '  Wang Fang ');
    type(/^Mobile number/, '138 1234 5678');
    type(/^Date of birth/, '2003-02-14');
    fireEvent.click(screen.getByRole('checkbox', { name: /consent to health data/ }));
    fireEvent.click(screen.getByRole('combobox', { name: /^Blood type/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'O RhD−' }));
    fireEvent.click(screen.getByRole('combobox', { name: /^Team/ }));
    fireEvent.click(within(await screen.findByRole('listbox')).getByRole('option', { name: 'Red Cross club · Inner Mongolia University' }));
    fireEvent.click(screen.getByRole('button', { name: 'Register and check in' }));

    await waitFor(() => expect(onRegistered).toHaveBeenCalledWith(expect.objectContaining({ placeAdded: true, signUp: expect.objectContaining({ id: 's-1' }) })));
    expect(asked.find((a) => a.operationName === 'CheckInRegisterWalkIn')?.variables).toEqual({
      input: { driveId: 'd-1', name: 'Wang Fang', phone: '138 1234 5678', email: null, birthDate: '2003-02-14', bloodType: 'O_NEG', healthConsent: true, teamId: 't-1', shiftId: 'sh-now' },
    });
  });

  it('asks for a contact and the health consent on a blood drive before sending anything', async () => {
    const { asked } = fakeGraphQL({ CheckInWalkInChoices: CHOICES });
    renderForm();
    type(/^Name/, 'Wang Fang');
    fireEvent.click(screen.getByRole('button', { name: 'Register and check in' }));
    expect(await screen.findAllByText('Give a mobile number or an e-mail address.')).toHaveLength(2);
    expect(screen.getByText('This drive records screening results: they must sign the consent to health data first.')).toBeTruthy();
    expect(asked.filter((a) => a.operationName === 'CheckInRegisterWalkIn')).toEqual([]);
  });

  it('puts the server’s field problems next to their fields, in the server’s words', async () => {
    fakeGraphQL({
      CheckInWalkInChoices: CHOICES,
      CheckInRegisterWalkIn: fieldErrors([
        { field: 'birthDate', key: 'tooYoung', message: 'You must be at least 18 on the day of the drive.' },
        { field: 'teamId', key: 'unknownTeam', message: 'Choose one of this organization’s teams.' },
      ]),
    });
    const onRegistered = renderForm('GENERAL');
    await waitFor(() => expect((screen.getByRole('combobox', { name: /^Shift/ }) as HTMLInputElement).value).not.toBe(''));
    type(/^Name/, 'Wang Fang');
    type(/^E-mail/, 'wang.fang@campus.test');
    type(/^Date of birth/, '2012-02-14');
    fireEvent.click(screen.getByRole('button', { name: 'Register and check in' }));

    const tooYoung = await screen.findByText('You must be at least 18 on the day of the drive.');
    expect(screen.getByLabelText(/^Date of birth/).getAttribute('aria-describedby')).toContain(tooYoung.id);
    expect(screen.getByText('Choose one of this organization’s teams.')).toBeTruthy();
    expect(onRegistered).not.toHaveBeenCalled();
  });
});

describe('the walk-in form’s rules', () => {
  const shift = (id: string, from: number, to: number) => ({ id, startsAt: at(from), endsAt: at(to) });

  it('proposes the shift in progress, else the next one, else none', () => {
    expect(proposedShift([shift('a', -5, -3), shift('b', -1, 1), shift('c', 2, 4)])).toBe('b');
    expect(proposedShift([shift('a', -5, -3), shift('c', 4, 6), shift('d', 2, 4)])).toBe('d');
    expect(proposedShift([shift('a', -5, -3)])).toBeNull();
  });

  it('sends blanks as nothing and a blood type only with the health consent', () => {
    const values = { name: ' Li Lei ', phone: '', email: ' li@campus.test ', birthDate: '', bloodType: 'A_POS' as const, healthConsent: false, teamId: null, shiftId: 's' };
    expect(walkInInput('d', values)).toEqual({ driveId: 'd', name: 'Li Lei', phone: null, email: 'li@campus.test', birthDate: null, bloodType: null, healthConsent: false, teamId: null, shiftId: 's' });
  });

  it('sends donations reported elsewhere only with the health consent, and only what was given', () => {
    const values = { name: 'Li Lei', phone: '13812345678', email: '', birthDate: '', bloodType: null, healthConsent: true, teamId: null, shiftId: 's',
      donatedElsewhereOn: '2026-11-01', donatedElsewhereKind: 'WHOLE_BLOOD' as const, earlierDonations: '94' };
    expect(walkInInput('d', values)).toMatchObject({ donatedElsewhereOn: '2026-11-01', donatedElsewhereKind: 'WHOLE_BLOOD', earlierDonations: 94 });
    expect(walkInInput('d', { ...values, healthConsent: false })).not.toHaveProperty('donatedElsewhereOn');
    expect(walkInInput('d', { ...values, earlierDonations: ' ' })).not.toHaveProperty('earlierDonations');
  });
});
