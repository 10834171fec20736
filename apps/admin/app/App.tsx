import { Box, Typography } from '@mui/material';
import {
  Admin,
  AppBar,
  Login,
  LoginForm,
  TitlePortal,
  CustomRoutes,
  Layout,
  Menu,
  Resource,
  type LayoutProps,
  useGetIdentity,
  UserMenu,
  Logout,
} from 'react-admin';
import { useCheckboxLabelFix } from './common/a11y-fixes.js';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import GavelIcon from '@mui/icons-material/Gavel';
import SettingsIcon from '@mui/icons-material/Settings';
import auditEvents from './audit-events/index.js';
import { Dashboard } from './dashboard/Dashboard.js';
import deliveries from './deliveries/index.js';
import optOuts from './opt-outs/index.js';
import { authProvider } from './providers/auth-provider.js';
import { dataProvider } from './providers/data-provider.js';
import { i18nProvider } from './providers/i18n-provider.js';
import requests from './requests/index.js';
import { LawList, LawVersionsShow } from './law/LawVersions.js';
import { SettingsEdit } from './settings/SettingsEdit.js';
import systems from './systems/index.js';
import tasks from './tasks/index.js';
import { theme } from './theme.js';
import users from './users/index.js';
import { useMay } from './common/use-role.js';
import { useAdminPath } from './common/admin-link.js';
import { BRANDING } from './common/branding.js';

function StaffMenu() {
  const may = useMay();
  const adminPath = useAdminPath();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      <Menu.Item to={adminPath('/law')} primaryText="Law versions" leftIcon={<GavelIcon />} />
      {may('settings', 'edit') ? (
        <Menu.Item to={adminPath('/settings')} primaryText="Settings" leftIcon={<SettingsIcon />} />
      ) : null}
    </Menu>
  );
}

/** The account button says who is signed in, and its accessible name says the same. */
function StaffUserMenu() {
  const { identity } = useGetIdentity();
  return (
    <UserMenu label={identity?.fullName ?? 'Account'}>
      <Logout />
    </UserMenu>
  );
}

/** The header: the page's title, then whose back-office this is. */
const StaffAppBar = () => (
  <AppBar userMenu={<StaffUserMenu />}>
    <TitlePortal />
    <Typography component="span" variant="body2" sx={{ mx: 2, whiteSpace: 'nowrap' }}>
      {BRANDING.product}
      {BRANDING.controller ? ` · ${BRANDING.controller}` : ''}
    </Typography>
  </AppBar>
);

/** The sign-in page says which product this is and whose data it guards. */
function StaffLogin() {
  return (
    <Login>
      <Box sx={{ px: 2, pt: 1, textAlign: 'center' }}>
        <Typography component="h1" variant="h6">
          {BRANDING.product}
        </Typography>
        {BRANDING.controller ? (
          <Typography variant="body2">Privacy requests of {BRANDING.controller}</Typography>
        ) : null}
      </Box>
      <LoginForm />
    </Login>
  );
}

function StaffLayout(props: LayoutProps) {
  useCheckboxLabelFix();
  return <Layout {...props} menu={StaffMenu} appBar={StaffAppBar} />;
}

/** The staff UI; real paths under /admin (the api serves index.html for each of them). */
function StaffAdmin() {
  return (
    <Admin
      basename="/admin"
      title={BRANDING.product}
      loginPage={StaffLogin}
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={StaffLayout}
      theme={theme}
      disableTelemetry
    >
      <Resource name="requests" {...requests} recordRepresentation="reference" />
      <Resource name="tasks" {...tasks} options={{ label: 'Task inbox' }} />
      <Resource name="systems" {...systems} recordRepresentation="name" />
      <Resource name="deliveries" {...deliveries} />
      <Resource name="opt-outs" {...optOuts} options={{ label: 'Opt-outs' }} />
      <Resource name="audit-events" {...auditEvents} options={{ label: 'Audit log' }} />
      <Resource name="users" {...users} options={{ label: 'Staff' }} recordRepresentation="name" />
      <CustomRoutes>
        <Route path="/settings" element={<SettingsEdit />} />
        <Route path="/law" element={<LawList />} />
        <Route path="/law/:code" element={<LawVersionsShow />} />
      </CustomRoutes>
    </Admin>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/admin/*" element={<StaffAdmin />} />
      </Routes>
    </BrowserRouter>
  );
}
