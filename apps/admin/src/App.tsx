import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { Layout } from './layout/Layout';
import { lianxiTheme } from './layout/theme';
import { LoginPage } from './layout/LoginPage';
import { authProvider, dataProvider, i18nProvider, queryClient, store } from './providers';
import { deputyTerms } from './resources/deputyTerms';
import { households } from './resources/households';
import { orgUnits } from './resources/orgUnits';
import { people } from './resources/people';
import { OrgTreePage } from './tree/OrgTreePage';
import { RECORD_RESOURCES } from './records/resources';
import { DutyRosterPage } from './resources/dutyRoster/DutyRosterPage';
import { ChangePasswordPage } from './account/ChangePasswordPage';
import { localRules } from './resources/localRules';
import { apiTokens } from './resources/apiTokens';
import { auditLogs } from './resources/auditLogs';
import { users } from './resources/users';
import { HomePage, MyRecordsPage } from './myRecords';
import { DeadlinesPage } from './settings/DeadlinesPage';
import { WorkCalendarPage } from './settings/WorkCalendarPage';
import { RecycleBinPage } from './recycleBin';
import { YearEndFiguresPage } from './yearEnd';

/*
 * Rarely opened screens load on first visit: the compliance dashboard brings @mui/x-charts (about a fifth of the
 * bundle) and its drill-downs come from it. react-admin's Layout wraps its routes in a Suspense (with its
 * Loading spinner), so lazy elements need nothing more.
 */
const ComplianceDashboard = lazy(() => import('./compliance/ComplianceDashboard').then((m) => ({ default: m.ComplianceDashboard })));
const RowsPage = lazy(() => import('./compliance/RowsPage').then((m) => ({ default: m.RowsPage })));
const ScorecardPage = lazy(() => import('./compliance/ScorecardPage').then((m) => ({ default: m.ScorecardPage })));

export function App() {
  return (
    <Admin
      title="联系"
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      authProvider={authProvider}
      loginPage={LoginPage}
      requireAuth
      store={store}
      queryClient={queryClient}
      layout={Layout}
      theme={lianxiTheme}
      darkTheme={null}
      dashboard={HomePage}
      disableTelemetry
    >
      <Resource name="orgUnits" {...orgUnits} />
      <Resource name="people" {...people} />
      <Resource name="households" {...households} />
      <Resource name="deputyTerms" {...deputyTerms} />
      <Resource name="localRules" {...localRules} />
      <Resource name="users" {...users} />
      <Resource name="apiTokens" {...apiTokens} />
      <Resource name="auditLogs" {...auditLogs} />
      {RECORD_RESOURCES.map((r) => (
        <Resource key={r.name} name={r.name} {...r.props} />
      ))}
      <CustomRoutes>
        <Route path="/dutyRoster" element={<DutyRosterPage />} />
        <Route path="/receptionCalendar" element={<DutyRosterPage />} />
        <Route path="/my" element={<MyRecordsPage />} />
        <Route path="/settings/workCalendar" element={<WorkCalendarPage />} />
        <Route path="/settings/deadlines" element={<DeadlinesPage />} />
        <Route path="/recycleBin" element={<RecycleBinPage />} />
        <Route path="/tree" element={<OrgTreePage />} />
        <Route path="/compliance" element={<ComplianceDashboard />} />
        <Route path="/compliance/units/:unitId" element={<ComplianceDashboard />} />
        <Route path="/compliance/people/:personId" element={<ScorecardPage />} />
        <Route path="/compliance/rows" element={<RowsPage />} />
        <Route path="/yearEndFigures" element={<YearEndFiguresPage />} />
        <Route path="/password" element={<ChangePasswordPage />} />
      </CustomRoutes>
    </Admin>
  );
}
