// One value of the address's query string as state, so filters and tabs survive a reload and the
// back button. Changes replace the history entry: typing a filter is not a page visit.
import { useCallback } from 'react';
import { useSearchParams } from 'wouter';

interface SetOptions {
  /** Drop every other parameter (another tab's filters mean nothing here). */
  resetOthers?: boolean;
}

export function useSearchParam(name: string): [string | null, (value: string | null, options?: SetOptions) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (value: string | null, options: SetOptions = {}) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(options.resetOthers ? undefined : previous);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [name, setParams],
  );
  return [params.get(name), set];
}

/** Several parameters at once (a filter change also goes back to the first page). */
export function useSearchParamsUpdate(): (changes: Record<string, string | null>) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (changes) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
}
