// Keeps a page's numbers live: asks again every few seconds while the tab is visible, pauses in a
// hidden tab (a laptop lid closed, another tab in front) and catches up as soon as it is seen.
import { useCallback, useEffect, useRef, useState } from 'react';

export const LIVE_REFRESH_MS = 10_000;

export interface LiveRefresh {
  /** When the numbers on screen were last fetched. */
  updatedAt: Date;
  /** The last refresh failed: the numbers are as of `updatedAt`. */
  stale: boolean;
  refreshNow: () => void;
}

export function useLiveRefresh(refetch: () => Promise<unknown>, intervalMs = LIVE_REFRESH_MS): LiveRefresh {
  const [updatedAt, setUpdatedAt] = useState(() => new Date());
  const [stale, setStale] = useState(false);
  // The latest refetch, without restarting the timer each render.
  const latest = useRef(refetch);
  useEffect(() => {
    latest.current = refetch;
  }, [refetch]);
  const kick = useRef<() => void>(() => undefined);

  useEffect(() => {
    let timer: number | undefined;
    let cancelled = false;
    let running = false;

    const refresh = async () => {
      window.clearTimeout(timer);
      if (running) return;
      running = true;
      try {
        await latest.current();
        if (cancelled) return;
        setUpdatedAt(new Date());
        setStale(false);
      } catch {
        if (!cancelled) setStale(true);
      } finally {
        running = false;
      }
      if (!cancelled && !document.hidden) timer = window.setTimeout(refresh, intervalMs);
    };
    const onVisibility = () => {
      if (document.hidden) window.clearTimeout(timer);
      else void refresh();
    };
    kick.current = () => void refresh();
    timer = window.setTimeout(refresh, intervalMs);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [intervalMs]);

  const refreshNow = useCallback(() => kick.current(), []);
  return { updatedAt, stale, refreshNow };
}
