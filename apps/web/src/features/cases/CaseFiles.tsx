// Evidence (with SHA-256 and capture time; every download is logged by the server as custody) and
// generated documents (.docx and .pdf, each with its hash).
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  CopyButton,
  FileInput,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  EVIDENCE_KIND_LABELS,
  type CaseDetail,
  type CaseDocumentView,
  type DocumentKind,
} from '@netra/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { EvidenceView } from '../triage/EvidenceView.tsx';
import { useCaseMutations } from './cases-api.ts';
import { useDates, useLabel } from './labels.ts';

export function formatBytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function Hash({ value }: { value: string | null }) {
  const { t } = useTranslation();
  if (!value) return <Text size="xs">—</Text>;
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('cases.hash.copied') : `SHA-256 ${value}`} withArrow multiline maw={360}>
          <Code onClick={copy} style={{ cursor: 'pointer' }} data-sha256={value}>
            {value.slice(0, 12)}…
          </Code>
        </Tooltip>
      )}
    </CopyButton>
  );
}

export function CaseEvidence({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { dateTime } = useDates();
  const { uploadEvidence } = useCaseMutations(c.id);
  const [files, setFiles] = useState<File[]>([]);
  const [description, setDescription] = useState('');
  return (
    <Stack gap="sm">
      {c.evidence.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('cases.evidence.none')}
        </Text>
      )}
      {c.evidence.map((e) => (
        <Paper key={e.id} withBorder p="sm" radius="sm" data-testid="evidence-item">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Group gap="xs">
              <Badge variant="light" size="sm" styles={{ root: { textTransform: 'none' } }}>
                {label(EVIDENCE_KIND_LABELS, e.kind)}
              </Badge>
              {e.fileName ? (
                <Anchor href={`/api/cases/${c.id}/evidence/${e.id}/file`} target="_blank" size="sm" fw={600}>
                  {e.fileName}
                </Anchor>
              ) : e.url ? (
                <Anchor href={e.url} target="_blank" rel="noreferrer noopener" size="sm" fw={600}>
                  {e.url}
                </Anchor>
              ) : null}
              <Text size="xs" c="dimmed">
                {[e.mimeType, formatBytes(e.sizeBytes)].filter((x) => x && x !== '—').join(' · ')}
              </Text>
            </Group>
            <Hash value={e.sha256} />
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {t('cases.evidence.captured', {
              at: dateTime(e.capturedAt),
              by: e.addedBy?.name ?? t(`cases.evidence.via.${e.addedVia}`),
            })}
          </Text>
          {e.description && (
            <Text size="sm" mt={4}>
              {e.description}
            </Text>
          )}
          {(e.text || e.spans.length > 0) && (
            <Stack mt="xs">
              <EvidenceView text={e.text} evidence={e.spans} />
            </Stack>
          )}
        </Paper>
      ))}
      <Paper withBorder p="sm" radius="sm" bg="gray.0">
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('cases.evidence.add')}
          </Text>
          <Group align="flex-end" wrap="wrap" gap="xs">
            <FileInput
              size="xs"
              w={240}
              multiple
              clearable
              placeholder={t('report.field.filesPlaceholder')}
              accept="image/*,application/pdf,video/*"
              value={files}
              onChange={(f) => setFiles(f ?? [])}
            />
            <TextInput
              size="xs"
              style={{ flex: 1 }}
              miw={200}
              placeholder={t('cases.evidence.description')}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
            />
            <Button
              size="xs"
              disabled={files.length === 0}
              loading={uploadEvidence.isPending}
              onClick={() =>
                uploadEvidence.mutate(
                  { files, description },
                  {
                    onSuccess: () => {
                      setFiles([]);
                      setDescription('');
                    },
                  },
                )
              }
            >
              {t('cases.evidence.upload')}
            </Button>
          </Group>
          {uploadEvidence.error && (
            <Alert color="red" p="xs">
              {uploadEvidence.error instanceof ApiError ? uploadEvidence.error.message : String(uploadEvidence.error)}
            </Alert>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

/** The document a stage usually produces; offered first in the generator. */
export function suggestedDocument(c: CaseDetail): DocumentKind {
  switch (c.status) {
    case 'verification':
    case 'clarification':
      return c.hearing?.recordedAt ? 'minutes' : 'summons';
    case 'study':
      return 'study_report';
    case 'recommendation':
      return 'recommendation_letter';
    default:
      return 'discipline_decision_draft';
  }
}

export function documentUrl(caseId: string, d: Pick<CaseDocumentView, 'id'>): string {
  return `/api/cases/${caseId}/documents/${d.id}/file`;
}

export function CaseDocuments({ c, canGenerate }: { c: CaseDetail; canGenerate: boolean }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { date } = useDates();
  const { generateDocument } = useCaseMutations(c.id);
  const [kind, setKind] = useState<DocumentKind>(suggestedDocument(c));
  // Pair the .docx and .pdf of the same document (same kind + number) on one row.
  const groups = new Map<string, CaseDocumentView[]>();
  for (const d of c.documents) {
    const k = `${d.kind}|${d.number}`;
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  return (
    <Stack gap="xs">
      {c.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.documents.none')}
        </Text>
      ) : (
        <Stack gap="xs" data-testid="documents">
          {[...groups.values()].map((ds) => (
            <Paper key={ds[0]!.id} withBorder p="xs" radius="sm" data-doc-kind={ds[0]!.kind}>
              <Text size="sm" fw={600}>
                {label(DOCUMENT_KIND_LABELS, ds[0]!.kind)}
              </Text>
              <Text size="xs" c="dimmed" mb={4}>
                {ds[0]!.number} · {date(ds[0]!.createdAt)}
              </Text>
              {ds.map((d) => (
                <Group key={d.id} gap={8} wrap="nowrap" justify="space-between">
                  <Group gap={8} wrap="nowrap">
                    <Anchor
                      href={documentUrl(c.id, d)}
                      download={d.fileName}
                      size="sm"
                      fw={600}
                      data-testid={`download-${d.kind}-${d.format}`}
                    >
                      {t('cases.documents.download', { format: d.format.toUpperCase() })}
                    </Anchor>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatBytes(d.sizeBytes)}
                    </Text>
                  </Group>
                  <Hash value={d.sha256} />
                </Group>
              ))}
            </Paper>
          ))}
        </Stack>
      )}
      {canGenerate && (
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <Select
            size="xs"
            style={{ flex: 1 }}
            aria-label={t('cases.documents.kind')}
            data={DOCUMENT_KINDS.map((k) => ({ value: k, label: label(DOCUMENT_KIND_LABELS, k) }))}
            value={kind}
            onChange={(v) => v && setKind(v as DocumentKind)}
            allowDeselect={false}
          />
          <Button size="xs" loading={generateDocument.isPending} onClick={() => generateDocument.mutate(kind)}>
            {t('cases.documents.generate')}
          </Button>
        </Group>
      )}
      {generateDocument.error && (
        <Alert color="red" p="xs">
          {generateDocument.error instanceof ApiError ? generateDocument.error.message : String(generateDocument.error)}
        </Alert>
      )}
    </Stack>
  );
}
