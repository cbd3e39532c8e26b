import { cleanup, render, screen } from '@testing-library/react';
import { App } from './App';

function preferLanguages(languages: string[]) {
  jest.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
  document.documentElement.lang = '';
});

describe('App shell', () => {
  it('shows the product name and the English tagline to an English-speaking browser', () => {
    preferLanguages(['en-GB', 'en']);
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Life Relay' })).toBeTruthy();
    expect(screen.getByText('Organize blood drives, recruit college teams, and turn sign-ups into donations.')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows the Chinese tagline when the browser prefers zh-CN', () => {
    preferLanguages(['zh-CN', 'zh', 'en']);
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Life Relay' })).toBeTruthy();
    expect(screen.getByText('组织献血活动，招募高校团队，让每一次报名都变成真正的献血。')).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('falls back to English for languages it does not speak', () => {
    preferLanguages(['fr-FR', 'fr']);
    render(<App />);
    expect(screen.getByText('Organize blood drives, recruit college teams, and turn sign-ups into donations.')).toBeTruthy();
  });
});
