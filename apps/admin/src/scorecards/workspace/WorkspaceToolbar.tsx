import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import PublishIcon from '@mui/icons-material/Publish';
import SaveIcon from '@mui/icons-material/Save';
import UndoIcon from '@mui/icons-material/Undo';
import { Button, Stack } from '@mui/material';
import type { Diagnostic, Lang } from '@yardstick/dsl';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { messageOf, toApiError } from '../../providers/api-error';
import { diagnosticsOfError } from '../scorecard-api';
import { FormatButton } from './FormatButton';
import { PublishDialog } from './PublishDialog';
import type { Workspace } from './use-scorecard-workspace';

// Format (the language's formatter, in the browser), save the draft, publish with an effective date, discard
// the draft, undo unsaved changes. A refused publish hands its diagnostics to the page (editor and list).

export interface WorkspaceToolbarProps {
  workspace: Workspace;
  lang: Lang;
  onRefused: (diagnostics: readonly Diagnostic[]) => void;
  onPublished: () => void;
}

export const WorkspaceToolbar = ({ workspace, onRefused, onPublished }: WorkspaceToolbarProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [publishing, setPublishing] = useState(false);
  const { detail, dirty, busy } = workspace;
  const key = detail?.key ?? '';
  const failed = (error: unknown) => {
    const diagnostics = diagnosticsOfError(error);
    if (diagnostics.length > 0) {
      onRefused(diagnostics);
      notify('ys.scorecards.notify.refused', { type: 'error', messageArgs: { smart_count: diagnostics.length } });
    } else {
      const api = toApiError(error);
      notify(messageOf(api), { type: 'error', messageArgs: { _: api.message } });
    }
  };
  const save = () => workspace.save().then((version) => {
    notify(version.valid ? 'ys.scorecards.notify.saved' : 'ys.scorecards.notify.saved_with_errors', {
      type: version.valid ? 'success' : 'warning', messageArgs: { version: version.version },
    });
  }, failed);
  const publish = (day: string) => workspace.publish(day).then((version) => {
    setPublishing(false);
    onPublished();
    notify('ys.scorecards.notify.published', { type: 'success', messageArgs: { version: version.version, date: version.effectiveFrom ?? day } });
  }, (error: unknown) => {
    setPublishing(false);
    failed(error);
  });
  const discard = () => workspace.discard().then(() => notify('ys.scorecards.notify.discarded', { type: 'info' }), failed);
  const canPublish = dirty || !!detail?.draft;
  return (
    <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap' }} useFlexGap>
      <FormatButton source={workspace.source} onChange={workspace.setSource} />
      <Button startIcon={<SaveIcon />} variant="outlined" disabled={!dirty || busy !== null} onClick={() => void save()} data-testid="save-button">
        {translate('ys.scorecards.actions.save')}
      </Button>
      <Button startIcon={<PublishIcon />} variant="contained" disabled={!canPublish || busy !== null} onClick={() => setPublishing(true)} data-testid="publish-button">
        {translate('ys.scorecards.actions.publish')}
      </Button>
      {dirty ? <Button startIcon={<UndoIcon />} onClick={workspace.revert}>{translate('ys.scorecards.actions.revert')}</Button> : null}
      {detail?.draft && !dirty ? (
        <Button startIcon={<DeleteIcon />} color="error" disabled={busy !== null} onClick={() => void discard()}>{translate('ys.scorecards.actions.discard')}</Button>
      ) : null}
      {publishing ? (
        <PublishDialog open scorecardKey={key} savesFirst={dirty} busy={busy === 'publish'} onCancel={() => setPublishing(false)} onPublish={(day) => void publish(day)} />
      ) : null}
    </Stack>
  );
};
