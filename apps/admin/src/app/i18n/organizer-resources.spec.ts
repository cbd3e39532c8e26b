import { organizerResources, type OrganizerNamespace } from './organizer-resources';

/** `[['nav.drives', 'Drives'], …]`: every leaf of a catalogue with its dotted key. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key));
}

describe('the organizers’ app’s words', () => {
  it.each(Object.keys(organizerResources.en) as OrganizerNamespace[])('says everything of namespace %s in both languages, none of it blank', (ns) => {
    const en = leaves(organizerResources.en[ns]);
    const zh = leaves(organizerResources['zh-CN'][ns]);
    expect(zh.map(([key]) => key).sort()).toEqual(en.map(([key]) => key).sort());
    const blank = [...en, ...zh].filter(([, words]) => typeof words !== 'string' || !words.trim());
    expect(blank).toEqual([]);
  });
});
