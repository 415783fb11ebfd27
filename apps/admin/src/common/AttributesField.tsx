import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** A record's attributes as `key: value` chips. */
export const AttributesField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ attributes?: Record<string, unknown> }>();
  const entries = Object.entries(record?.attributes ?? {});
  if (entries.length === 0) return <Typography variant="body2" color="text.secondary">—</Typography>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: "wrap" }}>
      {entries.map(([key, value]) => <Chip key={key} size="small" label={`${key}: ${String(value)}`} />)}
    </Stack>
  );
};
