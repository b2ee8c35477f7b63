import KeyIcon from '@mui/icons-material/Key';
import { ApiTokenList } from './ApiTokenList';

export const apiTokens = {
  list: ApiTokenList,
  icon: KeyIcon,
  recordRepresentation: 'name',
};
