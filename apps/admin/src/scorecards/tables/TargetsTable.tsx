import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Button, IconButton, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { COMPARE_OPS, type CompareOp, type ScorecardTables, type TargetInput, type TargetRow } from '@yardstick/dsl';

// The targets: metric, comparison, value, and the condition under which the line applies (the first line of a
// metric whose condition holds wins, so order matters and is kept). Each row is written back on leaving it.

export interface TargetsTableProps {
  tables: ScorecardTables;
  readOnly: boolean;
  /** index null adds a target; answers an error message key when refused */
  onCommit: (index: number | null, target: TargetInput) => string | null;
  onRemove: (index: number) => void;
}

export const TargetsTable = ({ tables, readOnly, onCommit, onRemove }: TargetsTableProps) => {
  const translate = useTranslate();
  const first = tables.targetNames[0] ?? '';
  return (
    <>
      <Table size="small" data-testid="targets-table">
        <TableHead>
          <TableRow>
            <TableCell>{translate('ys.scorecards.tables.metric')}</TableCell>
            <TableCell>{translate('ys.scorecards.tables.op')}</TableCell>
            <TableCell>{translate('ys.scorecards.tables.value')}</TableCell>
            <TableCell>{translate('ys.scorecards.tables.when')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {tables.targets.map((row) => (
            <TargetEditor key={row.index} row={row} names={tables.targetNames} readOnly={readOnly}
              onCommit={(target) => onCommit(row.index, target)} onRemove={() => onRemove(row.index)} />
          ))}
        </TableBody>
      </Table>
      {tables.targets.length === 0 ? <Typography variant="body2" color="text.secondary" sx={{ m: 1 }}>{translate('ys.scorecards.tables.no_targets')}</Typography> : null}
      {readOnly || !first ? null : (
        <Button startIcon={<AddIcon />} size="small" sx={{ mt: 1 }} data-testid="add-target"
          onClick={() => onCommit(null, { metric: first, op: '>=', value: '0' })}>
          {translate('ys.scorecards.tables.add_target')}
        </Button>
      )}
    </>
  );
};

interface TargetEditorProps {
  row: TargetRow;
  names: readonly string[];
  readOnly: boolean;
  onCommit: (target: TargetInput) => string | null;
  onRemove: () => void;
}

const TargetEditor = ({ row, names, readOnly, onCommit, onRemove }: TargetEditorProps) => {
  const translate = useTranslate();
  const [draft, setDraft] = useState<TargetInput>(row);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(row), [row]);
  const commit = (next: TargetInput) => {
    setDraft(next);
    const same = next.metric === row.metric && next.op === row.op && next.value === row.value && (next.when || null) === row.when;
    setError(same ? null : onCommit(next));
  };
  const options = names.includes(row.metric) ? names : [row.metric, ...names];
  const testId = (part: string) => ({ 'data-testid': `target-${row.index}-${part}` });
  return (
    <TableRow>
      <TableCell>
        <TextField fullWidth={false} select size="small" value={draft.metric} disabled={readOnly} onChange={(e) => commit({ ...draft, metric: e.target.value })}
          slotProps={{ htmlInput: testId('metric') }} sx={{ minWidth: 150 }}>
          {options.map((name) => <MenuItem key={name} value={name}>{name}</MenuItem>)}
        </TextField>
      </TableCell>
      <TableCell>
        <TextField fullWidth={false} select size="small" value={draft.op} disabled={readOnly} onChange={(e) => commit({ ...draft, op: e.target.value as CompareOp })}
          slotProps={{ htmlInput: testId('op') }}>
          {COMPARE_OPS.map((op) => <MenuItem key={op} value={op}>{op}</MenuItem>)}
        </TextField>
      </TableCell>
      <TableCell>
        <TextField fullWidth={false} size="small" value={draft.value} disabled={readOnly} error={error === 'ys.scorecards.tables.invalid_value'}
          onChange={(e) => setDraft({ ...draft, value: e.target.value })} onBlur={() => commit(draft)}
          onKeyDown={(e) => { if (e.key === 'Enter') (e.target as HTMLInputElement).blur(); }}
          helperText={error === 'ys.scorecards.tables.invalid_value' ? translate(error) : undefined}
          slotProps={{ htmlInput: { ...testId('value'), style: { width: 90 } } }} />
      </TableCell>
      <TableCell>
        <TextField size="small" value={draft.when ?? ''} disabled={readOnly} fullWidth error={error !== null && error !== 'ys.scorecards.tables.invalid_value'}
          onChange={(e) => setDraft({ ...draft, when: e.target.value })} onBlur={() => commit(draft)}
          onKeyDown={(e) => { if (e.key === 'Enter') (e.target as HTMLInputElement).blur(); }}
          helperText={error && error !== 'ys.scorecards.tables.invalid_value' ? translate(error) : undefined}
          slotProps={{ htmlInput: testId('when') }} />
      </TableCell>
      <TableCell padding="checkbox">
        {readOnly ? null : (
          <Tooltip title={translate('ys.scorecards.tables.remove')}>
            <IconButton size="small" onClick={onRemove} aria-label={translate('ys.scorecards.tables.remove')}><DeleteIcon fontSize="small" /></IconButton>
          </Tooltip>
        )}
      </TableCell>
    </TableRow>
  );
};
