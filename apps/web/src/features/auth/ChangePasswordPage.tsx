import { Alert, Button, Container, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { ME_KEY, useMe } from '../../auth/auth.tsx';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: () =>
      api('/api/auth/password', { method: 'POST', json: { currentPassword: current, newPassword: next } }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ME_KEY });
      navigate('/', { replace: true });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(next !== confirm);
    if (next === confirm) change.mutate();
  };
  return (
    <Container size={460} py="xl">
      <Title order={2} mb="md">
        {t('auth.changePassword')}
      </Title>
      {me?.mustChangePassword && (
        <Alert color="yellow" mb="md">
          {t('auth.mustChange')}
        </Alert>
      )}
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit}>
          <Stack>
            <PasswordInput
              label={t('auth.currentPassword')}
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              autoComplete="current-password"
              required
            />
            <PasswordInput
              label={t('auth.newPassword')}
              description={t('auth.minLength')}
              value={next}
              onChange={(e) => setNext(e.currentTarget.value)}
              autoComplete="new-password"
              minLength={10}
              required
            />
            <PasswordInput
              label={t('auth.confirmPassword')}
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              autoComplete="new-password"
              required
            />
            {mismatch && <Alert color="red">{t('auth.mismatch')}</Alert>}
            {change.error && <Alert color="red">{change.error.message}</Alert>}
            <Button type="submit" loading={change.isPending}>
              {t('common.save')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
