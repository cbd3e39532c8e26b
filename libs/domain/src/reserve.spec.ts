import { normalizePhenotypes } from './reserve';

describe('extended phenotypes', () => {
  it('keeps each antigen once, in a fixed order, with its sign', () => {
    expect(normalizePhenotypes(['K-', ' e + ', 'C+', 'c-'])).toEqual(['C+', 'c-', 'e+', 'K-']);
    expect(normalizePhenotypes([])).toEqual([]);
  });

  it('refuses an unknown antigen, a missing sign or an antigen given twice', () => {
    expect(normalizePhenotypes(['D+'])).toBeNull();
    expect(normalizePhenotypes(['C'])).toBeNull();
    expect(normalizePhenotypes(['C+', 'C-'])).toBeNull();
  });
});
