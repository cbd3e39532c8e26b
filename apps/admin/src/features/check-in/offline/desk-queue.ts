// The desk's taps that the server has not confirmed yet, kept in IndexedDB so that a bloodmobile
// with a bad signal keeps working and nothing is lost on a reload (issue 21): `pending` in the
// order they were tapped (the sync sends them strictly in that order), and `failed`, the taps the
// server refused ("Could not sync"), until someone at the desk has read them. Each write is one
// IndexedDB transaction (idb-keyval's update), and other tabs are told to read again.
import { createStore, get, update, type UseStore } from 'idb-keyval';
import type { ApiErrorCode } from '../../../app/api/errors';
import type { OutcomeInput, SignUpStatus } from '../../../generated/graphql';
import type { DeskAction } from '../desk-actions';

export interface DeskTap {
  /** Made on the tablet, sent with every try: the server applies a tap once however often it comes. */
  operationId: string;
  /** ISO instant of the tap: the server checks the drive's days at it (a queue synced after midnight). */
  tappedAt: string;
  signUpId: string;
  /** Who, for the "waiting" and "Could not sync" lists; kept only as long as the tap is. */
  name: string;
  /** What the desk showed when tapped: the server refuses the tap if the sign-up changed since. */
  seenStatus: SignUpStatus;
  action: DeskAction;
  /** The outcome's details (recordOutcome); null for a check-in. */
  outcome: OutcomeInput | null;
}

export interface FailedTap extends DeskTap {
  code: ApiErrorCode;
  /** The server's own sentence, in the desk's language. */
  message: string;
}

export interface DeskQueueState {
  pending: readonly DeskTap[];
  failed: readonly FailedTap[];
}

const EMPTY: DeskQueueState = { pending: [], failed: [] };
const KEY = 'desk-queue';

let store: UseStore | null = null;
let state: DeskQueueState = EMPTY;
let loaded: Promise<void> | null = null;
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('life-relay-desk-queue');

function db(): UseStore {
  store ??= createStore('life-relay-desk', 'queue');
  return store;
}

function publish(next: DeskQueueState | undefined): void {
  state = next ?? EMPTY;
  listeners.forEach((listener) => listener());
}

async function read(): Promise<void> {
  try {
    publish(await get<DeskQueueState>(KEY, db()));
  } catch {
    // No IndexedDB (a private window in some browsers): the queue lasts as long as the page.
  }
}

async function change(apply: (current: DeskQueueState) => DeskQueueState): Promise<void> {
  await load();
  let next: DeskQueueState | undefined;
  try {
    await update<DeskQueueState>(KEY, (current) => (next = apply(current ?? EMPTY)), db());
  } catch {
    next = apply(state);
  }
  publish(next);
  channel?.postMessage('changed');
}

channel?.addEventListener('message', () => void read());

/** Reads the stored queue once per page; every change waits for it. */
export function load(): Promise<void> {
  loaded ??= read();
  return loaded;
}

export const deskQueue = {
  get: (): DeskQueueState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    void load();
    return () => listeners.delete(listener);
  },
  add: (tap: DeskTap) => change((q) => ({ ...q, pending: [...q.pending, tap] })),
  /** The server confirmed it. */
  done: (operationId: string) => change((q) => ({ ...q, pending: q.pending.filter((t) => t.operationId !== operationId) })),
  /** The server refused it: off the queue, onto the "Could not sync" list. */
  fail: (tap: DeskTap, code: ApiErrorCode, message: string) =>
    change((q) => ({ pending: q.pending.filter((t) => t.operationId !== tap.operationId), failed: [...q.failed, { ...tap, code, message }] })),
  dismiss: (operationId: string) => change((q) => ({ ...q, failed: q.failed.filter((t) => t.operationId !== operationId) })),
};

/** The status and details a sign-up will have once its waiting taps are synced: what the card shows meanwhile. */
export function afterPending<T extends { id: string; status: SignUpStatus; volumeMl: number | null; deferralReason: string | null; retryOn: string | null }>(
  signUp: T,
  pending: readonly DeskTap[],
): { shown: T; waiting: number } {
  let shown = signUp;
  let waiting = 0;
  for (const tap of pending) {
    if (tap.signUpId !== signUp.id) continue;
    waiting++;
    shown = {
      ...shown,
      status: tap.action,
      ...(tap.outcome ? { volumeMl: tap.outcome.volumeMl ?? null, deferralReason: tap.outcome.deferralReason ?? null, retryOn: tap.outcome.retryOn ?? null } : {}),
    };
  }
  return { shown, waiting };
}
