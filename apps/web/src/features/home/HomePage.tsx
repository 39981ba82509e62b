import { Anchor, Button, Card, Container, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const CARDS = [
  { key: 'selfCheck', to: '/cek', color: 'blue' },
  { key: 'report', to: '/lapor', color: 'orange' },
  { key: 'login', to: '/login', color: 'gray' },
] as const;

export function HomePage() {
  const { t } = useTranslation();
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('landing.headline')}</Title>
          <Text size="lg" c="dimmed" mt="sm">
            {t('landing.lead')}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          {CARDS.map((c) => (
            <Card key={c.key} withBorder padding="lg" data-testid={`landing-${c.key}`}>
              <Stack gap="xs" h="100%" justify="space-between">
                <div>
                  <Title order={2} size="h3">
                    {t(`landing.${c.key}Title`)}
                  </Title>
                  <Text size="sm" mt={4}>
                    {t(`landing.${c.key}Text`)}
                  </Text>
                </div>
                <Button
                  component={Link}
                  to={c.to}
                  color={c.color}
                  variant={c.key === 'login' ? 'default' : 'filled'}
                >
                  {t(`landing.${c.key}Cta`)}
                </Button>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
        <Anchor component={Link} to="/aturan">
          {t('landing.rulesLink')}
        </Anchor>
      </Stack>
    </Container>
  );
}
