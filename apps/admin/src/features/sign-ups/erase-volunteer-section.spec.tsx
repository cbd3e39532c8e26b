import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createApolloClient } from '../../app/api/apollo-client';
import { session } from '../../app/auth/session';
import { organizerI18n } from '../../app/i18n/organizer-i18n';
import type { Role, SignUpsRowFragment } from '../../generated/graphql';
import { fakeGraphQL } from '../../testing/fake-graphql';
import { SignUpDrawer } from './sign-up-drawer';

const DRIVE = { kind: 'WHOLE_BLOOD' as const, timeZone: 'Asia/Shanghai', startsAt: '2027-12-05T01:00:00.000Z' };
const SHIFT = { id: 'shift-am', startsAt: '2027-12-05T01:00:00.000Z', endsAt: '2027-12-05T04:00:00.000Z' };

const CHEN = { __typename: 'Volunteer', id: 'v-chen', name: 'Chen Jing', email: 'chen.jing@campus.test', phone: '+8613700000002', birthDate: '2002-03-04', bloodType: 'B_POS' };
/** What is left of a person after erasure: an anonymous record whose sign-ups keep counting. */
const ERASED = { ...CHEN, name: '', email: null, phone: null, birthDate: null, bloodType: null };

const row = (person: typeof CHEN | typeof ERASED): SignUpsRowFragment => ({
  id: 's-1',
  status: 'CANCELLED',
  channel: 'LINK',
  source: null,
  createdAt: '2027-11-20T02:00:00.000Z',
  checkedInAt: null,
  outcomeAt: null,
  volumeMl: null,
  deferralReason: null,
  retryOn: null,
  sampleId: null,
  alreadyInRegistrySince: null,
  shift: SHIFT,
  team: null,
  volunteer: { id: person.id, name: person.name, email: person.email, phone: person.phone, bloodType: person.bloodType as SignUpsRowFragment['volunteer']['bloodType'] },
});

const volunteer = (person: typeof CHEN | typeof ERASED) => ({
  data: {
    volunteer: {
      ...person,
      registryJoinedOn: null,
      donorHistory: { donationCount: 0, lastDonatedOn: null, milestones: [], totalVolumeMl: 0, nextEligible: [] },
      signUps: [{ __typename: 'SignUp', id: 's-1', status: 'CANCELLED', createdAt: '2027-11-20T02:00:00.000Z', volumeMl: null, deferralReason: null, shift: { id: SHIFT.id, startsAt: SHIFT.startsAt }, events: [] }],
    },
  },
});

function renderDrawer(person: typeof CHEN | typeof ERASED = CHEN, onClose: () => void = () => undefined) {
  return render(
    <I18nextProvider i18n={organizerI18n}>
      <ApolloProvider client={createApolloClient()}>
        <MantineProvider>
          <ModalsProvider>
            <SignUpDrawer signUp={row(person)} drive={DRIVE} onClose={onClose} />
          </ModalsProvider>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>,
  );
}

const OPEN = 'Erase this person’s data (on their request)…';
const ASKED = 'The person asked for this; it cannot be undone';

beforeAll(() => {
  window.matchMedia = (query: string) => ({ matches: false, media: query, onchange: null, addEventListener: () => undefined, removeEventListener: () => undefined, addListener: () => undefined, removeListener: () => undefined, dispatchEvent: () => false });
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
const signedInAs = (role: Role) => session.start({ token: 'token', role, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });

beforeEach(async () => {
  await act(() => organizerI18n.changeLanguage('en'));
  signedInAs('ORGANIZER');
});
afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
  session.end();
});

