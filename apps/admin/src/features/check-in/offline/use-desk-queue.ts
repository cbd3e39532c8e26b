// The desk's queue for components: what waits and what could not be synced, re-rendered as it
// changes, and whether the tablet is online.
import { useSyncExternalStore } from 'react';
import { deskQueue, type DeskQueueState } from './desk-queue';

export function useDeskQueue(): DeskQueueState {
  return useSyncExternalStore(deskQueue.subscribe, deskQueue.get, deskQueue.get);
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
}
