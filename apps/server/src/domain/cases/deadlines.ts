// Deadline arithmetic for case handling (DOMAIN §1.8). Pure: the holiday list and `now` are passed in.
// Pemilu counts working days (UU 7/2017 Art. 454 "hari kerja": weekends, national holidays and cuti
// bersama excluded); Pilkada counts calendar days (UU 10/2016 Art. 134 as read by Bawaslu). Day n is
// counted from the day after the start; a deadline is met on any moment of its due date (local time).
import type { ContestKind, DayCountMode, DeadlineKind } from '@netra/shared';

export type IsoDate = string; // YYYY-MM-DD

export function modeFor(kind: ContestKind): DayCountMode {
  switch (kind) {
    case 'pemilu':
      return 'working';
    case 'pilkada':
      return 'calendar';
  }
}

/** The local calendar date of an instant at a fixed UTC offset (WIB 420, WITA 480, WIT 540 minutes). */
export function toLocalDate(at: Date, offsetMinutes: number): IsoDate {
  return new Date(at.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

function shift(date: IsoDate, days: number): IsoDate {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  const dow = new Date(date + 'T00:00:00Z').getUTCDay();
  return dow !== 0 && dow !== 6 && !holidays.has(date);
}

/** The date `n` days after `start` in `mode` (n >= 0; n = 0 returns start). */
export function addDays(
  start: IsoDate,
  n: number,
  mode: DayCountMode,
  holidays: ReadonlySet<IsoDate>,
): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`days must be a whole number >= 0, got ${n}`);
  if (mode === 'calendar') return shift(start, n);
  let d = start;
  let left = n;
  // Bounded: a year has far fewer than 366 non-working days, so n working days fit in n*3+30 calendar days.
  for (let guard = 0; left > 0; guard++) {
    if (guard > n * 3 + 366) throw new Error('holiday calendar leaves no working days');
    d = shift(d, 1);
    if (isWorkingDay(d, holidays)) left--;
  }
  return d;
}

/** Days of `mode` from `from` (exclusive) to `to` (inclusive); negative when `to` is before `from`. */
export function countDays(
  from: IsoDate,
  to: IsoDate,
  mode: DayCountMode,
  holidays: ReadonlySet<IsoDate>,
): number {
  if (from === to) return 0;
  const sign = to > from ? 1 : -1;
  const [a, b] = sign > 0 ? [from, to] : [to, from];
  let n = 0;
  for (let d = shift(a, 1); d <= b; d = shift(d, 1))
    if (mode === 'calendar' || isWorkingDay(d, holidays)) n++;
  return sign * n;
}

export interface DeadlineSettings {
  /** Days the PPK has to act on a recommendation (calendar days; a setting, default 14). */
  ppkFollowUpDays: number;
}

/** Length and counting mode of each deadline kind for a contest kind. */
export function deadlineRule(
  kind: DeadlineKind,
  contest: ContestKind,
  s: DeadlineSettings,
): { mode: DayCountMode; days: number } {
  const mode = modeFor(contest);
  switch (kind) {
    case 'report_filing': // UU 7/2017 Art. 454(2): 7 hari kerja; UU 1/2015 Art. 134(4): 7 hari
      return { mode, days: 7 };
    case 'initial_study': // Perbawaslu 7/2022 Art. 15: kajian awal 2 hari
      return { mode, days: 2 };
    case 'handling': // UU 7/2017 Art. 454(6): 7 hari kerja; UU 1/2015 Art. 134(5): 3 hari
      return { mode, days: contest === 'pemilu' ? 7 : 3 };
    case 'handling_extended': // 7 + 7 hari kerja (Pemilu); 3 + 2 hari (Pilkada), from the same start
      return { mode, days: contest === 'pemilu' ? 14 : 5 };
    case 'reporter_completion': // Bawaslu procedure: 3 days to complete an incomplete report
      return { mode, days: 3 };
    case 'ppk_follow_up':
      return { mode: 'calendar', days: s.ppkFollowUpDays };
  }
}

export interface Deadline {
  kind: DeadlineKind;
  mode: DayCountMode;
  days: number;
  startAt: Date;
  dueDate: IsoDate;
}

export function computeDeadline(a: {
  kind: DeadlineKind;
  contest: ContestKind;
  startAt: Date;
  holidays: ReadonlySet<IsoDate>;
  offsetMinutes: number;
  settings: DeadlineSettings;
}): Deadline {
  const { mode, days } = deadlineRule(a.kind, a.contest, a.settings);
  const start = toLocalDate(a.startAt, a.offsetMinutes);
  return { kind: a.kind, mode, days, startAt: a.startAt, dueDate: addDays(start, days, mode, a.holidays) };
}

/** Overdue once the local date is after the due date and the deadline is not met. */
export function isOverdue(
  dueDate: IsoDate,
  now: Date,
  offsetMinutes: number,
  metAt: Date | null = null,
): boolean {
  if (metAt) return false;
  return toLocalDate(now, offsetMinutes) > dueDate;
}

/** A reminder is due within `daysBefore` calendar days of the due date (inclusive), before it passes. */
export function reminderDue(dueDate: IsoDate, now: Date, offsetMinutes: number, daysBefore: number): boolean {
  const today = toLocalDate(now, offsetMinutes);
  return today <= dueDate && today >= shift(dueDate, -daysBefore);
}

/** Which deadlines an event starts and which it meets. */
export function deadlinePlan(
  e:
    | { type: 'opened' | 'completion_requested' | 'reporter_completed' | 'deadline_extended' }
    | { type: 'transition'; to: string },
): { start: DeadlineKind[]; meet: DeadlineKind[] } {
  switch (e.type) {
    case 'opened':
      return { start: ['initial_study'], meet: [] };
    case 'completion_requested':
      return { start: ['reporter_completion'], meet: [] };
    case 'reporter_completed':
      return { start: [], meet: ['reporter_completion'] };
    case 'deadline_extended':
      return { start: ['handling_extended'], meet: [] };
    case 'transition':
      switch (e.to) {
        case 'verification':
          return { start: ['handling'], meet: ['initial_study'] };
        case 'recommendation':
          return {
            start: ['ppk_follow_up'],
            meet: ['initial_study', 'handling', 'handling_extended', 'reporter_completion'],
          };
        case 'ppk_decision':
          return { start: [], meet: ['ppk_follow_up'] };
        case 'dismissed':
        case 'forwarded':
        case 'closed':
          return {
            start: [],
            meet: ['initial_study', 'handling', 'handling_extended', 'reporter_completion', 'ppk_follow_up'],
          };
        default:
          return { start: [], meet: [] };
      }
  }
}
