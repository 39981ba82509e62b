import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Grid,
  Group,
  Loader,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import {
  CASE_EVENT_TYPE_LABELS,
  CASE_SOURCE_KIND_LABELS,
  CASE_STATE_LABELS,
  CASE_TRANSITION_LABELS,
  DEADLINE_KIND_LABELS,
  DISMISSAL_REASON_LABELS,
  RECOMMENDING_BODY_LABELS,
  SANCTION_LABELS,
  SANCTION_OPTION_LABELS,
  TERMINAL_CASE_STATES,
  type AllowedTransitionView,
  type CaseDetail,
  type CaseEventView,
  type DismissalReason,
  type NoteVisibility,
  type RecommendingBody,
  type Sanction,
  type SanctionOption,
  type TransitionFields,
} from '@netra/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../../api/client.ts';
import { useMe } from '../../auth/auth.tsx';
import { CaseDocuments, CaseEvidence } from './CaseFiles.tsx';
import { useCase, useCaseMutations } from './cases-api.ts';
import { useDates, useLabel } from './labels.ts';
import { MinutesForm } from './MinutesForm.tsx';
import { TransitionModal, transitionColor } from './TransitionModal.tsx';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

const EVENT_FIELDS: (keyof TransitionFields)[] = [
  'hearingAt',
  'hearingPlace',
  'ruleIds',
  'track',
  'sanctionLevel',
  'sanctionOption',
  'decisionNumber',
  'decidedAt',
  'executedAt',
  'dismissalReason',
  'forwardedTo',
  'referenceNumber',
];

/** The fields a transition carried, as "label: value" lines for the timeline. */
function useEventDetails() {
  const { t } = useTranslation();
  const label = useLabel();
  const { date, dateTime } = useDates();
  return (e: CaseEventView): string[] => {
    const fields = (e.data?.fields ?? {}) as Record<string, unknown>;
    const out: string[] = [];
    for (const k of EVENT_FIELDS) {
      const v = fields[k];
      if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
      let text: string;
      switch (k) {
        case 'hearingAt':
          text = dateTime(String(v));
          break;
        case 'decidedAt':
        case 'executedAt':
          text = date(String(v));
          break;
        case 'ruleIds':
          text = (v as string[]).join(', ');
          break;
        case 'track':
          text = t(`cases.track.${String(v)}`);
          break;
        case 'sanctionLevel':
          text = label(SANCTION_LABELS, v as Sanction);
          break;
        case 'sanctionOption':
          text = label(SANCTION_OPTION_LABELS, v as SanctionOption);
          break;
        case 'dismissalReason':
          text = label(DISMISSAL_REASON_LABELS, v as DismissalReason);
          break;
        default:
          text = String(v);
      }
      out.push(`${t(`cases.tr.field.${k}`)}: ${text}`);
    }
    if (typeof e.data?.recommendingBody === 'string')
      out.push(`${t('cases.field.recommendingBody')}: ${label(RECOMMENDING_BODY_LABELS, e.data.recommendingBody as RecommendingBody)}`);
    return out;
  };
}

