import { AppShell, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { RequireAuth, canSee, useMe } from './auth/auth.tsx';
import { UserMenu } from './auth/UserMenu.tsx';
import { setLanguage } from './i18n/index.ts';
import { pageRoutes } from './routes/registry.tsx';

export function App() {
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Text component={Link} to="/" fw={700} size="lg">
              {t('app.name')}
            </Text>
            {pageRoutes
              .filter((r) => r.navKey && canSee(me, r))
              .map((r) => (
                <Button key={r.path} component={Link} to={r.path} variant="subtle" size="compact-sm">
                  {t(r.navKey!)}
                </Button>
              ))}
          </Group>
          <Group gap="xs">
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
