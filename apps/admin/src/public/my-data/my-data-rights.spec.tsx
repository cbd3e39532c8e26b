import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Routes } from '../../app/routes';
import { fakeGraphQL, fieldErrors } from '../../testing/fake-graphql';
import { i18n } from '../i18n/i18n';

const GIVEN = '2027-03-01T02:00:00.000Z';
const WITHDRAWN = '2027-03-02T03:00:00.000Z';

type Consent = { scope: string; version: string; givenAt: string; withdrawnAt: string | null; channel: string | null };

function myData(consents: Consent[], bloodType: string | null = 'A_POS', extra: Record<string, unknown> = {}) {
  return {
    data: {
      myData: {
        name: 'Sun Li',
        email: 'sun.li@imu.test',
        phone: null,
        birthDate: '2003-05-17',
        bloodType,
        bloodTypeVerified: false,
        bloodTypeSource: null,
        bloodTypeVerifiedAt: null,
        phenotypes: [],
        bloodServiceDonatedOn: null,
        regionCode: null,
        availabilityNotes: null,
        channel: 'EMAIL',
        locale: 'en',
        callOutOptIn: true,
        createdAt: GIVEN,
        signUps: [],
        donations: [],
        donationCount: 0,
        selfReportedCount: 0,
        selfReportedDonations: null,
        consents,
        messages: [],
        messageKinds: [],
        ...extra,
      },
    },
  };
}

const consent = (scope: string, withdrawnAt: string | null = null): Consent => ({ scope, version: '2027-01', givenAt: GIVEN, withdrawnAt, channel: 'FORM' });

beforeEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});
afterEach(cleanup);

async function openMyData() {
  window.history.pushState({}, '', '/me/tok-me');
  render(<Routes />);
  return screen.findByRole('heading', { level: 1, name: 'Everything we store about you' });
}

describe('the blood type on the my-data page', () => {
  const fact = (term: string) => within(screen.getByTestId('my-details')).getByText(term).nextElementSibling?.textContent;

  it('says a verified type was verified from the blood service’s records and when, with the phenotypes, the donation there, the city and the organizers’ note', async () => {
    fakeGraphQL({
      MyData: () =>
        myData([consent('GENERAL'), consent('HEALTH')], 'O_NEG', {
          bloodTypeVerified: true,
          bloodTypeSource: 'BLOOD_SERVICE',
          bloodTypeVerifiedAt: '2027-03-05T02:00:00.000Z',
          phenotypes: ['C+', 'K-'],
          bloodServiceDonatedOn: '2027-01-15',
          regionCode: 'CN-150100',
          availabilityNotes: 'Weekends only',
        }),
    });
    await openMyData();
    expect(fact('Blood type')).toBe('O− · verified from the blood service’s records on Mar 5, 2027');
    expect(fact('Other blood group antigens')).toBe('C+ K-');
    expect(fact('Last donation in the blood service’s records')).toBe('Jan 15, 2027');
    expect(fact('City')).toBe('Hohhot');
    expect(fact('Organizers’ note on when you can come')).toBe('Weekends only');
  });

  it('says a type verified at the desk was, and in Chinese too; a self-reported one is marked as such', async () => {
    fakeGraphQL({ MyData: () => myData([consent('GENERAL'), consent('HEALTH')], 'B_POS', { bloodTypeVerified: true, bloodTypeSource: 'DESK', bloodTypeVerifiedAt: '2027-03-05T02:00:00.000Z' }) });
    await openMyData();
    expect(fact('Blood type')).toBe('B+ · verified at the check-in desk on Mar 5, 2027');
    expect(fact('City')).toBe('None');
    expect(within(screen.getByTestId('my-details')).queryByText('Other blood group antigens')).toBeNull();
    cleanup();
    await act(() => i18n.changeLanguage('zh-CN'));
    window.history.pushState({}, '', '/me/tok-me');
    render(<Routes />);
    await screen.findByTestId('my-details');
    expect(fact('血型')).toBe('B+ · 2027年3月5日 在签到处核实');
  });
});

