// A tiny fetch-based GraphQL client for the public pages: a volunteer on a campus network should
// not download a caching client to send four operations. Errors keep the contract's vocabulary
// (extensions.code, and extensions.fields for BAD_USER_INPUT) so pages can put them by their fields.
import type { Locale } from '@life-relay/domain';

/** An operation's text, tagged with the types generated for it. */
export interface Operation<TData, TVariables> {
  readonly query: string;
  /** Never set: carries the types only. */
  readonly __types?: { data: TData; variables: TVariables };
}

export function operation<TData, TVariables>(query: string): Operation<TData, TVariables> {
  return { query: query.replace(/\s+/g, ' ').trim() };
}

export interface FieldError {
  field: string;
  message: string;
  key?: string;
  /** What the message says in numbers (codeWrong: { triesLeft }), to re-word it in another language. */
  params?: Record<string, string | number>;
}

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'NETWORK' | 'SERVER';

export class GraphQLRequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

/** Whatever a request threw, in the contract's vocabulary: anything unforeseen is the server's. */
export function asRequestError(error: unknown): GraphQLRequestError {
  return error instanceof GraphQLRequestError ? error : new GraphQLRequestError('SERVER', String(error));
}

export interface RequestOptions {
  /** Sent as Accept-Language: the server translates field errors and the consent text with it. */
  locale: Locale;
  signal?: AbortSignal;
  /** Slow campus networks are slow, not dead: give up only after this long. */
  timeoutMs?: number;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: FieldError[]; retryAfterSeconds?: number } }[];
}

const KNOWN: readonly ErrorCode[] = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'];

export async function request<TData, TVariables>(
  op: Operation<TData, TVariables>,
  variables: TVariables,
  { locale, signal, timeoutMs = 30000 }: RequestOptions,
): Promise<TData> {
  // By hand rather than AbortSignal.timeout/any: phones a few years old (and chat apps' built-in
  // browsers) do not all have them.
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  const timer = setTimeout(onAbort, timeoutMs);
  let response: Response;
  try {
    response = await globalThis.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': locale },
      body: JSON.stringify({ query: op.query, variables }),
      signal: controller.signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphQLRequestError('NETWORK', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  let body: GraphQLResponse<TData>;
  try {
    body = (await response.json()) as GraphQLResponse<TData>;
  } catch {
    throw new GraphQLRequestError(response.status >= 500 ? 'SERVER' : 'NETWORK', `HTTP ${response.status}`);
  }
  const [first] = body.errors ?? [];
  if (first) {
    const code = String(first.extensions?.code ?? 'SERVER');
    const fields = body.errors?.flatMap((e) => e.extensions?.fields ?? []) ?? [];
    throw new GraphQLRequestError(
      (KNOWN as string[]).includes(code) ? (code as ErrorCode) : 'SERVER',
      first.message,
      fields,
      first.extensions?.retryAfterSeconds,
    );
  }
  if (!body.data) throw new GraphQLRequestError('SERVER', `HTTP ${response.status} without data`);
  return body.data;
}
