// Recommendations waiting for the employing official (PPK): how long each has waited, which are past the
// follow-up period, and which have been escalated.
import { Alert, Badge, Box, Group, Loader, Paper, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { RECOMMENDING_BODY_LABELS } from '@netra/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFollowUp } from '../cases/cases-api.ts';
import { ExportButtons } from '../cases/ExportButtons.tsx';
import { useDates, useLabel } from '../cases/labels.ts';
import { displayRegionName, useRegencies } from '../public-report/regions.ts';

export function FollowUpPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { date } = useDates();
  const navigate = useNavigate();
  const regions = useRegencies();
  const [overdue, setOverdue] = useState(false);
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const q = useFollowUp({ overdue: overdue ? 'true' : undefined, regionCode: regionCode ?? undefined });
  const items = q.data?.items ?? [];
  const escalated = items.filter((i) => i.escalatedAt).length;
  const late = items.filter((i) => i.overdue).length;

  return (
    <Box px="xs" maw={1400} mx="auto">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2}>{t('followup.title')}</Title>
          <ExportButtons
            filters={{ status: 'recommendation', regionCode: regionCode ?? undefined, overdue: overdue ? 'true' : undefined }}
          />
        </Group>
        <Text size="sm" c="dimmed">
          {t('followup.intro')}
        </Text>
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            size="xs"
            w={220}
            label={t('cases.filter.region')}
            clearable
            searchable
            data={(regions.data ?? []).map((r) => ({ value: r.code, label: displayRegionName(r.name) }))}
            value={regionCode}
            onChange={setRegionCode}
          />
          <Switch
            mb={4}
            label={t('followup.onlyOverdue')}
            checked={overdue}
            onChange={(e) => setOverdue(e.currentTarget.checked)}
          />
          {q.data && (
            <Group gap="xs" mb={4}>
              <Badge variant="light">{t('followup.count', { n: items.length })}</Badge>
              <Badge color="red" variant={late ? 'filled' : 'light'}>
                {t('followup.late', { n: late })}
              </Badge>
              <Badge color="orange" variant="light">
                {t('followup.escalated', { n: escalated })}
              </Badge>
            </Group>
          )}
        </Group>
        {q.isLoading && <Loader />}
        {q.error && <Alert color="red">{q.error.message}</Alert>}
        {q.data && items.length === 0 && (
          <Paper withBorder p="xl" ta="center">
            <Text c="dimmed">{t('followup.empty')}</Text>
          </Paper>
        )}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={900}>
            <Table highlightOnHover verticalSpacing={6} fz="sm" data-testid="followup-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cases.col.number')}</Table.Th>
                  <Table.Th>{t('cases.col.asn')}</Table.Th>
                  <Table.Th>{t('cases.col.agency')}</Table.Th>
                  <Table.Th>{t('followup.col.body')}</Table.Th>
                  <Table.Th>{t('followup.col.recommendedAt')}</Table.Th>
                  <Table.Th>{t('followup.col.due')}</Table.Th>
                  <Table.Th ta="right">{t('followup.col.waiting')}</Table.Th>
                  <Table.Th>{t('followup.col.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((i) => (
                  <Table.Tr
                    key={i.case.id}
                    style={{ cursor: 'pointer', background: i.overdue ? 'var(--mantine-color-red-0)' : undefined }}
                    onClick={() => navigate(`/kasus/${i.case.id}`)}
                    data-overdue={i.overdue || undefined}
                  >
                    <Table.Td ff="monospace">{i.case.number}</Table.Td>
                    <Table.Td>{i.case.asn.name}</Table.Td>
                    <Table.Td>
                      {i.case.agency.name ?? '—'}
                      <Text size="xs" c="dimmed">
                        {i.case.regionName ?? i.case.regionCode}
                      </Text>
                    </Table.Td>
                    <Table.Td>{label(RECOMMENDING_BODY_LABELS, i.recommendingBody)}</Table.Td>
                    <Table.Td>{date(i.recommendedAt)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c={i.overdue ? 'red' : undefined} fw={i.overdue ? 700 : undefined}>
                        {date(i.dueDate)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{t('followup.days', { n: i.daysWaiting })}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {i.overdue && <Badge color="red" size="sm">{t('cases.overdue')}</Badge>}
                        {i.escalatedAt && (
                          <Badge color="orange" size="sm" variant="light">
                            {t('followup.escalatedAt', { at: date(i.escalatedAt) })}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Box>
  );
}
