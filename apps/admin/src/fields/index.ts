import TuneIcon from '@mui/icons-material/Tune';
import { FieldDefinitionCreate } from './FieldDefinitionCreate';
import { FieldDefinitionEdit } from './FieldDefinitionEdit';
import { FieldDefinitionList } from './FieldDefinitionList';

// No show page: a field is its name, type and label, all in the list.
export const fields = { list: FieldDefinitionList, create: FieldDefinitionCreate, edit: FieldDefinitionEdit, icon: TuneIcon, recordRepresentation: 'name' };
