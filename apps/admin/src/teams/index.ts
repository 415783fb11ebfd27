import GroupsIcon from '@mui/icons-material/Groups';
import { TeamCreate } from './TeamCreate';
import { TeamEdit } from './TeamEdit';
import { TeamList } from './TeamList';
import { TeamShow } from './TeamShow';

export const teams = { list: TeamList, create: TeamCreate, edit: TeamEdit, show: TeamShow, icon: GroupsIcon, recordRepresentation: 'name' };
