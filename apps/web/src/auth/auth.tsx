// Who is signed in, from GET /api/auth/me (the session cookie is httpOnly, so the server is the only
// source of truth), and a guard for pages that need a session or a role.
import { Alert, Center, Container, Loader } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '@netra/shared';
import { api } from '../api/client.ts';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  regionCodes: string[];
  agencyIds: string[] | null;
  custodian: boolean;
  mustChangePassword: boolean;
}

export const ME_KEY = ['auth', 'me'] as const;
export const CHANGE_PASSWORD_PATH = '/akun/kata-sandi';

export function useMe() {
  const q = useQuery({
    queryKey: ME_KEY,
    queryFn: async () => (await api<{ user: Me | null }>('/api/auth/me')).user,
    staleTime: 60_000,
  });
  return { me: q.data ?? null, loading: q.isLoading };
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { username: string; password: string }) =>
      api<{ user: Me }>('/api/auth/login', { method: 'POST', json: b }),
    onSuccess: (r) => {
      qc.clear();
      qc.setQueryData(ME_KEY, r.user);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      qc.clear();
      qc.setQueryData(ME_KEY, null);
    },
  });
}

/** May this user see a page declared with `roles` (empty or missing = any signed-in user)? */
export function canSee(me: Me | null, page: { public?: boolean; roles?: string[] }): boolean {
  if (page.public) return true;
  if (!me) return false;
  return !page.roles?.length || page.roles.includes(me.role);
}

export function RequireAuth({ roles, children }: { roles?: string[]; children: ReactNode }) {
  const { me, loading } = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  if (loading)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (me.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  if (!canSee(me, { roles })) {
    return (
      <Container size="sm" py="xl">
        <Alert color="red">{t('auth.forbidden')}</Alert>
      </Container>
    );
  }
  return <>{children}</>;
}
