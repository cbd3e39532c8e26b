import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { fakeGraphQL, fieldErrors } from '../../testing/fake-graphql';
import { i18n } from '../i18n/i18n';
import { CODE_SENT, fillValid, openForm, publicDrive, receipt, sendCode } from './sign-up-spec-helpers';

function rateLimited(retryAfterSeconds: number) {
  return { errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', retryAfterSeconds } }] };
}

const describedTexts = (input: HTMLElement) => (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);

beforeAll(() => {
  window.scrollTo = jest.fn(); // jsdom does not scroll
});
beforeEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});
afterEach(() => {
  jest.useRealTimers();
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

describe('the one-time code of the sign-up form', () => {
  it('asks for the contact first and sends the code to the mobile number, then moves on to the code field', async () => {
    const { asked } = fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: CODE_SENT });
    await openForm();
    const form = screen.getByRole('form', { name: 'Sign up' });
    const fields = [...form.querySelectorAll('input')];
    expect(fields.slice(0, 3).map((f) => f.id)).toEqual(['su-phone', 'su-email', 'su-code']);

    fireEvent.change(screen.getByLabelText('Mobile phone'), { target: { value: '138 1234 5678' } });
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'li.wei@example.edu.cn' } });
    const status = await sendCode();
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('We sent a code to 138 1234 5678. It is valid for 10 minutes; what you type here stays while you fetch it.');
    expect(asked.at(-1)).toMatchObject({ operationName: 'RequestSignUpCode', variables: { driveSlug: 'dec-5-blood-drive', contact: '138 1234 5678', locale: 'en' } });

    const code = screen.getByLabelText('6-digit code');
    expect(document.activeElement).toBe(code);
    expect([code.getAttribute('inputmode'), code.getAttribute('autocomplete'), code.getAttribute('pattern')]).toEqual(['numeric', 'one-time-code', '[0-9]{6}']);
    expect(describedTexts(code)).toEqual(['From the message we sent you.']);
    expect(screen.getByRole('button', { name: 'Send again in 60 s' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('sends the code to the e-mail address when no number is given, and in Chinese on a Chinese page', async () => {
    const { asked } = fakeGraphQL({ PublicDrive: () => publicDrive('zh-CN'), RequestSignUpCode: CODE_SENT });
    await act(() => i18n.changeLanguage('zh-CN'));
    await openForm();
    fireEvent.change(screen.getByLabelText('电子邮箱'), { target: { value: 'li.wei@example.edu.cn' } });
    fireEvent.click(screen.getByRole('button', { name: '发送验证码' }));
    expect(await screen.findByText('验证码已发送至 li.wei@example.edu.cn，10 分钟内有效；您去查看时，这里填写的内容会保留。')).toBeTruthy();
    expect(asked.at(-1)).toMatchObject({ operationName: 'RequestSignUpCode', variables: { contact: 'li.wei@example.edu.cn', locale: 'zh-CN' }, locale: 'zh-CN' });
    expect(screen.getByLabelText('6 位验证码')).toBeTruthy();
    expect(screen.getByRole('button', { name: '60 秒后可重新发送' })).toBeTruthy();
  });

  it('checks the contact before asking for a code, beside its field', async () => {
    const { asked } = fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: CODE_SENT });
    await openForm();
    fireEvent.click(screen.getByRole('button', { name: 'Send code' }));
    const phone = screen.getByLabelText('Mobile phone');
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('su-phone-error')?.textContent).toBe('Give an e-mail address or a mobile number.');
    expect(document.activeElement).toBe(phone);

    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'li.wei@' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send code' }));
    expect(document.getElementById('su-email-error')?.textContent).toBe('Enter a valid e-mail address.');
    expect(asked.map((a) => a.operationName)).toEqual(['PublicDrive']);
  });

  it('puts the server’s problem with the contact beside the field the code was asked for', async () => {
    fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: fieldErrors([{ field: 'contact', key: 'invalidContact', message: 'Enter an e-mail address or a mobile number.' }]) });
    await openForm();
    fireEvent.change(screen.getByLabelText('Mobile phone'), { target: { value: '13812345678' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText('Enter an e-mail address or a mobile number.')).toBeTruthy();
    const phone = screen.getByLabelText('Mobile phone');
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(describedTexts(phone).at(-1)).toBe('Enter an e-mail address or a mobile number.');
    expect(screen.queryByText(/^We sent a code/)).toBeNull();
  });

  it('counts down before another code for the same number, and sends at once for a new number', async () => {
    jest.useFakeTimers();
    const { asked } = fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: CODE_SENT });
    await openForm();
    fireEvent.change(screen.getByLabelText('Mobile phone'), { target: { value: '13812345678' } });
    await sendCode();
    const sends = () => asked.filter((a) => a.operationName === 'RequestSignUpCode').length;

    await act(async () => jest.advanceTimersByTime(20_000));
    const waiting = screen.getByRole('button', { name: 'Send again in 40 s' });
    fireEvent.click(waiting);
    expect(sends()).toBe(1);

    await act(async () => jest.advanceTimersByTime(40_000));
    fireEvent.click(screen.getByRole('button', { name: 'Send a new code' }));
    expect(await screen.findByRole('button', { name: 'Send again in 60 s' })).toBeTruthy();
    expect(sends()).toBe(2);

    // A corrected number is another contact: no wait, and the old "sent" is gone.
    fireEvent.change(screen.getByLabelText('Mobile phone'), { target: { value: '13912345678' } });
    expect(screen.queryByText(/^We sent a code/)).toBeNull();
    await sendCode();
    expect(asked.at(-1)?.variables).toMatchObject({ contact: '13912345678' });
  });

  it('waits as long as the server says when codes are asked for too often', async () => {
    jest.useFakeTimers();
    const { asked } = fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: rateLimited(30) });
    await openForm();
    fireEvent.change(screen.getByLabelText('Mobile phone'), { target: { value: '13812345678' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send code' }));
    const alert = await screen.findByText('Too many codes were asked for. You can ask for another in 30 s.');
    expect(alert.getAttribute('role')).toBe('alert');
    const button = screen.getByRole('button', { name: 'Send again in 30 s' });
    expect(button.getAttribute('aria-describedby')).toBe(alert.id);
    expect(screen.queryByText(/^We sent a code/)).toBeNull();

    fireEvent.click(button);
    await act(async () => jest.advanceTimersByTime(10_000));
    expect(screen.getByText('Too many codes were asked for. You can ask for another in 20 s.')).toBeTruthy();
    await act(async () => jest.advanceTimersByTime(20_000));
    expect(screen.queryByText(/Too many codes/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Send code' }).getAttribute('aria-disabled')).toBeNull();
    expect(asked.filter((a) => a.operationName === 'RequestSignUpCode')).toHaveLength(1);
  });

  it('puts the server’s problem with the code beside the code field, with the tries left, in either language', async () => {
    const { asked } = fakeGraphQL({
      PublicDrive: () => publicDrive(asked.at(-1)?.locale),
      RequestSignUpCode: CODE_SENT,
      SignUp: { errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'code', key: 'codeWrong', message: 'This code is not right; 2 tries left.', params: { triesLeft: 2 } }] } }] },
    });
    await openForm();
    await fillValid({ code: '654321' });
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await screen.findByRole('alert');
    const code = screen.getByLabelText('6-digit code');
    fireEvent.blur(code); // the summary takes focus: a wrong code still has six digits
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(describedTexts(code)).toEqual(['From the message we sent you.', 'This code is not right; 2 tries left.']);
    expect(screen.getByRole('link', { name: '6-digit code: This code is not right; 2 tries left.' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '切换到中文' }));
    expect(await screen.findByText('验证码不正确，还可以再试 2 次。', { selector: '#su-code-error' })).toBeTruthy();
  });

  it('says an expired code needs a new one, beside the code field', async () => {
    fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: CODE_SENT, SignUp: fieldErrors([{ field: 'input.code', key: 'codeExpired', message: 'This code has expired; ask for a new one.' }]) });
    await openForm();
    await fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByText('This code has expired; ask for a new one.', { selector: '#su-code-error' })).toBeTruthy();
  });

  it('asks for the code before sending the sign-up', async () => {
    const { asked } = fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: CODE_SENT });
    await openForm();
    await fillValid({ code: '' });
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await screen.findByRole('alert');
    expect(document.getElementById('su-code-error')?.textContent).toBe('Enter the 6-digit code we sent you.');
    expect(screen.getByText('Please fix 1 problem')).toBeTruthy();
    expect(asked.map((a) => a.operationName)).toEqual(['PublicDrive', 'RequestSignUpCode']);
  });

  it('keeps everything typed while the code is fetched, though the page is dropped, and forgets it after signing up', async () => {
    const { asked } = fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: CODE_SENT, SignUp: receipt() });
    await openForm();
    await fillValid({ email: '' });
    fireEvent.change(screen.getByLabelText('Blood type (optional)'), { target: { value: 'O_NEG' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /ask me when a patient urgently needs my blood type/ }));

    cleanup(); // the phone dropped the page while the messages app was open
    await openForm();
    expect((screen.getByLabelText('Mobile phone') as HTMLInputElement).value).toBe('13812345678');
    expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe('Li Wei');
    expect((screen.getByLabelText('Date of birth') as HTMLInputElement).value).toBe('2004/9/1');
    expect((screen.getByLabelText('Blood type (optional)') as HTMLSelectElement).value).toBe('O_NEG');
    expect((screen.getByRole('radio', { name: /09:00/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /I agree that the organizers store my details/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /urgently needs my blood type/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/^We sent a code to 13812345678\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Send again in \d+ s$/ })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('6-digit code'), { target: { value: '１２３４５６' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByRole('heading', { level: 1, name: "You're signed up!" })).toBeTruthy();
    expect(asked.at(-1)).toMatchObject({
      operationName: 'SignUp',
      variables: { input: { phone: '13812345678', email: null, code: '123456', name: 'Li Wei', bloodType: 'O_NEG', callOuts: true, teamCode: 'K7XQ2M', source: 'qr' } },
    });
    expect(screen.getByText('See you there, Li Wei. We texted the details to 13812345678.')).toBeTruthy();
    expect(sessionStorage.length).toBe(0);
  });

  it('asks again for a consent whose text changed since it was given', async () => {
    fakeGraphQL({ PublicDrive: publicDrive(), RequestSignUpCode: CODE_SENT });
    await openForm();
    await fillValid();
    cleanup();
    const changed = publicDrive();
    changed.data.publicDrive.consentVersion = '2027-01-v2';
    fakeGraphQL({ PublicDrive: changed });
    await openForm();
    expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe('Li Wei');
    expect((screen.getByRole('checkbox', { name: /I agree that the organizers store my details/ }) as HTMLInputElement).checked).toBe(false);
  });
});
