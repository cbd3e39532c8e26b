// Which statements a request sent to PostgreSQL, and which went out before the one ahead of them
// on the same connection was answered (pg's pipeline mode: common/sql.ts inPipelinedTransaction).
import { Client } from 'pg';

export interface SentStatement {
  sql: string;
  /** Statements sent before it on its connection and not yet answered when it went out: 0 is a round trip of its own. */
  unanswered: number;
}

/**
 * Every statement `send` made reach pg's client (through TypeORM or prepared, common/sql.ts), in
 * the order sent.
 */
export async function sentStatements(send: () => Promise<unknown>): Promise<SentStatement[]> {
  const sent: SentStatement[] = [];
  const unanswered = new Map<Client, number>();
  const query = Client.prototype.query;
  const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
    const [config] = args;
    const before = unanswered.get(this) ?? 0;
    sent.push({ sql: typeof config === 'string' ? config : String((config as { text?: string }).text), unanswered: before });
    unanswered.set(this, before + 1);
    const answered = () => unanswered.set(this, (unanswered.get(this) ?? 1) - 1);
    // pg's pool asks with a callback (pool.query), everything else for a promise.
    const callback = args.findIndex((arg) => typeof arg === 'function');
    if (callback >= 0) {
      const given = args[callback] as (...a: unknown[]) => unknown;
      args[callback] = (...results: unknown[]) => {
        answered();
        return given(...results);
      };
    }
    const answer = (query as (...a: unknown[]) => Promise<unknown> | undefined).apply(this, args);
    answer?.then(answered, answered);
    return answer;
  } as typeof query);
  try {
    await send();
    return sent;
  } finally {
    spy.mockRestore();
  }
}
