import AccountTreeIcon from '@mui/icons-material/AccountTree';
import AssessmentIcon from '@mui/icons-material/Assessment';
import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import EditNoteIcon from '@mui/icons-material/EditNote';
import EventIcon from '@mui/icons-material/Event';
import TableChartIcon from '@mui/icons-material/TableChart';
import TimerIcon from '@mui/icons-material/Timer';
import { Divider } from '@mui/material';
import { Menu as RaMenu, useCanAccess, useGetIdentity, useTranslate } from 'react-admin';
import { todayInChina } from '../i18n/dates';
import { RecordsMenu } from '../records/RecordsMenu';

/**
 * The side menu by role: resource items hide themselves when `canAccess` says no (users, tokens and the
 * audit log are for ADMINs); a cadre linked to a person gets their own scorecard.
 */
export function Menu() {
  const translate = useTranslate();
  const { canAccess: isAdminArea } = useCanAccess({ action: 'list', resource: 'users' });
  const { canAccess: mayRestore } = useCanAccess({ action: 'list', resource: 'recycleBin' });
  const { canAccess: mayReadYearEnd } = useCanAccess({ action: 'list', resource: 'yearEndFigures' });
  const { data: identity } = useGetIdentity();
  const personId = typeof identity?.['personId'] === 'string' ? identity['personId'] : undefined;
  const year = todayInChina().slice(0, 4);
  // A cadre's home page is 我的记录, so the tree gets its own address in their menu.
  const cadreHome = identity?.['role'] === 'CADRE' && !!personId;
  return (
    <RaMenu>
      {personId ? <RaMenu.Item to={cadreHome ? '/' : '/my'} primaryText={translate('lianxi.my.menu')} leftIcon={<EditNoteIcon />} /> : null}
      <RaMenu.Item to={cadreHome ? '/tree' : '/'} primaryText={translate('lianxi.menu.tree')} leftIcon={<AccountTreeIcon />} />
      <RaMenu.Item to="/compliance" primaryText={translate('lianxi.menu.compliance')} leftIcon={<AssessmentIcon />} />
      {personId ? (
        <RaMenu.Item to={`/compliance/people/${personId}?year=${year}`} primaryText={translate('lianxi.compliance.my_scorecard')} leftIcon={<AssessmentIcon />} />
      ) : null}
      {mayReadYearEnd ? <RaMenu.Item to="/yearEndFigures" primaryText={translate('lianxi.year_end.menu')} leftIcon={<TableChartIcon />} /> : null}
      <RaMenu.ResourceItem name="orgUnits" />
      <RaMenu.ResourceItem name="people" />
      <RaMenu.ResourceItem name="households" />
      <RaMenu.ResourceItem name="deputyTerms" />
      <RecordsMenu />
      <RaMenu.ResourceItem name="localRules" />
      {isAdminArea ? <Divider sx={{ my: 1 }} /> : null}
      <RaMenu.ResourceItem name="users" />
      <RaMenu.ResourceItem name="apiTokens" />
      <RaMenu.ResourceItem name="auditLogs" />
      {mayRestore ? <RaMenu.Item to="/recycleBin" primaryText={translate('lianxi.recycle.menu')} leftIcon={<DeleteSweepIcon />} /> : null}
      {isAdminArea ? <RaMenu.Item to="/settings/workCalendar" primaryText={translate('lianxi.settings.menu_calendar')} leftIcon={<EventIcon />} /> : null}
      {isAdminArea ? <RaMenu.Item to="/settings/deadlines" primaryText={translate('lianxi.settings.menu_deadlines')} leftIcon={<TimerIcon />} /> : null}
    </RaMenu>
  );
}
