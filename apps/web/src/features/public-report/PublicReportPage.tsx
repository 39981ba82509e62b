import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Container,
  CopyButton,
  FileInput,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DEVICE_ID_HEADER, type PublicReportCreated } from '@netra/shared';
import { api, ApiError } from '../../api/client.ts';
import { displayRegionName, useRegencies } from './regions.ts';

interface ReportForm {
  description: string;
  place: string;
  regionCode: string | null;
  occurredAt: string;
  asnName: string;
  agency: string;
  links: string[];
  files: File[];
  anonymous: boolean;
  reporterName: string;
  reporterEmail: string;
  reporterPhone: string;
}

const EMPTY: ReportForm = {
  description: '',
  place: '',
  regionCode: null,
  occurredAt: '',
  asnName: '',
  agency: '',
  links: [''],
  files: [],
  anonymous: false,
  reporterName: '',
  reporterEmail: '',
  reporterPhone: '',
};

/** A random per-browser id: the server rate-limits per device as well as per address. */
function deviceId(): string {
  const key = 'netra.device';
  let id = localStorage.getItem(key);
  if (!id) {
    // getRandomValues works on plain http too (randomUUID needs a secure context).
    id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    localStorage.setItem(key, id);
  }
  return id;
}

/** The API body: JSON without files; with files, multipart with the JSON in field `report`. */
function buildBody(f: ReportForm): { json?: unknown; body?: FormData } {
  const links = f.links.map((l) => l.trim()).filter(Boolean);
  const identity = f.anonymous
    ? {}
    : {
        reporterName: f.reporterName.trim() || undefined,
        reporterEmail: f.reporterEmail.trim() || undefined,
        reporterPhone: f.reporterPhone.trim() || undefined,
      };
  const fields = {
    description: f.description.trim(),
    place: f.place.trim() || undefined,
    asnName: f.asnName.trim(),
    agency: f.agency.trim(),
    regionCode: f.regionCode ?? '',
    occurredAt: f.occurredAt,
    links,
    anonymous: f.anonymous,
    ...identity,
  };
  if (f.files.length === 0) return { json: fields };
  const fd = new FormData();
  fd.append('report', JSON.stringify(fields));
  f.files.forEach((file) => fd.append('files', file, file.name));
  return { body: fd };
}

