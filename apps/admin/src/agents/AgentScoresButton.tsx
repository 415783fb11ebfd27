import InsightsIcon from '@mui/icons-material/Insights';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import { consoleModules } from '../modules';

const SCORES_PATH = '/agents/:id/scores';

/** Opens the agent's scores and explanations (the agent-page module), when that page exists and the role may see it. */
export const AgentScoresButton = () => {
  const record = useRecordContext<{ id: string | number }>();
  const { canAccess } = useCanAccess({ resource: 'agent-page', action: 'list' });
  if (!record || !canAccess || !consoleModules.routes.some((route) => route.path === SCORES_PATH)) return null;
  return (
    <Button to={SCORES_PATH.replace(':id', encodeURIComponent(String(record.id)))} label="ys.agents.scores"
      onClick={(event) => event.stopPropagation()}>
      <InsightsIcon />
    </Button>
  );
};