describe('erasing the person in the sign-up drawer on their request', () => {
  it('says what goes and what stays, erases only after the tick and the button, then closes the drawer', async () => {
    let erased = false;
    const { asked } = fakeGraphQL({
      SignUpsVolunteer: () => volunteer(erased ? ERASED : CHEN),
      PrivacyEraseVolunteer: () => {
        erased = true;
        return { data: { eraseVolunteer: true } };
      },
    });
    const shown = jest.spyOn(notifications, 'show');
    const closed = jest.fn();
    renderDrawer(CHEN, closed);
    fireEvent.click(await screen.findByRole('button', { name: OPEN }));

    const goes = within(screen.getByRole('list', { name: 'What goes' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(goes).toEqual([
      'Their name, e-mail address and phone number',
      'Their birth date and blood type',
      'Everything written about them: deferral reasons, volumes and other free texts',
      'Every message to them: whom it went to and what it said; their links stop working',
    ]);
    expect(screen.getByText(/Their sign-ups, only as anonymous counts/)).toBeTruthy();

    // First step: the tick; until then the button does nothing.
    const erase = screen.getByRole('button', { name: 'Erase for good' });
    expect(erase.hasAttribute('disabled')).toBe(true);
    fireEvent.click(erase);
    fireEvent.click(screen.getByRole('checkbox', { name: ASKED }));
    expect(asked.some((a) => a.operationName === 'PrivacyEraseVolunteer')).toBe(false);
    // Second step: the button.
    fireEvent.click(screen.getByRole('button', { name: 'Erase for good' }));

    await waitFor(() => expect(closed).toHaveBeenCalled());
    expect(asked.find((a) => a.operationName === 'PrivacyEraseVolunteer')?.variables).toEqual({ id: 'v-chen' });
    expect(shown).toHaveBeenCalledWith(expect.objectContaining({ message: 'The person’s data was erased.' }));
    // The drawer's person was asked again, to show what is left.
    expect(asked.filter((a) => a.operationName === 'SignUpsVolunteer')).toHaveLength(2);
  });

  it('shows why the API refuses a person another organization also holds, and keeps the drawer open', async () => {
    fakeGraphQL({
      SignUpsVolunteer: volunteer(CHEN),
      PrivacyEraseVolunteer: {
        errors: [{ message: 'This person signed up with another organization too; ask an admin to erase their data.', extensions: { code: 'FORBIDDEN' } }],
      },
    });
    const closed = jest.fn();
    renderDrawer(CHEN, closed);
    fireEvent.click(await screen.findByRole('button', { name: OPEN }));
    fireEvent.click(screen.getByRole('checkbox', { name: ASKED }));
    fireEvent.click(screen.getByRole('button', { name: 'Erase for good' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('This person also signed up with another organization, so only an admin may erase their data. Ask an admin.');
    expect(closed).not.toHaveBeenCalled();
  });

  it.each<Role>(['VIEWER', 'DESK'])('is not offered to a %s', async (role) => {
    signedInAs(role);
    fakeGraphQL({ SignUpsVolunteer: volunteer(CHEN) });
    renderDrawer();

    await screen.findByText('+8613700000002');
    await screen.findByText('Donations recorded');
    expect(screen.queryByRole('button', { name: OPEN })).toBeNull();
  });

  it('names an erased person as such, with nothing left to erase', async () => {
    fakeGraphQL({ SignUpsVolunteer: volunteer(ERASED) });
    renderDrawer(ERASED);

    expect(await screen.findByRole('dialog', { name: 'Erased person' })).toBeTruthy();
    await screen.findByText(/This person’s data was erased/);
    expect(screen.queryByRole('button', { name: OPEN })).toBeNull();
  });

  it('speaks Chinese to a Chinese organizer', async () => {
    await act(() => organizerI18n.changeLanguage('zh-CN'));
    fakeGraphQL({ SignUpsVolunteer: volunteer(CHEN) });
    renderDrawer();
    fireEvent.click(await screen.findByRole('button', { name: '删除此人的个人信息（应本人要求）…' }));

    expect(screen.getByRole('checkbox', { name: '本人已提出此要求；此操作无法撤销' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '永久删除' })).toBeTruthy();
  });
});
