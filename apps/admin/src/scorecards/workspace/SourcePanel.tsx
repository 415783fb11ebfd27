import { Typography } from '@mui/material';
import type { Diagnostic, Lang } from '@yardstick/dsl';
import { useRef } from 'react';
import { useTranslate } from 'react-admin';
import { ScorecardEditor, type ScorecardEditorHandle } from '../../editor/ScorecardEditor';
import { DiagnosticsList } from './DiagnosticsList';

// The formula editor with the list of problems beneath it. The list shows what the editor's linter found (the
// language's check in the browser) plus what the service said about this text (a refused publish).

export interface SourcePanelProps {
  source: string;
  onChange: (source: string) => void;
  lang: Lang;
  readOnly: boolean;
  serverDiagnostics: readonly Diagnostic[];
  diagnostics: readonly Diagnostic[];
  onDiagnostics: (diagnostics: readonly Diagnostic[]) => void;
}

export const SourcePanel = (props: SourcePanelProps) => {
  const translate = useTranslate();
  const editor = useRef<ScorecardEditorHandle>(null);
  return (
    <div>
      <ScorecardEditor
        handle={editor}
        value={props.source}
        onChange={props.onChange}
        lang={props.lang}
        readOnly={props.readOnly}
        serverDiagnostics={props.serverDiagnostics}
        onDiagnostics={props.onDiagnostics}
        fixLabel={(suggestion) => translate('ys.scorecards.editor.fix', { suggestion })}
        label={translate('ys.scorecards.editor.label')}
      />
      {props.readOnly ? null : <Typography variant="caption" color="text.secondary">{translate('ys.scorecards.editor.hint')}</Typography>}
      <DiagnosticsList diagnostics={props.diagnostics} lang={props.lang} onSelect={(offset) => editor.current?.focusAt(offset)} />
    </div>
  );
};
