// The public leaderboards, answered from a short-lived cache for anonymous callers.
//
// A drive's board ranks thousands of teams; computing and writing it costs far more than reading
// it (bench/README.md). During a rush a thousand phones poll it every 10 seconds, so anonymous
// callers share one answer per operation and variables. An answer is fresh for
// PUBLIC_BOARD_CACHE_SECONDS. For as long again, the next caller still gets it at once while it
// is computed again in the background (stale-while-revalidate): under steady traffic no caller
// waits for a computation. Older than that, it is computed before answering, so that a board
// looked at now and then (a screen refreshing every 10 s) is never a refresh behind.
// Signed-in callers (organizers, team leads) always get it computed afresh.
//
// Only what anyone may see is shared: operations whose every root field is a public board
// (or the public drive), answered without errors, asked without credentials, and only between
// callers of the same language (the public drive carries its consent text in the caller's). The
// per-IP read budget is still spent on every request.
//
// Phones ask for a compressed answer, and compressing the largest board (360 KB of JSON) took
// longer than answering it from here; each shared answer is compressed once (brotli and gzip,
// in the background), and sent as it is to every caller who accepts one of them.
import { ApolloServerPlugin, GraphQLRequestContext, HeaderMap } from '@apollo/server';
import type { Request, Response } from 'express';
import { brotliCompress, constants, gzip } from 'zlib';
import { DocumentNode, execute, FormattedExecutionResult, GraphQLSchema, Kind, OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { pickLocale } from '@life-relay/domain';
import { RateLimits } from '../rate-limit/rate-limits';
import { settleRenderedLists, stringifyWithRenderedLists } from './rendered-lists';

/**
 * Root fields whose answer is the same for every anonymous caller and carries no personal data:
 * the boards, the public drive the leaderboard page asks for with them, and a contest's page. (Places left on the
 * sign-up form may be as old too; the sign-up itself always counts the places afresh.)
 */
export const PUBLIC_BOARD_FIELDS: ReadonlySet<string> = new Set(['leaderboard', 'collegeLeaderboard', 'publicDrive', 'publicCampaign', '__typename']);

/** Room for many drives' boards; the largest (2,000 teams) takes about 250 KB. */
const MAX_BYTES = 64 * 1024 * 1024;
/** Smaller answers are sent as they are, as the compression middleware does (its threshold). */
const MIN_COMPRESSED_BYTES = 1024;
/** How long a caller waits for another's computation before computing the board itself. */
const WAIT_MS = 5000;

interface Answer {
  result: FormattedExecutionResult;
  json: string;
  /** The JSON compressed, by encoding, once it is (until then callers get it compressed as usual). */
  encoded: Map<Encoding, Buffer>;
  computedAt: number;
}

type Context = { req: Request };

export class PublicBoardCache {
  private readonly freshMs: number;
  private readonly answers: LRUCache<string, Answer>;
  /** Computations under way, so that callers arriving meanwhile wait for them or not start another. */
  private readonly computing = new Map<string, Promise<Answer | null>>();
  /** The JSON of each shared result, so that it is written once, not once per caller. */
  private readonly jsonOf = new WeakMap<object, string>();
  private schema: GraphQLSchema | null = null;

  constructor(
    freshSeconds: number,
    private readonly rateLimits: RateLimits,
  ) {
    this.freshMs = freshSeconds * 1000;
    // Fresh, then as long again served while recomputed; after that it is gone.
    this.answers = new LRUCache({ ttl: 2 * this.freshMs, maxSize: MAX_BYTES, sizeCalculation: (a) => a.json.length });
  }

  /** Apollo's `stringifyResult` (its own is JSON.stringify and a newline): a shared result's JSON is made once. */
  readonly stringifyResult = (value: FormattedExecutionResult): string => {
    const json = value.data && !value.errors && !value.extensions ? this.jsonOf.get(value.data) : undefined;
    return json ?? `${stringifyWithRenderedLists(value)}\n`;
  };

  plugin(): ApolloServerPlugin<Context> {
    return {
      serverWillStart: async ({ schema }) => {
        this.schema = schema;
      },
      requestDidStart: async () => {
        let computingKey: string | null = null;
        let done: (answer: Answer | null) => void = () => undefined;
        return {
          responseForOperation: async (rc) => {
            const key = this.keyOf(rc);
            if (!key) return null;
            // No await between looking and claiming: two callers must not both compute.
            let answer = this.answers.get(key) ?? null;
            if (answer && Date.now() - answer.computedAt > this.freshMs) this.recompute(key, rc);
            if (!answer) {
              const pending = this.computing.get(key);
              if (!pending) {
                computingKey = key;
                this.computing.set(key, new Promise((resolve) => (done = resolve)));
                return null;
              }
              answer = await orNullAfter(pending, WAIT_MS);
              // A computation that never finished must not hold up every later caller.
              if (!answer && this.computing.get(key) === pending) this.computing.delete(key);
            }
            if (!answer || !(await this.withinBudget(rc.contextValue.req))) return null;
            sendEncodedIfAccepted(rc.contextValue.req, answer);
            return { http: { headers: new HeaderMap(), status: undefined }, body: { kind: 'single', singleResult: answer.result } };
          },
          willSendResponse: async ({ response }) => {
            if (!computingKey) return;
            const key = computingKey;
            computingKey = null;
            const body = response.body;
            const answer = body.kind === 'single' ? this.keep(key, body.singleResult) : null;
            this.computing.delete(key);
            done(answer);
          },
        };
      },
    };
  }

  /** Computes a stale answer again in the background, once however many callers find it stale. */
  private recompute(key: string, rc: GraphQLRequestContext<Context>) {
    if (this.computing.has(key) || !this.schema || !rc.document) return;
    const run = async (schema: GraphQLSchema, document: DocumentNode): Promise<Answer | null> => {
      try {
        // A context of its own: the lists rendered for it are this result's (rendered-lists.ts).
        const contextValue = { ...rc.contextValue };
        const result = await execute({ schema, document, operationName: rc.request.operationName, variableValues: rc.request.variables, contextValue });
        settleRenderedLists(contextValue, result);
        return this.keep(key, result as FormattedExecutionResult);
      } catch {
        return null; // the stale answer stays until it expires; the next caller tries again
      } finally {
        this.computing.delete(key);
      }
    };
    this.computing.set(key, run(this.schema, rc.document));
  }

  /** Keeps an answer without errors for sharing, and returns it. */
  private keep(key: string, result: FormattedExecutionResult): Answer | null {
    if (result.errors?.length || !result.data) return null;
    const shared: FormattedExecutionResult = { data: result.data };
    const json = `${stringifyWithRenderedLists(shared)}\n`;
    this.jsonOf.set(shared.data as object, json);
    const answer: Answer = { result: shared, json, encoded: new Map(), computedAt: Date.now() };
    this.answers.set(key, answer);
    if (json.length >= MIN_COMPRESSED_BYTES) encodeInBackground(answer);
    return answer;
  }

  /** The cache key of a shareable operation, or null when it must be executed for this caller. */
  private keyOf(rc: GraphQLRequestContext<Context>): string | null {
    const operation = rc.operation as OperationDefinitionNode | undefined;
    if (!operation || operation.operation !== 'query' || rc.request.http?.headers.get('authorization')) return null;
    const onlyBoards = operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && PUBLIC_BOARD_FIELDS.has(s.name.value));
    if (!onlyBoards) return null;
    // The language as the resolvers pick it, so that every Accept-Language meaning one language shares.
    const locale = pickLocale(rc.request.http?.headers.get('accept-language'));
    return JSON.stringify([rc.source, rc.request.operationName ?? null, rc.request.variables ?? {}, locale]);
  }

  /**
   * Spends the caller's read budget. When it is spent, the operation runs as usual, so that the
   * resolver's own rate limit answers RATE_LIMITED with the wait.
   */
  private async withinBudget(req: Request): Promise<boolean> {
    try {
      await this.rateLimits.consume('publicRead', req.ip ?? 'unknown');
      return true;
    } catch {
      return false;
    }
  }
}

