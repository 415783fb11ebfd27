import { Alert, Box, Card, CardContent, Chip, Stack, Tab, Tabs, Typography } from '@mui/material';
import type { Diagnostic } from '@yardstick/dsl';
import { useEffect, useState, type ReactNode } from 'react';
import { Loading, Title, useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { dslLang } from '../../editor/lint-mapping';
import { PreviewPanel } from '../preview/PreviewPanel';
import { latestPublished } from '../scorecard-api';
import { TablesPanel } from '../tables/TablesPanel';
import { VersionsPanel } from '../versions/VersionsPanel';
import { SourcePanel } from './SourcePanel';
import { useScorecardWorkspace } from './use-scorecard-workspace';
import { WorkspaceToolbar } from './WorkspaceToolbar';

// One scorecard: the formula editor, the same source as weight and target tables, a preview of the text against
// the published version, and the versions with a side-by-side diff. Admins edit, save and publish; other roles
// read (the editor still explains every name and problem).

type TabKey = 'source' | 'tables' | 'preview' | 'versions';

export const ScorecardEditPage = () => <ScorecardWorkspace mode="edit" />;
export const ScorecardShowPage = () => <ScorecardWorkspace mode="show" />;

const ScorecardWorkspace = ({ mode }: { mode: 'edit' | 'show' }) => {
  const translate = useTranslate();
  const { id } = useParams();
  const [locale] = useLocaleState();
  const lang = dslLang(locale);
  const { canAccess: mayEdit } = useCanAccess({ resource: 'Scorecard', action: 'edit' });
  const readOnly = mode === 'show' || mayEdit !== true;
  const workspace = useScorecardWorkspace(id);
  const [tab, setTab] = useState<TabKey>('source');
  const [diagnostics, setDiagnostics] = useState<readonly Diagnostic[]>([]);
  const [refusal, setRefusal] = useState<readonly Diagnostic[] | null>(null);
  const { detail, dirty } = workspace;
  // leaving the page (reload, closing the tab) with unsaved text asks first
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (workspace.loadError) return <Alert severity="error">{translate(workspace.loadError.message, { _: workspace.loadError.message })}</Alert>;
  if (detail === undefined) return <Loading />;
  if (detail === null) return <Alert severity="warning">{translate('ys.scorecards.errors.not_found')}</Alert>;

  const published = latestPublished(detail.versions);
  const publishedVersion = detail.versions.find((v) => v.version === published);
  const showRefusal = (list: readonly Diagnostic[]) => {
    workspace.showServerDiagnostics(list);
    setRefusal(list);
    setTab('source');
  };
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={`${translate('resources.Scorecard.name', { smart_count: 1 })} ${detail.key}`} />
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" data-testid="scorecard-key">{detail.key}</Typography>
        {detail.label ? <Typography variant="h6" color="text.secondary">{detail.label}</Typography> : null}
        {publishedVersion
          ? <Chip size="small" color="success" label={translate('ys.scorecards.status.published', { version: publishedVersion.version, date: publishedVersion.effectiveFrom ?? '' })} />
          : <Chip size="small" variant="outlined" label={translate('ys.scorecards.status.none_published')} />}
        {detail.inForce ? <Chip size="small" variant="outlined" label={translate('ys.scorecards.status.in_force', { version: detail.inForce.version })} /> : null}
        {detail.draft ? <Chip size="small" color={detail.draft.valid ? 'info' : 'error'} label={translate('ys.scorecards.status.draft', { version: detail.draft.version })} data-testid="draft-chip" /> : null}
        {workspace.dirty ? <Chip size="small" color="warning" variant="outlined" label={translate('ys.scorecards.status.unsaved')} data-testid="unsaved-chip" /> : null}
        {readOnly ? <Chip size="small" variant="outlined" label={translate('ys.scorecards.status.read_only')} /> : null}
      </Stack>
      {readOnly ? null : <WorkspaceToolbar workspace={workspace} lang={lang} onRefused={showRefusal} onPublished={() => setRefusal(null)} />}
      {refusal && refusal.length > 0 ? (
        <Alert severity="error" onClose={() => setRefusal(null)} sx={{ mb: 1 }} data-testid="publish-refused">
          <strong>{translate('ys.scorecards.publish.refused_title')}</strong>
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {refusal.map((d) => (
              <li key={`${d.code}-${d.span.start.offset}`}>
                {d.code} · {translate('ys.scorecards.editor.line_column', { line: d.span.start.line, column: d.span.start.column })}: {lang === 'zh' ? d.messageZh : d.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Card>
        <Tabs value={tab} onChange={(_, value: TabKey) => setTab(value)} sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}>
          <Tab value="source" label={translate('ys.scorecards.tabs.source')} data-testid="tab-source" />
          <Tab value="tables" label={translate('ys.scorecards.tabs.tables')} data-testid="tab-tables" />
          {readOnly ? null : <Tab value="preview" label={translate('ys.scorecards.tabs.preview')} data-testid="tab-preview" />}
          <Tab value="versions" label={translate('ys.scorecards.tabs.versions')} data-testid="tab-versions" />
        </Tabs>
        <CardContent>
          {/* The editor stays mounted on every tab: its undo history and cursor survive a look at the tables. */}
          <Panel active={tab === 'source'}>
            <SourcePanel source={workspace.source} onChange={workspace.setSource} lang={lang} readOnly={readOnly}
              serverDiagnostics={workspace.serverDiagnostics} diagnostics={diagnostics} onDiagnostics={setDiagnostics} />
          </Panel>
          {tab === 'tables' ? <TablesPanel source={workspace.source} onChange={workspace.setSource} readOnly={readOnly} /> : null}
          {tab === 'preview' && !readOnly ? <PreviewPanel source={workspace.source} onRefused={showRefusal} /> : null}
          {tab === 'versions' ? <VersionsPanel versions={detail.versions} current={workspace.source} /> : null}
        </CardContent>
      </Card>
    </Box>
  );
};

const Panel = ({ active, children }: { active: boolean; children: ReactNode }) => (
  <Box sx={{ display: active ? 'block' : 'none' }} data-active={active ? 'true' : 'false'}>{children}</Box>
);
