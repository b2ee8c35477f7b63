import HowToVoteIcon from '@mui/icons-material/HowToVote';
import type { DeputyTermRecord } from '../../dataProvider/resources';
import { DeputyTermCreate } from './DeputyTermCreate';
import { DeputyTermEdit } from './DeputyTermEdit';
import { DeputyTermList } from './DeputyTermList';
import { DeputyTermShow } from './DeputyTermShow';

export const deputyTerms = {
  list: DeputyTermList,
  show: DeputyTermShow,
  edit: DeputyTermEdit,
  create: DeputyTermCreate,
  icon: HowToVoteIcon,
  recordRepresentation: (r: DeputyTermRecord) => `${r.from} – ${r.to ?? ''}`,
};
