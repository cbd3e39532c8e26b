// The offline desk's queue (jsdom has no IndexedDB: the queue then lives in the page, which is
// what these tests look at; the browser journey covers IndexedDB and reloads).
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ApolloClient } from '@apollo/client';
import type * as Sync from './desk-sync';
import type * as Queue from './desk-queue';

type Mutate = (options: { variables: { signUpId: string; tap: { operationId: string; tappedAt: string; seenStatus: string } } }) => Promise<unknown>;

function fresh() {
  jest.resetModules();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sync = require('./desk-sync') as typeof Sync;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const queue = require('./desk-queue') as typeof Queue;
  return { ...sync, ...queue };
}

function clientWith(mutate: jest.Mock<ReturnType<Mutate>, Parameters<Mutate>>) {
  return { mutate, refetchQueries: jest.fn(() => Promise.resolve([])) } as unknown as ApolloClient;
}

const conflict = (message: string) => new CombinedGraphQLErrors({ errors: [{ message, extensions: { code: 'CONFLICT', key: 'changedSinceTapped' } }] });
const tap = (signUpId: string, name: string) => ({ signUpId, name, seenStatus: 'REGISTERED' as const, action: 'CHECKED_IN' as const, outcome: null });
const setOnline = (online: boolean) => Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });

describe('the offline desk’s queue', () => {
  afterEach(() => setOnline(true));

  it('keeps taps made offline, in order, and sends them in that order, each with its own operation id, once back online', async () => {
    const { deskTap, deskQueue, syncDeskQueue } = fresh();
    const mutate = jest.fn<ReturnType<Mutate>, Parameters<Mutate>>(() => Promise.resolve({ data: {} }));
    const client = clientWith(mutate);
    setOnline(false);
    for (const [id, name] of [['a', 'Ann'], ['b', 'Bo'], ['c', 'Cy']]) expect(await deskTap(client, tap(id!, name!))).toBe('queued');
    expect(mutate).not.toHaveBeenCalled();
    expect(deskQueue.get().pending.map((t) => t.name)).toEqual(['Ann', 'Bo', 'Cy']);

    setOnline(true);
    await syncDeskQueue(client);
    expect(mutate.mock.calls.map(([o]) => o.variables.signUpId)).toEqual(['a', 'b', 'c']);
    const ids = mutate.mock.calls.map(([o]) => o.variables.tap.operationId);
    expect(new Set(ids).size).toBe(3);
    expect(mutate.mock.calls.every(([o]) => o.variables.tap.seenStatus === 'REGISTERED' && !Number.isNaN(Date.parse(o.variables.tap.tappedAt)))).toBe(true);
    expect(deskQueue.get().pending).toEqual([]);
  });

  it('stops at a tap that does not get through and sends it again, with the same operation id, before the later ones', async () => {
    const { deskTap, deskQueue, syncDeskQueue } = fresh();
    let signal = false;
    const mutate = jest.fn<ReturnType<Mutate>, Parameters<Mutate>>(() => (signal ? Promise.resolve({ data: {} }) : Promise.reject(new TypeError('Failed to fetch'))));
    const client = clientWith(mutate);
    // Online on paper, but the request is lost: the tap is kept, not dropped.
    expect(await deskTap(client, tap('a', 'Ann'))).toBe('queued');
    expect(await deskTap(client, tap('b', 'Bo'))).toBe('queued');
    const first = mutate.mock.calls[0]![0].variables.tap.operationId;
    expect(deskQueue.get().pending.map((t) => t.name)).toEqual(['Ann', 'Bo']);

    signal = true;
    mutate.mockClear();
    await syncDeskQueue(client);
    expect(mutate.mock.calls.map(([o]) => o.variables.signUpId)).toEqual(['a', 'b']);
    expect(mutate.mock.calls[0]![0].variables.tap.operationId).toBe(first);
    expect(deskQueue.get().pending).toEqual([]);
  });

  it('puts a tap the server refuses on the “Could not sync” list, with its words, and goes on with the next', async () => {
    const { deskTap, deskQueue, syncDeskQueue } = fresh();
    const mutate = jest.fn<ReturnType<Mutate>, Parameters<Mutate>>(({ variables }) =>
      variables.signUpId === 'b' ? Promise.reject(conflict('It was cancelled.')) : Promise.resolve({ data: {} }),
    );
    const client = clientWith(mutate);
    setOnline(false);
    await deskTap(client, tap('a', 'Ann'));
    await deskTap(client, tap('b', 'Bo'));
    await deskTap(client, tap('c', 'Cy'));
    setOnline(true);
    await syncDeskQueue(client);
    expect(mutate).toHaveBeenCalledTimes(3);
    expect(deskQueue.get().pending).toEqual([]);
    expect(deskQueue.get().failed).toEqual([expect.objectContaining({ name: 'Bo', action: 'CHECKED_IN', code: 'CONFLICT', message: 'It was cancelled.' })]);
    await deskQueue.dismiss(deskQueue.get().failed[0]!.operationId);
    expect(deskQueue.get().failed).toEqual([]);
  });

  it('shows a card as its waiting taps will make it', () => {
    const { afterPending } = fresh();
    const signUp = { id: 'a', status: 'REGISTERED' as const, volumeMl: null, deferralReason: null, retryOn: null };
    const base = { tappedAt: '', name: 'Ann', seenStatus: 'REGISTERED' as const };
    const pending = [
      { ...base, operationId: '1', signUpId: 'a', action: 'CHECKED_IN' as const, outcome: null },
      { ...base, operationId: '2', signUpId: 'b', action: 'NO_SHOW' as const, outcome: { status: 'NO_SHOW' as const } },
      { ...base, operationId: '3', signUpId: 'a', action: 'DONATED' as const, outcome: { status: 'DONATED' as const, volumeMl: 400 } },
    ];
    expect(afterPending(signUp, pending)).toEqual({ shown: { ...signUp, status: 'DONATED', volumeMl: 400 }, waiting: 2 });
    expect(afterPending(signUp, [])).toEqual({ shown: signUp, waiting: 0 });
  });
});
