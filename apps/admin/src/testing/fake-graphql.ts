// A stand-in for the API in component tests: answers GraphQL operations by name and records
// what was asked, with which Accept-Language.
export interface AskedOperation {
  operationName: string;
  variables: Record<string, unknown>;
  locale: string | undefined;
}

type Answer = { data?: unknown; errors?: unknown[] } | ((variables: Record<string, unknown>) => { data?: unknown; errors?: unknown[] });

export function fakeGraphQL(answers: Record<string, Answer>) {
  const asked: AskedOperation[] = [];
  const fetch = jest.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const operationName = /^(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const headers = init.headers as Record<string, string>;
    asked.push({ operationName, variables: body.variables, locale: headers['accept-language'] });
    const answer = answers[operationName];
    if (!answer) throw new Error(`No fake answer for ${operationName}`);
    const payload = typeof answer === 'function' ? answer(body.variables) : answer;
    // Enough of a Response for the public pages' client (json) and Apollo's HttpLink (headers, text).
    return { status: 200, headers: new Map([['content-type', 'application/json']]), json: async () => payload, text: async () => JSON.stringify(payload) } as unknown as Response;
  });
  globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
  return { asked, fetch };
}

export function fieldErrors(fields: { field: string; message: string; key: string }[]) {
  return { errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } }] };
}
