import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

// Publishing asks for one thing: the day the new version takes effect (a day in the organisation's zone).

export interface PublishDialogProps {
  open: boolean;
  scorecardKey: string;
  savesFirst: boolean;
  busy: boolean;
  onCancel: () => void;
  onPublish: (effectiveFrom: string) => void;
}

/** Today as YYYY-MM-DD in the browser's zone (the usual choice; the service reads it in the organisation's). */
export function todayText(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export const PublishDialog = ({ open, scorecardKey, savesFirst, busy, onCancel, onPublish }: PublishDialogProps) => {
  const translate = useTranslate();
  const [day, setDay] = useState(todayText());
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
  return (
    <Dialog open={open} onClose={onCancel} maxWidth="xs" fullWidth>
      <DialogTitle>{translate('ys.scorecards.publish.title', { key: scorecardKey })}</DialogTitle>
      <DialogContent>
        <TextField
          type="date" label={translate('ys.scorecards.publish.effective_from')} value={day} fullWidth margin="dense"
          onChange={(event) => setDay(event.target.value)} helperText={translate('ys.scorecards.publish.effective_hint')}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'publish-effective-from' } }}
        />
        {savesFirst ? <Alert severity="info" sx={{ mt: 1 }}>{translate('ys.scorecards.publish.saves_first')}</Alert> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate('ys.scorecards.publish.cancel')}</Button>
        <Button variant="contained" disabled={!valid || busy} onClick={() => onPublish(day)} data-testid="publish-confirm">
          {translate('ys.scorecards.publish.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
