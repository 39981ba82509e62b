import { describe, expect, it } from 'vitest';
import {
  addDays,
  computeDeadline,
  countDays,
  isOverdue,
  isWorkingDay,
  reminderDue,
  toLocalDate,
} from './deadlines.ts';

// Idul Fitri 1445 H: national holidays 10–11 Apr 2024; cuti bersama 8, 9, 12, 15 Apr 2024 (SKB 3 Menteri).
// Also: Nyepi 11 Mar, Wafat Isa Almasih 29 Mar, Hari Buruh 1 May, Kenaikan Isa Almasih 9 May 2024.
const H2024 = new Set([
  '2024-03-11',
  '2024-03-29',
  '2024-04-08',
  '2024-04-09',
  '2024-04-10',
  '2024-04-11',
  '2024-04-12',
  '2024-04-15',
  '2024-05-01',
  '2024-05-09',
]);
const NONE = new Set<string>();
const WITA = 480;
const S = { ppkFollowUpDays: 14 };

describe('working days (Pemilu)', () => {
  it('weekends and holidays are not working days', () => {
    expect(isWorkingDay('2024-04-06', NONE)).toBe(false); // Saturday
    expect(isWorkingDay('2024-04-10', H2024)).toBe(false);
    expect(isWorkingDay('2024-04-10', NONE)).toBe(true);
  });
  it('7 working days across Idul Fitri 2024 and its cuti bersama', () => {
    // Fri 5 Apr → Mon 8 .. Mon 15 off (8,9,10,11,12 holidays, 13–14 weekend, 15 cuti bersama) → 16,17,18,19,22,23,24
    expect(addDays('2024-04-05', 7, 'working', H2024)).toBe('2024-04-24');
    // The same count without the holiday list lands two weeks earlier.
    expect(addDays('2024-04-05', 7, 'working', NONE)).toBe('2024-04-16');
    expect(countDays('2024-04-05', '2024-04-24', 'working', H2024)).toBe(7);
  });
  it('7 + 7 working days of handling (14) across the holidays', () => {
    // Wed 3 Apr: 4, 5, then 16..30 Apr (11 days), 1 May is Hari Buruh → 2 May is the 14th.
    expect(addDays('2024-04-03', 14, 'working', H2024)).toBe('2024-05-02');
  });
  it('a start on a holiday counts from the next working day', () => {
    expect(addDays('2024-04-10', 1, 'working', H2024)).toBe('2024-04-16');
  });
  it('Nyepi and Good Friday in March', () => {
    // Fri 8 Mar +2 working: Mon 11 Nyepi off → 12, 13
    expect(addDays('2024-03-08', 2, 'working', H2024)).toBe('2024-03-13');
    expect(addDays('2024-03-27', 2, 'working', H2024)).toBe('2024-04-01');
  });
  it('refuses negative and fractional day counts', () => {
    expect(() => addDays('2024-01-01', -1, 'working', NONE)).toThrow(RangeError);
    expect(() => addDays('2024-01-01', 1.5, 'calendar', NONE)).toThrow(RangeError);
  });
});

describe('calendar days (Pilkada)', () => {
  it('holidays and weekends count', () => {
    expect(addDays('2024-04-05', 3, 'calendar', H2024)).toBe('2024-04-08');
    expect(addDays('2024-12-30', 3, 'calendar', NONE)).toBe('2025-01-02');
    expect(countDays('2024-04-05', '2024-04-24', 'calendar', H2024)).toBe(19);
  });
});

describe('stage deadlines', () => {
  const at = new Date('2024-04-05T01:00:00Z'); // Fri 5 Apr 09:00 WITA
  it('Pemilu report handling: 7 working days, extended to 14', () => {
    expect(
      computeDeadline({
        kind: 'handling',
        contest: 'pemilu',
        startAt: at,
        holidays: H2024,
        offsetMinutes: WITA,
        settings: S,
      }),
    ).toMatchObject({ mode: 'working', days: 7, dueDate: '2024-04-24' });
    expect(
      computeDeadline({
        kind: 'handling_extended',
        contest: 'pemilu',
        startAt: at,
        holidays: H2024,
        offsetMinutes: WITA,
        settings: S,
      }).dueDate,
    ).toBe('2024-05-06');
  });
  it('Pilkada handling: 3 calendar days, extended to 3 + 2', () => {
    expect(
      computeDeadline({
        kind: 'handling',
        contest: 'pilkada',
        startAt: at,
        holidays: H2024,
        offsetMinutes: WITA,
        settings: S,
      }).dueDate,
    ).toBe('2024-04-08');
    expect(
      computeDeadline({
        kind: 'handling_extended',
        contest: 'pilkada',
        startAt: at,
        holidays: H2024,
        offsetMinutes: WITA,
        settings: S,
      }).dueDate,
    ).toBe('2024-04-10');
  });
  it('kajian awal 2 days; reporter completion 3 days; report filing 7', () => {
    const d = (kind: any, contest: any) =>
      computeDeadline({ kind, contest, startAt: at, holidays: H2024, offsetMinutes: WITA, settings: S })
        .dueDate;
    expect(d('initial_study', 'pemilu')).toBe('2024-04-17');
    expect(d('initial_study', 'pilkada')).toBe('2024-04-07');
    expect(d('reporter_completion', 'pemilu')).toBe('2024-04-18');
    expect(d('reporter_completion', 'pilkada')).toBe('2024-04-08');
    expect(d('report_filing', 'pemilu')).toBe('2024-04-24');
    expect(d('report_filing', 'pilkada')).toBe('2024-04-12');
  });
  it('PPK follow-up uses the configured calendar period', () => {
    expect(
      computeDeadline({
        kind: 'ppk_follow_up',
        contest: 'pemilu',
        startAt: at,
        holidays: H2024,
        offsetMinutes: WITA,
        settings: { ppkFollowUpDays: 30 },
      }),
    ).toMatchObject({ mode: 'calendar', days: 30, dueDate: '2024-05-05' });
  });
  it('the local date decides the start (16:30 UTC is already the next day in WITA)', () => {
    expect(toLocalDate(new Date('2024-04-04T16:30:00Z'), WITA)).toBe('2024-04-05');
    expect(toLocalDate(new Date('2024-04-04T15:30:00Z'), WITA)).toBe('2024-04-04');
  });
});

describe('overdue and reminders', () => {
  it('overdue only after the due date, and never once met', () => {
    expect(isOverdue('2024-04-24', new Date('2024-04-24T15:00:00Z'), WITA)).toBe(false); // 23:00 WITA on the day
    expect(isOverdue('2024-04-24', new Date('2024-04-24T16:30:00Z'), WITA)).toBe(true);
    expect(isOverdue('2024-04-24', new Date('2024-05-01T00:00:00Z'), WITA, new Date('2024-04-20'))).toBe(
      false,
    );
  });
  it('reminder window', () => {
    expect(reminderDue('2024-04-24', new Date('2024-04-22T02:00:00Z'), WITA, 1)).toBe(false);
    expect(reminderDue('2024-04-24', new Date('2024-04-23T02:00:00Z'), WITA, 1)).toBe(true);
    expect(reminderDue('2024-04-24', new Date('2024-04-25T02:00:00Z'), WITA, 1)).toBe(false);
  });
});
