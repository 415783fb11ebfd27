import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../providers/api-error';

export interface AsyncState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `run` whenever `key` changes (a JSON of what it depends on); an older answer never overwrites a newer one
 * and the previous data stays on screen while the next loads. `key === null` waits.
 */
export function useAsync<T>(run: () => Promise<T>, key: string | null): AsyncState<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: key !== null });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    if (key === null) return;
    const ticket = ++latest.current;
    setState((previous) => ({ data: previous.data, loading: true }));
    runRef.current().then(
      (data) => { if (ticket === latest.current) setState({ data, loading: false }); },
      (error: unknown) => { if (ticket === latest.current) setState((previous) => ({ data: previous.data, error: toApiError(error), loading: false })); },
    );
  }, [key, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
