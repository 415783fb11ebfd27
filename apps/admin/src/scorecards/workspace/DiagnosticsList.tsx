import ErrorIcon from '@mui/icons-material/ErrorOutlined';
import InfoIcon from '@mui/icons-material/InfoOutlined';
import WarningIcon from '@mui/icons-material/WarningAmber';
import { List, ListItemButton, ListItemIcon, ListItemText, Stack, Typography } from '@mui/material';
import type { Diagnostic, Lang } from '@yardstick/dsl';
import { useTranslate } from 'react-admin';

// The problems of the text under the editor, in the reader's language: code, message, line and column. A click
// puts the cursor on the problem.

export interface DiagnosticsListProps {
  diagnostics: readonly Diagnostic[];
  lang: Lang;
  onSelect?: (offset: number) => void;
  dense?: boolean;
}

const ICONS = { error: ErrorIcon, warning: WarningIcon, info: InfoIcon } as const;
const COLORS = { error: 'error', warning: 'warning', info: 'info' } as const;

export const DiagnosticsList = ({ diagnostics, lang, onSelect, dense }: DiagnosticsListProps) => {
  const translate = useTranslate();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return (
    <div data-testid="diagnostics-list">
      <Stack direction="row" spacing={2} sx={{ mt: 1, alignItems: 'baseline' }}>
        <Typography variant="subtitle2">{translate('ys.scorecards.editor.problems')}</Typography>
        {diagnostics.length === 0
          ? <Typography variant="body2" color="success.main">{translate('ys.scorecards.editor.no_problems')}</Typography>
          : (
            <Typography variant="body2" color="text.secondary">
              {translate('ys.scorecards.editor.errors', { smart_count: errors })}
              {' · '}
              {translate('ys.scorecards.editor.warnings', { smart_count: warnings })}
            </Typography>
          )}
      </Stack>
      <List dense={dense ?? true} disablePadding sx={{ maxHeight: 220, overflow: 'auto' }}>
        {diagnostics.map((d) => {
          const Icon = ICONS[d.severity] ?? InfoIcon;
          return (
            <ListItemButton key={`${d.code}-${d.span.start.offset}-${d.span.end.offset}-${d.message}`}
              onClick={() => onSelect?.(d.span.start.offset)} data-testid="diagnostic-item" data-code={d.code}>
              <ListItemIcon sx={{ minWidth: 32 }}><Icon fontSize="small" color={COLORS[d.severity] ?? 'info'} /></ListItemIcon>
              <ListItemText
                primary={`${d.code}  ${lang === 'zh' ? d.messageZh : d.message}`}
                secondary={translate('ys.scorecards.editor.line_column', { line: d.span.start.line, column: d.span.start.column })}
              />
            </ListItemButton>
          );
        })}
      </List>
    </div>
  );
};
