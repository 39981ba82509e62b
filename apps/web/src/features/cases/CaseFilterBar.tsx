// Filters shared by the board, the dashboard and the exports; every value is kept in the URL.
import { Autocomplete, Button, Group, Select, Switch, TextInput } from '@mantine/core';
import { CASE_STATE_LABELS, CASE_STATES, TRACKS } from '@netra/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { displayRegionName, useRegencies } from '../public-report/regions.ts';
import { filtersFromParams, useAgencies, type CaseFilterKey, type CaseFilters } from './cases-api.ts';
import { useLabel } from './labels.ts';
import { RULE_ID_SUGGESTIONS } from './rule-ids.ts';

export function useCaseFilters(): [CaseFilters, (k: CaseFilterKey, v: string | null) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const set = (k: CaseFilterKey, v: string | null) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        if (v) n.set(k, v);
        else n.delete(k);
        return n;
      },
      { replace: true },
    );
  const clear = () => setParams({}, { replace: true });
  return [filtersFromParams(params), set, clear];
}

export function CaseFilterBar({ hide = [] }: { hide?: CaseFilterKey[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const regions = useRegencies();
  const [f, set, clear] = useCaseFilters();
  const agencies = useAgencies(f.regionCode);
  const show = (k: CaseFilterKey) => !hide.includes(k);
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-testid="case-filters">
      {show('q') && (
        <TextInput
          size="xs"
          w={200}
          label={t('cases.filter.q')}
          placeholder={t('cases.filter.qPlaceholder')}
          value={f.q ?? ''}
          onChange={(e) => set('q', e.currentTarget.value || null)}
        />
      )}
      {show('status') && (
        <Select
          size="xs"
          w={190}
          label={t('cases.filter.status')}
          clearable
          data={CASE_STATES.map((s) => ({ value: s, label: label(CASE_STATE_LABELS, s) }))}
          value={f.status ?? null}
          onChange={(v) => set('status', v)}
        />
      )}
      {show('regionCode') && (
        <Select
          size="xs"
          w={190}
          label={t('cases.filter.region')}
          clearable
          searchable
          data={(regions.data ?? []).map((r) => ({ value: r.code, label: displayRegionName(r.name) }))}
          value={f.regionCode ?? null}
          onChange={(v) => set('regionCode', v)}
        />
      )}
      {show('agencyId') && (
        <Select
          size="xs"
          w={230}
          label={t('cases.filter.agency')}
          clearable
          searchable
          data={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          value={f.agencyId ?? null}
          onChange={(v) => set('agencyId', v)}
        />
      )}
      {show('track') && (
        <Select
          size="xs"
          w={130}
          label={t('cases.filter.track')}
          clearable
          data={TRACKS.map((x) => ({ value: x, label: t(`cases.track.${x}`) }))}
          value={f.track ?? null}
          onChange={(v) => set('track', v)}
        />
      )}
      {show('ruleId') && (
        <Autocomplete
          size="xs"
          w={120}
          label={t('cases.filter.rule')}
          data={[...RULE_ID_SUGGESTIONS]}
          value={f.ruleId ?? ''}
          onChange={(v) => set('ruleId', v || null)}
        />
      )}
      {show('from') && (
        <TextInput
          size="xs"
          type="date"
          w={140}
          label={t('cases.filter.from')}
          value={f.from ?? ''}
          onChange={(e) => set('from', e.currentTarget.value || null)}
        />
      )}
      {show('to') && (
        <TextInput
          size="xs"
          type="date"
          w={140}
          label={t('cases.filter.to')}
          value={f.to ?? ''}
          onChange={(e) => set('to', e.currentTarget.value || null)}
        />
      )}
      {show('overdue') && (
        <Switch
          size="sm"
          mb={4}
          label={t('cases.filter.overdue')}
          checked={f.overdue === 'true'}
          onChange={(e) => set('overdue', e.currentTarget.checked ? 'true' : null)}
        />
      )}
      {Object.keys(f).length > 0 && (
        <Button size="xs" variant="subtle" onClick={clear}>
          {t('cases.filter.clear')}
        </Button>
      )}
    </Group>
  );
}
