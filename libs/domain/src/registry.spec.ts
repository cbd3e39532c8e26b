import { DriveKind } from './enums';
import { joinsRegistry, normalizeSampleId } from './registry';

describe('registry drives', () => {
  it('means "joined the registry" by DONATED at a stem-cell registry drive only', () => {
    expect(joinsRegistry(DriveKind.STEM_CELL_REGISTRY)).toBe(true);
    expect([DriveKind.WHOLE_BLOOD, DriveKind.PLATELETS, DriveKind.GENERAL].map(joinsRegistry)).toEqual([false, false, false]);
  });

  it('reads a sample id as scanned or typed: no spaces, nothing for an empty one', () => {
    expect(normalizeSampleId(' HLA 0001\t')).toBe('HLA0001');
    expect(normalizeSampleId('   ')).toBeNull();
    expect(normalizeSampleId(null)).toBeNull();
  });
});
