// Upload a file, choose its kind, dry-run or import; progress is polled from the run; row problems are
// listed with row, column and reason, and a refused file can be imported again keeping only the good rows.
import { Alert, Badge, Button, Checkbox, Container, FileInput, Group, Progress, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS, IMPORT_KIND_LABELS, type ImportKind, type ImportRunView } from '@netra/shared';
import { api } from '../../api/client.ts';

function RunReport({ runId, onImportGood }: { runId: string; onImportGood: () => void }) {
  const { t } = useTranslation();
  const run = useQuery({
    queryKey: ['ingest-run', runId],
    queryFn: () => api<ImportRunView>(`/api/ingest/imports/${runId}`),
    refetchInterval: (q) => (q.state.data?.status === 'running' ? 500 : false),
  });
  if (run.error) return <Alert color="red">{run.error.message}</Alert>;
  const r = run.data;
  if (!r) return null;
  const badRows = [...new Set(r.problems.map((p) => p.row))];
  const color = r.status === 'succeeded' ? 'green' : r.status === 'failed' ? 'red' : r.status === 'dry_run' ? 'blue' : 'gray';
  return (
    <Stack data-testid="import-report">
      <Group>
        <Badge color={color} data-testid="import-status">
          {t(`ingest.statuses.${r.status}`)}
        </Badge>
        <Text size="sm">
          {t('ingest.read')}: {r.recordsRead} · {t('ingest.written')}: {r.recordsWritten}
        </Text>
      </Group>
      {r.status === 'running' && (
        <>
          <Progress value={100} animated />
          <Text size="sm">{t('ingest.progress', { n: r.recordsRead })}</Text>
        </>
      )}
      {r.error && <Alert color="red">{r.error}</Alert>}
      {r.summary && Object.keys(r.summary).length > 0 && (
        <Text size="sm" data-testid="import-summary">
          {Object.entries(r.summary)
            .map(([k, v]) => `${k}: ${v}`)
            .join(' · ')}
        </Text>
      )}
      {r.status === 'succeeded' && badRows.length > 0 && (
        <Alert color="yellow" data-testid="skipped-rows">
          {t('ingest.skippedRows', { rows: badRows.join(', ') })}
        </Alert>
      )}
      {r.problems.length > 0 && (
        <>
          <Title order={4}>{t('ingest.problems')}</Title>
          <Table striped data-testid="problem-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ingest.row')}</Table.Th>
                <Table.Th>{t('ingest.column')}</Table.Th>
                <Table.Th>{t('ingest.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.problems.map((p, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{p.row}</Table.Td>
                  <Table.Td>{p.column}</Table.Td>
                  <Table.Td>{p.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      {(r.status === 'failed' || r.status === 'dry_run') && badRows.length > 0 && !r.skipInvalid && (
        <Button variant="light" onClick={onImportGood}>
          {t('ingest.importGood')}
        </Button>
      )}
    </Stack>
  );
}

export function ImportPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const qc = useQueryClient();
  const [kind, setKind] = useState<ImportKind>('asn');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [mapping, setMapping] = useState('');
  const [runId, setRunId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const recent = useQuery({ queryKey: ['ingest-runs'], queryFn: () => api<ImportRunView[]>('/api/ingest/imports') });

  async function start(opts: { dryRun: boolean; skipInvalid: boolean }) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.set('file', file);
      form.set('kind', kind);
      form.set('dryRun', String(opts.dryRun));
      form.set('skipInvalid', String(opts.skipInvalid));
      if (mapping.trim()) form.set('mapping', mapping);
      const r = await api<{ runId: string }>('/api/ingest/imports', { method: 'POST', body: form });
      setRunId(r.runId);
      void qc.invalidateQueries({ queryKey: ['ingest-runs'] });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Container size="lg" py="md">
      <Title order={2} mb="md">
        {t('ingest.importTitle')}
      </Title>
      <Stack maw={640}>
        <Select
          label={t('ingest.kind')}
          value={kind}
          onChange={(v) => v && setKind(v as ImportKind)}
          data={IMPORT_KINDS.map((k) => ({ value: k, label: IMPORT_KIND_LABELS[k][lang] }))}
          allowDeselect={false}
          data-testid="import-kind"
        />
        <FileInput label={t('ingest.file')} placeholder={t('ingest.filePlaceholder')} value={file} onChange={setFile} data-testid="import-file" />
        {kind === 'csv' && <Textarea label={t('ingest.mapping')} value={mapping} onChange={(e) => setMapping(e.currentTarget.value)} />}
        <Checkbox label={t('ingest.dryRun')} checked={dryRun} onChange={(e) => setDryRun(e.currentTarget.checked)} />
        <Checkbox label={t('ingest.skipInvalid')} checked={skipInvalid} onChange={(e) => setSkipInvalid(e.currentTarget.checked)} />
        <Group>
          <Button onClick={() => start({ dryRun, skipInvalid })} disabled={!file} loading={busy}>
            {t('ingest.start')}
          </Button>
        </Group>
        {error && <Alert color="red">{error}</Alert>}
        {runId && <RunReport key={runId} runId={runId} onImportGood={() => start({ dryRun: false, skipInvalid: true })} />}
      </Stack>
      <Title order={4} mt="xl" mb="sm">
        {t('ingest.recent')}
      </Title>
      <Table>
        <Table.Tbody>
          {(recent.data ?? []).map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{new Date(r.startedAt).toLocaleString()}</Table.Td>
              <Table.Td>{IMPORT_KIND_LABELS[r.kind][lang]}</Table.Td>
              <Table.Td>{r.fileName}</Table.Td>
              <Table.Td>{t(`ingest.statuses.${r.status}`)}</Table.Td>
              <Table.Td>
                {r.recordsRead} / {r.recordsWritten}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Container>
  );
}
