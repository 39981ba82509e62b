import { Alert, Badge, Button, Container, Group, Paper, Stack, Text, TextInput, Timeline, Title } from '@mantine/core';
import { CASE_STATE_LABELS, TERMINAL_CASE_STATES, type PublicReportStatus } from '@netra/shared';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError } from '../../api/client.ts';
import { useDates, useLabel } from '../cases/labels.ts';

export function ReportStatusPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { date, dateTime } = useDates();
  const [params, setParams] = useSearchParams();
  const code = (params.get('kode') ?? '').trim();
  const [input, setInput] = useState(code);

  const status = useQuery({
    queryKey: ['public-report-status', code],
    enabled: code.length > 0,
    retry: false,
    queryFn: () => api<PublicReportStatus>(`/api/public/reports/${encodeURIComponent(code)}`),
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const c = input.trim().toUpperCase();
    if (c) setParams({ kode: c });
  };

  const s = status.data;
  return (
    <Container size="sm" py="lg" px="sm">
      <Stack gap="md">
        <Title order={1}>{t('reportStatus.title')}</Title>
        <Text c="dimmed">{t('reportStatus.intro')}</Text>
        <form onSubmit={onSubmit}>
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('reportStatus.code')}
              placeholder="LPR-XXXX-XXXX-XXXX-XXXX"
              value={input}
              onChange={(e) => setInput(e.currentTarget.value)}
              styles={{ input: { fontFamily: 'monospace', textTransform: 'uppercase' } }}
            />
            <Button type="submit" loading={status.isFetching}>
              {t('reportStatus.lookup')}
            </Button>
          </Group>
        </form>

        {status.error && (
          <Alert color={status.error instanceof ApiError && status.error.status === 404 ? 'yellow' : 'red'}>
            {status.error instanceof ApiError && status.error.status === 404
              ? t('reportStatus.notFound')
              : status.error instanceof Error
                ? status.error.message
                : t('common.error')}
          </Alert>
        )}

        {s && (
          <Paper withBorder p="md" radius="md" data-testid="report-status">
            <Stack gap="sm">
              <Group justify="space-between" wrap="wrap">
                <Text ff="monospace" fw={700}>
                  {s.trackingCode}
                </Text>
                <Badge
                  size="lg"
                  color={TERMINAL_CASE_STATES.includes(s.status) ? 'gray' : 'blue'}
                  data-testid="report-status-stage"
                  styles={{ root: { textTransform: 'none' } }}
                >
                  {label(CASE_STATE_LABELS, s.status)}
                </Badge>
              </Group>
              <Group gap="xl">
                <div>
                  <Text size="xs" c="dimmed">
                    {t('reportStatus.submittedAt')}
                  </Text>
                  <Text size="sm">{date(s.submittedAt)}</Text>
                </div>
                <div>
                  <Text size="xs" c="dimmed">
                    {t('reportStatus.updatedAt')}
                  </Text>
                  <Text size="sm">{dateTime(s.updatedAt)}</Text>
                </div>
                <div>
                  <Text size="xs" c="dimmed">
                    {t('reportStatus.evidenceCount')}
                  </Text>
                  <Text size="sm">{s.evidenceCount}</Text>
                </div>
              </Group>
              {s.completionRequested && (
                <Alert color="orange" title={t('reportStatus.completionTitle')}>
                  {t('reportStatus.completionBody', { date: date(s.completionDueDate) })}
                </Alert>
              )}
              {s.history.length > 0 && (
                <Timeline active={s.history.length - 1} bulletSize={14} lineWidth={2} mt="xs">
                  {s.history.map((h, i) => (
                    <Timeline.Item key={i} title={label(CASE_STATE_LABELS, h.status)}>
                      <Text size="xs" c="dimmed">
                        {dateTime(h.at)}
                      </Text>
                    </Timeline.Item>
                  ))}
                </Timeline>
              )}
              {s.publicNotes.length > 0 && (
                <Stack gap={4}>
                  <Text fw={600} size="sm">
                    {t('reportStatus.notes')}
                  </Text>
                  {s.publicNotes.map((n, i) => (
                    <Paper key={i} p="xs" bg="gray.0" radius="sm">
                      <Text size="xs" c="dimmed">
                        {dateTime(n.at)}
                      </Text>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {n.body}
                      </Text>
                    </Paper>
                  ))}
                </Stack>
              )}
              <Text size="xs" c="dimmed">
                {t('reportStatus.privacy')}
              </Text>
            </Stack>
          </Paper>
        )}
        <Button component={Link} to="/lapor" variant="subtle" w="fit-content">
          {t('reportStatus.newReport')}
        </Button>
      </Stack>
    </Container>
  );
}
