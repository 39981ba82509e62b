// The content of the official letters of a case (Indonesian official format: letterhead, number, place
// and date, addressee, subject, body, signature block). Pure: a document model that the renderers turn
// into .docx and PDF; the wording stays here, in one place, reviewable by a legal officer.
import {
  DOCUMENT_KIND_LABELS,
  RECOMMENDING_BODY_LABELS,
  SANCTION_LABELS,
  SANCTION_OPTION_LABELS,
  type DocumentKind,
  type RecommendingBody,
  type Sanction,
  type SanctionOption,
} from '@netra/shared';

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h'; text: string }
  | { kind: 'kv'; rows: [string, string][] }
  | { kind: 'qa'; items: { question: string; answer: string }[] };

export interface Letter {
  letterhead: { parent: string; name: string; address: string };
  title: string;
  number: string;
  placeDate: string;
  to: string[];
  subject: string | null;
  blocks: Block[];
  signatory: { title: string; name: string };
}

export interface Issuer {
  parentName: string;
  name: string;
  address: string;
  city: string;
  signatoryName: string;
  signatoryTitle: string;
  numberPrefix: string;
}

export interface LetterCase {
  number: string;
  asnName: string;
  nip: string | null;
  position: string | null;
  agencyName: string | null;
  ppkTitle: string | null;
  regionName: string | null;
  description: string;
  occurredAt: string | null; // YYYY-MM-DD
  ruleIds: string[];
  ruleTitles: string[];
  sanctionLevel: Sanction | null;
  sanctionOption: SanctionOption | null;
  recommendingBody: RecommendingBody | null;
  hearing: {
    hearingAt: string | null;
    place: string | null;
    attendees: string[];
    qa: { question: string; answer: string }[];
  } | null;
  studySummary: string | null;
  decisionNumber: string | null;
}

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** "12 November 2024" */
export function formatTanggal(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
/** "Selasa, 12 November 2024" */
export function formatHariTanggal(date: string): string {
  const dow = new Date(date.slice(0, 10) + 'T00:00:00Z').getUTCDay();
  return `${DAYS[dow]}, ${formatTanggal(date)}`;
}

const KIND_CODE: Record<DocumentKind, string> = {
  summons: 'UND',
  minutes: 'BA',
  study_report: 'KJ',
  recommendation_letter: 'REK',
  discipline_decision_draft: 'KEP',
};

/** Official number: "007/UND/PM.06/Bawaslu-64.72/XI/2024" (sequence per issuer and year). */
export function letterNumber(seq: number, kind: DocumentKind, prefix: string, date: string): string {
  const m = Number(date.slice(5, 7));
  return `${String(seq).padStart(3, '0')}/${KIND_CODE[kind]}/${prefix}/${ROMAN[m - 1]}/${date.slice(0, 4)}`;
}

function identity(c: LetterCase): [string, string][] {
  return [
    ['Nama', c.asnName],
    ['NIP', c.nip ?? '-'],
    ['Jabatan', c.position ?? '-'],
    ['Instansi', c.agencyName ?? '-'],
  ];
}

/** Builds the letter of `kind` for case `c`, issued by `issuer` on `date` (YYYY-MM-DD) with `number`. */
export function buildLetter(
  kind: DocumentKind,
  c: LetterCase,
  issuer: Issuer,
  number: string,
  date: string,
): Letter {
  const head = { parent: issuer.parentName, name: issuer.name, address: issuer.address };
  const sign = { title: issuer.signatoryTitle, name: issuer.signatoryName };
  const placeDate = `${issuer.city}, ${formatTanggal(date)}`;
  const rules = c.ruleIds.length
    ? c.ruleIds.map((id, i) => `${id}${c.ruleTitles[i] ? ` — ${c.ruleTitles[i]}` : ''}`).join('; ')
    : '-';
  const base = { letterhead: head, number, placeDate, signatory: sign };
  switch (kind) {
    case 'summons': {
      const h = c.hearing;
      return {
        ...base,
        title: 'UNDANGAN KLARIFIKASI',
        to: [`Yth. Sdr/i. ${c.asnName}`, c.position ?? '', c.agencyName ?? '', 'di tempat'].filter(Boolean),
        subject: 'Undangan Klarifikasi',
        blocks: [
          {
            kind: 'p',
            text: `Dalam rangka penanganan dugaan pelanggaran netralitas Aparatur Sipil Negara dengan nomor register ${c.number}, bersama ini kami mengundang Saudara/i untuk hadir memberikan keterangan (klarifikasi) pada:`,
          },
          {
            kind: 'kv',
            rows: [
              ['Hari/Tanggal', h?.hearingAt ? formatHariTanggal(h.hearingAt) : '-'],
              ['Waktu', h?.hearingAt ? `${h.hearingAt.slice(11, 16)} (waktu setempat)` : '-'],
              ['Tempat', h?.place ?? '-'],
              ['Perihal', `Klarifikasi atas dugaan: ${c.description}`],
            ],
          },
          {
            kind: 'p',
            text: 'Saudara/i diminta membawa kartu identitas dan dokumen lain yang berkaitan. Apabila berhalangan hadir, mohon memberitahukan secara tertulis sebelum waktu klarifikasi.',
          },
          {
            kind: 'p',
            text: 'Demikian undangan ini disampaikan. Atas perhatian dan kehadirannya diucapkan terima kasih.',
          },
        ],
      };
    }
    case 'minutes': {
      const h = c.hearing;
      return {
        ...base,
        title: 'BERITA ACARA KLARIFIKASI',
        to: [],
        subject: null,
        blocks: [
          {
            kind: 'p',
            text: `Pada hari ini, ${h?.hearingAt ? formatHariTanggal(h.hearingAt) : formatHariTanggal(date)}, bertempat di ${h?.place ?? '-'}, telah dilakukan klarifikasi terhadap:`,
          },
          { kind: 'kv', rows: identity(c) },
          {
            kind: 'p',
            text: `terkait dugaan pelanggaran netralitas ASN nomor register ${c.number}: ${c.description}`,
          },
          { kind: 'p', text: `Hadir: ${h?.attendees.length ? h.attendees.join(', ') : '-'}.` },
          { kind: 'h', text: 'Pertanyaan dan Jawaban' },
          { kind: 'qa', items: h?.qa ?? [] },
          {
            kind: 'p',
            text: 'Demikian berita acara ini dibuat dengan sebenarnya, dibacakan kembali kepada yang memberi keterangan dan ditandatangani.',
          },
        ],
      };
    }
    case 'study_report':
      return {
        ...base,
        title: 'LAPORAN HASIL KAJIAN',
        to: [],
        subject: `Dugaan pelanggaran netralitas ASN nomor ${c.number}`,
        blocks: [
          { kind: 'h', text: 'I. Identitas Terlapor' },
          { kind: 'kv', rows: identity(c) },
          { kind: 'h', text: 'II. Uraian Peristiwa' },
          {
            kind: 'p',
            text: `${c.description}${c.occurredAt ? ` (waktu kejadian: ${formatTanggal(c.occurredAt)})` : ''}.`,
          },
          { kind: 'h', text: 'III. Fakta Klarifikasi' },
          ...(c.hearing?.qa.length
            ? ([{ kind: 'qa', items: c.hearing.qa }] as Block[])
            : ([{ kind: 'p', text: 'Tidak dilakukan klarifikasi.' }] as Block[])),
          { kind: 'h', text: 'IV. Analisis dan Ketentuan yang Dilanggar' },
          { kind: 'p', text: `Butir aturan: ${rules}. ${c.studySummary ?? ''}`.trim() },
          { kind: 'h', text: 'V. Kesimpulan dan Rekomendasi' },
          {
            kind: 'p',
            text: c.sanctionLevel
              ? `Terlapor patut diduga melanggar netralitas ASN dan direkomendasikan dijatuhi ${SANCTION_LABELS[c.sanctionLevel].id}.`
              : 'Kesimpulan belum ditetapkan.',
          },
        ],
      };
    case 'recommendation_letter': {
      const body = c.recommendingBody
        ? RECOMMENDING_BODY_LABELS[c.recommendingBody].id
        : 'Badan Kepegawaian Negara (BKN)';
      return {
        ...base,
        title: 'SURAT REKOMENDASI',
        to: [
          `Yth. ${body}`,
          `Yth. ${c.ppkTitle ?? 'Pejabat Pembina Kepegawaian'} ${c.agencyName ?? ''}`.trim(),
          'di tempat',
        ],
        subject: 'Rekomendasi atas Pelanggaran Netralitas ASN',
        blocks: [
          {
            kind: 'p',
            text: `Berdasarkan hasil kajian atas dugaan pelanggaran netralitas ASN nomor register ${c.number}, kami menyampaikan bahwa:`,
          },
          { kind: 'kv', rows: identity(c) },
          {
            kind: 'p',
            text: `terbukti melakukan pelanggaran netralitas ASN sebagaimana diatur dalam ${rules}.`,
          },
          {
            kind: 'p',
            text: `Sehubungan dengan hal tersebut, kami merekomendasikan agar Pejabat Pembina Kepegawaian menjatuhkan ${c.sanctionLevel ? SANCTION_LABELS[c.sanctionLevel].id : 'sanksi'} sesuai ketentuan peraturan perundang-undangan, dan menyampaikan tindak lanjutnya kepada kami.`,
          },
          { kind: 'p', text: 'Demikian rekomendasi ini disampaikan untuk ditindaklanjuti.' },
        ],
      };
    }
    case 'discipline_decision_draft':
      return {
        letterhead: { parent: 'PEMERINTAH DAERAH', name: c.agencyName ?? '-', address: c.regionName ?? '' },
        number,
        placeDate,
        signatory: { title: c.ppkTitle ?? 'Pejabat Pembina Kepegawaian', name: '(nama pejabat)' },
        title: 'DRAF KEPUTUSAN TENTANG PENJATUHAN HUKUMAN DISIPLIN',
        to: [],
        subject: null,
        blocks: [
          {
            kind: 'p',
            text: `Menimbang: bahwa berdasarkan rekomendasi ${c.recommendingBody ? RECOMMENDING_BODY_LABELS[c.recommendingBody].id : ''} atas perkara nomor ${c.number}, Pegawai ASN yang namanya tersebut di bawah ini terbukti melanggar ketentuan netralitas ASN (${rules}).`,
          },
          {
            kind: 'p',
            text: 'Mengingat: Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara; Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil.',
          },
          { kind: 'h', text: 'MEMUTUSKAN' },
          { kind: 'p', text: 'Menetapkan: KESATU. Menjatuhkan hukuman disiplin berupa:' },
          {
            kind: 'p',
            text: c.sanctionOption
              ? SANCTION_OPTION_LABELS[c.sanctionOption].id
              : c.sanctionLevel
                ? SANCTION_LABELS[c.sanctionLevel].id
                : '-',
          },
          { kind: 'p', text: 'kepada:' },
          { kind: 'kv', rows: identity(c) },
          { kind: 'p', text: 'KEDUA. Keputusan ini mulai berlaku pada tanggal ditetapkan.' },
        ],
      };
  }
}

export const LETTER_FILE_STEM: Record<DocumentKind, string> = {
  summons: 'undangan-klarifikasi',
  minutes: 'berita-acara-klarifikasi',
  study_report: 'laporan-hasil-kajian',
  recommendation_letter: 'surat-rekomendasi',
  discipline_decision_draft: 'draf-keputusan-hukuman-disiplin',
};
export { DOCUMENT_KIND_LABELS };
