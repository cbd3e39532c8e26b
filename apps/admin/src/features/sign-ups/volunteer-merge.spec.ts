import { mergeGains, type MergeRecord } from './volunteer-merge';

const byPhone: MergeRecord = { id: 'v-1', name: 'Wang Fang', email: null, phone: '+8613700000001', birthDate: null, bloodType: 'O_NEG', signUps: [{ id: 's-1' }] };
const byEmail: MergeRecord = { id: 'v-2', name: 'Wang F.', email: 'wang@campus.test', phone: null, birthDate: '2003-04-05', bloodType: 'A_POS', signUps: [{ id: 's-2' }, { id: 's-3' }] };

describe('what a merge gives the kept record', () => {
  it('takes only the details the kept record lacks, and every sign-up of the other', () => {
    expect(mergeGains(byPhone, byEmail)).toEqual({
      details: [
        { detail: 'email', value: 'wang@campus.test' },
        { detail: 'birthDate', value: '2003-04-05' },
      ],
      signUps: 2,
    });
  });

  it('gains no detail from a record that has nothing new', () => {
    expect(mergeGains(byEmail, { ...byPhone, phone: null, signUps: [] })).toEqual({ details: [], signUps: 0 });
  });
});
