import { GraphQLRequestError } from '../api/graphql-client';
import { serverProblems } from './server-problems';

const drive = { minAge: 18, maxAge: 60 };

describe('the server’s problems with a sign-up', () => {
  it('puts each problem of a form field next to that field, in the server’s words and with its key', () => {
    const failure = new GraphQLRequestError('BAD_USER_INPUT', 'Bad input', [
      { field: 'input.phone', key: 'invalidPhone', message: 'Enter a valid phone number.' },
      { field: 'birthDate', key: 'tooYoung', message: '只有年满 18 岁才能参加。' },
    ]);
    expect(serverProblems(failure, drive, 'zh-CN')).toEqual({
      fields: {
        phone: { key: 'invalidPhone', message: 'Enter a valid phone number.', locale: 'zh-CN', params: undefined },
        birthDate: { key: 'tooYoung', message: '只有年满 18 岁才能参加。', locale: 'zh-CN', params: { minAge: 18 } },
      },
      elsewhere: [],
    });
  });

  it('gives the age limit the form knows to an age problem, so another language can re-word it', () => {
    const failure = new GraphQLRequestError('BAD_USER_INPUT', 'Bad input', [{ field: 'input.birthDate', key: 'tooOld', message: 'Too old.' }]);
    expect(serverProblems(failure, drive, 'en').fields.birthDate?.params).toEqual({ maxAge: 60 });
  });

  it('keeps what no field of the form can show for above the form', () => {
    const failure = new GraphQLRequestError('BAD_USER_INPUT', 'Bad input', [{ field: 'input.teamCode', key: 'tooLong', message: 'The team code is too long.' }]);
    expect(serverProblems(failure, drive, 'en')).toEqual({ fields: {}, elsewhere: ['The team code is too long.'] });
  });
});
