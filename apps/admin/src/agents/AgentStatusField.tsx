import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** "Active", or "Left 2021-03-31" once the leaving day has come (the api's `active` filter means the same). */
export const AgentStatusField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<{ leftOn?: string | null }>();
  const translate = useTranslate();
  const today = new Date().toISOString().slice(0, 10);
  if (record?.leftOn && record.leftOn <= today) return <Chip size="small" label={`${translate('ys.agents.left')} ${record.leftOn}`} />;
  return <Chip size="small" color="success" variant="outlined" label={translate('ys.agents.active')} />;
};
