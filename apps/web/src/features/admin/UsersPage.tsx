// User administration: list, create (role + regions + agencies), deactivate, unlock, reset password.
// The server decides what this admin may grant; the pickers only offer regions inside the admin's scope.
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  Container,
  Group,
  Modal,
  MultiSelect,
  PasswordInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, ROLE_LABELS, regionInScope, type Role } from '@netra/shared';
import { api } from '../../api/client.ts';
import { useMe } from '../../auth/auth.tsx';

interface UserRow {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  regionCodes: string[];
  agencyIds: string[] | null;
  custodian: boolean;
  active: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
}
interface Region {
  code: string;
  name: string;
  level: string;
}
interface Agency {
  id: string;
  code: string;
  name: string;
  regionCode: string;
}

const USERS_KEY = ['admin', 'users'];

function useRegionsAll() {
  return useQuery({
    queryKey: ['auth', 'regions-all'],
    staleTime: 3600_000,
    queryFn: async () => (await api<{ regions: Region[] }>('/api/reference/regions')).regions,
  });
}

function CreateUserForm({ onDone }: { onDone: (username: string, oneTimePassword: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const { me } = useMe();
  const qc = useQueryClient();
  const regions = useRegionsAll();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string | null>('analyst');
  const [regionCodes, setRegionCodes] = useState<string[]>([]);
  const [agencyIds, setAgencyIds] = useState<string[]>([]);
  const [custodian, setCustodian] = useState(false);
  const [password, setPassword] = useState('');
  const agencies = useQuery({
    queryKey: ['auth', 'agencies', regionCodes],
    enabled: regionCodes.length > 0,
    queryFn: async () => {
      const lists = await Promise.all(
        regionCodes.map((c) =>
          api<{ agencies: Agency[] }>(`/api/reference/agencies?regionCode=${c}&limit=1000`),
        ),
      );
      return lists.flatMap((l) => l.agencies);
    },
  });
  const regionOptions = useMemo(
    () =>
      (regions.data ?? [])
        .filter((r) => regionInScope(r.code, me?.regionCodes ?? []))
        .map((r) => ({ value: r.code, label: `${r.name} (${r.code})` })),
    [regions.data, me],
  );
  const create = useMutation({
    mutationFn: () =>
      api<{ user: UserRow; oneTimePassword: string | null }>('/api/users', {
        method: 'POST',
        json: {
          username,
          displayName: displayName || username,
          email: email || null,
          role,
          regionCodes,
          agencyIds: agencyIds.length ? agencyIds : null,
          custodian,
          ...(password ? { password } : {}),
        },
      }),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: USERS_KEY });
      onDone(r.user.username, r.oneTimePassword);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <TextInput
          label={t('auth.username')}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value.toLowerCase())}
          required
          autoCapitalize="none"
        />
        <TextInput
          label={t('adminUsers.displayName')}
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
        />
        <TextInput
          label={t('adminUsers.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <Select
          label={t('adminUsers.role')}
          data={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))}
          value={role}
          onChange={setRole}
          allowDeselect={false}
          required
        />
        <MultiSelect
          label={t('adminUsers.regions')}
          description={t('adminUsers.regionsHint')}
          data={regionOptions}
          value={regionCodes}
          onChange={(v) => {
            setRegionCodes(v);
            setAgencyIds([]);
          }}
          searchable
          limit={30}
          nothingFoundMessage="—"
        />
        <MultiSelect
          label={t('adminUsers.agencies')}
          description={t('adminUsers.agenciesHint')}
          data={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          value={agencyIds}
          onChange={setAgencyIds}
          disabled={!regionCodes.length}
          searchable
        />
        <Checkbox
          label={t('adminUsers.custodian')}
          checked={custodian}
          onChange={(e) => setCustodian(e.currentTarget.checked)}
        />
        <PasswordInput
          label={t('adminUsers.passwordOptional')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="new-password"
        />
        {create.error && <Alert color="red">{create.error.message}</Alert>}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const qc = useQueryClient();
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ username: string; password: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const users = useQuery({
    queryKey: [...USERS_KEY, q],
    queryFn: async () =>
      (await api<{ users: UserRow[] }>(`/api/users${q ? `?q=${encodeURIComponent(q)}` : ''}`)).users,
  });
  const patch = useMutation({
    mutationFn: (b: { id: string; body: Record<string, unknown> }) =>
      api<{ user: UserRow; oneTimePassword: string | null }>(`/api/users/${b.id}`, {
        method: 'PATCH',
        json: b.body,
      }),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: USERS_KEY });
      if (r.oneTimePassword) setSecret({ username: r.user.username, password: r.oneTimePassword });
    },
  });

  return (
    <Container size="xl" py="md">
      <Group justify="space-between" mb="md">
        <Title order={2}>{t('adminUsers.title')}</Title>
        <Group>
          <TextInput
            placeholder={t('adminUsers.search')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
          <Button onClick={() => setCreating(true)}>{t('adminUsers.add')}</Button>
        </Group>
      </Group>
      {notice && (
        <Alert color="green" mb="md" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {secret && (
        <Alert
          color="yellow"
          mb="md"
          withCloseButton
          onClose={() => setSecret(null)}
          title={t('adminUsers.oneTimePassword', { username: secret.username })}
        >
          <Code fz="lg" data-testid="one-time-password">
            {secret.password}
          </Code>
          <Text size="sm" mt="xs">
            {t('adminUsers.oneTimeHint')}
          </Text>
        </Alert>
      )}
      {patch.error && (
        <Alert color="red" mb="md">
          {patch.error.message}
        </Alert>
      )}
      {users.error && <Alert color="red">{users.error.message}</Alert>}
      <Table striped highlightOnHover data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('auth.username')}</Table.Th>
            <Table.Th>{t('adminUsers.displayName')}</Table.Th>
            <Table.Th>{t('adminUsers.role')}</Table.Th>
            <Table.Th>{t('adminUsers.regions')}</Table.Th>
            <Table.Th>{t('adminUsers.status')}</Table.Th>
            <Table.Th>{t('adminUsers.lastLogin')}</Table.Th>
            <Table.Th>{t('adminUsers.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(users.data ?? []).map((u) => (
            <Table.Tr key={u.id} data-testid={`user-row-${u.username}`}>
              <Table.Td>{u.username}</Table.Td>
              <Table.Td>{u.displayName}</Table.Td>
              <Table.Td>
                {ROLE_LABELS[u.role][lang]}
                {u.custodian && (
                  <Badge ml={4} size="xs" variant="outline">
                    custodian
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {u.regionCodes.join(', ') || t('adminUsers.national')}
                {u.agencyIds ? ` · ${u.agencyIds.length} instansi` : ''}
              </Table.Td>
              <Table.Td>
                {!u.active ? (
                  <Badge color="gray">{t('adminUsers.inactive')}</Badge>
                ) : u.lockedUntil && new Date(u.lockedUntil) > new Date() ? (
                  <Badge color="red">{t('adminUsers.locked')}</Badge>
                ) : (
                  <Badge color="green">{t('adminUsers.active')}</Badge>
                )}
              </Table.Td>
              <Table.Td>
                {u.lastLoginAt
                  ? new Date(u.lastLoginAt).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')
                  : '—'}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Button
                    size="compact-xs"
                    variant="light"
                    color={u.active ? 'red' : 'green'}
                    onClick={() => patch.mutate({ id: u.id, body: { active: !u.active } })}
                  >
                    {u.active ? t('adminUsers.deactivate') : t('adminUsers.activate')}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => patch.mutate({ id: u.id, body: { resetPassword: true } })}
                  >
                    {t('adminUsers.resetPassword')}
                  </Button>
                  {u.lockedUntil && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => patch.mutate({ id: u.id, body: { unlock: true } })}
                    >
                      {t('adminUsers.unlock')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('adminUsers.add')} size="lg">
        <CreateUserForm
          onDone={(username, oneTimePassword) => {
            setCreating(false);
            setNotice(t('adminUsers.created', { username }));
            if (oneTimePassword) setSecret({ username, password: oneTimePassword });
          }}
        />
      </Modal>
    </Container>
  );
}
