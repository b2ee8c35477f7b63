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
      dashboard={OrgTreePage}
      disableTelemetry
    >
      <Resource name="orgUnits" {...orgUnits} />
      <Resource name="people" {...people} />
      <Resource name="households" {...households} />
      <Resource name="deputyTerms" {...deputyTerms} />
      <CustomRoutes>
        <Route path="/tree" element={<OrgTreePage />} />
      </CustomRoutes>
    </Admin>
  );
}
