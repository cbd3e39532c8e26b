import { GraphQLError, parse } from 'graphql';
import { ListRenderer } from './list-renderer';

// A board's shape in little: object rows with leaves (an enum and a custom scalar among them), a
// nested object that may be null, and fields the compiled writer leaves to graphql-js (a list).
const SDL = `
  scalar DateTime
  enum Ranking { SIGN_UPS DONATED }
  type College { id: ID! name: String! }
  type Team { id: ID! name: String! code: String createdAt: DateTime! college: College tags: [String!] }
  type Row { rank: Int! team: Team! signUps: Int! conversionRate: Float deferred: Int ranking: Ranking! }
  type Query { rows: [Row!]! }
`;

const rows = [
  { rank: 1, team: { id: 't1', name: 'Ünïcode "quoted" \\ team', code: 'ABC234', createdAt: new Date('2026-12-05T01:02:03.004Z'), college: { id: 'c1', name: 'IMU' }, tags: ['a'] }, signUps: 12, conversionRate: 0.3333333333333333, deferred: null, ranking: 'DONATED' },
  { rank: 2, team: { id: 't2', name: 'Second', code: null, createdAt: new Date('2026-01-01T00:00:00Z'), college: null, tags: [] }, signUps: 0, conversionRate: null, deferred: 4, ranking: 'SIGN_UPS' },
];

const renderer = () => new ListRenderer(SDL, { rows: 'Row' }, { DateTime: (value) => (value as Date).toISOString() });

describe('ListRenderer', () => {
  const documents: [string, Record<string, unknown>][] = [
    ['{ rows { rank signUps } }', {}],
    ['{ rows { rank team { name college { name } } signUps conversionRate deferred ranking } }', {}],
    ['{ rows { __typename place: rank team { __typename id createdAt code } } }', {}],
    // The same response key twice: its selections merge, in the order first met.
    ['{ rows { team { name } rank team { id college { id } } team { college { name } } } }', {}],
    // Fragments, named and inline, spread twice, nested.
    ['query { rows { ...R ... on Row { signUps ...R } } } fragment R on Row { rank team { ...T } } fragment T on Team { name id }', {}],
    // Directives with literals and with variables, on fields, spreads and inline fragments.
    [
      'query($yes: Boolean!, $no: Boolean = false) { rows { rank @skip(if: $yes) signUps @include(if: $yes) ...F @include(if: $no) ... @skip(if: $no) { deferred } team @include(if: true) { name @skip(if: false) } } } fragment F on Row { conversionRate }',
      { yes: true },
    ],
    // A fragment skipped once and spread again applies (as graphql-js collects it).
    ['query { rows { ...F @skip(if: true) ...F } } fragment F on Row { rank }', {}],
  ];

  it.each(documents)('writes what graphql-js writes, without graphql-js: %s', (document, variables) => {
    const lists = renderer();
    const execute = jest.spyOn(lists, 'execute');
    const written = lists.render('rows', document, variables, rows);
    expect(execute).not.toHaveBeenCalled();
    expect(written).toBe(lists.execute('rows', parse(document), variables, rows));
    expect(JSON.parse(written)).toHaveLength(2);
  });

  it('leaves to graphql-js a selection it does not cover, with the same answer', () => {
    const lists = renderer();
    const execute = jest.spyOn(lists, 'execute');
    const written = lists.render('rows', '{ rows { rank team { tags } } }', {}, rows);
    expect(execute).toHaveBeenCalledTimes(1);
    expect(JSON.parse(written)).toEqual([{ rank: 1, team: { tags: ['a'] } }, { rank: 2, team: { tags: [] } }]);
  });

  it('reports an error as graphql-js does: a null where the schema says there is always a value, a value its type cannot serialize', () => {
    const lists = renderer();
    expect(() => lists.render('rows', '{ rows { rank team { name } } }', {}, [{ ...rows[0], team: { ...rows[0].team, name: null } }])).toThrow(GraphQLError);
    expect(() => lists.render('rows', '{ rows { ranking } }', {}, [{ ...rows[0], ranking: 'NOT_A_RANKING' }])).toThrow(/Enum "Ranking" cannot represent value/);
    expect(() => lists.render('rows', '{ rows { signUps } }', {}, [{ ...rows[0], signUps: 1.5 }])).toThrow(/Int cannot represent non-integer value/);
    // The writer for that selection stays good for rows that are.
    expect(lists.render('rows', '{ rows { signUps } }', {}, rows)).toBe('[{"signUps":12},{"signUps":0}]');
  });
});
