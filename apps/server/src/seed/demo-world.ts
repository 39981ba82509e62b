// The synthetic East Kalimantan world: agencies (Pemprov Kaltim and each regency/city government with its
// OPDs) and a few thousand ASN whose NIPs pass validateNip. Deterministic (seeded PRNG), so two fresh
// installs hold the same demo data. Names are combined from common given names and family names with
// academic titles; no record describes a real person.
import { composeNip, validateNip, type NipKind } from '../domain/asn/nip.ts';

export interface DemoRegion {
  code: string;
  name: string;
  kind: 'provinsi' | 'kabupaten' | 'kota';
}

export interface DemoAgency {
  code: string;
  name: string;
  typeCode: string;
  regionCode: string;
  parentCode: string | null;
  ppkTitle: string | null;
}

export interface DemoAsn {
  nip: string;
  name: string;
  sex: 'L' | 'P';
  birthDate: string;
  kind: NipKind;
  position: string;
  positionType: 'jpt' | 'administrator' | 'pengawas' | 'fungsional' | 'pelaksana';
  roleTag: string | null;
  workUnit: string;
  agencyCode: string;
  regionCode: string;
}

/** mulberry32: small, fast, good enough for demo data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MALE = [
  'Agus',
  'Budi',
  'Dedi',
  'Eko',
  'Fajar',
  'Hendra',
  'Irwan',
  'Joko',
  'Rudi',
  'Slamet',
  'Taufik',
  'Wahyu',
  'Yusuf',
  'Arif',
  'Bambang',
  'Dimas',
  'Gilang',
  'Hadi',
  'Iqbal',
  'Rahmat',
  'Syahrul',
  'Andi',
  'Rizky',
  'Teguh',
  'Muhammad',
  'Ahmad',
  'Fikri',
  'Heru',
  'Yoga',
  'Zainal',
];
const FEMALE = [
  'Ayu',
  'Dewi',
  'Fitri',
  'Indah',
  'Lestari',
  'Maya',
  'Nur',
  'Putri',
  'Ratna',
  'Sari',
  'Tuti',
  'Wulan',
  'Yuni',
  'Anisa',
  'Dian',
  'Endah',
  'Hana',
  'Intan',
  'Kartika',
  'Lina',
  'Mega',
  'Novi',
  'Rina',
  'Siti',
  'Yanti',
  'Aulia',
  'Rahma',
  'Citra',
  'Nurul',
  'Eka',
];
const FAMILY = [
  'Saputra',
  'Wijaya',
  'Pratama',
  'Hidayat',
  'Nugroho',
  'Santoso',
  'Kurniawan',
  'Setiawan',
  'Rahman',
  'Hakim',
  'Siregar',
  'Lubis',
  'Nasution',
  'Simanjuntak',
  'Wibowo',
  'Gunawan',
  'Susanto',
  'Hasibuan',
  'Syahputra',
  'Maulana',
  'Firmansyah',
  'Ramadhan',
  'Permana',
  'Purnomo',
  'Utomo',
  'Rusdi',
  'Anwar',
  'Hamzah',
  'Basri',
  'Effendi',
  'Lestaluhu',
  'Pangaribuan',
  'Tambunan',
  'Sinaga',
  'Mahmud',
  'Halim',
  'Sulistyo',
  'Yulianto',
];

interface Opd {
  key: string;
  typeCode: string;
  name: (region: string) => string;
  head: string;
  weight: number;
  functional: [title: string, pppkShare: number][];
  degree: string[];
}

const OPDS: Opd[] = [
  {
    key: 'SETDA',
    typeCode: 'sekretariat_daerah',
    name: () => 'Sekretariat Daerah',
    head: 'Sekretaris Daerah',
    weight: 10,
    functional: [
      ['Analis Kebijakan Ahli Muda', 0.1],
      ['Perencana Ahli Pertama', 0.1],
    ],
    degree: ['S.Sos.', 'S.H.', 'S.E.', 'M.Si.', 'S.AP.'],
  },
  {
    key: 'INSP',
    typeCode: 'inspektorat',
    name: () => 'Inspektorat Daerah',
    head: 'Inspektur',
    weight: 4,
    functional: [
      ['Auditor Ahli Pertama', 0.1],
      ['Auditor Ahli Muda', 0],
      ['Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama', 0.1],
    ],
    degree: ['S.E.', 'S.Ak.', 'S.H.', 'M.Ak.'],
  },
  {
    key: 'BKPSDM',
    typeCode: 'badan',
    name: (r) =>
      r === 'provinsi'
        ? 'Badan Kepegawaian Daerah'
        : 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    head: 'Kepala Badan',
    weight: 5,
    functional: [
      ['Analis Sumber Daya Manusia Aparatur Ahli Pertama', 0.2],
      ['Pranata Komputer Ahli Pertama', 0.3],
    ],
    degree: ['S.Psi.', 'S.AP.', 'S.Kom.', 'M.M.'],
  },
  {
    key: 'KESBANGPOL',
    typeCode: 'badan',
    name: () => 'Badan Kesatuan Bangsa dan Politik',
    head: 'Kepala Badan',
    weight: 3,
    functional: [['Analis Kebijakan Ahli Pertama', 0.1]],
    degree: ['S.Sos.', 'S.IP.', 'M.Si.'],
  },
  {
    key: 'DISDIK',
    typeCode: 'dinas',
    name: (r) => (r === 'provinsi' ? 'Dinas Pendidikan dan Kebudayaan' : 'Dinas Pendidikan'),
    head: 'Kepala Dinas',
    weight: 40,
    functional: [
      ['Guru Ahli Pertama', 0.45],
      ['Guru Ahli Muda', 0.15],
      ['Pengawas Sekolah Ahli Muda', 0],
      ['Guru Ahli Madya', 0],
    ],
    degree: ['S.Pd.', 'S.Pd.', 'S.Pd.I.', 'M.Pd.', 'S.Si.'],
  },
  {
    key: 'DINKES',
    typeCode: 'dinas',
    name: () => 'Dinas Kesehatan',
    head: 'Kepala Dinas',
    weight: 22,
    functional: [
      ['Perawat Terampil', 0.4],
      ['Bidan Terampil', 0.4],
      ['Dokter Ahli Pertama', 0.2],
      ['Apoteker Ahli Pertama', 0.2],
    ],
    degree: ['S.Kep.', 'A.Md.Keb.', 'A.Md.Kep.', 'S.KM.', 'M.Kes.'],
  },
  {
    key: 'PUPR',
    typeCode: 'dinas',
    name: () => 'Dinas Pekerjaan Umum dan Penataan Ruang',
    head: 'Kepala Dinas',
    weight: 8,
    functional: [
      ['Teknik Jalan dan Jembatan Ahli Pertama', 0.2],
      ['Penata Ruang Ahli Pertama', 0.1],
    ],
    degree: ['S.T.', 'S.T.', 'M.T.', 'A.Md.T.'],
  },
  {
    key: 'SATPOLPP',
    typeCode: 'satpol_pp',
    name: () => 'Satuan Polisi Pamong Praja',
    head: 'Kepala Satuan',
    weight: 8,
    functional: [['Polisi Pamong Praja Terampil', 0.2]],
    degree: ['S.H.', 'S.Sos.'],
  },
];

const PELAKSANA = [
  'Pengadministrasi Perkantoran',
  'Pengelola Data',
  'Operator Layanan Operasional',
  'Pengelola Keuangan',
  'Penata Layanan Operasional',
];

/** Share of the demo ASN per government (Kukar, Samarinda and Balikpapan are the largest). */
const SIZE: Record<string, number> = {
  '64': 520,
  '64.72': 430,
  '64.71': 390,
  '64.02': 380,
  '64.08': 250,
  '64.03': 200,
  '64.01': 200,
  '64.74': 170,
  '64.09': 150,
  '64.07': 140,
  '64.11': 70,
};

