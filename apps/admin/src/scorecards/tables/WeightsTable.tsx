import { Chip, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { eq12, parseWeightInput, tidy, type ScorecardTables } from '@yardstick/dsl';

// kpis × profiles: each cell a kpi's weight in a profile, each column's total under it, live as the admin types
// (red unless exactly 100%). A cell is written back into the source when the admin leaves it or presses Enter.

export interface WeightsTableProps {
  tables: ScorecardTables;
  readOnly: boolean;
  /** writes one weight back; answers an error message key when the source refused it */
  onCommit: (profile: string, kpi: string, percent: number | null) => string | null;
}

const cellKey = (profile: string, kpi: string) => `${profile}\u0000${kpi}`;

export const WeightsTable = ({ tables, readOnly, onCommit }: WeightsTableProps) => {
  const translate = useTranslate();
  // what is being typed, per cell, until it is committed
  const [typing, setTyping] = useState<Record<string, string>>({});
  const liveTotal = (profile: ScorecardTables['profiles'][number]) => {
    let total = 0;
    let complete = true;
    for (const kpi of tables.kpis) {
      const typed = typing[cellKey(profile.name, kpi.name)];
      const value = typed !== undefined ? parseWeightInput(typed) : profile.weights[kpi.name]?.percent ?? null;
      if (value === undefined || (value === null && typed === undefined && profile.weights[kpi.name])) complete = false;
      else if (value !== null) total += value;
    }
    return { total: tidy(total), ok: complete && eq12(tidy(total), 100) };
  };
  return (
    <Table size="small" data-testid="weights-table" sx={{ width: 'auto' }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('ys.scorecards.tables.kpi')}</TableCell>
          {tables.profiles.map((p) => (
            <TableCell key={p.name} align="right">
              <strong>{p.label ?? p.name}</strong>
              <Typography sx={{ display: 'block' }} variant="caption" color="text.secondary">
                {[p.label ? p.name : null, p.isDefault ? translate('ys.scorecards.tables.default') : null].filter(Boolean).join(' · ')}
              </Typography>
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {tables.kpis.map((kpi) => (
          <TableRow key={kpi.name}>
            <TableCell>
              {kpi.label ? <>{kpi.label} <Typography component="span" variant="caption" color="text.secondary">{kpi.name}</Typography></> : kpi.name}
              {kpi.declared ? null : <Chip size="small" color="error" variant="outlined" sx={{ ml: 1 }} label={translate('ys.scorecards.tables.not_declared')} />}
            </TableCell>
            {tables.profiles.map((p) => (
              <WeightCell key={p.name} profile={p.name} kpi={kpi.name} cell={p.weights[kpi.name]} readOnly={readOnly}
                onTyping={(text) => setTyping((t) => {
                  const next = { ...t };
                  if (text === undefined) delete next[cellKey(p.name, kpi.name)];
                  else next[cellKey(p.name, kpi.name)] = text;
                  return next;
                })}
                onCommit={(value) => onCommit(p.name, kpi.name, value)} />
            ))}
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell>{translate('ys.scorecards.tables.total')}</TableCell>
          {tables.profiles.map((p) => {
            const { total, ok } = liveTotal(p);
            return (
              <TableCell key={p.name} align="right" data-testid={`weight-total-${p.name}`} data-ok={ok ? 'true' : 'false'}
                sx={{ color: ok ? 'success.main' : 'error.main', fontWeight: 700 }}>
                {total}%
              </TableCell>
            );
          })}
        </TableRow>
      </TableFooter>
    </Table>
  );
};

interface WeightCellProps {
  profile: string;
  kpi: string;
  cell: { text: string; percent: number | null } | undefined;
  readOnly: boolean;
  onTyping: (text: string | undefined) => void;
  onCommit: (percent: number | null) => string | null;
}

const WeightCell = ({ profile, kpi, cell, readOnly, onTyping, onCommit }: WeightCellProps) => {
  const translate = useTranslate();
  const shown = cell ? (cell.percent !== null ? String(cell.percent) : cell.text) : '';
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  // the source changed (typed in the editor, another cell): show what it says now
  useEffect(() => setText(shown), [shown]);
  const commit = () => {
    onTyping(undefined);
    if (text === shown) return setError(null);
    const value = parseWeightInput(text);
    if (value === undefined) return setError('ys.scorecards.tables.invalid_weight');
    setError(onCommit(value));
  };
  const input = (
    <TextField fullWidth={false}
      size="small" value={text} disabled={readOnly} error={error !== null}
      helperText={error ? translate(error) : undefined}
      onChange={(event) => { setText(event.target.value); onTyping(event.target.value); }}
      onBlur={commit}
      onKeyDown={(event) => { if (event.key === 'Enter') (event.target as HTMLInputElement).blur(); }}
      slotProps={{
        htmlInput: { 'data-testid': `weight-${profile}-${kpi}`, inputMode: 'decimal', style: { textAlign: 'right', width: 64 } },
        input: { endAdornment: cell?.percent === null ? undefined : <span>%</span> },
      }}
    />
  );
  return (
    <TableCell align="right">
      {cell && cell.percent === null ? <Tooltip title={translate('ys.scorecards.tables.formula_weight', { text: cell.text })}>{input}</Tooltip> : input}
    </TableCell>
  );
};
