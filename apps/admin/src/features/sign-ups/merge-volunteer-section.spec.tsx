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
import { fakeGraphQL, fieldErrors } from '../../testing/fake-graphql';
import { SignUpDrawer } from './sign-up-drawer';

const DRIVE = { kind: 'WHOLE_BLOOD' as const, timeZone: 'Asia/Shanghai', startsAt: '2027-12-05T01:00:00.000Z' };
const SHIFT = { id: 'shift-am', startsAt: '2027-12-05T01:00:00.000Z', endsAt: '2027-12-05T04:00:00.000Z' };

// The API names every object's type, and fragments are read from the cache by it.
const signUp = (id: string) => ({ __typename: 'SignUp', id });

/** Wang Fang signed up by phone: the person in the drawer, the record that is kept. */
const BY_PHONE = { __typename: 'Volunteer', id: 'v-phone', name: 'Wang Fang', email: null, phone: '+8613700000001', birthDate: null, bloodType: 'O_NEG' };
/** The same person's other record, made when she signed up for other drives by e-mail. */
const BY_EMAIL = { __typename: 'Volunteer', id: 'v-email', name: 'Wang F.', email: 'wang@campus.test', phone: null, birthDate: '2003-04-05', bloodType: 'A_POS', signUps: [signUp('s-2'), signUp('s-3')] };

const ROW: SignUpsRowFragment = {
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
  volunteer: { id: BY_PHONE.id, name: BY_PHONE.name, email: BY_PHONE.email, phone: BY_PHONE.phone, bloodType: 'O_NEG' },
};

function volunteer(extra: { email?: string; birthDate?: string } = {}) {
  return {
    data: {
      volunteer: {
        ...BY_PHONE,
        ...extra,
        registryJoinedOn: null,
        donorHistory: { donationCount: 0, lastDonatedOn: null, milestones: [], totalVolumeMl: 0, nextEligible: [] },
        signUps: [{ __typename: 'SignUp', id: 's-1', status: 'CANCELLED', createdAt: ROW.createdAt, volumeMl: null, deferralReason: null, shift: { id: SHIFT.id, startsAt: SHIFT.startsAt }, events: [] }],
      },
    },
  };
}

const byContact = (found: unknown) => ({ data: { volunteerByContact: found } });

function renderDrawer(row: SignUpsRowFragment = ROW) {
  return render(
    <I18nextProvider i18n={organizerI18n}>
      <ApolloProvider client={createApolloClient()}>
        <MantineProvider>
          <ModalsProvider>
            <SignUpDrawer signUp={row} drive={DRIVE} onClose={() => undefined} />
          </ModalsProvider>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>,
  );
}

/** Opens the drawer's merge form, types a contact and looks it up. */
async function lookUp(contact: string, labels = { open: 'Merge another record into this person…', contact: 'The other record’s e-mail or phone', lookUp: 'Look up' }) {
  renderDrawer();
  fireEvent.click(await screen.findByRole('button', { name: labels.open }));
  fireEvent.change(screen.getByRole('textbox', { name: labels.contact }), { target: { value: contact } });
  fireEvent.click(screen.getByRole('button', { name: labels.lookUp }));
}

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

