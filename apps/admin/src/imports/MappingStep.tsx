import { Alert, Box, Chip, FormControlLabel, MenuItem, Switch, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { InlineField } from '../leaderboard/InlineField';
import { effectiveMapping, fieldOfColumn, hasDateColumns, matchingColumn, type ColumnMap, type MappingProblems, type RecordField } from './column-mapping';
import type { LoadedFile } from './file-source';
import { PreviewTable } from './PreviewTable';

interface MappingStepProps {
  file: LoadedFile;
  fields: RecordField[];
  map: ColumnMap;
  setMap: (map: ColumnMap) => void;
  problems: MappingProblems;
}

/** Each record field with the column it reads, and the file's first rows showing what each column feeds. */
export const MappingStep = ({ file, fields, map, setMap, problems }: MappingStepProps) => {
  const translate = useTranslate();
  const [allFields, setAllFields] = useState(false);
  const effective = useMemo(() => effectiveMapping(file.header, map, fields), [file.header, map, fields]);
  const feeds = useMemo(() => fieldOfColumn(file.header, map, fields), [file.header, map, fields]);
  const shown = fields.filter((field) => allFields || field.required || effective[field.name] || field.name in map);
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="subtitle1">{translate('ys.imports.fields_title')}</Typography>
        <FormControlLabel label={translate('ys.imports.all_fields')}
          control={<Switch checked={allFields} onChange={(event) => setAllFields(event.target.checked)} />} />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 1.5 }} data-testid="field-mapping">
        {shown.map((field) => {
          const byName = matchingColumn(file.header, field.name);
          const dateTime = field.name === 'occurred_at' && !effective.occurred_at && hasDateColumns(file.header);
          const missing = problems.missing.includes(field.name);
          return (
            <InlineField key={field.name} select fullWidth value={map[field.name] ?? ''} error={missing}
              label={`${field.label ? `${field.label} (${field.name})` : field.name}${field.required ? ' *' : ''}`}
              helperText={missing ? translate('ys.imports.required_field') : translate(`ys.imports.kinds.${field.kind}`, { type: field.type })}
              onChange={(event) => setMap(withColumn(map, field.name, event.target.value))}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true }, htmlInput: { 'data-testid': `map-${field.name}` } }}>
              <MenuItem value="">
                <em>{byName ? translate('ys.imports.by_name', { column: byName })
                  : dateTime ? translate('ys.imports.from_date_time') : translate('ys.imports.not_read')}</em>
              </MenuItem>
              {file.header.map((column, index) => <MenuItem key={`${column}-${index}`} value={column}>{column || `#${index + 1}`}</MenuItem>)}
            </InlineField>
          );
        })}
      </Box>
      {problems.absent.length > 0 && <Alert severity="error">{translate('ys.imports.absent_columns', { columns: problems.absent.join(', ') })}</Alert>}
      {problems.unnameable.length > 0 && (
        <Alert severity="error">{translate('ys.imports.unnameable_columns', { columns: problems.unnameable.join(', ') })}</Alert>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1">{translate('ys.imports.preview_title')}</Typography>
        <Chip size="small" label={file.totalRows === null
          ? translate('ys.imports.first_rows', { count: file.rows.length })
          : translate('ys.imports.rows_of', { count: file.rows.length, total: file.totalRows })} />
        {file.encoding === 'gb18030' && <Chip size="small" color="info" label={translate('ys.imports.gb18030')} />}
      </Box>
      <PreviewTable header={file.header} rows={file.rows} lines={file.lines} feeds={feeds} />
    </Box>
  );
};

function withColumn(map: ColumnMap, field: string, column: string): ColumnMap {
  const next = { ...map };
  if (column === '') delete next[field];
  else next[field] = column;
  return next;
}
