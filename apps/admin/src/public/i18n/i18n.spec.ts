import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import { initialLocale, rememberLocale } from '../../app/i18n/locale';

// Plural forms differ (English has _one and _other, Chinese only _other): compare the base keys.
function keys(resource: object, prefix = ''): string[] {
  return Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key.replace(/_(one|other)$/, '')}`],
  );
}

afterEach(() => {
  localStorage.clear();
  jest.restoreAllMocks();
});

describe('the public pages’ languages', () => {
  it('have the same messages in English and Chinese', () => {
    expect([...new Set(keys(zhCN))].sort()).toEqual([...new Set(keys(en))].sort());
  });

  it('follow the browser, and then the visitor’s own choice', () => {
    jest.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-TW', 'en']);
    expect(initialLocale()).toBe('zh-CN');
    rememberLocale('en');
    expect(initialLocale()).toBe('en');
  });
});
