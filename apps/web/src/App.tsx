import { AppShell, Burger, Button, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation } from 'react-router';
import { RequireAuth, canSee, useMe } from './auth/auth.tsx';
import { UserMenu } from './auth/UserMenu.tsx';
import { NotificationBell } from './features/notifications/NotificationBell.tsx';
import { setLanguage } from './i18n/index.ts';
import { pageRoutes } from './routes/registry.tsx';

export function App() {
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const location = useLocation();
  const [navOpen, nav] = useDisclosure(false);
  const navItems = pageRoutes.filter((r) => r.navKey && canSee(me, r));
  return (
    <AppShell
      header={{ height: 56 }}
      // On narrow screens the navigation moves into a drawer behind the burger, so the header never wraps.
      navbar={{ width: 260, breakpoint: 'lg', collapsed: { desktop: true, mobile: !navOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          {/* The left side may scroll sideways when an admin has many pages; the right side never shrinks. */}
          <Group wrap="nowrap" gap="xs" style={{ minWidth: 0, flex: 1, overflowX: 'auto' }}>
            <Burger opened={navOpen} onClick={nav.toggle} hiddenFrom="lg" size="sm" aria-label="Menu" />
            <Text component={Link} to="/" fw={700} size="lg">
              {t('app.name')}
            </Text>
            <Group gap={2} visibleFrom="lg" wrap="nowrap">
              {navItems.map((r) => (
                <Button key={r.path} component={Link} to={r.path} variant="subtle" size="compact-sm">
                  {t(r.navKey!)}
                </Button>
              ))}
            </Group>
          </Group>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <NotificationBell />
            <UserMenu />
            <Button
              variant="default"
              size="compact-sm"
              onClick={() => setLanguage(i18n.language === 'id' ? 'en' : 'id')}
              data-testid="lang-toggle"
            >
              {t('lang.toggle')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {navItems.map((r) => (
          <NavLink
            key={r.path}
            component={Link}
            to={r.path}
            label={t(r.navKey!)}
            active={location.pathname === r.path}
            onClick={nav.close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Routes>
          {pageRoutes.map((r) => (
            <Route
              key={r.path}
              path={r.path}
              element={r.public ? r.element : <RequireAuth roles={r.roles}>{r.element}</RequireAuth>}
            />
          ))}
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
