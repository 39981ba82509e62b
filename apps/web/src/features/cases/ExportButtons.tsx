import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { exportUrl, type CaseFilters } from './cases-api.ts';

/** Downloads the list exactly as filtered on screen; the server logs the export in the audit trail. */
export function ExportButtons({ filters }: { filters: CaseFilters }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Button component="a" href={exportUrl('xlsx', filters)} download variant="default" size="xs" data-testid="export-xlsx">
        {t('cases.export.xlsx')}
      </Button>
      <Button component="a" href={exportUrl('csv', filters)} download variant="default" size="xs" data-testid="export-csv">
        {t('cases.export.csv')}
      </Button>
    </Group>
  );
}
