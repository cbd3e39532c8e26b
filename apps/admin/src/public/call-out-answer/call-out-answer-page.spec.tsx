// The call-out answer page against a stand-in API: the language it opens in, and every problem a
// person can meet on it (a link that does not work, a call-out that closed before or while they
// answered, too many attempts) said in words, in their language.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Routes } from '../../app/routes';
import { fakeGraphQL } from '../../testing/fake-graphql';
import { i18n } from '../i18n/i18n';

function ask(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      callOutAsk: {
        kind: 'WHOLE_BLOOD',
        bloodTypes: ['O_NEG'],
        message: 'A patient in surgery needs RhD-negative blood.',
        peopleNeeded: 3,
        place: 'People’s Hospital, 1 Zhaowuda Road',
        neededBy: null,
        organizationName: 'Inner Mongolia Blood Centre',
        answer: null,
        open: true,
        locale: 'en',
        ...overrides,
      },
    },
  };
}

const RATE_LIMITED = { errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } }] };

beforeEach(async () => {
  localStorage.clear();
  await act(() => i18n.changeLanguage('en'));
});
afterEach(cleanup);

function openAnswer(token = 'tok-123') {
  window.history.pushState({}, '', `/answer/${token}`);
  render(<Routes />);
}

describe('the call-out answer page', () => {
  it('opens in the language the person signed up in, not the phone’s, and the switch still changes it', async () => {
    const { asked } = fakeGraphQL({ CallOutAsk: ask({ locale: 'zh-CN' }) });
    openAnswer();
    await screen.findByRole('heading', { level: 1, name: '您能来吗？' });
    expect(asked[0]).toMatchObject({ operationName: 'CallOutAsk', variables: { token: 'tok-123' } });
    expect(document.documentElement.lang).toBe('zh-CN');
    // Not remembered as the visitor's choice: they did not make it.
    expect(localStorage.getItem('life-relay.locale')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    await screen.findByRole('heading', { level: 1, name: 'Can you come?' });
    // The page's reload in the new language does not take it back.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Can you come?');
  });

  it('keeps a language the visitor chose on this device', async () => {
    localStorage.setItem('life-relay.locale', 'en');
    fakeGraphQL({ CallOutAsk: ask({ locale: 'zh-CN' }) });
    openAnswer();
    await screen.findByRole('heading', { level: 1, name: 'Can you come?' });
  });

  it('says a link that does not work does not work, and nothing else', async () => {
    fakeGraphQL({ CallOutAsk: { data: { callOutAsk: null } } });
    openAnswer('not-a-token');
    await screen.findByRole('heading', { level: 1, name: 'This link does not work' });
    expect(screen.getByText('This answer link is not valid. If you received a call-out, use the link in the latest message.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'I can come' })).toBeNull();
  });

  it('shows a closed call-out closed, with the answer given and no buttons', async () => {
    fakeGraphQL({ CallOutAsk: ask({ open: false, answer: 'YES' }) });
    openAnswer();
    await screen.findByText('This call-out has closed: answers are no longer taken. Thank you for your readiness.');
    expect(screen.getByRole('status').textContent).toBe('Thank you! The organizers know you are coming.');
    expect(screen.queryByRole('button', { name: 'I can come' })).toBeNull();
  });

  it('says so when the call-out closed between opening the page and pressing a button', async () => {
    fakeGraphQL({ CallOutAsk: ask(), AnswerCallOut: { data: { answerCallOut: false } } });
    openAnswer();
    fireEvent.click(await screen.findByRole('button', { name: 'I can come' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('This call-out has just closed: your answer could not be recorded.');
    expect(screen.queryByRole('button', { name: 'I can come' })).toBeNull();
  });

  it('says how long to wait when answers come too often from the network, and records the next press', async () => {
    let answers = 0;
    fakeGraphQL({ CallOutAsk: ask(), AnswerCallOut: () => (++answers === 1 ? RATE_LIMITED : { data: { answerCallOut: true } }) });
    openAnswer();
    fireEvent.click(await screen.findByRole('button', { name: 'I can’t' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Too many attempts from this network. Please try again in 42 seconds.');
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(screen.getByRole('alert').textContent).toBe('此网络的请求过于频繁，请 42 秒后再试。');
    fireEvent.click(screen.getByRole('button', { name: '我来不了' }));
    await screen.findByText('谢谢。组织者已知道您这次来不了。');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says how long to wait when the page itself is refused for too many attempts, and loads on retry', async () => {
    let reads = 0;
    fakeGraphQL({ CallOutAsk: () => (++reads === 1 ? RATE_LIMITED : ask()) });
    openAnswer();
    expect((await screen.findByRole('alert')).textContent).toContain('Too many attempts from this network. Please try again in 42 seconds.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: 'Can you come?' });
  });
});
