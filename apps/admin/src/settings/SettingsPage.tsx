import { Alert, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import {
  AutocompleteInput, SaveButton, SimpleForm, TextInput, Title, Toolbar, required, useLocaleState, useNotify, useTranslate,
} from 'react-admin';
import { useCanEdit } from '../common/use-role';
import { formErrorsOf, messageOf, toApiError } from '../providers/api-error';
import { gqlRequest } from '../providers/gql-request';
import { useGqlQuery } from '../providers/use-gql-query';
import { timeZoneChoices, validTimeZone } from './time-zones';

const ORGANISATION = 'query Organisation { organisation { name timeZone updatedAt } }';
const UPDATE = `mutation UpdateOrganisation($name: String, $timeZone: String) {
  updateOrganisation(name: $name, timeZone: $timeZone) { name timeZone updatedAt }
}`;

interface Organisation { name: string; timeZone: string; updatedAt: string }

/** The organisation's name and time zone: everyone reads them, admins change them. */
export const SettingsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const canEdit = useCanEdit('settings');
  const { data, error, loading, refetch } = useGqlQuery<{ organisation: Organisation }>(ORGANISATION);
  const save = async (values: Record<string, unknown>) => {
    try {
      await gqlRequest(UPDATE, { name: values.name, timeZone: values.timeZone });
      notify('ys.settings.saved', { type: 'success' });
      await refetch();
      return undefined;
    } catch (failure) {
      const api = toApiError(failure);
      const errors = formErrorsOf(api, locale);
      if (Object.keys(errors).length > 0) return errors;
      notify(messageOf(api), { type: 'error', messageArgs: { _: api.message } });
      return undefined;
    }
  };
  return (
    <Card sx={{ mt: 2, maxWidth: 720 }}>
      <Title title="ys.settings.title" />
      <CardContent>
        <Typography variant="h6" gutterBottom>{translate('ys.settings.title')}</Typography>
        {loading && !data && <CircularProgress size={24} />}
        {error && <Alert severity="error">{translate(messageOf(error), { _: error.message })}</Alert>}
        {!canEdit && data && <Alert severity="info" sx={{ mb: 1 }}>{translate('ys.settings.read_only')}</Alert>}
      </CardContent>
      {data && (
        <SimpleForm record={data.organisation} onSubmit={save} disabled={!canEdit}
          toolbar={canEdit ? <Toolbar><SaveButton /></Toolbar> : false}>
          <TextInput source="name" label="ys.settings.name" validate={required()} readOnly={!canEdit} />
          <AutocompleteInput source="timeZone" label="ys.settings.time_zone" choices={timeZoneChoices()} validate={validTimeZone}
            helperText="ys.settings.time_zone_hint" readOnly={!canEdit} sx={{ minWidth: 320 }} />
          <Typography variant="body2" color="text.secondary" data-testid="settings-updated-at">
            {`${translate('ys.settings.updated_at')}: ${new Date(data.organisation.updatedAt).toLocaleString(locale)}`}
          </Typography>
        </SimpleForm>
      )}
    </Card>
  );
};
