import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { agents } from './agents';
import { Dashboard } from './dashboard/Dashboard';
import { fields } from './fields';
import { groups } from './groups';
import { i18nProvider } from './i18n/i18n-provider';
import { Layout } from './layout/Layout';
import { LoginPage } from './login/LoginPage';
import { consoleModules } from './modules';
import { authProvider } from './providers/auth-provider';
import { createDataProvider } from './providers/data-provider';
import { SettingsPage } from './settings/SettingsPage';
import { teams } from './teams';
import { theme } from './theme';
import { RequireAccess } from './common/RequireAccess';

// The console: react-admin over the api's GraphQL. Resource names are the api's GraphQL type names (Agent →
// allAgents, createAgent…). Page folders (scorecards, leaderboard, …) register themselves through their
// module.ts (common/console-module.ts), so this file never lists them.

// Field errors come in the language the console reads at the time of the failure.
const dataProvider = createDataProvider({ locale: () => i18nProvider.getLocale() });

export const App = () => (
  <Admin
    title="Yardstick"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    loginPage={LoginPage}
    dashboard={Dashboard}
    theme={theme}
    disableTelemetry
  >
    {consoleModules.resources.map(({ name, order: _order, ...resource }) => <Resource key={name} name={name} {...resource} />)}
    <Resource name="Agent" {...agents} />
    <Resource name="Team" {...teams} />
    <Resource name="Group" {...groups} />
    <Resource name="FieldDefinition" {...fields} />
    <CustomRoutes>
      <Route path="/settings" element={<SettingsPage />} />
      {consoleModules.routes.filter((route) => !route.noLayout).map(({ path, element: Element, access }) => (
        <Route key={path} path={path} element={<RequireAccess access={access}><Element /></RequireAccess>} />
      ))}
    </CustomRoutes>
    <CustomRoutes noLayout>
      {consoleModules.routes.filter((route) => route.noLayout).map(({ path, element: Element, access }) => (
        <Route key={path} path={path} element={<RequireAccess access={access}><Element /></RequireAccess>} />
      ))}
    </CustomRoutes>
  </Admin>
);
