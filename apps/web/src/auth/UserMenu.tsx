import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '@netra/shared';
import { useLogout, useMe } from './auth.tsx';

export function UserMenu() {
  const { me } = useMe();
  const { t, i18n } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  if (!me) {
    if (location.pathname === '/login') return null;
    return (
      <Button component={Link} to="/login" variant="light" size="compact-sm">
        {t('auth.signIn')}
      </Button>
    );
  }
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (
    <Group gap="xs" data-testid="user-menu" wrap="nowrap">
      <Text size="sm" fw={500} data-testid="user-name" visibleFrom="sm" lineClamp={1}>
        {me.displayName}
      </Text>
      <Badge variant="light" size="sm" visibleFrom="md">
        {ROLE_LABELS[me.role][lang]}
        {me.regionCodes.length ? ` · ${me.regionCodes.join(', ')}` : ''}
      </Badge>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}
      >
        {t('auth.signOut')}
      </Button>
    </Group>
  );
}
