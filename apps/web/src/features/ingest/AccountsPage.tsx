// Suggested account ↔ ASN links with score and reasons; a person confirms or rejects each (audited).
import { Alert, Badge, Button, Container, Group, List, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountLinkView, LinkStatus } from '@netra/shared';
import { api } from '../../api/client.ts';

export function AccountsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [status, setStatus] = useState<LinkStatus>('suggested');
  const links = useQuery({ queryKey: ['ingest-links', status], queryFn: () => api<AccountLinkView[]>(`/api/ingest/links?status=${status}`) });
  const decide = useMutation({
    mutationFn: (p: { id: string; decision: 'confirm' | 'reject' }) =>
      api(`/api/ingest/links/${p.id}/decision`, { method: 'POST', json: { decision: p.decision } }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['ingest-links'] });
      void qc.invalidateQueries({ queryKey: ['ingest-findings'] });
    },
  });
  return (
    <Container size="xl" py="md">
      <Title order={2}>{t('ingest.accountsTitle')}</Title>
      <Text c="dimmed" mb="md">
        {t('ingest.accountsHelp')}
      </Text>
      <SegmentedControl
        mb="md"
        value={status}
        onChange={(v) => setStatus(v as LinkStatus)}
        data={[
          { value: 'suggested', label: t('ingest.tabSuggested') },
          { value: 'confirmed', label: t('ingest.tabConfirmed') },
          { value: 'rejected', label: t('ingest.tabRejected') },
        ]}
      />
      {links.error && <Alert color="red">{links.error.message}</Alert>}
      {decide.error && <Alert color="red">{decide.error.message}</Alert>}
      {links.data?.length === 0 && <Text>{t('ingest.noSuggestions')}</Text>}
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ingest.account')}</Table.Th>
            <Table.Th>{t('ingest.asn')}</Table.Th>
            <Table.Th>{t('ingest.score')}</Table.Th>
            <Table.Th>{t('ingest.reasons')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(links.data ?? []).map((l) => (
            <Table.Tr key={l.id} data-testid={`link-${l.account.handle}-${l.asn.nip}`}>
              <Table.Td>
                <Text fw={600}>
                  {l.account.platform}: @{l.account.handle}
                </Text>
                <Text size="sm">{l.account.displayName}</Text>
                <Text size="xs" c="dimmed">
                  {l.account.bio}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fw={600}>{l.asn.name}</Text>
                <Text size="xs">NIP {l.asn.nip}</Text>
                <Text size="xs" c="dimmed">
                  {[l.asn.position, l.asn.workUnit].filter(Boolean).join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge>{l.score.toFixed(2)}</Badge>
              </Table.Td>
              <Table.Td>
                <List size="xs">
                  {l.reasons.map((r, i) => (
                    <List.Item key={i}>
                      {r.detail} (+{r.weight})
                    </List.Item>
                  ))}
                </List>
              </Table.Td>
              <Table.Td>
                {l.status === 'suggested' ? (
                  <Stack gap={4}>
                    <Button size="xs" onClick={() => decide.mutate({ id: l.id, decision: 'confirm' })} loading={decide.isPending}>
                      {t('ingest.confirm')}
                    </Button>
                    <Button size="xs" variant="light" color="red" onClick={() => decide.mutate({ id: l.id, decision: 'reject' })}>
                      {t('ingest.reject')}
                    </Button>
                  </Stack>
                ) : (
                  <Group gap={4}>
                    <Badge color={l.status === 'confirmed' ? 'green' : 'red'}>{l.status}</Badge>
                    <Text size="xs">{l.decidedBy}</Text>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Container>
  );
}
