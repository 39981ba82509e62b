// A case entered by hand: a referral from Bawaslu/BKN (with its reference number) or the analyst's own
// finding. The ASN is picked from the directory when known, otherwise named with agency and region.
import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { REFERRAL_BODIES, type ContestKind } from '@netra/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { displayRegionName, useRegencies } from '../public-report/regions.ts';
import { useAgencies, useAsnSearch, useCreateCase, type AsnOption } from './cases-api.ts';

export function NewCaseModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const regions = useRegencies();
  const create = useCreateCase();
  const [source, setSource] = useState<'referral' | 'manual'>('referral');
  const [asnQuery, setAsnQuery] = useState('');
  const [debounced] = useDebouncedValue(asnQuery, 300);
  const asnHits = useAsnSearch(debounced);
  const [asn, setAsn] = useState<AsnOption | null>(null);
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const agencies = useAgencies(regionCode);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [contestKind, setContestKind] = useState<ContestKind>('pilkada');
  const [description, setDescription] = useState('');
  const [occurredAt, setOccurredAt] = useState('');
  const [body, setBody] = useState<string | null>('bawaslu');
  const [referenceNumber, setReferenceNumber] = useState('');
  const [receivedAt, setReceivedAt] = useState(new Date().toISOString().slice(0, 10));
  const [tried, setTried] = useState(false);

  const region = asn?.regionCode.slice(0, 5) ?? regionCode;
  const missing = {
    asnName: !asnQuery.trim(),
    region: !region,
    description: !description.trim(),
    referenceNumber: source === 'referral' && !referenceNumber.trim(),
  };
  const req = (k: keyof typeof missing) => (tried && missing[k] ? t('cases.tr.required') : undefined);

  const submit = () => {
    setTried(true);
    if (Object.values(missing).some(Boolean)) return;
    create.mutate(
      {
        asnId: asn?.id,
        asnName: asn?.name ?? asnQuery.trim(),
        agencyId: asn?.agencyId ?? agencyId ?? undefined,
        regionCode: region!,
        contestKind,
        description: description.trim(),
        occurredAt: occurredAt || undefined,
        referral:
          source === 'referral'
            ? { body: body ?? 'other', referenceNumber: referenceNumber.trim(), receivedAt }
            : undefined,
      },
      { onSuccess: (r) => navigate(`/kasus/${r.caseId}`) },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('cases.new.title')} size="lg" centered>
      <Stack gap="sm">
        <SegmentedControl
          value={source}
          onChange={(v) => setSource(v as 'referral' | 'manual')}
          data={[
            { value: 'referral', label: t('cases.new.referral') },
            { value: 'manual', label: t('cases.new.manual') },
          ]}
        />
        <Autocomplete
          label={t('cases.new.asn')}
          description={t('cases.new.asnHint')}
          required
          value={asnQuery}
          onChange={(v) => {
            setAsnQuery(v);
            if (asn && v !== asn.name) setAsn(null);
          }}
          data={(asnHits.data ?? []).map((a) => ({ value: a.id, label: `${a.name} — ${a.agencyName ?? ''} (${a.nip})` }))}
          onOptionSubmit={(id) => {
            const a = asnHits.data?.find((x) => x.id === id);
            if (a) {
              setAsn(a);
              setAsnQuery(a.name);
            }
          }}
          filter={({ options }) => options}
          error={req('asnName')}
        />
        {asn ? (
          <Text size="xs" c="teal.8">
            {t('cases.new.asnLinked', { nip: asn.nip, agency: asn.agencyName ?? '—' })}
          </Text>
        ) : (
          <Group grow align="flex-start">
            <Select
              label={t('cases.filter.region')}
              required
              searchable
              data={(regions.data ?? []).map((r) => ({ value: r.code, label: displayRegionName(r.name) }))}
              value={regionCode}
              onChange={(v) => {
                setRegionCode(v);
                setAgencyId(null);
              }}
              error={req('region')}
            />
            <Select
              label={t('cases.new.agency')}
              searchable
              clearable
              disabled={!regionCode}
              data={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
              value={agencyId}
              onChange={setAgencyId}
            />
          </Group>
        )}
        <Group grow align="flex-start">
          <Select
            label={t('cases.field.contest')}
            data={[
              { value: 'pilkada', label: t('cases.contest.pilkada') },
              { value: 'pemilu', label: t('cases.contest.pemilu') },
            ]}
            value={contestKind}
            onChange={(v) => v && setContestKind(v as ContestKind)}
            allowDeselect={false}
          />
          <TextInput
            type="date"
            label={t('cases.field.occurredAt')}
            value={occurredAt}
            onChange={(e) => setOccurredAt(e.currentTarget.value)}
          />
        </Group>
        {source === 'referral' && (
          <Group grow align="flex-start">
            <Select
              label={t('cases.new.body')}
              data={REFERRAL_BODIES.map((b) => ({ value: b, label: t(`cases.new.bodies.${b}`) }))}
              value={body}
              onChange={setBody}
              allowDeselect={false}
            />
            <TextInput
              label={t('cases.new.referenceNumber')}
              required
              value={referenceNumber}
              onChange={(e) => setReferenceNumber(e.currentTarget.value)}
              error={req('referenceNumber')}
            />
            <TextInput
              type="date"
              label={t('cases.new.receivedAt')}
              value={receivedAt}
              onChange={(e) => setReceivedAt(e.currentTarget.value)}
            />
          </Group>
        )}
        <Textarea
          label={t('cases.new.description')}
          required
          autosize
          minRows={3}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={req('description')}
        />
        {create.error && (
          <Alert color="red">{create.error instanceof ApiError ? create.error.message : String(create.error)}</Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={create.isPending} onClick={submit}>
            {t('cases.new.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
