// Triage queue: new findings, public reports and referrals. Keyboard: j/k move, c claims (or releases),
// Enter opens a case from the item (merging into the suggested open case for the same ASN when there is one).
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Grid,
  Group,
  Kbd,
  Loader,
  Modal,
  Paper,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { TRIAGE_KINDS, type TriageItem, type TriageKind } from '@netra/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useTriage, useTriageMutations } from '../cases/cases-api.ts';
import { useDates } from '../cases/labels.ts';
import { EvidenceView } from './EvidenceView.tsx';

const KIND_COLOR: Record<TriageKind, string> = { finding: 'violet', public_report: 'teal', referral: 'orange' };

function isTyping(el: EventTarget | null): boolean {
  const e = el as HTMLElement | null;
  return !!e && (e.tagName === 'INPUT' || e.tagName === 'TEXTAREA' || e.tagName === 'SELECT' || e.isContentEditable);
}

/** Enter opens a case when focus is on the page or on a queue row, not on another button or link. */
function isQueueFocus(el: EventTarget | null): boolean {
  const e = el as HTMLElement | null;
  if (!e?.closest) return true;
  return !!e.closest('[data-testid="triage-item"]') || !e.closest('button,a,[role="tab"],[role="radio"]');
}

function ItemRow({ item, selected, onClick }: { item: TriageItem; selected: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  const { date } = useDates();
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <UnstyledButton
      ref={ref}
      onClick={onClick}
      data-testid="triage-item"
      data-selected={selected || undefined}
      aria-current={selected || undefined}
      p="xs"
      style={{
        display: 'block',
        width: '100%',
        borderRadius: 6,
        background: selected ? 'var(--mantine-color-blue-0)' : undefined,
        borderLeft: `3px solid ${selected ? 'var(--mantine-color-blue-6)' : 'transparent'}`,
      }}
    >
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Badge size="xs" color={KIND_COLOR[item.kind]} variant="light" styles={{ root: { textTransform: 'none' } }}>
          {t(`triage.kind.${item.kind}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {date(item.receivedAt)}
        </Text>
      </Group>
      <Text size="sm" fw={600} lineClamp={1} mt={2}>
        {item.asn.name ?? t('triage.unknownAsn')}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={2}>
        {item.summary}
      </Text>
      {item.status === 'claimed' && (
        <Text size="xs" c="blue.7" mt={2}>
          {t('triage.claimedBy', { name: item.claimedBy?.name ?? '—' })}
        </Text>
      )}
    </UnstyledButton>
  );
}

function ItemDetail({ item, onOpenCase, onDismiss }: { item: TriageItem; onOpenCase: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  const { date, dateTime } = useDates();
  const m = useTriageMutations();
  const busy = m.claim.isPending || m.release.isPending || m.openCase.isPending;
  const error = m.claim.error ?? m.release.error ?? m.openCase.error;
  return (
    <Paper withBorder p="md" radius="md" data-testid="triage-detail">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Badge color={KIND_COLOR[item.kind]} variant="light" styles={{ root: { textTransform: 'none' } }}>
              {t(`triage.kind.${item.kind}`)}
            </Badge>
            <Title order={3} mt={4}>
              {item.asn.name ?? t('triage.unknownAsn')}
            </Title>
            <Text size="sm" c="dimmed">
              {[item.agencyName, item.regionName ?? item.regionCode].filter(Boolean).join(' · ')}
            </Text>
          </div>
          <Stack gap={2} align="flex-end">
            {item.trackingCode && (
              <Text ff="monospace" size="sm">
                {item.trackingCode}
              </Text>
            )}
            {item.referenceNumber && <Text size="sm">{item.referenceNumber}</Text>}
            <Text size="xs" c="dimmed">
              {t('triage.received', { at: dateTime(item.receivedAt) })}
            </Text>
            {item.occurredAt && (
              <Text size="xs" c="dimmed">
                {t('triage.occurred', { at: date(item.occurredAt) })}
              </Text>
            )}
          </Stack>
        </Group>

        {/* A public report's summary is the start of its text: show it only when it adds something. */}
        {!(item.text && item.text.startsWith(item.summary.replace(/…$/, ''))) && (
          <Text size="sm" fw={600}>
            {item.summary}
          </Text>
        )}

        {item.rules.length > 0 && (
          <Stack gap={4}>
            {item.rules.map((r) => (
              <Group key={r.id} gap={6} wrap="nowrap" align="flex-start">
                <Badge size="sm" variant="outline" styles={{ root: { textTransform: 'none' } }}>
                  {r.id}
                </Badge>
                <Text size="xs">
                  {r.title} <Text span c="dimmed">({r.basis})</Text>
                </Text>
              </Group>
            ))}
          </Stack>
        )}
        {item.confidence !== null && (
          <Text size="xs" c="dimmed">
            {t('triage.confidence', { n: Math.round(item.confidence * 100) })}
          </Text>
        )}

        <EvidenceView text={item.text} evidence={item.evidence} />

        {item.links.length > 0 && (
          <Stack gap={2}>
            <Text size="xs" fw={600}>
              {t('triage.links')}
            </Text>
            {item.links.map((l) => (
              <Anchor key={l} href={l} target="_blank" rel="noreferrer noopener" size="sm" style={{ wordBreak: 'break-all' }}>
                {l}
              </Anchor>
            ))}
          </Stack>
        )}

        {item.suggestedCaseId && (
          <Alert color="blue" variant="light" p="xs">
            {t('triage.suggested')}{' '}
            <Anchor component={Link} to={`/kasus/${item.suggestedCaseId}`} size="sm">
              {t('triage.viewCase')}
            </Anchor>
          </Alert>
        )}

        {error && <Alert color="red">{error instanceof ApiError ? error.message : String(error)}</Alert>}

        <Group gap="xs">
          {item.status === 'new' ? (
            <Button variant="default" loading={m.claim.isPending} disabled={busy} onClick={() => m.claim.mutate(item)}>
              {t('triage.claim')} <Kbd ml={6} size="xs">c</Kbd>
            </Button>
          ) : (
            <Button variant="default" loading={m.release.isPending} disabled={busy} onClick={() => m.release.mutate(item)}>
              {t('triage.release')} <Kbd ml={6} size="xs">c</Kbd>
            </Button>
          )}
          <Button loading={m.openCase.isPending} disabled={busy} onClick={onOpenCase} data-testid="open-case">
            {item.suggestedCaseId ? t('triage.mergeCase') : t('triage.openCase')}
            <Kbd ml={6} size="xs">
              Enter
            </Kbd>
          </Button>
          {item.kind === 'finding' && (
            <Button variant="subtle" color="red" disabled={busy} onClick={onDismiss}>
              {t('triage.dismiss')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

export function TriagePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [kind, setKind] = useState<TriageKind | 'all'>('all');
  const [status, setStatus] = useState<'new' | 'claimed' | 'all'>('all');
  const q = useTriage({ kind: kind === 'all' ? undefined : kind, status: status === 'all' ? undefined : status });
  const m = useTriageMutations();
  const items = q.data?.items ?? [];
  const [index, setIndex] = useState(0);
  const [dismissing, setDismissing] = useState<TriageItem | null>(null);
  const [dismissReason, setDismissReason] = useState('');
  const current: TriageItem | undefined = items[Math.min(index, items.length - 1)];

  const openCase = (item: TriageItem) =>
    m.openCase.mutate(
      { item, caseId: item.suggestedCaseId ?? undefined },
      { onSuccess: (r) => navigate(`/kasus/${r.caseId}`) },
    );

  // Handlers read the latest state through a ref so the listener is registered once.
  const keys = useRef({ items, index, current, openCase, claim: m.claim, release: m.release, dismissing });
  keys.current = { items, index, current, openCase, claim: m.claim, release: m.release, dismissing };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = keys.current;
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || k.dismissing) return;
      if (e.key === 'j') setIndex((i) => Math.min(i + 1, Math.max(0, k.items.length - 1)));
      else if (e.key === 'k') setIndex((i) => Math.max(0, i - 1));
      else if (e.key === 'c' && k.current) {
        if (k.current.status === 'new') k.claim.mutate(k.current);
        else k.release.mutate(k.current);
      } else if (e.key === 'Enter' && k.current && isQueueFocus(e.target)) {
        k.openCase(k.current);
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <Box px="xs" maw={1400} mx="auto">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2}>{t('triage.title')}</Title>
          <Text size="xs" c="dimmed">
            <Kbd size="xs">j</Kbd>/<Kbd size="xs">k</Kbd> {t('triage.keys.move')} · <Kbd size="xs">c</Kbd>{' '}
            {t('triage.keys.claim')} · <Kbd size="xs">Enter</Kbd> {t('triage.keys.open')}
          </Text>
        </Group>
        <Group gap="sm" wrap="wrap">
          <SegmentedControl
            size="xs"
            value={kind}
            onChange={(v) => {
              setKind(v as TriageKind | 'all');
              setIndex(0);
            }}
            data={[
              { value: 'all', label: t('triage.all') },
              ...TRIAGE_KINDS.map((k) => ({ value: k, label: t(`triage.kind.${k}`) })),
            ]}
          />
          <SegmentedControl
            size="xs"
            value={status}
            onChange={(v) => {
              setStatus(v as 'new' | 'claimed' | 'all');
              setIndex(0);
            }}
            data={[
              { value: 'all', label: t('triage.all') },
              { value: 'new', label: t('triage.status.new') },
              { value: 'claimed', label: t('triage.status.claimed') },
            ]}
          />
          {q.data && (
            <Text size="sm" c="dimmed">
              {t('triage.total', { n: q.data.total })}
            </Text>
          )}
        </Group>
        {q.isLoading && <Loader />}
        {q.error && <Alert color="red">{q.error.message}</Alert>}
        {q.data && items.length === 0 && (
          <Paper withBorder p="xl" ta="center">
            <Text c="dimmed">{t('triage.empty')}</Text>
          </Paper>
        )}
        {items.length > 0 && (
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Paper withBorder radius="md" p={4}>
                <ScrollArea.Autosize mah="calc(100vh - 220px)">
                  <Stack gap={2} role="listbox" aria-label={t('triage.title')}>
                    {items.map((it, i) => (
                      <ItemRow key={`${it.kind}:${it.id}`} item={it} selected={it === current} onClick={() => setIndex(i)} />
                    ))}
                  </Stack>
                </ScrollArea.Autosize>
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              {current && (
                <ItemDetail item={current} onOpenCase={() => openCase(current)} onDismiss={() => setDismissing(current)} />
              )}
            </Grid.Col>
          </Grid>
        )}
      </Stack>
      <Modal opened={!!dismissing} onClose={() => setDismissing(null)} title={t('triage.dismiss')} centered>
        <Stack gap="sm">
          <Textarea
            label={t('cases.tr.reason')}
            required
            autosize
            minRows={2}
            value={dismissReason}
            onChange={(e) => setDismissReason(e.currentTarget.value)}
          />
          {m.dismiss.error && <Alert color="red">{m.dismiss.error.message}</Alert>}
          <Group justify="flex-end">
            <Button
              color="red"
              disabled={!dismissReason.trim()}
              loading={m.dismiss.isPending}
              onClick={() =>
                dismissing &&
                m.dismiss.mutate(
                  { item: dismissing, reason: dismissReason.trim() },
                  {
                    onSuccess: () => {
                      setDismissing(null);
                      setDismissReason('');
                    },
                  },
                )
              }
            >
              {t('triage.dismiss')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Box>
  );
}
