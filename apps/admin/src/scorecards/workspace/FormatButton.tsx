import FormatIcon from '@mui/icons-material/FormatAlignLeft';
import { Button } from '@mui/material';
import { format } from '@yardstick/dsl';
import { useNotify, useTranslate } from 'react-admin';

/** Lays the source out with the language's own formatter (comments kept), in the browser. */
export const FormatButton = ({ source, onChange }: { source: string; onChange: (source: string) => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const run = () => {
    const result = format(source);
    if (result.value === undefined) return notify('ys.scorecards.editor.format_failed', { type: 'warning' });
    if (result.value === source) return notify('ys.scorecards.editor.unchanged', { type: 'info' });
    onChange(result.value);
    notify('ys.scorecards.editor.formatted', { type: 'info' });
  };
  return <Button startIcon={<FormatIcon />} onClick={run} data-testid="format-button">{translate('ys.scorecards.actions.format')}</Button>;
};
