import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { CHANGE_PASSWORD_PATH, useLogin, useMe } from '../../auth/auth.tsx';

/** Only same-site paths: `next` comes from the URL and must not send the user elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { me } = useMe();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const next = safeNext(params.get('next'));

  if (me && !login.isPending)
    return <Navigate to={me.mustChangePassword ? CHANGE_PASSWORD_PATH : next} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate(
      { username, password },
      {
        onSuccess: (r) =>
          navigate(r.user.mustChangePassword ? CHANGE_PASSWORD_PATH : next, { replace: true }),
      },
    );
  };

  return (
    <Container size={420} py="xl">
      <Title order={2} mb={4}>
        {t('auth.signInTitle')}
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        {t('auth.signInIntro')}
      </Text>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit}>
          <Stack>
            <TextInput
              label={t('auth.username')}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              autoComplete="username"
              autoCapitalize="none"
              required
              autoFocus
            />
            <PasswordInput
              label={t('auth.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
              required
            />
            {login.error && (
              <Alert color="red" data-testid="login-error">
                {login.error.message}
              </Alert>
            )}
            <Button type="submit" loading={login.isPending}>
              {t('auth.signIn')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
