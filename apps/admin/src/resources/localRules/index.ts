import RuleIcon from '@mui/icons-material/Rule';
import { LocalRuleCreate } from './LocalRuleCreate';
import { LocalRuleList } from './LocalRuleList';

export const localRules = {
  list: LocalRuleList,
  create: LocalRuleCreate,
  icon: RuleIcon,
};
