// Which contest an act belongs to, when the source does not say (public reports, referrals). One case per
// ASN per contest (issue #5). Windows follow the 2024 calendars in DOMAIN §2.1–2.2 and §4.4; a date outside
// every window falls back to "<kind>-<year>" with Pilkada for odd/other years. Pure.
import type { ContestKind } from '@netra/shared';

interface ContestWindow {
  id: string;
  kind: ContestKind;
  from: string;
  to: string;
}

export const KNOWN_CONTESTS: readonly ContestWindow[] = [
  { id: 'pilkada-2020', kind: 'pilkada', from: '2019-10-01', to: '2021-06-30' },
  // Party determination 14 Dec 2022 .. national recapitulation 20 Mar 2024
  { id: 'pemilu-2024', kind: 'pemilu', from: '2022-07-01', to: '2024-03-20' },
  // Pre-candidacy (Jun 2024 "approaching parties" cases) .. results 2025
  { id: 'pilkada-2024', kind: 'pilkada', from: '2024-03-21', to: '2025-06-30' },
];

export function contestKindOf(contestId: string): ContestKind | null {
  if (contestId.startsWith('pemilu')) return 'pemilu';
  if (contestId.startsWith('pilkada')) return 'pilkada';
  return null;
}

export function contestFor(date: string): { id: string; kind: ContestKind } {
  const d = date.slice(0, 10);
  const w = KNOWN_CONTESTS.find((c) => d >= c.from && d <= c.to);
  if (w) return { id: w.id, kind: w.kind };
  const year = Number(d.slice(0, 4));
  // Pemilu every 5 years from 2024 (2029, 2034 …), held early in the year; the year before belongs to it too.
  const pemiluYear = (year - 2024) % 5 === 0 ? year : (year - 2023) % 5 === 0 ? year + 1 : null;
  return pemiluYear
    ? { id: `pemilu-${pemiluYear}`, kind: 'pemilu' }
    : { id: `pilkada-${year}`, kind: 'pilkada' };
}
