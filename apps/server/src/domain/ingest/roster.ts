// SIASN-style ASN roster rows → validated `asn` rows. Contract: `readRosterRow` checks one row and returns
// either the normalised row or every problem found as {row, column, reason} (column = the header as the file
// writes it). NIP checks follow DOMAIN.md §5 via domain/asn/nip.ts, then the NIP is cross-checked against the
// row's own birth date, sex and PNS/PPPK status. Pure: lookups and `today` are passed in.
import type { RowProblem } from '@netra/shared';
import { validateNip, type NipKind } from '../asn/nip.ts';
import { cellDate, cellText, type HeaderMap } from './table.ts';

export const ROSTER_COLUMNS = [
  'nip',
  'name',
  'sex',
  'birthDate',
  'employeeKind',
  'position',
  'positionType',
  'workUnit',
  'agency',
  'regionCode',
] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

export const ROSTER_HEADER_ALIASES: Record<RosterColumn, readonly string[]> = {
  nip: ['nip', 'nip baru', 'nip/ni pppk', 'nip/nipppk', 'ni pppk', 'nomor induk pegawai', 'nip asn'],
  name: ['nama', 'nama lengkap', 'nama pegawai', 'nama asn', 'nama lengkap dan gelar', 'name'],
  sex: ['jenis kelamin', 'jk', 'l/p', 'kelamin', 'gender', 'sex'],
  birthDate: ['tanggal lahir', 'tgl lahir', 'tgl lhr', 'tanggal lhr', 'birth date'],
  employeeKind: [
    'status',
    'status pns/pppk',
    'status asn',
    'status kepegawaian',
    'jenis pegawai',
    'jenis asn',
    'kedudukan',
    'employee kind',
  ],
  position: ['jabatan', 'nama jabatan', 'jabatan terakhir', 'position'],
  positionType: ['jenis jabatan', 'jenis jab', 'kelompok jabatan', 'position type'],
  workUnit: ['unit kerja', 'unit kerja/opd', 'opd', 'satuan kerja', 'satker', 'unor', 'perangkat daerah', 'work unit'],
  agency: ['instansi', 'instansi induk', 'nama instansi', 'kode instansi', 'instansi kerja', 'agency'],
  regionCode: ['kode wilayah', 'kode daerah', 'kode kabupaten/kota', 'kode kab/kota', 'wilayah', 'region code'],
};
export const ROSTER_REQUIRED: readonly RosterColumn[] = ['nip', 'name'];

export type PositionType = 'jpt' | 'administrator' | 'pengawas' | 'fungsional' | 'pelaksana';

export interface RosterRow {
  nip: string;
  name: string;
  sex: 'L' | 'P';
  birthDate: string;
  employeeKind: NipKind;
  position: string | null;
  positionType: PositionType | null;
  roleTag: string | null;
  workUnit: string | null;
  agencyId: string | null;
  regionCode: string;
}

export interface RosterLookups {
  today: string;
  regionExists(code: string): boolean;
  /** By agency code or name (case-insensitive); null when unknown. */
  findAgency(value: string): { id: string; regionCode: string } | null;
}

function readSex(s: string): 'L' | 'P' | null {
  const v = s.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (['l', 'lk', 'lakilaki', 'laki', 'pria', 'm', 'male', '1'].includes(v)) return 'L';
  if (['p', 'pr', 'perempuan', 'wanita', 'f', 'female', '2'].includes(v)) return 'P';
  return null;
}

function readKind(s: string): NipKind | null {
  const v = s.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (['pns', 'cpns', 'asnpns'].includes(v)) return 'pns';
  if (['pppk', 'p3k', 'asnpppk', 'pppkparuhwaktu'].includes(v)) return 'pppk';
  return null;
}

// DOMAIN.md §5.3: UU 20/2023 groups; older rosters still write "JFT"/"JFU"/"fungsional umum".
function readPositionType(s: string): PositionType | null {
  const v = s.toLowerCase();
  if (/pimpinan tinggi|^jpt|eselon i{1,2}\b/.test(v)) return 'jpt';
  if (/administrator|eselon iii\b/.test(v)) return 'administrator';
  if (/pengawas|eselon iv\b/.test(v)) return 'pengawas';
  if (/pelaksana|fungsional umum|^jfu$/.test(v)) return 'pelaksana';
  if (/fungsional|^jft?$/.test(v)) return 'fungsional';
  return null;
}

