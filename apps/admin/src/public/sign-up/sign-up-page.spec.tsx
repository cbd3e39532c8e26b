import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Routes } from '../../app/routes';
import { fakeGraphQL, fieldErrors } from '../../testing/fake-graphql';
import { i18n } from '../i18n/i18n';
import { CODE_SENT, fillValid, openForm, publicDrive, receipt, SHIFT_FULL } from './sign-up-spec-helpers';

beforeAll(() => {
  window.scrollTo = jest.fn(); // jsdom does not scroll
});
beforeEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});
afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

describe('the public sign-up page', () => {
  it('shows the drive, its team and the shifts with places left or a waitlist', async () => {
    const { asked } = fakeGraphQL({ PublicDrive: publicDrive() });
    await openForm();
    expect(asked[0]).toMatchObject({ operationName: 'PublicDrive', variables: { slug: 'dec-5-blood-drive', teamCode: 'K7XQ2M' }, locale: 'en' });
    expect(screen.getByTestId('team-banner').textContent).toBe('You are joining with Riders Club (Inner Mongolia University)');
    expect(screen.getByText('Xinhua Square, Hohhot')).toBeTruthy();
    expect(screen.getByText('Anyone aged 18 to 60 on the day, in good health.')).toBeTruthy();
    // Times in the drive's zone (UTC+8), not the test machine's.
    expect(screen.getByRole('radio', { name: /09:00.*12:00.*12 places left/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /13:00.*16:00.*Full: join the waitlist · 2 waiting/ })).toBeTruthy();
    expect(document.title).toBe('International Volunteer Day blood drive · Life Relay');
    // No group is short: nothing to say.
    expect(screen.queryByTestId('shortage-banner')).toBeNull();
  });

  it('says which blood groups the organization especially needs now, urgently when one is critical', async () => {
    fakeGraphQL({ PublicDrive: publicDrive('en', [{ bloodType: 'O_NEG', level: 'CRITICAL' }, { bloodType: 'A_POS', level: 'LOW' }]) });
    await openForm();
    expect(screen.getByTestId('shortage-banner').textContent).toBe('Urgent: we especially need O− and A+ now.');
  });

  it('puts each problem next to its field, tied to it for screen readers, before sending anything', async () => {
    const { asked } = fakeGraphQL({ PublicDrive: publicDrive() });
    await openForm();
    fireEvent.change(screen.getByLabelText('Date of birth'), { target: { value: '2005-02-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('Please fix 7 problems');
    const birthDate = screen.getByLabelText('Date of birth');
    expect(birthDate.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (birthDate.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toEqual(['Year-month-day, for example 2004-09-01.', 'Enter a real date as YYYY-MM-DD.']);
    expect(screen.getByLabelText('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(asked.map((a) => a.operationName)).toEqual(['PublicDrive']);

    // Fixing a field clears its error at once.
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'li.wei@example.edu.cn' } });
    expect(screen.getByLabelText('E-mail').getAttribute('aria-invalid')).toBeNull();
  });

  it('speaks Chinese when switched, errors included, and asks the server in Chinese', async () => {
    const { asked } = fakeGraphQL({ PublicDrive: () => publicDrive(asked.at(-1)?.locale) });
    await openForm();
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: '切换到中文' }));
    expect(await screen.findByText('请修改 7 处问题')).toBeTruthy();
    expect(screen.getAllByText('此项为必填项。').length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('life-relay.locale')).toBe('zh-CN');
    expect(asked.at(-1)?.locale).toBe('zh-CN');
    expect(await screen.findByRole('checkbox', { name: '我同意保存我的信息。' })).toBeTruthy();
  });

  it('shows the server’s field errors next to their fields', async () => {
    fakeGraphQL({
      PublicDrive: publicDrive(),
      RequestSignUpCode: CODE_SENT,
      SignUp: fieldErrors([{ field: 'phone', key: 'invalidPhone', message: 'Enter a valid phone number, for example 13812345678 or +86 138 1234 5678.' }]),
    });
    await openForm();
    await fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    const phone = screen.getByLabelText('Mobile phone');
    await screen.findByRole('alert');
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('su-phone-error')?.textContent).toBe('Enter a valid phone number, for example 13812345678 or +86 138 1234 5678.');
  });

  it('sends the form with the link’s team and channel and confirms with the time, place and manage link', async () => {
    const { asked } = fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: CODE_SENT, SignUp: receipt() });
    await openForm();
    await fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByRole('heading', { level: 1, name: "You're signed up!" })).toBeTruthy();
    expect(asked.map((a) => a.operationName)).toEqual(['PublicDrive', 'RequestSignUpCode', 'SignUp']);
    expect(asked[2]).toMatchObject({
      operationName: 'SignUp',
      variables: {
        input: {
          driveSlug: 'dec-5-blood-drive',
          shiftId: 'shift-am',
          name: 'Li Wei',
          email: 'li.wei@example.edu.cn',
          phone: '13812345678',
          code: '123456',
          birthDate: '2004-09-01',
          bloodType: null,
          consent: true,
          healthConsent: true,
          teamCode: 'K7XQ2M',
          source: 'qr',
          locale: 'en',
        },
      },
    });
    // A phone was given: the code, and so every message, went by text.
    expect(screen.getByText('See you there, Li Wei. We texted the details to 13812345678.')).toBeTruthy();
    expect(screen.getByTestId('manage-link').getAttribute('href')).toBe(`${window.location.origin}/m/tok-123`);
    expect(screen.getByText('Xinhua Square, Hohhot')).toBeTruthy();
    const calendar = await screen.findByRole('link', { name: 'Add to calendar' });
    expect(calendar.getAttribute('download')).toBe('dec-5-blood-drive.ics');
  });

  it('credits the friend whose personal link brought the visitor, and gives the new volunteer a link of their own', async () => {
    const { asked } = fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: CODE_SENT, SignUp: receipt({ referralCode: 'QRST23WXYZ' }) });
    await openForm('/d/dec-5-blood-drive?team=k7xq2m&ref=abcde-fgh23&source=share');
    await fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByRole('heading', { level: 1, name: "You're signed up!" })).toBeTruthy();
    expect(asked[2].variables).toMatchObject({ input: { teamCode: 'K7XQ2M', referrer: 'ABCDEFGH23', source: 'share' } });
    expect(screen.getByTestId('share-link').getAttribute('href')).toBe(`${window.location.origin}/d/dec-5-blood-drive?team=K7XQ2M&ref=QRST23WXYZ&source=share`);
    expect(screen.getByRole('button', { name: 'Share my link' })).toBeTruthy();
  });

  it('tells someone already in the stem-cell registry that no new sample is needed, in both languages', async () => {
    fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: CODE_SENT, SignUp: receipt({ referralCode: 'QRST23WXYZ', alreadyInRegistrySince: '2030-12-05' }) });
    await openForm();
    await fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByRole('heading', { level: 1, name: "You're signed up!" })).toBeTruthy();
    expect(screen.getByTestId('already-in-registry').textContent).toMatch(/^You are in the stem-cell registry already, since December 5, 2030: no new sample is needed/);
    act(() => void i18n.changeLanguage('zh-CN'));
    expect((await screen.findByTestId('already-in-registry')).textContent).toMatch(/^您自 2030年12月5日 起已在造血干细胞捐献者资料库中/);
  });

  it('says nothing of the registry to anyone else', async () => {
    fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: CODE_SENT, SignUp: receipt({ alreadyInRegistrySince: null }) });
    await openForm();
    await fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByRole('heading', { level: 1, name: "You're signed up!" })).toBeTruthy();
    expect(screen.queryByTestId('already-in-registry')).toBeNull();
  });

  it('sends no referrer for a link whose ref cannot be a code', async () => {
    const { asked } = fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: CODE_SENT, SignUp: receipt() });
    await openForm('/d/dec-5-blood-drive?team=k7xq2m&ref=<script>');
    await fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByRole('heading', { level: 1, name: "You're signed up!" })).toBeTruthy();
    expect(asked[2].variables).toMatchObject({ input: { referrer: null } });
    // No code of their own in the answer (a repeat, say): the drive's link is shared instead.
    expect(screen.getByRole('button', { name: 'Share the drive' })).toBeTruthy();
  });

  it('says plainly that a full shift means the waitlist, before and after', async () => {
    fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: CODE_SENT, SignUp: receipt({ status: 'WAITLISTED', waitlistPosition: 3, shiftStartsAt: SHIFT_FULL.startsAt, shiftEndsAt: SHIFT_FULL.endsAt }) });
    await openForm();
    await fillValid();
    fireEvent.click(screen.getByRole('radio', { name: /13:00/ }));
    expect(screen.getByText(/This time is full. You will join its waitlist/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Join the waitlist' }));
    expect(await screen.findByRole('heading', { level: 1, name: "You're on the waitlist" })).toBeTruthy();
    expect(screen.getByText(/you are number 3 in line/)).toBeTruthy();
  });

  it('tells a repeat visitor they are already signed up and that the link was e-mailed again', async () => {
    fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: CODE_SENT, SignUp: receipt({ duplicate: true, manageToken: null }) });
    await openForm();
    await fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByRole('heading', { level: 1, name: "You're already signed up" })).toBeTruthy();
    expect(screen.getByText(/We texted your manage link again to 13812345678/)).toBeTruthy();
    expect(screen.queryByTestId('manage-link')).toBeNull();
  });

  it('says so when the drive does not exist or is not open', async () => {
    fakeGraphQL({ PublicDrive: { data: { publicDrive: null } } });
    window.history.pushState({}, '', '/d/nope');
    render(<Routes />);
    expect(await screen.findByRole('heading', { level: 1, name: 'We could not find this drive' })).toBeTruthy();
  });

  it('asks for the health consent on its own where the drive records outcomes, and sends no blood type without it', async () => {
    fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: CODE_SENT });
    await openForm();
    await fillValid();
    fireEvent.click(screen.getByRole('checkbox', { name: /I separately agree that the organization stores health data/ })); // un-ticked again
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await screen.findByRole('alert');
    expect(document.getElementById('su-health-consent-error')?.textContent).toBe(
      'This drive records your blood donation and screening: please agree to that, separately, to sign up.',
    );
    cleanup();
    sessionStorage.clear(); // another visit, from the start

    const general = publicDrive();
    general.data.publicDrive.healthConsentRequired = false;
    const { asked } = fakeGraphQL({ PublicDrive: general, RequestSignUpCode: CODE_SENT, SignUp: receipt() });
    await openForm();
    await fillValid();
    fireEvent.click(screen.getByRole('checkbox', { name: /I separately agree that the organization stores health data/ }));
    fireEvent.change(screen.getByLabelText('Blood type (optional)'), { target: { value: 'O_NEG' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByRole('heading', { level: 1, name: "You're signed up!" })).toBeTruthy();
    expect(asked.at(-1)).toMatchObject({ operationName: 'SignUp', variables: { input: { consent: true, healthConsent: false, bloodType: null } } });
  });
});