describe('the rights on the my-data page', () => {
  it('withdraws the health consent after saying what it means; the list then shows when, and the blood type is gone', async () => {
    let withdrawn = false;
    const { asked } = fakeGraphQL({
      MyData: () => myData([consent('GENERAL'), consent('HEALTH', withdrawn ? WITHDRAWN : null)], withdrawn ? null : 'A_POS'),
      WithdrawMyConsent: () => {
        withdrawn = true;
        return { data: { withdrawMyConsent: true } };
      },
    });
    await openMyData();
    expect(within(screen.getByTestId('my-details')).getByText('A+ · as you told us (not verified)')).toBeTruthy();
    const health = screen.getByTestId('my-consent-HEALTH');
    fireEvent.click(within(health).getByRole('button', { name: 'Withdraw' }));
    // Asked once more, saying what it means; nothing is sent yet.
    const question = within(health).getByTestId('withdraw-question');
    expect(within(question).getByText('Withdraw your consent to health data?')).toBeTruthy();
    expect(within(question).getByText('Your blood type is deleted now.')).toBeTruthy();
    expect(within(question).getByText(/screening details of your outcome .* are no longer recorded/)).toBeTruthy();
    expect(within(question).getByText(/give this consent again at your next sign-up or at the drive's desk/)).toBeTruthy();
    expect(asked.some((a) => a.operationName === 'WithdrawMyConsent')).toBe(false);

    fireEvent.click(within(question).getByRole('button', { name: 'Yes, withdraw' }));
    expect(await screen.findByText(/^Withdrawn: Health data/)).toBeTruthy();
    expect(asked.find((a) => a.operationName === 'WithdrawMyConsent')?.variables).toEqual({ token: 'tok-me', scope: 'HEALTH' });
    expect(await within(screen.getByTestId('my-consent-HEALTH')).findByText(/; Withdrawn /)).toBeTruthy();
    expect(within(screen.getByTestId('my-consent-HEALTH')).queryByRole('button', { name: 'Withdraw' })).toBeNull();
    expect(within(screen.getByTestId('my-details')).queryByText(/^A\+/)).toBeNull();
  });

  it('stops call-outs after saying so, and keeps everything when the person says no', async () => {
    const { asked } = fakeGraphQL({ MyData: () => myData([consent('GENERAL'), consent('CALL_OUTS')]) });
    await openMyData();
    const callOuts = screen.getByTestId('my-consent-CALL_OUTS');
    fireEvent.click(within(callOuts).getByRole('button', { name: 'Withdraw' }));
    expect(within(callOuts).getByText('Stop urgent call-outs?')).toBeTruthy();
    expect(within(callOuts).getByText('We no longer ask you to come when blood is urgently needed.')).toBeTruthy();
    fireEvent.click(within(callOuts).getByRole('button', { name: 'No, keep it' }));
    expect(within(callOuts).queryByText('Stop urgent call-outs?')).toBeNull();
    expect(asked.some((a) => a.operationName === 'WithdrawMyConsent')).toBe(false);
  });

  it('explains that the general consent is withdrawn by erasing, and points to that section', async () => {
    const { asked } = fakeGraphQL({ MyData: () => myData([consent('GENERAL')]) });
    await openMyData();
    const general = screen.getByTestId('my-consent-GENERAL');
    fireEvent.click(within(general).getByRole('button', { name: 'Withdraw' }));
    expect(within(general).getByText('This consent is withdrawn by erasing your data')).toBeTruthy();
    expect(within(general).getByRole('link', { name: 'Go to “Erase your data”' }).getAttribute('href')).toBe('#me-erase');
    expect(document.getElementById('me-erase')).toBeTruthy();
    expect(within(general).queryByRole('button', { name: 'Yes, withdraw' })).toBeNull();
    expect(asked.some((a) => a.operationName === 'WithdrawMyConsent')).toBe(false);
  });

  it('shows what the server refused on the question', async () => {
    fakeGraphQL({
      MyData: () => myData([consent('GENERAL'), consent('HEALTH')]),
      WithdrawMyConsent: fieldErrors([{ field: 'token', message: 'This link is invalid or has expired.', key: 'invalidToken' }]),
    });
    await openMyData();
    fireEvent.click(within(screen.getByTestId('my-consent-HEALTH')).getByRole('button', { name: 'Withdraw' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, withdraw' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This link is invalid or has expired.');
  });

  it('erases only in two steps, saying what goes and what stays; then shows that it is done and nothing of the person', async () => {
    let erased = false;
    const { asked } = fakeGraphQL({
      MyData: () => (erased ? { data: { myData: null } } : myData([consent('GENERAL')])),
      EraseMyData: () => {
        erased = true;
        return { data: { eraseMyData: true } };
      },
    });
    await openMyData();
    const goes = screen.getByTestId('erase-goes');
    expect(within(goes).getByText('your name, e-mail address and mobile number')).toBeTruthy();
    expect(within(goes).getByText('your date of birth and blood type')).toBeTruthy();
    expect(screen.getByText(/only as anonymous counts/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Erase my data…' }));
    const confirm = screen.getByRole('button', { name: 'Erase my data for good' }) as HTMLButtonElement;
    // Not before the person ticks that they understand.
    expect(confirm.disabled).toBe(true);
    fireEvent.click(confirm);
    expect(asked.some((a) => a.operationName === 'EraseMyData')).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: /cannot be undone/ }));
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);

    expect(await screen.findByRole('heading', { level: 1, name: 'Your data is erased' })).toBeTruthy();
    expect(asked.find((a) => a.operationName === 'EraseMyData')?.variables).toEqual({ token: 'tok-me' });
    expect(screen.queryByText('Sun Li')).toBeNull();
    expect(screen.queryByText('sun.li@imu.test')).toBeNull();
    expect(screen.getByText(/every other link we sent you, no longer works/)).toBeTruthy();

    // Another language asks again (the link is dead): the page still says it is done, in that language.
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(await screen.findByRole('heading', { level: 1, name: '您的数据已删除' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '此链接无法使用' })).toBeNull();
  });

  it('lets the person step back from erasing', async () => {
    const { asked } = fakeGraphQL({ MyData: () => myData([consent('GENERAL')]) });
    await openMyData();
    fireEvent.click(screen.getByRole('button', { name: 'Erase my data…' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /cannot be undone/ }));
    fireEvent.click(screen.getByRole('button', { name: 'No, keep my data' }));
    expect(screen.queryByRole('button', { name: 'Erase my data for good' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Erase my data…' }));
    expect((screen.getByRole('checkbox', { name: /cannot be undone/ }) as HTMLInputElement).checked).toBe(false);
    expect(asked.some((a) => a.operationName === 'EraseMyData')).toBe(false);
  });
});
