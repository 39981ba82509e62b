// The ASN directory: the server filters by the reader's scope and audits every search and record opened.
import {
  Alert,
  Badge,
  Container,
  Drawer,
  Group,
  Pagination,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';

interface Asn {
  id: string;
  nip: string;
  name: string;
  sex: 'L' | 'P' | null;
  birthDate: string | null;
  employeeKind: 'pns' | 'pppk';
  position: string | null;
  positionType: string | null;
  workUnit: string | null;
  agencyName: string | null;
  regionCode: string;
  regionName: string;
}

const PAGE_SIZE = 25;
const spacedNip = (n: string) =>
  n.length === 18 ? `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}` : n;

function AsnDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const r = useQuery({ queryKey: ['asn', id], queryFn: () => api<Asn>(`/api/asn/${id}`) });
  if (r.error) return <Alert color="red">{r.error.message}</Alert>;
  const a = r.data;
  if (!a) return null;
  const rows: [string, string][] = [
    [t('asnDir.name'), a.name],
    [t('asnDir.nip'), spacedNip(a.nip)],
    [t('asnDir.kind'), a.employeeKind.toUpperCase()],
    [t('asnDir.birthDate'), a.birthDate ?? '—'],
    [t('asnDir.sex'), a.sex ?? '—'],
    [t('asnDir.position'), a.position ?? '—'],
    [t('asnDir.positionType'), a.positionType ?? '—'],
    [t('asnDir.workUnit'), a.workUnit ?? '—'],
    [t('asnDir.agency'), a.agencyName ?? '—'],
    [t('asnDir.region'), `${a.regionName} (${a.regionCode})`],
  ];
  return (
    <Table>
      <Table.Tbody>
        {rows.map(([k, v]) => (
          <Table.Tr key={k}>
            <Table.Th w={160}>{k}</Table.Th>
            <Table.Td>{v}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function AsnPage() {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    const h = setTimeout(() => {
      setQ(input.trim());
      setPage(1);
    }, 350);
    return () => clearTimeout(h);
  }, [input]);
  const list = useQuery({
    queryKey: ['asn', 'list', q, page],
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ items: Asn[]; total: number }>(
        `/api/asn?page=${page}&pageSize=${PAGE_SIZE}${q ? `&q=${encodeURIComponent(q)}` : ''}`,
      ),
  });
  const total = list.data?.total ?? 0;
  return (
    <Container size="xl" py="md">
      <Group justify="space-between" mb="xs">
        <Title order={2}>{t('asnDir.title')}</Title>
        <TextInput
          placeholder={t('asnDir.search')}
          aria-label={t('asnDir.search')}
          value={input}
          onChange={(e) => setInput(e.currentTarget.value)}
          w={320}
        />
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t('asnDir.auditNote')}
      </Text>
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      <Text size="sm" mb="xs" data-testid="asn-total">
        {t('asnDir.total', { count: total })}
      </Text>
      {list.data && list.data.items.length === 0 && <Alert>{t('asnDir.empty')}</Alert>}
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('asnDir.name')}</Table.Th>
            <Table.Th>{t('asnDir.nip')}</Table.Th>
            <Table.Th>{t('asnDir.kind')}</Table.Th>
            <Table.Th>{t('asnDir.position')}</Table.Th>
            <Table.Th>{t('asnDir.agency')}</Table.Th>
            <Table.Th>{t('asnDir.region')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data?.items ?? []).map((a) => (
            <Table.Tr key={a.id} onClick={() => setOpen(a.id)} style={{ cursor: 'pointer' }}>
              <Table.Td>{a.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{spacedNip(a.nip)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={a.employeeKind === 'pns' ? 'blue' : 'grape'}>
                  {a.employeeKind.toUpperCase()}
                </Badge>
              </Table.Td>
              <Table.Td>{a.position}</Table.Td>
              <Table.Td>{a.agencyName}</Table.Td>
              <Table.Td>{a.regionName}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {total > PAGE_SIZE && (
        <Group justify="center" mt="md">
          <Pagination total={Math.ceil(total / PAGE_SIZE)} value={page} onChange={setPage} />
        </Group>
      )}
      <Drawer
        opened={!!open}
        onClose={() => setOpen(null)}
        position="right"
        title={t('asnDir.details')}
        size="lg"
      >
        {open && <AsnDetails id={open} />}
      </Drawer>
    </Container>
  );
}
