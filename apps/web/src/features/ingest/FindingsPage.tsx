// Findings produced from engagement and posts of linked accounts, each with its rule item, track and the
// evidence records (the engagement, the target post, times). Unlinked accounts appear as leads.
import { Alert, Badge, Card, Container, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem, RuleRef } from '@netra/shared';
import { api } from '../../api/client.ts';

interface FindingView {
  id: string;
  source: string;
  asnName: string | null;
  asnNip: string | null;
  accountRef: string | null;
  act: string;
  verdict: string;
  rules: RuleRef[];
  track: string | null;
  confidence: number;
  evidence: EvidenceItem[];
  explanation: string;
  occurredAt: string;
}

export function FindingsPage() {
  const { t } = useTranslation();
  const f = useQuery({ queryKey: ['ingest-findings'], queryFn: () => api<FindingView[]>('/api/ingest/findings'), refetchInterval: 3000 });
  return (
    <Container size="lg" py="md">
      <Title order={2} mb="md">
        {t('ingest.findingsTitle')}
      </Title>
      {f.error && <Alert color="red">{f.error.message}</Alert>}
      {f.data?.length === 0 && <Text>{t('ingest.noFindings')}</Text>}
      <Stack>
        {(f.data ?? []).map((x) => (
          <Card key={x.id} withBorder data-testid="finding-card">
            <Group justify="space-between">
              <Group>
                <Badge color={x.verdict === 'violation' ? 'red' : 'orange'}>{x.verdict}</Badge>
                <Badge variant="light">{t(`ingest.acts.${x.act}`, { defaultValue: x.act })}</Badge>
                {x.track && <Badge variant="outline">{t(`ingest.tracks.${x.track}`, { defaultValue: x.track })}</Badge>}
              </Group>
              <Text size="sm">
                {t('ingest.confidence')}: {x.confidence.toFixed(2)}
              </Text>
            </Group>
            <Text fw={600} mt="xs" data-testid="finding-subject">
              {x.asnName ? `${x.asnName} (NIP ${x.asnNip})` : `${t('ingest.lead')}: ${x.accountRef}`}
            </Text>
            {x.rules[0] && (
              <Text size="sm" data-testid="finding-rule">
                {t('ingest.rule')}: {x.rules[0].id} — {x.rules[0].title} ({x.rules[0].basis})
              </Text>
            )}
            <Text size="sm" mt="xs">
              {x.explanation}
            </Text>
            <Text size="sm" fw={600} mt="xs">
              {t('ingest.evidence')}
            </Text>
            <List size="sm" data-testid="finding-evidence">
              {x.evidence.map((e, i) => (
                <List.Item key={i}>
                  {e.kind === 'record' ? `${e.why}${e.at ? ` — ${new Date(e.at).toLocaleString()}` : ''} [${e.ref}]` : e.kind === 'span' ? `“${e.text}”: ${e.why}` : e.why}
                </List.Item>
              ))}
            </List>
          </Card>
        ))}
      </Stack>
    </Container>
  );
}
