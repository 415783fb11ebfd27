import FunctionsIcon from '@mui/icons-material/Functions';
import { ScorecardCreate, ScorecardEdit, ScorecardShow } from './lazy-pages';
import { ScorecardList } from './ScorecardList';

export const scorecards = {
  list: ScorecardList, create: ScorecardCreate, edit: ScorecardEdit, show: ScorecardShow, icon: FunctionsIcon,
  recordRepresentation: 'key',
};
