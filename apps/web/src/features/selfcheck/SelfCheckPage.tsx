import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Container,
  Group,
  List,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ACT_LABELS,
  ACTS,
  CONTEXT_FLAG_LABELS,
  CONTEXT_FLAGS,
  SANCTION_LABELS,
  TARGET_KIND_LABELS,
  TARGET_KINDS,
  VERDICT_LABELS,
  type Act,
  type ActorKind,
  type ContextFlag,
  type SelfCheckRequest,
  type SelfCheckResult,
  type TargetKind,
} from '@netra/shared';
import { api, ApiError } from '../../api/client.ts';
import { VERDICT_COLORS, useElections, useRulebook } from './selfcheck-api.ts';

const EXAMPLES = ['example1', 'example2', 'example3', 'example4', 'example5', 'example6'] as const;

export function SelfCheckPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const [tab, setTab] = useState<string | null>('text');
  const [text, setText] = useState('');
  const [actor, setActor] = useState<ActorKind>('pns');
  const [date, setDate] = useState('');
  const [act, setAct] = useState<Act>('like');
  const [targetKind, setTargetKind] = useState<TargetKind>('caleg');
  const [pair, setPair] = useState<string | null>(null);
  const [flags, setFlags] = useState<ContextFlag[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const lastRequest = useRef<Omit<SelfCheckRequest, 'lang'> | null>(null);
  const elections = useElections();

  const check = useMutation({
    mutationFn: (req: SelfCheckRequest) =>
      api<SelfCheckResult>('/api/self-check', { method: 'POST', json: req }),
  });

  const run = (req: Omit<SelfCheckRequest, 'lang'>) => {
    lastRequest.current = req;
    check.mutate({ ...req, lang });
  };

  // The answer is written in the page language: switching language asks again.
  useEffect(() => {
    if (lastRequest.current) check.mutate({ ...lastRequest.current, lang });
  }, [lang]);

  const pairOptions = useMemo(
    () =>
      (elections.data?.packs ?? []).flatMap((p) =>
        p.contests.flatMap((c) =>
          c.pairs.map((x) => ({
            value: `${c.id}|${x.id}`,
            label: `${String(x.ballotNumber).padStart(2, '0')} ${x.label} — ${c.name}`,
          })),
        ),
      ),
    [elections.data],
  );

  const submitText = (value = text) => {
    if (value.trim().length < 2) {
      setFormError(t('selfcheck.errorShort'));
      return;
    }
    setFormError(null);
    run({ text: value, actor, date: date || undefined });
  };

  const submitForm = (e: FormEvent) => {
    e.preventDefault();
    const [contestId, ref] = pair ? pair.split('|') : [null, null];
    const context = Object.fromEntries(flags.map((f) => [f, true]));
    run({
      actions: [{ act, target: { kind: pair ? 'pair' : targetKind, contestId, ref }, context }],
      actor,
      date: date || undefined,
    });
  };

  const common = (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('selfcheck.actor')}
      </Text>
      <SegmentedControl
        value={actor}
        onChange={(v) => setActor(v as ActorKind)}
        data={[
          { value: 'pns', label: t('selfcheck.actorPns') },
          { value: 'pppk', label: t('selfcheck.actorPppk') },
          { value: 'non_asn', label: t('selfcheck.actorNonAsn') },
        ]}
        data-testid="actor"
      />
      <TextInput
        type="date"
        label={t('selfcheck.date')}
        description={t('selfcheck.dateHint')}
        value={date}
        onChange={(e) => setDate(e.currentTarget.value)}
        data-testid="date"
      />
    </Stack>
  );

  return (
    <Container size="md" py="md">
      <Stack gap="md">
        <div>
          <Title order={1} size="h2">
            {t('selfcheck.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('selfcheck.intro')}
          </Text>
        </div>
        {common}
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List>
            <Tabs.Tab value="text">{t('selfcheck.tabText')}</Tabs.Tab>
            <Tabs.Tab value="form" data-testid="tab-form">
              {t('selfcheck.tabForm')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="text" pt="md">
            <form
              onSubmit={(e) => {
                e.preventDefault();
                submitText();
              }}
            >
              <Stack gap="sm">
                <Textarea
                  label={t('selfcheck.textLabel')}
                  placeholder={t('selfcheck.textPlaceholder')}
                  autosize
                  minRows={3}
                  maxLength={4000}
                  value={text}
                  onChange={(e) => setText(e.currentTarget.value)}
                  error={formError}
                  data-testid="description"
                />
                <Text size="sm" c="dimmed">
                  {t('selfcheck.examples')}
                </Text>
                <Group gap="xs">
                  {EXAMPLES.map((k) => (
                    <Button
                      key={k}
                      size="compact-sm"
                      variant="light"
                      data-testid="example"
                      onClick={() => {
                        const v = t(`selfcheck.${k}`);
                        setText(v);
                        submitText(v);
                      }}
                    >
                      {t(`selfcheck.${k}`)}
                    </Button>
                  ))}
                </Group>
                <Button type="submit" loading={check.isPending} data-testid="submit">
                  {t('selfcheck.submit')}
                </Button>
              </Stack>
            </form>
          </Tabs.Panel>
          <Tabs.Panel value="form" pt="md">
            <form onSubmit={submitForm}>
              <Stack gap="sm">
                <Select
                  label={t('selfcheck.act')}
                  value={act}
                  onChange={(v) => v && setAct(v as Act)}
                  data={ACTS.map((a) => ({ value: a, label: ACT_LABELS[a][lang] }))}
                  allowDeselect={false}
                  searchable
                  data-testid="form-act"
                />
                <Select
                  label={t('selfcheck.targetKind')}
                  value={targetKind}
                  onChange={(v) => v && setTargetKind(v as TargetKind)}
                  data={TARGET_KINDS.map((k) => ({ value: k, label: TARGET_KIND_LABELS[k][lang] }))}
                  allowDeselect={false}
                  disabled={!!pair}
                />
                <Select
                  label={t('selfcheck.pair')}
                  placeholder={t('selfcheck.pairNone')}
                  value={pair}
                  onChange={setPair}
                  data={pairOptions}
                  clearable
                  searchable
                />
                <Checkbox.Group
                  label={t('selfcheck.context')}
                  value={flags}
                  onChange={(v) => setFlags(v as ContextFlag[])}
                >
                  <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                    {CONTEXT_FLAGS.map((f) => (
                      <Checkbox key={f} value={f} label={CONTEXT_FLAG_LABELS[f][lang]} />
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
                <Button type="submit" loading={check.isPending} data-testid="form-submit">
                  {t('selfcheck.submit')}
                </Button>
              </Stack>
            </form>
          </Tabs.Panel>
        </Tabs>
        {check.isError && (
          <Alert color="red" title={t('common.error')}>
            {check.error instanceof ApiError ? check.error.message : String(check.error)}
          </Alert>
        )}
        {check.data && <ResultView result={check.data} />}
        <Anchor component={Link} to="/aturan" size="sm">
          {t('selfcheck.browseRules')}
        </Anchor>
      </Stack>
    </Container>
  );
}

function ResultView({ result }: { result: SelfCheckResult }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const rulebook = useRulebook();
  const itemById = new Map((rulebook.data?.items ?? []).map((i) => [i.id, i]));
  return (
    <Card withBorder padding="md" data-testid="result">
      <Stack gap="sm">
        <Group gap="sm">
          <Text fw={600}>{t('selfcheck.result')}:</Text>
          <Badge
            size="xl"
            color={VERDICT_COLORS[result.verdict]}
            data-testid="verdict"
            data-verdict={result.verdict}
          >
            {VERDICT_LABELS[result.verdict][lang]}
          </Badge>
        </Group>
        <div>
          <Text size="sm" fw={600}>
            {t('selfcheck.actions')}
          </Text>
          <List size="sm" spacing={2}>
            {result.actions.map((a, i) => (
              <List.Item key={i}>
                <Badge size="xs" color={VERDICT_COLORS[a.verdict]} mr={6}>
                  {VERDICT_LABELS[a.verdict][lang]}
                </Badge>
                {ACT_LABELS[a.act][lang]} → {a.target.label ?? TARGET_KIND_LABELS[a.target.kind][lang]}
                {a.channel ? ` (${a.channel})` : ''}
                {a.target.kind !== 'none' && (
                  <Text span size="xs" c="dimmed">
                    {' · '}
                    {a.phase === 'before'
                      ? t('selfcheck.phaseBefore')
                      : a.phase === 'after'
                        ? t('selfcheck.phaseAfter')
                        : t('selfcheck.phaseUnknown')}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </div>
        <div>
          <Text size="sm" fw={600}>
            {t('selfcheck.rules')}
          </Text>
          {result.rules.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('selfcheck.noRules')}
            </Text>
          )}
          <Stack gap="xs" mt={4}>
            {result.rules.map((r) => {
              const item = itemById.get(r.id);
              return (
                <Card key={r.id} withBorder padding="xs" data-testid="rule" data-rule-id={r.id}>
                  <Group gap="xs" wrap="wrap">
                    <Badge variant="outline">{r.id}</Badge>
                    <Text size="sm" fw={600}>
                      {r.title}
                    </Text>
                  </Group>
                  {item && (
                    <Text size="sm" mt={4}>
                      {item.text[lang]}
                    </Text>
                  )}
                  <Text size="xs" mt={4}>
                    <b>{t('selfcheck.sanction')}:</b> {SANCTION_LABELS[r.sanction][lang]} ·{' '}
                    <b>{t('selfcheck.basis')}:</b> {r.basis}
                  </Text>
                </Card>
              );
            })}
          </Stack>
        </div>
        <div>
          <Text size="sm" fw={600}>
            {t('selfcheck.explanation')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="explanation">
            {result.explanation}
          </Text>
        </div>
        <Alert color={VERDICT_COLORS[result.verdict]} title={t('selfcheck.advice')} data-testid="advice">
          {result.advice}
        </Alert>
        {result.evidence && result.evidence.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('selfcheck.evidence')}
            </Text>
            <List size="sm">
              {result.evidence.map((e, i) => (
                <List.Item key={i}>
                  <mark>{e.text}</mark> — {e.why}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <Text size="xs" c="dimmed">
          {t('selfcheck.disclaimer')}
        </Text>
      </Stack>
    </Card>
  );
}
