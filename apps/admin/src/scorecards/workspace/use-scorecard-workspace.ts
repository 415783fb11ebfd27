import type { Diagnostic } from '@yardstick/dsl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../providers/api-error';
import {
  diagnosticsOfError, discardDraft, loadScorecard, publishDraft, saveDraft, workingVersion, type ScorecardDetail,
  type ScorecardVersion,
} from '../scorecard-api';

// The state of one scorecard being edited: what the service holds (versions, draft), the text in the editor,
// and the service's diagnostics for it after a save or a refused publish. Saving and publishing go through the
// service, which checks the text again with the same language code.

export interface Workspace {
  detail: ScorecardDetail | null | undefined;
  loadError: ApiError | undefined;
  /** the text in the editor */
  source: string;
  setSource: (source: string) => void;
  /** the stored text the editor started from (the draft, else the newest version) */
  baseline: string;
  dirty: boolean;
  serverDiagnostics: readonly Diagnostic[];
  busy: 'save' | 'publish' | 'discard' | null;
  save: () => Promise<ScorecardVersion>;
  /** saves unsaved changes first; a refusal carries its diagnostics (also set as serverDiagnostics) */
  publish: (effectiveFrom: string) => Promise<ScorecardVersion>;
  discard: () => Promise<void>;
  revert: () => void;
  /** shows the service's diagnostics for the current text (a refused preview) */
  showServerDiagnostics: (diagnostics: readonly Diagnostic[]) => void;
}

export function useScorecardWorkspace(id: string | undefined): Workspace {
  const [detail, setDetail] = useState<ScorecardDetail | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<ApiError | undefined>(undefined);
  const [source, setSource] = useState('');
  const [baseline, setBaseline] = useState('');
  const [serverDiagnostics, setServerDiagnostics] = useState<readonly Diagnostic[]>([]);
  const [busy, setBusy] = useState<Workspace['busy']>(null);
  const sourceRef = useRef(source);
  sourceRef.current = source;

  /** Reloads what the service holds; `keepText` leaves the editor as it is (after a save or publish of it). */
  const refresh = useCallback(async (keepText: boolean) => {
    if (!id) return;
    try {
      const loaded = await loadScorecard(id);
      setDetail(loaded);
      const working = loaded ? workingVersion(loaded) : null;
      setBaseline(working?.source ?? '');
      if (!keepText) setSource(working?.source ?? '');
    } catch (error) {
      setLoadError(toApiError(error));
    }
  }, [id]);

  useEffect(() => {
    setDetail(undefined);
    void refresh(false);
  }, [refresh]);

  const run = useCallback(async <T>(kind: NonNullable<Workspace['busy']>, action: () => Promise<T>): Promise<T> => {
    setBusy(kind);
    try {
      return await action();
    } catch (error) {
      setServerDiagnostics(diagnosticsOfError(error));
      throw error;
    } finally {
      setBusy(null);
    }
  }, []);

  const key = detail?.key ?? '';
  const save = useCallback(() => run('save', async () => {
    const text = sourceRef.current;
    const version = await saveDraft(key, text);
    setServerDiagnostics(version.diagnostics);
    await refresh(sourceRef.current !== text);
    return version;
  }), [key, refresh, run]);

  const publish = useCallback((effectiveFrom: string) => run('publish', async () => {
    const text = sourceRef.current;
    try {
      if (!detail?.draft || text !== baseline) await saveDraft(key, text);
      const version = await publishDraft(key, effectiveFrom);
      setServerDiagnostics([]);
      return version;
    } finally {
      // saved, published or refused: show what the service holds now (a refused publish still saved the draft)
      await refresh(sourceRef.current !== text);
    }
  }), [baseline, detail, key, refresh, run]);

  const discard = useCallback(() => run('discard', async () => {
    await discardDraft(key);
    setServerDiagnostics([]);
    await refresh(false);
  }), [key, refresh, run]);

  const revert = useCallback(() => setSource(baseline), [baseline]);

  return {
    detail, loadError, source, setSource, baseline, dirty: source !== baseline, serverDiagnostics, busy, save, publish, discard, revert,
    showServerDiagnostics: setServerDiagnostics,
  };
}