// Dashboards count camat/lurah as "kepala wilayah" apart from their formal position type (DOMAIN.md §5.3).
function roleTagOf(position: string | null): string | null {
  return position && /^(camat|lurah|kepala desa|sekretaris camat)\b/i.test(position) ? 'kepala_wilayah' : null;
}

export type RosterResult = { ok: true; row: RosterRow } | { ok: false; problems: RowProblem[] };

/** `rowNumber` is the spreadsheet's own row number (header = 1), so people can find it. */
export function readRosterRow(
  cells: readonly unknown[],
  rowNumber: number,
  headers: HeaderMap<RosterColumn>,
  lookups: RosterLookups,
): RosterResult {
  const problems: RowProblem[] = [];
  const col = (c: RosterColumn) => headers.label[c] ?? c;
  const raw = (c: RosterColumn): unknown => (headers.index[c] === undefined ? undefined : cells[headers.index[c]!]);
  const text = (c: RosterColumn) => cellText(raw(c));
  const add = (c: RosterColumn, reason: string) => problems.push({ row: rowNumber, column: col(c), reason });

  const nipCell = raw('nip');
  let nipText = text('nip');
  if (typeof nipCell === 'number' && !Number.isSafeInteger(nipCell)) {
    add('nip', 'NIP tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang; format kolom NIP sebagai Teks lalu isi ulang');
    nipText = '';
  }
  const name = text('name');
  if (!name) add('name', 'nama wajib diisi');

  const kindText = text('employeeKind');
  const statedKind = kindText ? readKind(kindText) : null;
  if (kindText && !statedKind) add('employeeKind', `status "${kindText}" tidak dikenal (PNS atau PPPK)`);

  let nipOk: ReturnType<typeof validateNip> | null = null;
  if (nipText || typeof nipCell !== 'number') {
    if (!nipText) add('nip', 'NIP wajib diisi');
    else {
      nipOk = validateNip(nipText, { today: lookups.today, expectKind: statedKind ?? undefined });
      if (!nipOk.ok) for (const p of nipOk.problems) add('nip', p.reason);
    }
  }

  const sexText = text('sex');
  const sex = sexText ? readSex(sexText) : null;
  if (sexText && !sex) add('sex', `jenis kelamin "${sexText}" tidak dikenal (L atau P)`);
  if (nipOk?.ok && sex && sex !== nipOk.sex)
    add('sex', `jenis kelamin ${sex} tidak cocok dengan digit 15 NIP (${nipOk.sex})`);

  const birthText = text('birthDate');
  const birth = birthText ? cellDate(raw('birthDate')) : null;
  if (birthText && !birth)
    add('birthDate', `tanggal lahir "${birthText}" tidak terbaca (pakai YYYY-MM-DD atau DD-MM-YYYY)`);
  if (nipOk?.ok && birth && birth !== nipOk.birthDate)
    add('birthDate', `tanggal lahir ${birth} tidak cocok dengan NIP (${nipOk.birthDate})`);

  const ptText = text('positionType');
  const positionType = ptText ? readPositionType(ptText) : null;
  if (ptText && !positionType)
    add('positionType', `jenis jabatan "${ptText}" tidak dikenal (JPT, administrator, pengawas, fungsional, pelaksana)`);
  // PPPK hold functional and JPT positions, not administrator/pengawas (DOMAIN.md §5.3, PP 49/2018).
  const kind = nipOk?.ok ? nipOk.kind : statedKind;
  if (kind === 'pppk' && (positionType === 'administrator' || positionType === 'pengawas'))
    add('positionType', `PPPK tidak dapat menduduki jabatan ${positionType}`);

  const agencyText = text('agency');
  const agency = agencyText ? lookups.findAgency(agencyText) : null;
  if (agencyText && !agency) add('agency', `instansi "${agencyText}" tidak terdaftar di Netra`);

  let regionCode = text('regionCode');
  if (regionCode) {
    if (!lookups.regionExists(regionCode)) add('regionCode', `kode wilayah "${regionCode}" tidak dikenal (contoh: 64.02)`);
  } else if (agency) regionCode = agency.regionCode;
  else add('regionCode', 'kode wilayah wajib diisi bila instansi tidak diisi');

  if (problems.length || !nipOk?.ok) return { ok: false, problems };
  const position = text('position') || null;
  return {
    ok: true,
    row: {
      nip: nipOk.nip,
      name,
      sex: nipOk.sex,
      birthDate: nipOk.birthDate,
      employeeKind: nipOk.kind,
      position,
      positionType,
      roleTag: roleTagOf(position),
      workUnit: text('workUnit') || null,
      agencyId: agency?.id ?? null,
      regionCode,
    },
  };
}