type Encoding = 'br' | 'gzip';

/** Compresses on libuv's threads, not the event loop, with the compression middleware's settings. */
function encodeInBackground(answer: Answer) {
  const store = (encoding: Encoding) => (error: Error | null, body: Buffer) => error || answer.encoded.set(encoding, body);
  brotliCompress(answer.json, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: answer.json.length } }, store('br'));
  gzip(answer.json, store('gzip'));
}

/**
 * When the caller accepts an encoding the answer has been compressed with, makes this response
 * send that in place of the JSON: Apollo sends the JSON of the shared answer with `res.send`, and
 * the compression middleware leaves a body that is already encoded alone. Anything else sent on
 * this response is sent as usual.
 */
function sendEncodedIfAccepted(req: Request, answer: Answer) {
  const res = req.res as Response | undefined;
  // The smaller one whenever accepted at all, as the compression middleware prefers it too.
  const encoding = (['br', 'gzip'] as const).find((e) => answer.encoded.has(e) && req.acceptsEncodings(e) === e);
  const body = encoding && answer.encoded.get(encoding);
  if (!res || !body) return;
  const send = res.send;
  res.send = function (this: Response, sent?: unknown) {
    res.send = send;
    if (sent !== answer.json || res.headersSent) return send.call(this, sent);
    res.vary('Accept-Encoding');
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', body.length);
    res.end(body);
    return res;
  };
}

function orNullAfter<T>(promise: Promise<T | null>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
