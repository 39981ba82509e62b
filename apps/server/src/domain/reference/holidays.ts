// National holidays (hari libur nasional) and collective leave (cuti bersama) 2023–2026, as data. Deadline
// arithmetic in working days (DOMAIN.md §1.8) skips both kinds, so a wrong date here moves a legal deadline:
// each year names the decree it follows. Written from the published joint decrees (SKB Menteri Agama,
// Menteri Ketenagakerjaan and Menteri PANRB) and their revisions; the election-day holidays come from the
// presidential decrees that declared them. Add a year by appending a block; `netra` seeds it on start.
export const HOLIDAY_KINDS = ['national', 'cuti_bersama'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export interface Holiday {
  date: string;
  kind: HolidayKind;
  name: string;
}

interface HolidayYear {
  year: number;
  source: string;
  national: [date: string, name: string][];
  cutiBersama: [date: string, name: string][];
}

const YEARS: HolidayYear[] = [
  {
    year: 2023,
    source:
      'SKB Menteri Agama, Menaker, MenPANRB No. 1066/2022, 3/2022, 3/2022 as amended by SKB No. 327/2023, 1/2023, 1/2023 (Idul Fitri) and the June 2023 amendment (Idul Adha)',
    national: [
      ['2023-01-01', 'Tahun Baru 2023 Masehi'],
      ['2023-01-22', 'Tahun Baru Imlek 2574 Kongzili'],
      ['2023-02-18', "Isra Mi'raj Nabi Muhammad SAW"],
      ['2023-03-22', 'Hari Suci Nyepi Tahun Baru Saka 1945'],
      ['2023-04-07', 'Wafat Isa Al Masih'],
      ['2023-04-22', 'Hari Raya Idul Fitri 1444 Hijriah'],
      ['2023-04-23', 'Hari Raya Idul Fitri 1444 Hijriah'],
      ['2023-05-01', 'Hari Buruh Internasional'],
      ['2023-05-18', 'Kenaikan Isa Al Masih'],
      ['2023-06-01', 'Hari Lahir Pancasila'],
      ['2023-06-04', 'Hari Raya Waisak 2567 BE'],
      ['2023-06-29', 'Hari Raya Idul Adha 1444 Hijriah'],
      ['2023-07-19', 'Tahun Baru Islam 1445 Hijriah'],
      ['2023-08-17', 'Hari Kemerdekaan Republik Indonesia'],
      ['2023-09-28', 'Maulid Nabi Muhammad SAW'],
      ['2023-12-25', 'Hari Raya Natal'],
    ],
    cutiBersama: [
      ['2023-01-23', 'Cuti bersama Tahun Baru Imlek'],
      ['2023-03-23', 'Cuti bersama Hari Suci Nyepi'],
      ['2023-04-19', 'Cuti bersama Idul Fitri 1444 H'],
      ['2023-04-20', 'Cuti bersama Idul Fitri 1444 H'],
      ['2023-04-21', 'Cuti bersama Idul Fitri 1444 H'],
      ['2023-04-24', 'Cuti bersama Idul Fitri 1444 H'],
      ['2023-04-25', 'Cuti bersama Idul Fitri 1444 H'],
      ['2023-06-02', 'Cuti bersama Hari Raya Waisak'],
      ['2023-06-28', 'Cuti bersama Idul Adha 1444 H'],
      ['2023-06-30', 'Cuti bersama Idul Adha 1444 H'],
      ['2023-12-26', 'Cuti bersama Hari Raya Natal'],
    ],
  },
  {
    year: 2024,
    source:
      'SKB Menteri Agama, Menaker, MenPANRB No. 855/2023, 3/2023, 4/2023; voting days declared holidays by Keppres 10/2024 (Pemilu, 14 Feb) and Keppres 33/2024 (Pilkada, 27 Nov)',
    national: [
      ['2024-01-01', 'Tahun Baru 2024 Masehi'],
      ['2024-02-08', "Isra Mi'raj Nabi Muhammad SAW"],
      ['2024-02-10', 'Tahun Baru Imlek 2575 Kongzili'],
      ['2024-02-14', 'Hari Pemungutan Suara Pemilu 2024'],
      ['2024-03-11', 'Hari Suci Nyepi Tahun Baru Saka 1946'],
      ['2024-03-29', 'Wafat Isa Al Masih'],
      ['2024-03-31', 'Hari Paskah'],
      ['2024-04-10', 'Hari Raya Idul Fitri 1445 Hijriah'],
      ['2024-04-11', 'Hari Raya Idul Fitri 1445 Hijriah'],
      ['2024-05-01', 'Hari Buruh Internasional'],
      ['2024-05-09', 'Kenaikan Isa Al Masih'],
      ['2024-05-23', 'Hari Raya Waisak 2568 BE'],
      ['2024-06-01', 'Hari Lahir Pancasila'],
      ['2024-06-17', 'Hari Raya Idul Adha 1445 Hijriah'],
      ['2024-07-07', 'Tahun Baru Islam 1446 Hijriah'],
      ['2024-08-17', 'Hari Kemerdekaan Republik Indonesia'],
      ['2024-09-16', 'Maulid Nabi Muhammad SAW'],
      ['2024-11-27', 'Hari Pemungutan Suara Pilkada Serentak 2024'],
      ['2024-12-25', 'Hari Raya Natal'],
    ],
    cutiBersama: [
      ['2024-02-09', 'Cuti bersama Tahun Baru Imlek'],
      ['2024-03-12', 'Cuti bersama Hari Suci Nyepi'],
      ['2024-04-08', 'Cuti bersama Idul Fitri 1445 H'],
      ['2024-04-09', 'Cuti bersama Idul Fitri 1445 H'],
      ['2024-04-12', 'Cuti bersama Idul Fitri 1445 H'],
      ['2024-04-15', 'Cuti bersama Idul Fitri 1445 H'],
      ['2024-05-10', 'Cuti bersama Kenaikan Isa Al Masih'],
      ['2024-05-24', 'Cuti bersama Hari Raya Waisak'],
      ['2024-06-18', 'Cuti bersama Idul Adha 1445 H'],
      ['2024-12-26', 'Cuti bersama Hari Raya Natal'],
    ],
  },
  {
    year: 2025,
    source:
      'SKB Menteri Agama, Menaker, MenPANRB No. 1017/2024, 2/2024, 2/2024; 18 Aug cuti bersama added by the August 2025 amendment (verify against the amending SKB)',
    national: [
      ['2025-01-01', 'Tahun Baru 2025 Masehi'],
      ['2025-01-27', "Isra Mi'raj Nabi Muhammad SAW"],
      ['2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'],
      ['2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947'],
      ['2025-03-31', 'Hari Raya Idul Fitri 1446 Hijriah'],
      ['2025-04-01', 'Hari Raya Idul Fitri 1446 Hijriah'],
      ['2025-04-18', 'Wafat Yesus Kristus'],
      ['2025-04-20', 'Hari Paskah'],
      ['2025-05-01', 'Hari Buruh Internasional'],
      ['2025-05-12', 'Hari Raya Waisak 2569 BE'],
      ['2025-05-29', 'Kenaikan Yesus Kristus'],
      ['2025-06-01', 'Hari Lahir Pancasila'],
      ['2025-06-06', 'Hari Raya Idul Adha 1446 Hijriah'],
      ['2025-06-27', 'Tahun Baru Islam 1447 Hijriah'],
      ['2025-08-17', 'Hari Kemerdekaan Republik Indonesia'],
      ['2025-09-05', 'Maulid Nabi Muhammad SAW'],
      ['2025-12-25', 'Hari Raya Natal'],
    ],
    cutiBersama: [
      ['2025-01-28', 'Cuti bersama Tahun Baru Imlek'],
      ['2025-03-28', 'Cuti bersama Hari Suci Nyepi'],
      ['2025-04-02', 'Cuti bersama Idul Fitri 1446 H'],
      ['2025-04-03', 'Cuti bersama Idul Fitri 1446 H'],
      ['2025-04-04', 'Cuti bersama Idul Fitri 1446 H'],
      ['2025-04-07', 'Cuti bersama Idul Fitri 1446 H'],
      ['2025-05-13', 'Cuti bersama Hari Raya Waisak'],
      ['2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'],
      ['2025-06-09', 'Cuti bersama Idul Adha 1446 H'],
      ['2025-08-18', 'Cuti bersama Hari Kemerdekaan Republik Indonesia'],
      ['2025-12-26', 'Cuti bersama Hari Raya Natal'],
    ],
  },
  {
    year: 2026,
    source:
      'SKB Menteri Agama, Menaker, MenPANRB on holidays and cuti bersama 2026 (signed September 2025); Islamic dates follow the government calendar and may be amended after isbat — verify before relying on them',
    national: [
      ['2026-01-01', 'Tahun Baru 2026 Masehi'],
      ['2026-01-16', "Isra Mi'raj Nabi Muhammad SAW"],
      ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'],
      ['2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'],
      ['2026-03-21', 'Hari Raya Idul Fitri 1447 Hijriah'],
      ['2026-03-22', 'Hari Raya Idul Fitri 1447 Hijriah'],
      ['2026-04-03', 'Wafat Yesus Kristus'],
      ['2026-04-05', 'Hari Paskah'],
      ['2026-05-01', 'Hari Buruh Internasional'],
      ['2026-05-14', 'Kenaikan Yesus Kristus'],
      ['2026-05-27', 'Hari Raya Idul Adha 1447 Hijriah'],
      ['2026-05-31', 'Hari Raya Waisak 2570 BE'],
      ['2026-06-01', 'Hari Lahir Pancasila'],
      ['2026-06-16', 'Tahun Baru Islam 1448 Hijriah'],
      ['2026-08-17', 'Hari Kemerdekaan Republik Indonesia'],
      ['2026-08-25', 'Maulid Nabi Muhammad SAW'],
      ['2026-12-25', 'Hari Raya Natal'],
    ],
    cutiBersama: [
      ['2026-02-16', 'Cuti bersama Tahun Baru Imlek'],
      ['2026-03-18', 'Cuti bersama Hari Suci Nyepi'],
      ['2026-03-20', 'Cuti bersama Idul Fitri 1447 H'],
      ['2026-03-23', 'Cuti bersama Idul Fitri 1447 H'],
      ['2026-03-24', 'Cuti bersama Idul Fitri 1447 H'],
      ['2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'],
      ['2026-05-28', 'Cuti bersama Idul Adha 1447 H'],
      ['2026-12-24', 'Cuti bersama Hari Raya Natal'],
    ],
  },
];

export const HOLIDAY_SOURCES: Record<number, string> = Object.fromEntries(
  YEARS.map((y) => [y.year, y.source]),
);

export const HOLIDAYS: readonly Holiday[] = YEARS.flatMap((y) => [
  ...y.national.map(([date, name]) => ({ date, kind: 'national' as const, name })),
  ...y.cutiBersama.map(([date, name]) => ({ date, kind: 'cuti_bersama' as const, name })),
]).sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
