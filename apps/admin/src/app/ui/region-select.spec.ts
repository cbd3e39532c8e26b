import { REGIONS } from '@life-relay/domain';
import { regionOptions } from './region-select';

describe('region options', () => {
  it('offers every city of the list by its code, named in the reader’s language', () => {
    expect(regionOptions('en').map((o) => o.value)).toEqual(REGIONS.map((r) => r.code));
    expect(regionOptions('en').find((o) => o.value === 'CN-150100')?.label).toBe('Hohhot 呼和浩特市');
    expect(regionOptions('zh-CN').find((o) => o.value === 'CN-150100')?.label).toBe('呼和浩特市');
  });
});
