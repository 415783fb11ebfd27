import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { AgentCreate } from './AgentCreate';
import { AgentEdit } from './AgentEdit';
import { AgentList } from './AgentList';
import { AgentShow } from './AgentShow';

export const agents = {
  list: AgentList,
  create: AgentCreate,
  edit: AgentEdit,
  show: AgentShow,
  icon: SupportAgentIcon,
  recordRepresentation: 'name',
};
