import { Compartment, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { Diagnostic, Lang } from '@yardstick/dsl';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { editorExtensions, readOnlyExtension } from './editor-setup';
import { relint, setServerDiagnostics } from './lint';
import { minimalChange } from './minimal-change';

// The formula editor: CodeMirror 6 with the scorecard language running in the browser. Controlled like an
// input (`value` / `onChange`); a new `value` from outside (a table edit, Format, a version loaded) replaces
// the text as one undoable change. Loaded lazily with the pages that use it, so the login page stays small.

export interface ScorecardEditorHandle {
  /** put the cursor at `offset` and scroll to it (a click in the diagnostics list) */
  focusAt(offset: number): void;
  /** the CodeMirror view, for tests and tools */
  view(): EditorView | null;
}

export interface ScorecardEditorProps {
  value: string;
  onChange?: (value: string) => void;
  lang: Lang;
  readOnly?: boolean;
  /** the service's diagnostics for the current text (a refused publish): shown until the text changes */
  serverDiagnostics?: readonly Diagnostic[];
  onDiagnostics?: (diagnostics: readonly Diagnostic[]) => void;
  fixLabel: (suggestion: string) => string;
  /** accessible name of the editing area */
  label: string;
  handle?: Ref<ScorecardEditorHandle>;
}

export const ScorecardEditor = (props: ScorecardEditorProps) => {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The extensions read these through refs: the view is built once and must see the latest callbacks.
  const latest = useRef(props);
  latest.current = props;
  const readOnly = useRef(new Compartment());

  useEffect(() => {
    if (!host.current) return undefined;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: latest.current.value,
        extensions: editorExtensions({
          lang: () => latest.current.lang,
          fixLabel: (suggestion) => latest.current.fixLabel(suggestion),
          onDiagnostics: (diagnostics) => latest.current.onDiagnostics?.(diagnostics),
          onChange: (text) => latest.current.onChange?.(text),
          readOnly: readOnly.current,
        }),
      }),
    });
    created.contentDOM.setAttribute('aria-label', latest.current.label);
    created.contentDOM.setAttribute('data-testid', 'scorecard-editor-content');
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const current = view.current;
    const change = current && minimalChange(current.state.doc.toString(), props.value);
    if (current && change) current.dispatch({ changes: change });
  }, [props.value]);

  useEffect(() => {
    view.current?.dispatch({ effects: readOnly.current.reconfigure(readOnlyExtension(props.readOnly ?? false)) });
  }, [props.readOnly]);

  useEffect(() => {
    view.current?.dispatch({ effects: setServerDiagnostics.of(props.serverDiagnostics ?? []) });
  }, [props.serverDiagnostics]);

  useEffect(() => {
    view.current?.dispatch({ effects: relint.of(null) });
  }, [props.lang]);

  useImperativeHandle(props.handle, () => ({
    focusAt(offset: number) {
      const current = view.current;
      if (!current) return;
      const at = Math.max(0, Math.min(offset, current.state.doc.length));
      current.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      current.focus();
    },
    view: () => view.current,
  }), []);

  return <div ref={host} data-testid="scorecard-editor" />;
};
