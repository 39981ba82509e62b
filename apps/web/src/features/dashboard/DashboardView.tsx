// Dashboard: counts by stage, rule item, region (tile map), agency and month, and what is overdue. Every
// chart follows the filters in the URL; clicking a region, stage or rule narrows the filters.
import { Alert, Box, Grid, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { CASE_STATE_LABELS, type CaseState, type DashboardBucket } from '@netra/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDashboard } from '../cases/cases-api.ts';
import { CaseFilterBar, useCaseFilters } from '../cases/CaseFilterBar.tsx';
import { ExportButtons } from '../cases/ExportButtons.tsx';
import { useLabel } from '../cases/labels.ts';
import { EChart, type EChartOption } from './EChart.tsx';
import { fillMonths } from './months.ts';
import { RegionTileMap } from './RegionTileMap.tsx';

const STAGE_COLOR: Record<CaseState, string> = {
  received: '#74c0fc',
  verification: '#4dabf7',
  clarification: '#339af0',
  study: '#228be6',
  recommendation: '#f59f00',
  ppk_decision: '#f76707',
  sanction_executed: '#37b24d',
  monitoring: '#2f9e44',
  closed: '#868e96',
  dismissed: '#adb5bd',
  forwarded: '#e64980',
};

function Kpi({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: number;
  color?: string;
  testId: string;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={32} fw={700} c={color} data-testid={testId}>
        {value.toLocaleString('id-ID')}
      </Text>
    </Paper>
  );
}

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Text fw={700} mb="xs">
        {title}
      </Text>
      {children}
    </Paper>
  );
}

/** A horizontal bar chart in a panel, sized by its row count (at most 12 rows tall), or "no data". */
function BarsPanel(props: {
  title: string;
  option: EChartOption | null;
  rows: number;
  testId: string;
  onClickName: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Panel title={props.title}>
      {props.option && props.rows > 0 ? (
        <EChart
          option={props.option}
          height={Math.max(160, Math.min(12, props.rows) * 28 + 24)}
          testId={props.testId}
          onClickName={props.onClickName}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('dash.noData')}
        </Text>
      )}
    </Panel>
  );
}

function horizontalBars(buckets: DashboardBucket[], color: string, max = 12): EChartOption {
  const top = [...buckets]
    .sort((a, b) => b.count - a.count)
    .slice(0, max)
    .reverse();
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: top.map((b) => b.label || b.key),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: top.map((b) => b.count),
        itemStyle: { color },
        barMaxWidth: 22,
        label: { show: true, position: 'right' },
      },
    ],
  };
}

export function DashboardView() {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const [filters, set] = useCaseFilters();
  const q = useDashboard(filters);
  const d = q.data;

  const stageOption = useMemo<EChartOption | null>(() => {
    if (!d) return null;
    const rows = d.byStage.map((b) => ({
      key: b.key as CaseState,
      name: label(CASE_STATE_LABELS, b.key as CaseState),
      count: b.count,
    }));
    return {
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'category',
        data: rows.map((r) => r.name),
        axisLabel: { interval: 0, rotate: 30, fontSize: 10 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          data: rows.map((r) => ({ value: r.count, itemStyle: { color: STAGE_COLOR[r.key] ?? '#228be6' } })),
          barMaxWidth: 36,
          label: { show: true, position: 'top' },
        },
      ],
    };
  }, [d, label]);

  const monthOption = useMemo<EChartOption | null>(() => {
    if (!d) return null;
    const rows = fillMonths(d.byMonth, i18n.language === 'en' ? 'en-GB' : 'id-ID');
    return {
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: rows.map((r) => r.label || r.key) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'line',
          data: rows.map((r) => r.count),
          areaStyle: { opacity: 0.15 },
          symbolSize: 7,
          label: { show: true, position: 'top' },
        },
      ],
    };
  }, [d, i18n.language]);

  const ruleOption = useMemo(
    () =>
      d
        ? horizontalBars(
            d.byRule.map((b) => (b.key && b.key !== '-' ? b : { ...b, label: t('dash.noRule') })),
            '#7048e8',
          )
        : null,
    [d, t],
  );
  const agencyOption = useMemo(() => (d ? horizontalBars(d.byAgency, '#1098ad') : null), [d]);
  const regionCounts = useMemo(
    () => Object.fromEntries((d?.byRegion ?? []).map((b) => [b.key, b.count])),
    [d],
  );

  const stageKeyByName = (name: string) =>
    d?.byStage.find((b) => label(CASE_STATE_LABELS, b.key as CaseState) === name)?.key;
  const ruleKeyByName = (name: string) => d?.byRule.find((b) => (b.label || b.key) === name)?.key;
  const agencyKeyByName = (name: string) => d?.byAgency.find((b) => (b.label || b.key) === name)?.key;

  return (
    <Box px="xs" maw={1400} mx="auto">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2}>{t('dash.title')}</Title>
          <ExportButtons filters={filters} />
        </Group>
        <CaseFilterBar />
        {q.isLoading && <Loader />}
        {q.error && <Alert color="red">{q.error.message}</Alert>}
        {d && (
          <>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <Kpi label={t('dash.kpi.total')} value={d.total} testId="kpi-total" />
              <Kpi label={t('dash.kpi.open')} value={d.open} color="blue" testId="kpi-open" />
              <Kpi
                label={t('dash.kpi.overdue')}
                value={d.overdue}
                color={d.overdue ? 'red' : undefined}
                testId="kpi-overdue"
              />
            </SimpleGrid>
            <Grid gutter="sm">
              <Grid.Col span={{ base: 12, lg: 8 }}>
                <Stack gap="sm">
                  <Panel title={t('dash.byStage')}>
                    {stageOption && (
                      <EChart
                        option={stageOption}
                        height={280}
                        testId="chart-stage"
                        onClickName={(n) => set('status', stageKeyByName(n) ?? null)}
                      />
                    )}
                  </Panel>
                  <Panel title={t('dash.byMonth')}>
                    {monthOption && d.byMonth.length > 0 ? (
                      <EChart option={monthOption} height={220} testId="chart-month" />
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('dash.noData')}
                      </Text>
                    )}
                  </Panel>
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <Panel title={t('dash.byRegion')}>
                  <RegionTileMap
                    counts={regionCounts}
                    selected={filters.regionCode ?? null}
                    onSelect={(code) => set('regionCode', code)}
                  />
                </Panel>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <BarsPanel
                  title={t('dash.byRule')}
                  option={ruleOption}
                  rows={d.byRule.length}
                  testId="chart-rule"
                  onClickName={(n) => set('ruleId', ruleKeyByName(n) ?? null)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <BarsPanel
                  title={t('dash.byAgency')}
                  option={agencyOption}
                  rows={d.byAgency.length}
                  testId="chart-agency"
                  onClickName={(n) => set('agencyId', agencyKeyByName(n) ?? null)}
                />
              </Grid.Col>
            </Grid>
          </>
        )}
      </Stack>
    </Box>
  );
}
