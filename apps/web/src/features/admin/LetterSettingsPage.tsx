// Administrators keep the letterhead, signatory and number prefix of each issuing office, and the
// periods that say which body receives recommendations (KASN → BKN → an independent body).
import {
  Alert,
  Button,
  Card,
  Container,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client.ts';

interface Issuer {
  regionCode: string;
  name: string;
  parentName: string;
  address: string;
  city: string;
  signatoryName: string;
  signatoryTitle: string;
  numberPrefix: string;
}
interface Period {
  validFrom: string;
  body: 'kasn' | 'bkn' | 'independent_body';
  basis: string;
}
const EMPTY: Issuer = {
  regionCode: '',
  name: '',
  parentName: 'Badan Pengawas Pemilihan Umum',
  address: '',
  city: '',
  signatoryName: '',
  signatoryTitle: 'Ketua',
  numberPrefix: '',
};
const FIELDS = [
  'name',
  'parentName',
  'address',
  'city',
  'signatoryName',
  'signatoryTitle',
  'numberPrefix',
] as const;

export function LetterSettingsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const issuers = useQuery({
    queryKey: ['settings', 'issuers'],
    queryFn: () => api<{ items: Issuer[] }>('/api/settings/letter-issuers'),
  });
  const regions = useQuery({
    queryKey: ['settings', 'regions'],
    staleTime: 3600_000,
    queryFn: async () =>
      (await api<{ regions: { code: string; name: string }[] }>('/api/reference/regions')).regions,
  });
  const periods = useQuery({
    queryKey: ['settings', 'bodies'],
    queryFn: () => api<{ items: Period[] }>('/api/settings/recommending-bodies'),
  });
  const [form, setForm] = useState<Issuer>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (i: Issuer) => {
      const { regionCode, ...body } = i;
      return api(`/api/settings/letter-issuers/${encodeURIComponent(regionCode)}`, {
        method: 'PUT',
        json: body,
      });
    },
    onSuccess: () => {
      setError(null);
      setForm(EMPTY);
      void qc.invalidateQueries({ queryKey: ['settings', 'issuers'] });
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  const [draft, setDraft] = useState<Period[] | null>(null);
  const savePeriods = useMutation({
    mutationFn: (p: Period[]) =>
      api('/api/settings/recommending-bodies', { method: 'PUT', json: { periods: p } }),
    onSuccess: () => {
      setDraft(null);
      setError(null);
      void qc.invalidateQueries({ queryKey: ['settings', 'bodies'] });
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  const rows = draft ?? periods.data?.items ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(form);
  };
  return (
    <Container size="lg" py="md">
      <Title order={2}>{t('letterSettings.title')}</Title>
      <Text c="dimmed" mb="md">
        {t('letterSettings.intro')}
      </Text>
      {error && (
        <Alert color="red" mb="md" data-testid="settings-error">
          {error}
        </Alert>
      )}
      <Card withBorder mb="lg">
        <Title order={4} mb="xs">
          {t('letterSettings.issuers')}
        </Title>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('letterSettings.region')}</Table.Th>
              <Table.Th>{t('letterSettings.field.name')}</Table.Th>
              <Table.Th>{t('letterSettings.field.signatoryName')}</Table.Th>
              <Table.Th>{t('letterSettings.field.numberPrefix')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(issuers.data?.items ?? []).map((i) => (
              <Table.Tr key={i.regionCode}>
                <Table.Td>{i.regionCode}</Table.Td>
                <Table.Td>{i.name}</Table.Td>
                <Table.Td>
                  {i.signatoryName} ({i.signatoryTitle})
                </Table.Td>
                <Table.Td>{i.numberPrefix}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="light" onClick={() => setForm(i)}>
                    {t('letterSettings.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <form onSubmit={submit}>
          <Stack gap="xs" mt="md">
            <Select
              label={t('letterSettings.region')}
              data-testid="issuer-region"
              searchable
              required
              data={(regions.data ?? []).map((r) => ({ value: r.code, label: `${r.code} ${r.name}` }))}
              value={form.regionCode || null}
              onChange={(v) => setForm({ ...form, regionCode: v ?? '' })}
            />
            <Group grow>
              {FIELDS.slice(0, 4).map((f) => (
                <TextInput
                  key={f}
                  label={t(`letterSettings.field.${f}`)}
                  required
                  value={form[f]}
                  onChange={(e) => setForm({ ...form, [f]: e.currentTarget.value })}
                />
              ))}
            </Group>
            <Group grow>
              {FIELDS.slice(4).map((f) => (
                <TextInput
                  key={f}
                  label={t(`letterSettings.field.${f}`)}
                  required
                  value={form[f]}
                  onChange={(e) => setForm({ ...form, [f]: e.currentTarget.value })}
                />
              ))}
            </Group>
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('letterSettings.bodies')}
        </Title>
        <Stack gap="xs">
          {rows.map((p, i) => (
            <Group key={i} grow>
              <TextInput
                label={t('letterSettings.validFrom')}
                value={p.validFrom}
                onChange={(e) =>
                  setDraft(rows.map((x, j) => (j === i ? { ...x, validFrom: e.currentTarget.value } : x)))
                }
              />
              <Select
                label={t('letterSettings.body')}
                data={['kasn', 'bkn', 'independent_body'].map((b) => ({
                  value: b,
                  label: t(`letterSettings.bodyName.${b}`),
                }))}
                value={p.body}
                onChange={(v) =>
                  setDraft(rows.map((x, j) => (j === i ? { ...x, body: (v ?? 'bkn') as Period['body'] } : x)))
                }
              />
              <TextInput
                label={t('letterSettings.basis')}
                value={p.basis}
                onChange={(e) =>
                  setDraft(rows.map((x, j) => (j === i ? { ...x, basis: e.currentTarget.value } : x)))
                }
              />
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              onClick={() => setDraft([...rows, { validFrom: '', body: 'bkn', basis: '' }])}
            >
              {t('letterSettings.addPeriod')}
            </Button>
            <Button
              disabled={!draft}
              loading={savePeriods.isPending}
              onClick={() => draft && savePeriods.mutate(draft)}
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Container>
  );
}
