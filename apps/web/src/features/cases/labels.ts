// Labels from the shared closed sets in the current UI language, and date formatting in Indonesian style.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export type Label = { id: string; en: string };

export function useLabel() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  // Stable per language so charts memoised on it do not redraw on every render.
  return useCallback(
    <K extends string>(labels: Record<K, Label>, key: K | null | undefined): string =>
      key ? (labels[key]?.[lang] ?? key) : '—',
    [lang],
  );
}

export function useDates() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const date = (v: string | null | undefined) => {
    if (!v) return '—';
    // A bare calendar date must not shift a day in negative-offset time zones.
    const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T12:00:00`) : new Date(v);
    return d.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  };
  const dateTime = (v: string | null | undefined) =>
    v
      ? new Date(v).toLocaleString(locale, {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
        })
      : '—';
  return { date, dateTime };
}
