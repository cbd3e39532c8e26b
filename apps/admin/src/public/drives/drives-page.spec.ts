import { byCity } from './drives-page';

const drive = (slug: string, regionCode: string | null) => ({
  __typename: 'UpcomingDrive' as const,
  slug,
  title: slug,
  kind: 'WHOLE_BLOOD' as const,
  location: 'Somewhere',
  regionCode,
  timeZone: 'Asia/Shanghai',
  startsAt: '2030-12-05T01:00:00Z',
  endsAt: '2030-12-05T09:00:00Z',
});

describe('the drives to come, by city', () => {
  it('groups drives by city in the order of their first drive, names cities in the reader’s language, and puts drives without a city last', () => {
    const groups = byCity([drive('a', null), drive('b', 'CN-150100'), drive('c', 'CN-110100'), drive('d', 'CN-150100')], 'zh-CN', '其他地区');
    expect(groups.map((g) => [g.name, g.drives.map((d) => d.slug)])).toEqual([
      ['呼和浩特市', ['b', 'd']],
      ['北京市', ['c']],
      ['其他地区', ['a']],
    ]);
    expect(byCity([drive('b', 'CN-150100')], 'en', 'Other places')[0].name).toBe('Hohhot');
  });
});