function CaseTimeline({ events }: { events: CaseEventView[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { dateTime } = useDates();
  const details = useEventDetails();
  const sorted = [...events].sort((a, b) => b.seq - a.seq);
  return (
    <Timeline bulletSize={12} lineWidth={2} data-testid="timeline">
      {sorted.map((e) => (
        <Timeline.Item
          key={e.seq}
          color={e.type === 'transition' ? 'blue' : e.type === 'escalated' ? 'red' : 'gray'}
          title={
            <Text size="sm" fw={600}>
              {e.transition ? label(CASE_TRANSITION_LABELS, e.transition) : label(CASE_EVENT_TYPE_LABELS, e.type)}
              {e.toStatus && e.fromStatus !== e.toStatus && (
                <Text span size="sm" c="dimmed" fw={400}>
                  {' '}
                  → {label(CASE_STATE_LABELS, e.toStatus)}
                </Text>
              )}
            </Text>
          }
        >
          <Text size="xs" c="dimmed">
            {dateTime(e.at)} · {e.actor?.name ?? t('cases.timeline.system')}
          </Text>
          {details(e).map((line) => (
            <Text key={line} size="xs">
              {line}
            </Text>
          ))}
          {e.reason && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {e.reason}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function CaseDeadlines({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { date } = useDates();
  if (c.deadlines.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('cases.deadlines.none')}
      </Text>
    );
  return (
    <Table fz="xs" verticalSpacing={4} data-testid="deadlines">
      <Table.Tbody>
        {c.deadlines.map((d, i) => (
          <Table.Tr
            key={i}
            data-overdue={d.overdue || undefined}
            style={d.overdue ? { background: 'var(--mantine-color-red-0)' } : undefined}
          >
            <Table.Td>
              <Text size="sm">{label(DEADLINE_KIND_LABELS, d.kind)}</Text>
              <Text size="xs" c="dimmed">
                {t(`cases.deadlines.mode.${d.mode}`, { n: d.days })}
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <Text size="sm" fw={600} c={d.overdue ? 'red' : undefined}>
                {date(d.dueDate)}
              </Text>
              {d.metAt ? (
                <Badge size="xs" color="teal" variant="light">
                  {t('cases.deadlines.met')}
                </Badge>
              ) : d.overdue ? (
                <Badge size="xs" color="red">
                  {t('cases.overdue')}
                </Badge>
              ) : null}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function CaseNotes({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const { dateTime } = useDates();
  const { addNote } = useCaseMutations(c.id);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>('internal');
  return (
    <Stack gap="sm">
      {c.notes.map((n) => (
        <Paper
          key={n.id}
          p="sm"
          radius="sm"
          withBorder
          data-visibility={n.visibility}
          style={n.visibility === 'public' ? { borderLeft: '4px solid var(--mantine-color-teal-5)' } : undefined}
        >
          <Group justify="space-between" mb={4}>
            <Text size="xs" c="dimmed">
              {n.author?.name ?? '—'} · {dateTime(n.at)}
            </Text>
            <Badge size="xs" color={n.visibility === 'public' ? 'teal' : 'gray'} variant="light">
              {t(`cases.notes.${n.visibility}`)}
            </Badge>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {n.body}
          </Text>
        </Paper>
      ))}
      {c.notes.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('cases.notes.none')}
        </Text>
      )}
      <Paper withBorder p="sm" radius="sm" bg="gray.0">
        <Stack gap="xs">
          <SegmentedControl
            size="xs"
            w="fit-content"
            value={visibility}
            onChange={(v) => setVisibility(v as NoteVisibility)}
            data={[
              { value: 'internal', label: t('cases.notes.internal') },
              { value: 'public', label: t('cases.notes.public') },
            ]}
          />
          <Text size="xs" c={visibility === 'public' ? 'teal.8' : 'dimmed'}>
            {t(`cases.notes.${visibility}Hint`)}
          </Text>
          <Textarea
            aria-label={t('cases.notes.add')}
            autosize
            minRows={2}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button
              size="xs"
              disabled={!body.trim()}
              loading={addNote.isPending}
              onClick={() => addNote.mutate({ body: body.trim(), visibility }, { onSuccess: () => setBody('') })}
            >
              {t('cases.notes.add')}
            </Button>
          </Group>
          {addNote.error && <Alert color="red">{addNote.error.message}</Alert>}
        </Stack>
      </Paper>
    </Stack>
  );
}

interface ReporterIdentity {
  trackingCode: string;
  anonymous: boolean;
  name: string | null;
  email: string | null;
  phone: string | null;
}

function CaseSources({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { dateTime } = useDates();
  const { me } = useMe();
  const [reporters, setReporters] = useState<ReporterIdentity[] | null>(null);
  const [reporterError, setReporterError] = useState<string | null>(null);
  const hasReport = c.sourceList.some((s) => s.kind === 'public_report' && !s.unmergedAt);
  const showReporter = async () => {
    setReporterError(null);
    try {
      const r = await api<{ items: ReporterIdentity[] } | ReporterIdentity[]>(`/api/cases/${c.id}/reporter`);
      setReporters(Array.isArray(r) ? r : r.items);
    } catch (e) {
      setReporterError(e instanceof ApiError && e.status === 403 ? t('cases.sources.custodianOnly') : String(e));
    }
  };
  return (
    <Stack gap="xs">
      {c.sourceList.map((s) => (
        <Paper key={s.mergeId} withBorder p="xs" radius="sm" opacity={s.unmergedAt ? 0.5 : 1}>
          <Group gap="xs">
            <Badge size="sm" variant="light" styles={{ root: { textTransform: 'none' } }}>
              {label(CASE_SOURCE_KIND_LABELS, s.kind)}
            </Badge>
            {s.trackingCode && <Text ff="monospace" size="xs">{s.trackingCode}</Text>}
            {s.referenceNumber && <Text size="xs">{s.referenceNumber}</Text>}
            <Text size="xs" c="dimmed">
              {dateTime(s.mergedAt)}
              {s.unmergedAt && ` · ${t('cases.sources.unmerged')}`}
            </Text>
          </Group>
          <Text size="sm" mt={4} lineClamp={3}>
            {s.summary}
          </Text>
        </Paper>
      ))}
      {/* Reporter identities are for custodians only; others do not even see the button. */}
      {hasReport && me?.custodian && (
        <Box>
          <Button size="xs" variant="default" onClick={showReporter}>
            {t('cases.sources.showReporter')}
          </Button>
          <Text size="xs" c="dimmed" mt={4}>
            {t('cases.sources.reporterLogged')}
          </Text>
          {reporterError && (
            <Alert color="yellow" mt="xs" p="xs">
              {reporterError}
            </Alert>
          )}
          {reporters?.map((r) => (
            <Paper key={r.trackingCode} withBorder p="xs" mt="xs" data-testid="reporter-identity">
              <Text ff="monospace" size="xs">
                {r.trackingCode}
              </Text>
              {r.anonymous ? (
                <Text size="sm">{t('cases.sources.anonymous')}</Text>
              ) : (
                <Text size="sm">{[r.name, r.email, r.phone].filter(Boolean).join(' · ') || '—'}</Text>
              )}
            </Paper>
          ))}
        </Box>
      )}
    </Stack>
  );
}

function RequestCompletion({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const { requestCompletion } = useCaseMutations(c.id);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  return (
    <>
      <Button size="xs" variant="light" color="orange" onClick={() => setOpen(true)}>
        {t('cases.completion.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('cases.completion.button')} centered>
        <Stack gap="sm">
          <Text size="sm">{t('cases.completion.hint')}</Text>
          <Textarea autosize minRows={3} value={message} onChange={(e) => setMessage(e.currentTarget.value)} />
          {requestCompletion.error && <Alert color="red">{requestCompletion.error.message}</Alert>}
          <Group justify="flex-end">
            <Button
              disabled={!message.trim()}
              loading={requestCompletion.isPending}
              onClick={() => requestCompletion.mutate(message.trim(), { onSuccess: () => setOpen(false) })}
            >
              {t('cases.completion.send')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useLabel();
  const { date, dateTime } = useDates();
  const q = useCase(id);
  const [active, setActive] = useState<AllowedTransitionView | null>(null);
  const [tab, setTab] = useState<string | null>('timeline');

  if (q.isLoading) return <Loader m="xl" />;
  if (q.error)
    return (
      <Alert color="red" m="md">
        {q.error instanceof ApiError && q.error.status === 404 ? t('cases.notFound') : q.error.message}
      </Alert>
    );
  const c = q.data!;
  const terminal = TERMINAL_CASE_STATES.includes(c.status);
  const hasReport = c.sourceList.some((s) => s.kind === 'public_report' && !s.unmergedAt);

  return (
    <Box px="xs" maw={1400} mx="auto">
      <Stack gap="md">
        <Anchor component={Link} to="/kasus" size="sm">
          ← {t('cases.board.title')}
        </Anchor>
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Text ff="monospace" size="sm" c="dimmed">
              {c.number}
            </Text>
            <Title order={2}>{c.asn.name}</Title>
            <Text size="sm" c="dimmed">
              {[c.asn.nip && `NIP ${c.asn.nip}`, c.asn.position, c.agency.name, c.regionName ?? c.regionCode]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </div>
          <Stack gap={4} align="flex-end">
            <Badge
              size="xl"
              color={terminal ? 'gray' : c.overdue ? 'red' : 'blue'}
              styles={{ root: { textTransform: 'none' } }}
              data-testid="case-status"
              data-status={c.status}
            >
              {label(CASE_STATE_LABELS, c.status)}
            </Badge>
            <Text size="xs" c="dimmed">
              {t('cases.since', { at: dateTime(c.statusSince) })}
            </Text>
          </Stack>
        </Group>

        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="md">
              <Paper withBorder p="md" radius="md">
                <Group gap="xl" mb="sm" wrap="wrap">
                  <Field label={t('cases.field.contest')}>
                    {c.contest.label ?? t(`cases.contest.${c.contest.kind}`)}
                  </Field>
                  <Field label={t('cases.field.occurredAt')}>{date(c.occurredAt)}</Field>
                  <Field label={t('cases.field.rules')}>
                    {c.ruleIds.length ? (
                      <Group gap={4}>
                        {c.ruleIds.map((r) => (
                          <Badge key={r} size="sm" variant="outline" styles={{ root: { textTransform: 'none' } }}>
                            {r}
                          </Badge>
                        ))}
                      </Group>
                    ) : (
                      '—'
                    )}
                  </Field>
                  <Field label={t('cases.field.track')}>{c.track ? t(`cases.track.${c.track}`) : '—'}</Field>
                  <Field label={t('cases.field.sanctionLevel')}>{label(SANCTION_LABELS, c.sanctionLevel)}</Field>
                  <Field label={t('cases.field.assignee')}>{c.assignee?.name ?? '—'}</Field>
                </Group>
                {(c.recommendingBody || c.sanctionOption || c.dismissalReason) && (
                  <Group gap="xl" mb="sm" wrap="wrap">
                    {c.recommendingBody && (
                      <Field label={t('cases.field.recommendingBody')}>
                        {label(RECOMMENDING_BODY_LABELS, c.recommendingBody)}
                      </Field>
                    )}
                    {c.sanctionOption && (
                      <Field label={t('cases.field.sanctionOption')}>
                        <span data-testid="sanction-option">{label(SANCTION_OPTION_LABELS, c.sanctionOption)}</span>
                      </Field>
                    )}
                    {c.dismissalReason && (
                      <Field label={t('cases.field.dismissalReason')}>
                        {label(DISMISSAL_REASON_LABELS, c.dismissalReason)}
                      </Field>
                    )}
                  </Group>
                )}
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.description}
                </Text>
              </Paper>

              <Tabs value={tab} onChange={setTab} keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="timeline">{t('cases.tab.timeline')}</Tabs.Tab>
                  <Tabs.Tab value="evidence">
                    {t('cases.tab.evidence')} ({c.evidence.length})
                  </Tabs.Tab>
                  <Tabs.Tab value="minutes">{t('cases.tab.minutes')}</Tabs.Tab>
                  <Tabs.Tab value="notes">
                    {t('cases.tab.notes')} ({c.notes.length})
                  </Tabs.Tab>
                  <Tabs.Tab value="sources">
                    {t('cases.tab.sources')} ({c.sourceList.filter((s) => !s.unmergedAt).length})
                  </Tabs.Tab>
                </Tabs.List>
                <Box pt="md">
                  <Tabs.Panel value="timeline">
                    <CaseTimeline events={c.timeline} />
                  </Tabs.Panel>
                  <Tabs.Panel value="evidence">
                    <CaseEvidence c={c} />
                  </Tabs.Panel>
                  <Tabs.Panel value="minutes">
                    <MinutesForm key={c.hearing?.recordedAt ?? 'new'} c={c} />
                  </Tabs.Panel>
                  <Tabs.Panel value="notes">
                    <CaseNotes c={c} />
                  </Tabs.Panel>
                  <Tabs.Panel value="sources">
                    <CaseSources c={c} />
                  </Tabs.Panel>
                </Box>
              </Tabs>
            </Stack>
          </Grid.Col>

          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="md">
              <Paper withBorder p="md" radius="md" data-testid="transitions">
                <Text fw={700} mb="xs">
                  {t('cases.actions.title')}
                </Text>
                {c.allowedTransitions.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('cases.actions.none')}
                  </Text>
                ) : (
                  <Stack gap={6}>
                    {c.allowedTransitions.map((a) => (
                      <Button
                        key={a.transition}
                        variant={transitionColor(a.transition) === 'blue' ? 'filled' : 'light'}
                        color={transitionColor(a.transition)}
                        justify="space-between"
                        rightSection={<Text size="xs">→ {label(CASE_STATE_LABELS, a.to)}</Text>}
                        onClick={() => setActive(a)}
                        data-transition={a.transition}
                      >
                        {label(CASE_TRANSITION_LABELS, a.transition)}
                      </Button>
                    ))}
                  </Stack>
                )}
                {hasReport && c.status === 'verification' && (
                  <Box mt="sm">
                    <RequestCompletion c={c} />
                  </Box>
                )}
              </Paper>
              <Paper withBorder p="md" radius="md">
                <Text fw={700} mb="xs">
                  {t('cases.deadlines.title')}
                </Text>
                <CaseDeadlines c={c} />
              </Paper>
              <Paper withBorder p="md" radius="md">
                <Text fw={700} mb="xs">
                  {t('cases.documents.title')}
                </Text>
                <CaseDocuments key={c.status} c={c} canGenerate={!terminal} />
              </Paper>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      {active && <TransitionModal c={c} allowed={active} onClose={() => setActive(null)} />}
    </Box>
  );
}
