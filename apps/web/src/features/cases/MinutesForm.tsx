// Berita acara klarifikasi: when and where the hearing took place, who attended, and the questions put to
// the ASN with the answers given. Saving records the minutes; the document is generated from them.
import { ActionIcon, Alert, Button, Group, Paper, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import type { CaseDetail } from '@netra/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useCaseMutations } from './cases-api.ts';

/** ISO instant → value for <input type="datetime-local"> in the browser's zone. */
function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function MinutesForm({ c, onSaved }: { c: CaseDetail; onSaved?: () => void }) {
  const { t } = useTranslation();
  const { recordHearing } = useCaseMutations(c.id);
  const h = c.hearing;
  const [hearingAt, setHearingAt] = useState(toLocalInput(h?.hearingAt));
  const [place, setPlace] = useState(h?.place ?? '');
  const [attendees, setAttendees] = useState<string[]>(h?.attendees ?? []);
  const [qa, setQa] = useState(h?.qa.length ? h.qa : [{ question: '', answer: '' }]);
  const [tried, setTried] = useState(false);

  const filled = qa.filter((x) => x.question.trim() && x.answer.trim());
  const invalid = !hearingAt || !place.trim() || filled.length === 0;

  const save = () => {
    setTried(true);
    if (invalid) return;
    recordHearing.mutate(
      {
        hearingAt: new Date(hearingAt).toISOString(),
        place: place.trim(),
        attendees,
        qa: filled.map((x) => ({ question: x.question.trim(), answer: x.answer.trim() })),
      },
      { onSuccess: () => onSaved?.() },
    );
  };

  return (
    <Stack gap="sm" data-testid="minutes-form">
      {h?.recordedAt && (
        <Alert color="teal" variant="light">
          {t('cases.minutes.recorded')}
        </Alert>
      )}
      <Group grow align="flex-start">
        <TextInput
          type="datetime-local"
          label={t('cases.minutes.hearingAt')}
          required
          value={hearingAt}
          onChange={(e) => setHearingAt(e.currentTarget.value)}
          error={tried && !hearingAt ? t('cases.tr.required') : undefined}
        />
        <TextInput
          label={t('cases.minutes.place')}
          required
          value={place}
          onChange={(e) => setPlace(e.currentTarget.value)}
          error={tried && !place.trim() ? t('cases.tr.required') : undefined}
        />
      </Group>
      <TagsInput
        label={t('cases.minutes.attendees')}
        description={t('cases.minutes.attendeesHint')}
        value={attendees}
        onChange={setAttendees}
      />
      <Text fw={600} size="sm">
        {t('cases.minutes.qa')}
      </Text>
      {qa.map((x, i) => (
        <Paper key={i} withBorder p="xs" radius="sm" data-testid="qa-pair">
          <Group justify="space-between" mb={4}>
            <Text size="xs" c="dimmed" fw={600}>
              {t('cases.minutes.pair', { n: i + 1 })}
            </Text>
            {qa.length > 1 && (
              <ActionIcon
                size="sm"
                variant="subtle"
                color="gray"
                aria-label={t('cases.minutes.removePair')}
                onClick={() => setQa(qa.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
          <Stack gap={6}>
            <Textarea
              label={t('cases.minutes.question')}
              autosize
              minRows={1}
              value={x.question}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setQa(qa.map((y, j) => (j === i ? { ...y, question: v } : y)));
              }}
            />
            <Textarea
              label={t('cases.minutes.answer')}
              autosize
              minRows={2}
              value={x.answer}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setQa(qa.map((y, j) => (j === i ? { ...y, answer: v } : y)));
              }}
            />
          </Stack>
        </Paper>
      ))}
      <Button
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        onClick={() => setQa([...qa, { question: '', answer: '' }])}
      >
        {t('cases.minutes.addPair')}
      </Button>
      {tried && filled.length === 0 && <Alert color="orange">{t('cases.minutes.needPair')}</Alert>}
      {recordHearing.error && (
        <Alert color="red">
          {recordHearing.error instanceof ApiError ? recordHearing.error.message : String(recordHearing.error)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button onClick={save} loading={recordHearing.isPending}>
          {t('cases.minutes.save')}
        </Button>
      </Group>
    </Stack>
  );
}
