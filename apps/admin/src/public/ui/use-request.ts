// Loads data for a page and reloads it when its inputs change (the language, a slug). The last
// answer stays on screen while the next one is on its way, so switching language does not blank
// the form someone is filling in.
import { useCallback, useEffect, useState } from 'react';
import { asRequestError, type GraphQLRequestError } from '../api/graphql-client';

export interface RequestState<T> {
  data: T | undefined;
  error: GraphQLRequestError | undefined;
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  key: string;
  data?: T;
  error?: GraphQLRequestError;
}

export function useRequest<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): RequestState<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>();
  const key = JSON.stringify([...deps, attempt]);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ key, data });
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        setSettled((previous) => ({ key, data: previous?.data, error: asRequestError(reason) }));
      },
    );
    return () => controller.abort();
    // `load` is a new closure on every render; `key` names what it depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: settled?.data, error: settled?.error, loading: settled?.key !== key, reload };
}
