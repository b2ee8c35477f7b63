import AssessmentIcon from '@mui/icons-material/Assessment';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import { todayInChina } from '../i18n/dates';

const thisYear = () => Number(todayInChina().slice(0, 4));

/** On a person's page: their compliance scorecard for this year. */
export function ScorecardButton() {
  const record = useRecordContext<{ id: string }>();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'compliance' });
  if (!record || !canAccess) return null;
  return (
    <Button component={Link} to={`/compliance/people/${record.id}?year=${thisYear()}`} label="lianxi.compliance.scorecard">
      <AssessmentIcon />
    </Button>
  );
}

/** On a unit's page: the unit's compliance dashboard for this year. */
export function ComplianceButton() {
  const record = useRecordContext<{ id: string }>();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'compliance' });
  if (!record || !canAccess) return null;
  return (
    <Button component={Link} to={`/compliance/units/${record.id}?year=${thisYear()}`} label="lianxi.menu.compliance">
      <AssessmentIcon />
    </Button>
  );
}