describe('merging another record into the person in the sign-up drawer', () => {
  it('finds the other record by its contact and shows both side by side, with what this person gains', async () => {
    const { asked } = fakeGraphQL({ SignUpsVolunteer: volunteer(), SignUpsVolunteerByContact: byContact(BY_EMAIL) });
    await lookUp('  Wang@Campus.test ');

    const table = await screen.findByRole('table', { name: 'This person and the other record, side by side' });
    expect(asked.find((a) => a.operationName === 'SignUpsVolunteerByContact')?.variables).toEqual({ contact: 'Wang@Campus.test' });
    expect(screen.getByText('Found the record of Wang F.; compare the two below.')).toBeTruthy();
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
    expect(rows).toEqual([
      ['Detail', 'This person (kept)', 'The other record (deleted)'],
      ['Name', 'Wang Fang', 'Wang F.'],
      ['E-mail', '—', 'wang@campus.test'],
      ['Phone', '+8613700000001', '—'],
      ['Birth date', '—', expect.stringContaining('2003')],
      ['Blood type', 'O RhD−', 'A RhD+'],
      ['Sign-ups', '1', '2'],
    ]);
    const gains = within(screen.getByRole('list', { name: 'This person will gain' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(gains).toEqual(['E-mail: wang@campus.test', expect.stringMatching(/^Birth date: .*2003/), '2 sign-ups, with their messages']);
  });

  it('says when no record has the e-mail or number', async () => {
    fakeGraphQL({ SignUpsVolunteer: volunteer(), SignUpsVolunteerByContact: byContact(null) });
    await lookUp('nobody@campus.test');

    expect(await screen.findByText('No record has this e-mail or number: nobody@campus.test')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Merge…' })).toBeNull();
  });

  it('shows the server’s words for what is neither an e-mail nor a phone number, on the field', async () => {
    fakeGraphQL({
      SignUpsVolunteer: volunteer(),
      SignUpsVolunteerByContact: fieldErrors([{ field: 'contact', key: 'invalidContact', message: 'Enter an e-mail address or a mobile number.' }]),
    });
    await lookUp('wang at campus');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Enter an e-mail address or a mobile number.');
    const input = screen.getByRole('textbox', { name: 'The other record’s e-mail or phone' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(alert.id);
  });

  it('says when the contact is this person’s own', async () => {
    fakeGraphQL({ SignUpsVolunteer: volunteer(), SignUpsVolunteerByContact: byContact({ ...BY_PHONE, signUps: [signUp('s-1')] }) });
    await lookUp('13700000001');

    expect(await screen.findByText('This e-mail or number belongs to this person’s own record: there is nothing to merge.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Merge…' })).toBeNull();
  });

  it('asks before merging, naming the record that will be deleted, then merges it into this person and refreshes the drawer', async () => {
    let merged = false;
    const { asked } = fakeGraphQL({
      SignUpsVolunteer: () => volunteer(merged ? { email: BY_EMAIL.email, birthDate: BY_EMAIL.birthDate } : {}),
      SignUpsVolunteerByContact: byContact(BY_EMAIL),
      SignUpsMergeVolunteers: () => {
        merged = true;
        return { data: { mergeVolunteers: { ...BY_PHONE, email: BY_EMAIL.email, birthDate: BY_EMAIL.birthDate, signUps: [signUp('s-1'), ...BY_EMAIL.signUps] } } };
      },
    });
    const shown = jest.spyOn(notifications, 'show');
    await lookUp('wang@campus.test');
    fireEvent.click(await screen.findByRole('button', { name: 'Merge…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Merge the two records?' });
    expect(dialog.textContent).toContain(
      'The record of Wang F. (wang@campus.test) will be deleted. Its sign-ups, messages and unsubscribe links move to Wang Fang. This cannot be undone.',
    );
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' })));
    expect(asked.some((a) => a.operationName === 'SignUpsMergeVolunteers')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Merge and delete the other record' }));

    await waitFor(() => expect(shown).toHaveBeenCalledWith(expect.objectContaining({ message: 'Wang F.’s record was merged into Wang Fang’s.' })));
    expect(asked.find((a) => a.operationName === 'SignUpsMergeVolunteers')?.variables).toEqual({ keepId: 'v-phone', mergeId: 'v-email' });
    expect(asked.filter((a) => a.operationName === 'SignUpsVolunteer')).toHaveLength(2);
    expect(screen.queryByRole('table', { name: 'This person and the other record, side by side' })).toBeNull();
  });

  it('shows the server’s conflict, naming the drive both records are signed up for', async () => {
    fakeGraphQL({
      SignUpsVolunteer: volunteer(),
      SignUpsVolunteerByContact: byContact(BY_EMAIL),
      SignUpsMergeVolunteers: {
        errors: [
          {
            message: 'Both records are signed up for Dec 5 campus blood drive; cancel or correct one of those sign-ups first.',
            extensions: { code: 'CONFLICT', key: 'mergeSameDrive' },
          },
        ],
      },
    });
    await lookUp('wang@campus.test');
    fireEvent.click(await screen.findByRole('button', { name: 'Merge…' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Merge the two records?' })).getByRole('button', { name: 'Merge and delete the other record' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('That cannot be done now: Both records are signed up for Dec 5 campus blood drive; cancel or correct one of those sign-ups first.');
    // The two records stay on screen, to resolve the drive's sign-ups and try again.
    expect(screen.getByRole('table', { name: 'This person and the other record, side by side' })).toBeTruthy();
  });

  it('speaks Chinese to a Chinese organizer', async () => {
    await act(() => organizerI18n.changeLanguage('zh-CN'));
    fakeGraphQL({ SignUpsVolunteer: volunteer(), SignUpsVolunteerByContact: byContact(null) });
    await lookUp('13700000009', { open: '合并此人的另一条记录…', contact: '另一条记录的电子邮箱或手机号', lookUp: '查找' });

    expect(await screen.findByText('没有记录使用此电子邮箱或号码：13700000009')).toBeTruthy();
  });

  it('shows a viewer the person, with neither the desk’s buttons nor the merging', async () => {
    signedInAs('VIEWER');
    fakeGraphQL({ SignUpsVolunteer: volunteer() });
    renderDrawer({ ...ROW, status: 'REGISTERED' });

    await screen.findByText('+8613700000001');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Merge another record into this person…' })).toBeNull());
    expect(screen.queryByRole('button', { name: /^Check in/ })).toBeNull();
  });

  it('offers an organizer the desk’s buttons for someone registered', async () => {
    fakeGraphQL({ SignUpsVolunteer: volunteer() });
    renderDrawer({ ...ROW, status: 'REGISTERED' });

    expect(await screen.findByRole('button', { name: /^Check in/ })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Merge another record into this person…' })).toBeTruthy();
  });
});
