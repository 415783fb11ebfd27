import { Alert, Stack, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { editErrorKey } from './edit-messages';
import { addTarget, readTables, removeTarget, setTarget, setWeight, type EditResult } from '@yardstick/dsl';
import { TargetsTable } from './TargetsTable';
import { WeightsTable } from './WeightsTable';

// Weights and targets as tables over the same source the editor shows: the tables are read from the text on
// every change, and an edit in a table rewrites the text (through the language's formatter) — one source of
// truth, two ways to change it.

export interface TablesPanelProps {
  source: string;
  onChange: (source: string) => void;
  readOnly: boolean;
}

export const TablesPanel = ({ source, onChange, readOnly }: TablesPanelProps) => {
  const translate = useTranslate();
  const tables = useMemo(() => readTables(source), [source]);
  const locked = readOnly || !tables.editable;
  const apply = (result: EditResult): string | null => {
    if (!result.ok) return editErrorKey(result);
    if (result.source !== source) onChange(result.source);
    return null;
  };
  return (
    <Stack spacing={3}>
      {tables.reason === 'syntax' ? <Alert severity="warning">{translate('ys.scorecards.tables.read_only_syntax')}</Alert> : null}
      {tables.reason === 'no-scorecard' ? <Alert severity="info">{translate('ys.scorecards.tables.read_only_empty')}</Alert> : null}
      {locked ? null : <Typography variant="body2" color="text.secondary">{translate('ys.scorecards.tables.rewrites')}</Typography>}
      <section>
        <Typography variant="h6" gutterBottom>{translate('ys.scorecards.tables.weights')}</Typography>
        {tables.profiles.length === 0
          ? <Typography variant="body2" color="text.secondary">{translate('ys.scorecards.tables.no_profiles')}</Typography>
          : <WeightsTable tables={tables} readOnly={locked} onCommit={(profile, kpi, percent) => apply(setWeight(source, profile, kpi, percent))} />}
      </section>
      <section>
        <Typography variant="h6" gutterBottom>{translate('ys.scorecards.tables.targets')}</Typography>
        <TargetsTable tables={tables} readOnly={locked}
          onCommit={(index, target) => apply(index === null ? addTarget(source, target) : setTarget(source, index, target))}
          onRemove={(index) => apply(removeTarget(source, index))} />
      </section>
    </Stack>
  );
};
