// Renders detector evidence: text spans highlighted inside the source text (offsets are UTF-16 code
// units, as JavaScript strings index them), image boxes and record references as a list.
import { Badge, Box, Code, List, Mark, Stack, Text, Tooltip } from '@mantine/core';
import type { EvidenceItem } from '@netra/shared';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { splitBySpans } from './evidence-spans.ts';

type Span = Extract<EvidenceItem, { kind: 'span' }>;

export function EvidenceView({ text, evidence }: { text?: string | null; evidence: EvidenceItem[] }) {
  const { t } = useTranslation();
  const spans = evidence.filter((e): e is Span => e.kind === 'span');
  const rest = evidence.filter((e) => e.kind !== 'span');
  // Without the source text (or when offsets do not fit it) the spans are shown as quotes.
  const fits = !!text && spans.every((s) => text.slice(s.start, s.end) === s.text);
  return (
    <Stack gap="xs" data-testid="evidence">
      {text && (
        <Box
          p="sm"
          style={{ whiteSpace: 'pre-wrap', background: 'var(--mantine-color-gray-0)', borderRadius: 6 }}
          data-testid="evidence-text"
        >
          {fits
            ? splitBySpans(text, spans).map((p, i) =>
                p.span ? (
                  <Tooltip key={i} label={p.span.why} multiline w={280} withArrow>
                    <Mark color="yellow" data-span-why={p.span.why}>
                      {p.text}
                    </Mark>
                  </Tooltip>
                ) : (
                  <Fragment key={i}>{p.text}</Fragment>
                ),
              )
            : text}
        </Box>
      )}
      {!fits && spans.length > 0 && (
        <List size="sm" spacing={4}>
          {spans.map((s, i) => (
            <List.Item key={i}>
              <Mark color="yellow">“{s.text}”</Mark>{' '}
              <Text span size="xs" c="dimmed">
                {s.why}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {rest.length > 0 && (
        <List size="sm" spacing={4}>
          {rest.map((e, i) => (
            <List.Item key={i}>
              {e.kind === 'box' ? (
                <>
                  <Badge size="xs" variant="light" mr={6}>
                    {t('triage.evidence.box')}
                  </Badge>
                  {e.label} — <Text span size="xs" c="dimmed">{e.why}</Text>
                </>
              ) : (
                <>
                  <Badge size="xs" variant="light" color="gray" mr={6}>
                    {t('triage.evidence.record')}
                  </Badge>
                  <Code>{e.ref}</Code> — <Text span size="xs" c="dimmed">{e.why}</Text>
                </>
              )}
            </List.Item>
          ))}
        </List>
      )}
      {evidence.length === 0 && !text && (
        <Text size="sm" c="dimmed">
          {t('triage.evidence.none')}
        </Text>
      )}
    </Stack>
  );
}
