// /analisis-teks: analysts paste a post and see the detector's verdict with the evidence highlighted.
import {
  Alert,
  Badge,
  Button,
  Card,
  Container,
  Group,
  Mark,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DetectTextRequest, PostDetection } from '@netra/shared';
import { api, ApiError } from '../../api/client.ts';
import { evidenceTone, highlightPieces } from './highlight.ts';

const TONE_COLOR = { lexicon: 'yellow', stance: 'orange', cue: 'teal' } as const;
const STANCE_COLOR = { support: 'red', oppose: 'grape', neutral: 'green' } as const;

export function TextAnalysisPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [sent, setSent] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: (body: DetectTextRequest) =>
      api<PostDetection>('/api/detect/text', { method: 'POST', json: body }),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) {
      setFormError(t('detectPage.empty'));
      return;
    }
    setFormError(null);
    setSent(text);
    run.mutate({ text, ...(date ? { date } : {}) });
  }

  const d = run.data;
  return (
    <Container size="md" py="lg">
      <Stack>
        <Title order={2}>{t('detectPage.title')}</Title>
        <Text c="dimmed">{t('detectPage.intro')}</Text>
        <form onSubmit={submit}>
          <Stack>
            <Textarea
              label={t('detectPage.textLabel')}
              placeholder={t('detectPage.textPlaceholder')}
              autosize
              minRows={4}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={formError}
              data-testid="detect-text"
            />
            <TextInput
              type="date"
              label={t('detectPage.date')}
              description={t('detectPage.dateHint')}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              maw={240}
            />
            <Group>
              <Button type="submit" loading={run.isPending} data-testid="detect-submit">
                {t('detectPage.analyse')}
              </Button>
            </Group>
          </Stack>
        </form>
        {run.error && (
          <Alert color="red">{run.error instanceof ApiError ? run.error.message : String(run.error)}</Alert>
        )}
        {d && (
          <Card withBorder data-testid="detect-result">
            <Stack>
              <Group>
                <Title order={4}>{t('detectPage.result')}</Title>
                <Badge color={STANCE_COLOR[d.stance]} data-testid="detect-stance">
                  {t(`detectPage.stances.${d.stance}`)}
                </Badge>
                {d.target && <Badge variant="outline">{d.target}</Badge>}
                <Badge variant="light">
                  {t('detectPage.score')}: {Math.round(d.score * 100)}%
                </Badge>
              </Group>
              <Text data-testid="detect-explanation">{d.explanation}</Text>
              <Text fw={600}>{t('detectPage.evidence')}</Text>
              <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="detect-highlight">
                {highlightPieces(sent, d.evidence).map((p, i) =>
                  p.evidence ? (
                    <Tooltip key={i} label={p.evidence.why} multiline maw={320}>
                      <Mark color={TONE_COLOR[evidenceTone(p.evidence)]} data-why={p.evidence.why}>
                        {p.text}
                      </Mark>
                    </Tooltip>
                  ) : (
                    <span key={i}>{p.text}</span>
                  ),
                )}
              </Text>
              <Group gap="xs">
                <Mark color="yellow">{t('detectPage.legendLexicon')}</Mark>
                <Mark color="orange">{t('detectPage.legendStance')}</Mark>
                <Mark color="teal">{t('detectPage.legendCue')}</Mark>
              </Group>
              {d.evidence.length === 0 ? (
                <Text c="dimmed">{t('detectPage.noEvidence')}</Text>
              ) : (
                <Table striped>
                  <Table.Tbody>
                    {d.evidence.map((e, i) => (
                      <Table.Tr key={i}>
                        <Table.Td>
                          <Mark color={TONE_COLOR[evidenceTone(e)]}>{e.text}</Mark>
                        </Table.Td>
                        <Table.Td>{e.why}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
              <Text>
                <b>{t('detectPage.rule')}:</b>{' '}
                {d.rule ? `${d.rule.id} — ${d.rule.title} (${d.rule.basis})` : t('detectPage.noRule')}
              </Text>
            </Stack>
          </Card>
        )}
      </Stack>
    </Container>
  );
}