export function PublicReportPage() {
  const { t } = useTranslation();
  const regions = useRegencies();
  const [form, setForm] = useState<ReportForm>(EMPTY);
  const [touched, setTouched] = useState(false);
  const set = <K extends keyof ReportForm>(k: K, v: ReportForm[K]) => setForm((f) => ({ ...f, [k]: v }));

  const submit = useMutation({
    mutationFn: () => {
      const { json, body } = buildBody(form);
      return api<PublicReportCreated>('/api/public/reports', {
        method: 'POST',
        json,
        body,
        headers: { [DEVICE_ID_HEADER]: deviceId() },
      });
    },
  });

  const missing = {
    description: form.description.trim().length < 20,
    asnName: !form.asnName.trim(),
    agency: !form.agency.trim(),
    regionCode: !form.regionCode,
    occurredAt: !form.occurredAt,
  };
  const err = (k: keyof typeof missing, key: string) => (touched && missing[k] ? t(key) : undefined);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.values(missing).some(Boolean)) return;
    submit.mutate();
  };

  if (submit.data) {
    return (
      <Container size="sm" py="xl">
        <Paper withBorder p="xl" radius="md">
          <Stack gap="md" align="center" ta="center">
            <Title order={2}>{t('report.done.title')}</Title>
            <Text>{t('report.done.body')}</Text>
            {submit.data.duplicate && (
              <Alert color="yellow" variant="light">
                {t('report.done.duplicate')}
              </Alert>
            )}
            <Text ff="monospace" fz={32} fw={700} data-testid="tracking-code">
              {submit.data.trackingCode}
            </Text>
            <CopyButton value={submit.data.trackingCode}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy}>
                  {copied ? t('report.done.copied') : t('report.done.copy')}
                </Button>
              )}
            </CopyButton>
            <Text size="sm" c="dimmed">
              {t('report.done.keep')}
            </Text>
            <Group>
              <Button component={Link} to={`/lapor/status?kode=${encodeURIComponent(submit.data.trackingCode)}`}>
                {t('report.done.check')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  submit.reset();
                  setForm(EMPTY);
                  setTouched(false);
                }}
              >
                {t('report.done.another')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Container>
    );
  }

  return (
    <Container size="sm" py="lg" px="sm">
      <Stack gap="xs" mb="md">
        <Title order={1}>{t('report.title')}</Title>
        <Text c="dimmed">{t('report.intro')}</Text>
        <Anchor component={Link} to="/lapor/status" size="sm">
          {t('report.haveCode')}
        </Anchor>
      </Stack>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('report.section.what')}
              </Title>
              <Textarea
                label={t('report.field.description')}
                description={t('report.field.descriptionHint')}
                autosize
                minRows={4}
                required
                value={form.description}
                onChange={(e) => set('description', e.currentTarget.value)}
                error={err('description', 'report.error.description')}
              />
              <Select
                label={t('report.field.region')}
                placeholder={regions.isLoading ? t('common.loading') : t('report.field.regionPlaceholder')}
                data={(regions.data ?? []).map((r) => ({ value: r.code, label: displayRegionName(r.name) }))}
                searchable
                required
                value={form.regionCode}
                onChange={(v) => set('regionCode', v)}
                error={err('regionCode', 'report.error.region') ?? (regions.isError ? t('common.error') : undefined)}
                nothingFoundMessage={t('report.field.regionNone')}
                comboboxProps={{ withinPortal: true }}
              />
              <TextInput
                label={t('report.field.place')}
                description={t('report.field.placeHint')}
                value={form.place}
                onChange={(e) => set('place', e.currentTarget.value)}
              />
              <TextInput
                type="date"
                label={t('report.field.occurredAt')}
                required
                max={new Date().toISOString().slice(0, 10)}
                value={form.occurredAt}
                onChange={(e) => set('occurredAt', e.currentTarget.value)}
                error={err('occurredAt', 'report.error.occurredAt')}
              />
            </Stack>
          </Paper>

          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('report.section.who')}
              </Title>
              <TextInput
                label={t('report.field.asnName')}
                required
                value={form.asnName}
                onChange={(e) => set('asnName', e.currentTarget.value)}
                error={err('asnName', 'report.error.asnName')}
              />
              <TextInput
                label={t('report.field.agency')}
                description={t('report.field.agencyHint')}
                required
                value={form.agency}
                onChange={(e) => set('agency', e.currentTarget.value)}
                error={err('agency', 'report.error.agency')}
              />
              <Text size="xs" c="dimmed">
                {t('report.noNip')}
              </Text>
            </Stack>
          </Paper>

          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('report.section.evidence')}
              </Title>
              {form.links.map((l, i) => (
                <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
                  <TextInput
                    style={{ flex: 1 }}
                    type="url"
                    label={i === 0 ? t('report.field.links') : undefined}
                    aria-label={`${t('report.field.links')} ${i + 1}`}
                    placeholder="https://"
                    value={l}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      set(
                        'links',
                        form.links.map((x, j) => (j === i ? v : x)),
                      );
                    }}
                  />
                  {form.links.length > 1 && (
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="lg"
                      aria-label={t('report.field.removeLink')}
                      onClick={() =>
                        set(
                          'links',
                          form.links.filter((_, j) => j !== i),
                        )
                      }
                    >
                      ×
                    </ActionIcon>
                  )}
                </Group>
              ))}
              {form.links.length < 10 && (
                <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => set('links', [...form.links, ''])}>
                  {t('report.field.addLink')}
                </Button>
              )}
              <FileInput
                label={t('report.field.files')}
                description={t('report.field.filesHint')}
                placeholder={t('report.field.filesPlaceholder')}
                multiple
                clearable
                accept="image/*,application/pdf,video/*"
                value={form.files}
                onChange={(files) => set('files', files ?? [])}
              />
            </Stack>
          </Paper>

          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('report.section.you')}
              </Title>
              <Alert color="teal" variant="light" title={t('report.confidential.title')}>
                {t('report.confidential.body')}
              </Alert>
              <Checkbox
                label={t('report.field.anonymous')}
                description={t('report.field.anonymousHint')}
                checked={form.anonymous}
                onChange={(e) => set('anonymous', e.currentTarget.checked)}
              />
              {!form.anonymous && (
                <>
                  <TextInput
                    label={t('report.field.reporterName')}
                    value={form.reporterName}
                    onChange={(e) => set('reporterName', e.currentTarget.value)}
                  />
                  <TextInput
                    type="email"
                    label={t('report.field.reporterEmail')}
                    description={t('report.field.reporterEmailHint')}
                    value={form.reporterEmail}
                    onChange={(e) => set('reporterEmail', e.currentTarget.value)}
                  />
                  <TextInput
                    type="tel"
                    label={t('report.field.reporterPhone')}
                    value={form.reporterPhone}
                    onChange={(e) => set('reporterPhone', e.currentTarget.value)}
                  />
                </>
              )}
            </Stack>
          </Paper>

          {submit.error && (
            <Alert color="red" title={t('report.error.submit')}>
              {submit.error instanceof ApiError ? submit.error.message : String(submit.error)}
            </Alert>
          )}
          {touched && Object.values(missing).some(Boolean) && (
            <Alert color="orange">{t('report.error.incomplete')}</Alert>
          )}
          <Button type="submit" size="md" loading={submit.isPending}>
            {t('report.submit')}
          </Button>
        </Stack>
      </form>
    </Container>
  );
}
