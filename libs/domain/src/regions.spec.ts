import { BloodType } from './enums';
import { isRegionCode, REGION_CODES, REGIONS, regionName, regionOf } from './regions';
import { bloodTypeLabel } from './shortage';

describe('regions', () => {
  it('lists each city once, by a code of the shape the database checks, with a name in both languages', () => {
    expect(new Set(REGION_CODES).size).toBe(REGIONS.length);
    for (const r of REGIONS) {
      expect(r.code).toMatch(/^CN-[0-9]{6}$/);
      expect(r.en.trim()).not.toBe('');
      expect(r.zh).toMatch(/市$/);
    }
  });

  it('knows Hohhot, names it in the reader’s language, and refuses codes not on the list', () => {
    expect(isRegionCode('CN-150100')).toBe(true);
    expect(regionName('CN-150100', 'zh-CN')).toBe('呼和浩特市');
    expect(regionName('CN-150100', 'en')).toBe('Hohhot');
    expect(isRegionCode('CN-999999')).toBe(false);
    expect(regionName('CN-999999', 'en')).toBe('CN-999999');
  });
});

describe('blood group labels', () => {
  it('writes groups as donors do, with a minus sign', () => {
    expect(bloodTypeLabel(BloodType.O_NEG)).toBe('O−');
    expect(bloodTypeLabel(BloodType.AB_POS)).toBe('AB+');
  });

  it('finds the city a person typed, by its name in either language, with or without 市, or by its code', () => {
    for (const typed of ['Hohhot', ' hohhot ', '呼和浩特市', '呼和浩特', 'CN-150100']) expect(regionOf(typed)?.code).toBe('CN-150100');
    for (const typed of ['', '  ', 'Hohh', 'Atlantis', '市']) expect(regionOf(typed)).toBeNull();
  });
});
