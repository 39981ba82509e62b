import { Container, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <Container size="md" py="xl">
      <Title order={1}>{t('app.name')}</Title>
      <Text c="dimmed">{t('app.tagline')}</Text>
    </Container>
  );
}
