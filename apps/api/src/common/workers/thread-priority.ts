// A worker thread's own place in the CPU's queue. On Linux the nice value belongs to each thread
// (setpriority with a thread's id), so a worker whose work nobody stands waiting for (a board for
// a screen on the wall) can make way for the event loop and PostgreSQL, which sign-ups wait for,
// on a machine of two cores. It still gets any CPU they leave idle.
import { readlinkSync } from 'fs';
import { setPriority } from 'os';

/** The nice value of background work: ready work at the default 0 gets about ten times its share. */
export const BACKGROUND_NICE = 10;

/**
 * Lowers the calling thread's priority to BACKGROUND_NICE, the rest of the process untouched.
 * False where it cannot (threads without a priority of their own, outside Linux): the work is done
 * all the same, at the process's priority.
 */
export function runThisThreadInBackground(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    // "<pid>/task/<tid>": the thread that asks, as a synchronous call runs on the calling thread.
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    setPriority(threadId, BACKGROUND_NICE);
    return true;
  } catch {
    return false;
  }
}
