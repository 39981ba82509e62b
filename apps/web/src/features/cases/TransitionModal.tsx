// One modal per workflow step: asks for exactly the fields the server's transition table requires
// (echoed in CaseDetail.allowedTransitions), plus the ones that usually go with that step.
import { Alert, Button, Group, Modal, Select, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import {
  CASE_TRANSITION_LABELS,
  DISMISSAL_REASON_LABELS,
  DISMISSAL_REASONS,
  SANCTION_LABELS,
  SANCTION_OPTION_LABELS,
  SANCTIONS,
  TRACKS,
  type AllowedTransitionView,
  type CaseDetail,
  type CaseTransition,
  type TransitionFields,
} from '@netra/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useCaseMutations } from './cases-api.ts';
import { useLabel } from './labels.ts';
import { RULE_ID_SUGGESTIONS } from './rule-ids.ts';

type FieldKey = keyof TransitionFields;

const USUAL_FIELDS: Record<CaseTransition, FieldKey[]> = {
  start_verification: [],
  summon: ['hearingAt', 'hearingPlace'],
  begin_study: [],
  recommend: ['ruleIds', 'track', 'sanctionLevel'],
  record_ppk_decision: ['sanctionOption', 'decisionNumber', 'decidedAt'],
  record_execution: ['executedAt'],
  start_monitoring: [],
  close: [],
  dismiss: ['dismissalReason'],
  forward: ['forwardedTo', 'referenceNumber'],
  reopen: [],
};

/** Transitions that end or turn a case aside are shown in red. */
export function transitionColor(t: CaseTransition): string {
  return t === 'dismiss' ? 'red' : t === 'forward' ? 'orange' : t === 'reopen' ? 'gray' : 'blue';
}

function initialFields(c: CaseDetail, tr: CaseTransition): TransitionFields {
  const today = new Date().toISOString().slice(0, 10);
  switch (tr) {
    case 'recommend':
      return { ruleIds: c.ruleIds, track: c.track ?? undefined, sanctionLevel: c.sanctionLevel ?? undefined };
    case 'record_ppk_decision':
      return { decidedAt: today, sanctionOption: c.sanctionOptions.length === 1 ? c.sanctionOptions[0] : undefined };
    case 'record_execution':
      return { executedAt: today };
    case 'forward':
      return { forwardedTo: 'Sentra Gakkumdu' };
    default:
      return {};
  }
}

export function TransitionModal({
  c,
  allowed,
  onClose,
}: {
  c: CaseDetail;
  allowed: AllowedTransitionView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const { transition } = useCaseMutations(c.id);
  const [fields, setFields] = useState<TransitionFields>(() => initialFields(c, allowed.transition));
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const set = <K extends FieldKey>(k: K, v: TransitionFields[K] | undefined) => setFields((f) => ({ ...f, [k]: v }));

  const shown = [...new Set<FieldKey>([...allowed.requiredFields, ...USUAL_FIELDS[allowed.transition]])].filter(
    (k) => k !== 'note',
  );
  const isRequired = (k: FieldKey) => allowed.requiredFields.includes(k);
  const emptyField = (k: FieldKey) => {
    const v = fields[k];
    return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  };
  const missing = shown.filter((k) => isRequired(k) && emptyField(k));
  const reasonMissing = allowed.reasonRequired && !reason.trim();
  const err = (k: FieldKey) => (tried && isRequired(k) && emptyField(k) ? t('cases.tr.required') : undefined);
  const lbl = (k: FieldKey) => t(`cases.tr.field.${k}`);

  const submit = () => {
    setTried(true);
    if (missing.length || reasonMissing) return;
    const clean: TransitionFields = {};
    for (const [k, v] of Object.entries(fields)) {
      if (v === undefined || v === '') continue;
      // datetime-local has no zone; send the instant the user meant in their own zone.
      (clean as any)[k] = k === 'hearingAt' ? new Date(v as string).toISOString() : v;
    }
    transition.mutate(
      { transition: allowed.transition, reason: reason.trim() || undefined, fields: clean },
      { onSuccess: onClose },
    );
  };

  const field = (k: FieldKey) => {
    const common = { key: k, label: lbl(k), required: isRequired(k), error: err(k) };
    switch (k) {
      case 'hearingAt':
        return (
          <TextInput
            {...common}
            type="datetime-local"
            value={fields.hearingAt ?? ''}
            onChange={(e) => set('hearingAt', e.currentTarget.value)}
          />
        );
      case 'decidedAt':
      case 'executedAt':
        return (
          <TextInput
            {...common}
            type="date"
            value={fields[k] ?? ''}
            onChange={(e) => set(k, e.currentTarget.value)}
          />
        );
      case 'ruleIds':
        return (
          <TagsInput
            {...common}
            data={[...RULE_ID_SUGGESTIONS]}
            value={fields.ruleIds ?? []}
            onChange={(v) => set('ruleIds', v)}
          />
        );
      case 'track':
        return (
          <Select
            {...common}
            data={TRACKS.map((x) => ({ value: x, label: t(`cases.track.${x}`) }))}
            value={fields.track ?? null}
            onChange={(v) => set('track', (v ?? undefined) as TransitionFields['track'])}
          />
        );
      case 'sanctionLevel':
        return (
          <Select
            {...common}
            data={SANCTIONS.map((x) => ({ value: x, label: label(SANCTION_LABELS, x) }))}
            value={fields.sanctionLevel ?? null}
            onChange={(v) => set('sanctionLevel', (v ?? undefined) as TransitionFields['sanctionLevel'])}
          />
        );
      case 'sanctionOption':
        return (
          <Select
            {...common}
            description={c.sanctionOptions.length === 0 ? t('cases.tr.noOptions') : undefined}
            data={c.sanctionOptions.map((x) => ({ value: x, label: label(SANCTION_OPTION_LABELS, x) }))}
            value={fields.sanctionOption ?? null}
            onChange={(v) => set('sanctionOption', (v ?? undefined) as TransitionFields['sanctionOption'])}
          />
        );
      case 'dismissalReason':
        return (
          <Select
            {...common}
            data={DISMISSAL_REASONS.map((x) => ({ value: x, label: label(DISMISSAL_REASON_LABELS, x) }))}
            value={fields.dismissalReason ?? null}
            onChange={(v) => set('dismissalReason', (v ?? undefined) as TransitionFields['dismissalReason'])}
          />
        );
      default:
        return (
          <TextInput
            {...common}
            value={(fields[k] as string | undefined) ?? ''}
            onChange={(e) => set(k, e.currentTarget.value as never)}
          />
        );
    }
  };

  return (
    <Modal opened onClose={onClose} title={label(CASE_TRANSITION_LABELS, allowed.transition)} size="lg" centered>
      <Stack gap="sm">
        {shown.map(field)}
        <Textarea
          label={allowed.reasonRequired ? t('cases.tr.reason') : t('cases.tr.note')}
          required={allowed.reasonRequired}
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={tried && reasonMissing ? t('cases.tr.required') : undefined}
        />
        {transition.error && (
          <Alert color="red">
            {transition.error instanceof ApiError ? transition.error.message : String(transition.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={transitionColor(allowed.transition)} loading={transition.isPending} onClick={submit}>
            {t('cases.tr.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