function bareName(region: DemoRegion): string {
  return region.name.replace(/^(Kabupaten|Kota) /, '');
}

export function governmentOf(region: DemoRegion): {
  code: string;
  typeCode: string;
  name: string;
  ppkTitle: string;
} {
  const n = bareName(region);
  switch (region.kind) {
    case 'provinsi':
      return {
        code: `${region.code}-PEMPROV`,
        typeCode: 'pemprov',
        name: `Pemerintah Provinsi ${region.name}`,
        ppkTitle: `Gubernur ${region.name}`,
      };
    case 'kabupaten':
      return {
        code: `${region.code}-PEMKAB`,
        typeCode: 'pemkab',
        name: `Pemerintah Kabupaten ${n}`,
        ppkTitle: `Bupati ${n}`,
      };
    case 'kota':
      return {
        code: `${region.code}-PEMKOT`,
        typeCode: 'pemkot',
        name: `Pemerintah Kota ${n}`,
        ppkTitle: `Wali Kota ${n}`,
      };
  }
}

export function buildDemoWorld(
  regions: readonly DemoRegion[],
  today: string,
  seed = 64,
): { agencies: DemoAgency[]; asn: DemoAsn[] } {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const agencies: DemoAgency[] = [];
  const asn: DemoAsn[] = [];
  const usedPrefix = new Map<string, number>();
  const todayYear = Number(today.slice(0, 4));

  function person(kind: NipKind, positionType: DemoAsn['positionType'], degrees: string[]) {
    for (let attempt = 0; attempt < 20; attempt++) {
      const sex: 'L' | 'P' = rnd() < 0.53 ? 'P' : 'L';
      const seniorRole = positionType === 'jpt' || positionType === 'administrator';
      const birthYear = seniorRole ? int(1966, 1982) : kind === 'pppk' ? int(1972, 2000) : int(1968, 1999);
      const birthDate = `${birthYear}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
      let appointed: string;
      if (kind === 'pns') {
        const y = Math.min(birthYear + int(22, 34), todayYear - (seniorRole ? 12 : 1));
        appointed = `${y}-${String(pick([1, 1, 3, 4, 12])).padStart(2, '0')}`;
      } else {
        appointed = String(Math.min(todayYear - 1, int(2021, 2024)));
      }
      const prefix = composeNip({ kind, birthDate, appointed, sex, sequence: 1 }).slice(0, 15);
      const seq = (usedPrefix.get(prefix) ?? 0) + 1;
      const nip = composeNip({ kind, birthDate, appointed, sex, sequence: seq });
      if (!validateNip(nip, { today, expectKind: kind }).ok) continue;
      usedPrefix.set(prefix, seq);
      const given = sex === 'L' ? pick(MALE) : pick(FEMALE);
      let name =
        rnd() < 0.7
          ? `${given} ${pick(FAMILY)}`
          : `${given} ${pick(sex === 'L' ? MALE : FEMALE)} ${pick(FAMILY)}`;
      const pre = rnd();
      if (pre < 0.06) name = `${sex === 'L' ? 'H.' : 'Hj.'} ${name}`;
      else if (pre < 0.09 && seniorRole) name = `Drs. ${name}`;
      if (positionType !== 'pelaksana' || rnd() < 0.4) {
        name += `, ${pick(degrees)}`;
        if (seniorRole && rnd() < 0.5) name += ', M.Si.';
      }
      return { nip, name, sex, birthDate };
    }
    throw new Error('demo world: could not build a valid NIP');
  }

  for (const region of regions) {
    const size = SIZE[region.code];
    if (!size) continue;
    const gov = governmentOf(region);
    agencies.push({
      code: gov.code,
      name: gov.name,
      typeCode: gov.typeCode,
      regionCode: region.code,
      parentCode: null,
      ppkTitle: gov.ppkTitle,
    });
    const totalWeight = OPDS.reduce((s, o) => s + o.weight, 0);
    for (const opd of OPDS) {
      const code = `${region.code}-${opd.key}`;
      const ofGov =
        region.kind === 'provinsi'
          ? `Provinsi ${region.name}`
          : `${region.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${bareName(region)}`;
      agencies.push({
        code,
        name: `${opd.name(region.kind)} ${ofGov}`,
        typeCode: opd.typeCode,
        regionCode: region.code,
        parentCode: gov.code,
        ppkTitle: gov.ppkTitle,
      });
      const n = Math.max(4, Math.round((size * opd.weight) / totalWeight));
      for (let i = 0; i < n; i++) {
        let positionType: DemoAsn['positionType'];
        let position: string;
        let kind: NipKind = 'pns';
        if (i === 0) {
          positionType = 'jpt';
          position = opd.key === 'SETDA' ? `Sekretaris Daerah` : opd.head;
        } else if (i <= 2) {
          positionType = 'administrator';
          position =
            i === 1
              ? opd.key === 'SETDA'
                ? 'Asisten Pemerintahan dan Kesejahteraan Rakyat'
                : 'Sekretaris'
              : 'Kepala Bidang';
        } else if (i <= 5) {
          positionType = 'pengawas';
          position = pick([
            'Kepala Subbagian Umum dan Kepegawaian',
            'Kepala Seksi',
            'Kepala Subbagian Keuangan',
          ]);
        } else if (rnd() < 0.62) {
          positionType = 'fungsional';
          const [title, pppkShare] = pick(opd.functional);
          position = title;
          if (rnd() < pppkShare * 1.6) kind = 'pppk';
        } else {
          positionType = 'pelaksana';
          position = pick(PELAKSANA);
        }
        const p = person(kind, positionType, opd.degree);
        asn.push({
          ...p,
          kind,
          position,
          positionType,
          roleTag: positionType === 'jpt' ? 'kepala_opd' : null,
          workUnit: `${opd.name(region.kind)} ${ofGov}`,
          agencyCode: code,
          regionCode: region.code,
        });
      }
    }
  }
  return { agencies, asn };
}
