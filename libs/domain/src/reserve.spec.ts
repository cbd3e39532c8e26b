import { CallOutAnswer, callOutAnswerOf, normalizePhenotypes } from './reserve';

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

describe('SMS replies to a call-out', () => {
  it('reads 1, YES and 是 as "I can come", and 2, NO and 否 as "I can’t"', () => {
    for (const yes of ['1', ' YES ', 'y', '是', '能。']) expect(callOutAnswerOf(yes)).toBe(CallOutAnswer.YES);
    for (const no of ['2', 'No', '否', '不能']) expect(callOutAnswerOf(no)).toBe(CallOutAnswer.NO);
  });

  it('reads anything else as no answer at all', () => {
    for (const other of ['STOP', '3', 'maybe', '']) expect(callOutAnswerOf(other)).toBeNull();
  });
});
