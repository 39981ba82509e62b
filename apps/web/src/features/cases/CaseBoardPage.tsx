import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Group,
  Loader,
  Pagination,
  Paper,
  ScrollArea,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { CASE_STATE_LABELS, type CaseSummary } from '@netra/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCaseBoard, useCaseList } from './cases-api.ts';
import { CaseFilterBar, useCaseFilters } from './CaseFilterBar.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { NewCaseModal } from './NewCaseModal.tsx';
import { useDates, useLabel } from './labels.ts';

export function DeadlineBadge({ c }: { c: Pick<CaseSummary, 'nextDeadline' | 'overdue'> }) {
  const { t } = useTranslation();
  const { date } = useDates();
  if (!c.nextDeadline) return null;
  return (
    <Badge
      size="xs"
      variant={c.overdue ? 'filled' : 'light'}
      color={c.overdue ? 'red' : 'gray'}
      data-overdue={c.overdue || undefined}
      styles={{ root: { textTransform: 'none' } }}
    >
      {c.overdue ? t('cases.overdue') : t('cases.due')} {date(c.nextDeadline.dueDate)}
    </Badge>
  );
}

function CaseCard({ c }: { c: CaseSummary }) {
  return (
    <Card
      component={Link}
      to={`/kasus/${c.id}`}
      withBorder
      padding="xs"
      radius="sm"
      data-testid="case-card"
      style={c.overdue ? { borderLeft: '4px solid var(--mantine-color-red-6)' } : undefined}
    >
      <Text size="xs" c="dimmed" ff="monospace">
        {c.number}
      </Text>
      <Text size="sm" fw={600} lineClamp={1}>
        {c.asn.name}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {[c.agency.name, c.regionName ?? c.regionCode].filter(Boolean).join(' · ')}
      </Text>
      <Group gap={4} mt={4}>
        {c.ruleIds.map((r) => (
          <Badge key={r} size="xs" variant="outline" styles={{ root: { textTransform: 'none' } }}>
            {r}
          </Badge>
        ))}
        <DeadlineBadge c={c} />
      </Group>
    </Card>
  );
}

function Board() {
  const { t } = useTranslation();
  const label = useLabel();
  const [filters] = useCaseFilters();
  const board = useCaseBoard(filters);
  if (board.isLoading) return <Loader />;
  if (board.error) return <Alert color="red">{board.error.message}</Alert>;
  const columns = (board.data?.columns ?? []).filter((col) => !filters.status || col.status === filters.status);
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
        {columns.map((col) => (
          <Paper
            key={col.status}
            w={232}
            miw={232}
            p="xs"
            radius="md"
            bg="gray.0"
            data-testid={`board-column-${col.status}`}
          >
            <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start" mih={40}>
              <Text size="sm" fw={700} lineClamp={2} lh={1.25}>
                {label(CASE_STATE_LABELS, col.status)}
              </Text>
              <Badge size="sm" variant="light" color="gray">
                {col.count}
              </Badge>
            </Group>
            <Stack gap={6}>
              {col.items.map((c) => (
                <CaseCard key={c.id} c={c} />
              ))}
              {col.count > col.items.length && (
                <Text size="xs" c="dimmed" ta="center">
                  {t('cases.board.more', { n: col.count - col.items.length })}
                </Text>
              )}
              {col.count === 0 && (
                <Text size="xs" c="dimmed" ta="center" py="sm">
                  —
                </Text>
              )}
            </Stack>
          </Paper>
        ))}
      </Group>
    </ScrollArea>
  );
}

const PAGE = 50;

function List() {
  const { t } = useTranslation();
  const label = useLabel();
  const { date } = useDates();
  const navigate = useNavigate();
  const [filters] = useCaseFilters();
  const [page, setPage] = useState(1);
  const list = useCaseList(filters, { limit: PAGE, offset: (page - 1) * PAGE });
  if (list.isLoading) return <Loader />;
  if (list.error) return <Alert color="red">{list.error.message}</Alert>;
  const items = list.data?.items ?? [];
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('cases.list.total', { n: list.data?.total ?? 0 })}
      </Text>
      <Table.ScrollContainer minWidth={800}>
        <Table striped highlightOnHover verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.col.number')}</Table.Th>
              <Table.Th>{t('cases.col.asn')}</Table.Th>
              <Table.Th>{t('cases.col.agency')}</Table.Th>
              <Table.Th>{t('cases.col.region')}</Table.Th>
              <Table.Th>{t('cases.col.status')}</Table.Th>
              <Table.Th>{t('cases.col.rules')}</Table.Th>
              <Table.Th>{t('cases.col.deadline')}</Table.Th>
              <Table.Th>{t('cases.col.opened')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/kasus/${c.id}`)}>
                <Table.Td ff="monospace">{c.number}</Table.Td>
                <Table.Td>{c.asn.name}</Table.Td>
                <Table.Td>{c.agency.name ?? '—'}</Table.Td>
                <Table.Td>{c.regionName ?? c.regionCode}</Table.Td>
                <Table.Td>{label(CASE_STATE_LABELS, c.status)}</Table.Td>
                <Table.Td>{c.ruleIds.join(', ') || '—'}</Table.Td>
                <Table.Td>
                  <DeadlineBadge c={c} />
                </Table.Td>
                <Table.Td>{date(c.openedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {(list.data?.total ?? 0) > PAGE && (
        <Pagination total={Math.ceil((list.data?.total ?? 0) / PAGE)} value={page} onChange={setPage} size="sm" />
      )}
    </Stack>
  );
}

export function CaseBoardPage() {
  const { t } = useTranslation();
  const [filters] = useCaseFilters();
  const [view, setView] = useState<'board' | 'list'>('board');
  const [creating, setCreating] = useState(false);
  return (
    <Box px="xs">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2}>{t('cases.board.title')}</Title>
          <Group gap="sm">
            <SegmentedControl
              size="xs"
              value={view}
              onChange={(v) => setView(v as 'board' | 'list')}
              data={[
                { value: 'board', label: t('cases.board.viewBoard') },
                { value: 'list', label: t('cases.board.viewList') },
              ]}
            />
            <ExportButtons filters={filters} />
            <Button size="xs" onClick={() => setCreating(true)}>
              {t('cases.new.button')}
            </Button>
          </Group>
        </Group>
        <CaseFilterBar />
        {view === 'board' ? <Board /> : <List />}
      </Stack>
      {creating && <NewCaseModal onClose={() => setCreating(false)} />}
    </Box>
  );
}
