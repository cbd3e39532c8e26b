import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { ALL_MESSAGE_PURPOSES, LOCALES, MESSAGE_PURPOSES, MILESTONES } from '@life-relay/domain';
import { milestoneText, needText, smsTemplateOf, templateName, wordsOf } from './message-templates';

describe('the words messages are filled with', () => {
  it('names a call-out’s need with the blood types as donors write them, in each language', () => {
    expect(needText('WHOLE_BLOOD', ['O_NEG', 'AB_NEG'], 'en')).toBe('blood donors (O−, AB−)');
    expect(needText('WHOLE_BLOOD', ['O_NEG', 'AB_NEG'], 'zh-CN')).toBe('献血者 (O−、AB−)');
    expect(needText('PLATELETS', [], 'en')).toBe('platelet donors');
    expect(needText('STEM_CELL_REGISTRY', ['A_POS'], 'zh-CN')).toBe('造血干细胞志愿者 (A+)');
  });

  it('names every milestone in both languages, and none for a count that is not one', () => {
    expect(MILESTONES.map((m) => milestoneText(m, 'en'))).toEqual(['first donation', '10th donation', '25th donation', '50th donation', '100th donation']);
    expect(MILESTONES.map((m) => milestoneText(m, 'zh-CN'))).toEqual(['第一次献血', '第 10 次献血', '第 25 次献血', '第 50 次献血', '第 100 次献血']);
    expect(milestoneText(null, 'en')).toBeNull();
  });

  it('has the same words in every language', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix];
    expect(keys(wordsOf('zh-CN')).sort()).toEqual(keys(wordsOf('en')).sort());
  });
});

describe('the short texts of SMS', () => {
  it('has a text for every purpose in every language, and the unsolicited ones end with how to stop them', () => {
    for (const purpose of ALL_MESSAGE_PURPOSES) {
      for (const locale of LOCALES) {
        const file = join(__dirname, 'templates', locale, 'sms', `${templateName(purpose)}.hbs`);
        expect(existsSync(file)).toBe(true);
        expect(() => smsTemplateOf(locale, purpose)).not.toThrow();
        const source = readFileSync(file, 'utf8').trim();
        if (MESSAGE_PURPOSES[purpose].unsolicited) expect(source).toMatch(locale === 'en' ? /reply STOP$/ : /回复TD退订$/);
      }
    }
  });
});
