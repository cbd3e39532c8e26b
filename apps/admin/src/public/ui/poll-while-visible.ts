// A public board's polling, shared by the drive leaderboard and the contest page: asked for now and
// again every `intervalMs` while the page is looked at. A hidden tab (a phone in a pocket) does not
// poll and refreshes the moment it is looked at again. A new request aborts the one in flight, whose
// failure is then nobody's business.

/** Starts polling; returns the stop function, for an effect's clean-up. */
export function pollWhileVisible(load: (signal: AbortSignal) => Promise<void>, intervalMs: number, onFailure: (error: unknown) => void): () => void {
  let timer: number | undefined;
  let controller: AbortController | undefined;
  const refresh = async () => {
    window.clearTimeout(timer);
    controller?.abort();
    const current = (controller = new AbortController());
    try {
      await load(current.signal);
    } catch (error) {
      if (current.signal.aborted) return;
      onFailure(error);
    }
    if (!document.hidden) timer = window.setTimeout(refresh, intervalMs);
  };
  const onVisibility = () => {
    if (!document.hidden) void refresh();
    else window.clearTimeout(timer);
  };
  void refresh();
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.clearTimeout(timer);
    controller?.abort();
  };
}
