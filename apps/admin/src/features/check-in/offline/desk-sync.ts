// Sending the desk's taps: at once when the tablet is online and nothing is waiting, otherwise
// through the queue (desk-queue.ts), which is replayed strictly in the order of the taps when the
// connection comes back (the `online` event, and retries with a growing pause for a signal that
// comes and goes). A tap the server refuses (someone changed the sign-up meanwhile, it was
// cancelled) goes to "Could not sync" and the queue goes on; a tap that did not get through stops
// the queue, so that a later tap never overtakes an earlier one.
import type { ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorCode, type ApiErrorCode } from '../../../app/api/errors';
import { CheckInPersonDocument, CheckInRecordOutcomeDocument } from '../../../generated/graphql';
import { deskQueue, load, type DeskTap } from './desk-queue';

/** Worth trying again later: the request did not get through, or the server could not answer now. */
const TRY_AGAIN: readonly ApiErrorCode[] = ['NETWORK', 'SERVER', 'RATE_LIMITED'];
/** What the desk's pages show of a sign-up and the drive's tally, fetched again after a sync (a refused tap's card shows what is true now). */
const REFRESH = ['CheckInDrive', 'CheckInSearch', 'SignUpsList', 'SignUpsWaitlist', 'SignUpsVolunteer'];
const FIRST_PAUSE_MS = 2_000;
const LONGEST_PAUSE_MS = 60_000;

let syncing: Promise<void> | null = null;
let again = false;
let pause = FIRST_PAUSE_MS;
let retry: ReturnType<typeof setTimeout> | null = null;

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

function send(client: ApolloClient, tap: DeskTap) {
  const meta = { operationId: tap.operationId, tappedAt: tap.tappedAt, seenStatus: tap.seenStatus };
  return tap.outcome
    ? client.mutate({ mutation: CheckInRecordOutcomeDocument, variables: { signUpId: tap.signUpId, input: tap.outcome, tap: meta } })
    : client.mutate({ mutation: CheckInPersonDocument, variables: { signUpId: tap.signUpId, tap: meta } });
}

/** A v4 UUID; crypto.randomUUID exists only on https (and localhost), getRandomValues everywhere. */
export function newOperationId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function refresh(client: ApolloClient) {
  void client.refetchQueries({ include: REFRESH }).catch(() => undefined);
}

/**
 * One tap at the desk. Resolves `sent` when the server applied it, `queued` when it waits on this
 * tablet; throws the server's refusal when sent at once (the page shows it where the tap was, and
 * an organizer may then choose to record it anyway).
 */
export async function deskTap(client: ApolloClient, tap: Omit<DeskTap, 'operationId' | 'tappedAt'>): Promise<'sent' | 'queued'> {
  const full: DeskTap = { ...tap, operationId: newOperationId(), tappedAt: new Date().toISOString() };
  await load();
  if (isOffline() || deskQueue.get().pending.length > 0 || syncing) {
    await deskQueue.add(full);
    void syncDeskQueue(client);
    return 'queued';
  }
  try {
    await send(client, full);
    refresh(client);
    return 'sent';
  } catch (error) {
    // It may have arrived and only the answer got lost: the same operation id makes a second try harmless.
    if (!TRY_AGAIN.includes(errorCode(error))) throw error;
    await deskQueue.add(full);
    later(client);
    return 'queued';
  }
}

/** Sends what waits, in order; one sync at a time in this page, and one tab at a time (Web Locks). */
export function syncDeskQueue(client: ApolloClient): Promise<void> {
  if (syncing) {
    again = true;
    return syncing;
  }
  syncing = (async () => {
    try {
      do {
        again = false;
        await oneTabAtATime(() => drain(client));
      } while (again && !isOffline());
    } finally {
      syncing = null;
    }
  })();
  return syncing;
}

async function oneTabAtATime(work: () => Promise<void>): Promise<void> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return work();
  // Another tab is syncing the same queue: it sends these too.
  await locks.request('life-relay-desk-sync', { ifAvailable: true }, async (lock) => (lock ? work() : undefined));
}

async function drain(client: ApolloClient): Promise<void> {
  await load();
  let sent = 0;
  for (;;) {
    const next = deskQueue.get().pending[0];
    if (!next) break;
    if (isOffline()) return;
    try {
      await send(client, next);
      await deskQueue.done(next.operationId);
      sent++;
    } catch (error) {
      const code = errorCode(error);
      if (TRY_AGAIN.includes(code)) return later(client);
      // The session ended: the taps wait for the next sign-in (the app asks for it).
      if (code === 'UNAUTHENTICATED') return;
      await deskQueue.fail(next, code, CombinedGraphQLErrors.is(error) ? (error.errors[0]?.message ?? code) : code);
      sent++;
    }
  }
  pause = FIRST_PAUSE_MS;
  if (sent) refresh(client);
}

/** Tries again after a pause that grows while the signal stays bad; the `online` event cuts it short. */
function later(client: ApolloClient): void {
  if (retry) return;
  retry = setTimeout(() => {
    retry = null;
    void syncDeskQueue(client);
  }, pause);
  pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
}

/** Starts syncing whenever the tablet comes back online; returns the way to stop (on leaving the desk). */
export function syncWhenOnline(client: ApolloClient): () => void {
  const online = () => {
    pause = FIRST_PAUSE_MS;
    if (retry) clearTimeout(retry);
    retry = null;
    void syncDeskQueue(client);
  };
  window.addEventListener('online', online);
  void syncDeskQueue(client);
  return () => window.removeEventListener('online', online);
}
