import { Badge, Card, Container, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACT_LABELS, SANCTION_LABELS, type RulebookItem } from '@netra/shared';
import { useRulebook } from './selfcheck-api.ts';

const TRACK_COLORS = { ethics: 'blue', discipline: 'orange', criminal: 'red' } as const;

export function RulebookPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const rulebook = useRulebook();
  const [q, setQ] = useState('');
  const rb = rulebook.data;
  const needle = q.trim().toLowerCase();
  const matches = (i: RulebookItem) =>
    !needle ||
    [i.id, i.title.id, i.title.en, i.text.id, i.text.en, i.basis, ...i.acts.map((a) => ACT_LABELS[a][lang])]
      .join(' ')
      .toLowerCase()
      .includes(needle);
  const groups = rb ? [...new Set(rb.items.map((i) => i.group))] : [];
  return (
    <Container size="md" py="md">
      <Stack gap="md">
        <div>
          <Title order={1} size="h2">
            {t('rulebookPage.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('rulebookPage.intro')}
          </Text>
          {rb && (
            <Text size="xs" c="dimmed">
              {t('rulebookPage.version')} {rb.version} · {rb.publishedAt}
            </Text>
          )}
        </div>
        <TextInput
          placeholder={t('rulebookPage.search')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          data-testid="rule-search"
        />
        {rulebook.isLoading && <Text>{t('common.loading')}</Text>}
        {groups.map((g) => {
          const items = rb!.items.filter((i) => i.group === g && matches(i));
          if (!items.length) return null;
          return (
            <Stack key={g} gap="xs">
              <Title order={2} size="h4">
                {t(`rulebookPage.group.${g}`, { defaultValue: g })}
              </Title>
              {items.map((i) => (
                <Card key={i.id} withBorder padding="sm" id={i.id} data-testid="rulebook-item">
                  <Group gap="xs" wrap="wrap">
                    <Badge variant="outline">{i.id}</Badge>
                    <Badge color={TRACK_COLORS[i.track]}>{t(`rulebookPage.track.${i.track}`)}</Badge>
                    <Badge color="gray" variant="light">
                      {SANCTION_LABELS[i.sanction][lang]}
                    </Badge>
                  </Group>
                  <Text fw={600} mt={4}>
                    {i.title[lang]}
                  </Text>
                  <Text size="sm">{i.text[lang]}</Text>
                  <Text size="xs" c="dimmed" mt={4}>
                    {i.basis}
                  </Text>
                  {i.acts.length > 0 && (
                    <Text size="xs" mt={2}>
                      {t('rulebookPage.acts')}: {i.acts.map((a) => ACT_LABELS[a][lang]).join(', ')}
                    </Text>
                  )}
                  {i.note && (
                    <Text size="xs" c="orange" mt={2}>
                      {t('rulebookPage.note')}: {i.note[lang]}
                    </Text>
                  )}
                </Card>
              ))}
            </Stack>
          );
        })}
        {rb && (
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('rulebookPage.ladders')}
            </Title>
            {rb.ladders.map((l) => (
              <Card key={l.id} withBorder padding="sm">
                <Text fw={600}>{l.title[lang]}</Text>
                <Text size="xs" c="dimmed">
                  {l.basis}
                </Text>
                <Table mt="xs" withTableBorder>
                  <Table.Tbody>
                    {(['ringan', 'sedang', 'berat'] as const).map((lv) => (
                      <Table.Tr key={lv}>
                        <Table.Td fw={600}>{t(`rulebookPage.level.${lv}`)}</Table.Td>
                        <Table.Td>{l.levels[lv].map((o) => o[lang]).join('; ')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Card>
            ))}
            <Card withBorder padding="sm">
              <Text fw={600}>{t('rulebookPage.moral')}</Text>
              <Text size="xs" c="dimmed">
                {rb.moralSanctions.basis}
              </Text>
              <Text size="sm">{rb.moralSanctions.options.map((o) => o[lang]).join('; ')}</Text>
            </Card>
            <Card withBorder padding="sm">
              <Text fw={600}>{t('rulebookPage.applicability')}</Text>
              <Text size="sm">PNS: {rb.applicability.pns[lang]}</Text>
              <Text size="sm">PPPK: {rb.applicability.pppk[lang]}</Text>
              <Text size="sm">{rb.applicability.non_asn[lang]}</Text>
            </Card>
          </Stack>
        )}
      </Stack>
    </Container>
  );
}
