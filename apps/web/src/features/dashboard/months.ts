// Pure helpers for the dashboard's month axis.
import type { DashboardBucket } from '@netra/shared';

/** Month buckets in order with empty months filled in (up to 3 years), labelled "Okt 2024". */
export function fillMonths(buckets: DashboardBucket[], locale: string): DashboardBucket[] {
  const valid = buckets.filter((b) => /^\d{4}-\d{2}$/.test(b.key)).sort((a, b) => a.key.localeCompare(b.key));
  if (valid.length === 0) return [];
  const toIndex = (k: string) => Number(k.slice(0, 4)) * 12 + Number(k.slice(5, 7)) - 1;
  const first = toIndex(valid[0]!.key);
  const last = toIndex(valid[valid.length - 1]!.key);
  const counts = new Map(valid.map((b) => [b.key, b.count]));
  const keys =
    last - first <= 36
      ? Array.from({ length: last - first + 1 }, (_, i) => {
          const n = first + i;
          return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
        })
      : valid.map((b) => b.key);
  return keys.map((key) => ({
    key,
    count: counts.get(key) ?? 0,
    label: new Date(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 15).toLocaleDateString(locale, {
      month: 'short',
      year: 'numeric',
    }),
  }));
}
