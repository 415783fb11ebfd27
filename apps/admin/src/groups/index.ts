import ApartmentIcon from '@mui/icons-material/Apartment';
import { GroupCreate } from './GroupCreate';
import { GroupEdit } from './GroupEdit';
import { GroupList } from './GroupList';
import { GroupShow } from './GroupShow';

export const groups = { list: GroupList, create: GroupCreate, edit: GroupEdit, show: GroupShow, icon: ApartmentIcon, recordRepresentation: 'name' };
