// Every letter kind rendered as .docx and PDF and read back as text (word/document.xml; pdftotext).
// LibreOffice (when installed) must open the .docx and convert it to PDF headless.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, type DocumentKind } from '@netra/shared';
import { buildLetter, letterNumber, type Issuer, type LetterCase } from '../../domain/cases/letters.ts';
import { renderDocx, renderPdf } from './letter-render.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netra-letters-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const issuer: Issuer = {
  parentName: 'Badan Pengawas Pemilihan Umum',
  name: 'Bawaslu Kota Samarinda',
  address: 'Jl. Contoh No. 1, Samarinda, Kalimantan Timur',
  city: 'Samarinda',
  signatoryName: 'Nama Pejabat Contoh',
  signatoryTitle: 'Ketua Bawaslu Kota Samarinda',
  numberPrefix: 'PM.06/K.KI-14',
};
const c: LetterCase = {
  number: 'NTR/64.72/2024/0007',
  asnName: 'Bambang Uji Prasetyo',
  nip: '198503122010011001',
  position: 'Guru Ahli Muda',
  agencyName: 'Pemerintah Kota Samarinda',
  ppkTitle: 'Wali Kota',
  regionName: 'KOTA SAMARINDA',
  description: 'mengunggah foto bersama pasangan calon dengan pose dua jari',
  occurredAt: '2024-10-28',
  ruleIds: ['skb-d07'],
  ruleTitles: ['Foto bersama calon dengan simbol keberpihakan'],
  sanctionLevel: 'disiplin_berat',
  sanctionOption: 'pp94_demotion_12m',
  recommendingBody: 'bkn',
  hearing: {
    hearingAt: '2024-11-05T10:00:00+08:00',
    place: 'Kantor Bawaslu Kota Samarinda',
    attendees: ['Bambang Uji Prasetyo'],
    qa: [{ question: 'Apakah akun Facebook itu milik Saudara?', answer: 'Benar, akun itu milik saya.' }],
  },
  studySummary: 'Unggahan terjadi setelah penetapan pasangan calon (22 September 2024).',
  decisionNumber: null,
};

const EXPECT: Record<DocumentKind, string[]> = {
  summons: ['UNDANGAN KLARIFIKASI', 'Selasa, 5 November 2024', 'Kantor Bawaslu Kota Samarinda'],
  minutes: [
    'BERITA ACARA KLARIFIKASI',
    'Apakah akun Facebook itu milik Saudara?',
    'Benar, akun itu milik saya.',
  ],
  study_report: ['LAPORAN HASIL KAJIAN', 'skb-d07', 'Hukuman disiplin berat'],
  recommendation_letter: ['SURAT REKOMENDASI', 'Badan Kepegawaian Negara (BKN)', 'Wali Kota'],
  discipline_decision_draft: [
    'PENJATUHAN HUKUMAN DISIPLIN',
    'Penurunan jabatan setingkat lebih rendah selama 12 bulan',
    'MEMUTUSKAN',
  ],
};

const docxText = (file: string) =>
  execFileSync('unzip', ['-p', file, 'word/document.xml'])
    .toString()
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');

describe('official letters', () => {
  it('numbers letters per issuer, kind, month (Roman) and year', () => {
    expect(letterNumber(7, 'summons', 'PM.06/K.KI-14', '2024-11-12')).toBe('007/UND/PM.06/K.KI-14/XI/2024');
  });

  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: .docx and PDF read back with letterhead, number, content and signatory`, async () => {
      const number = letterNumber(1, kind, issuer.numberPrefix, '2024-11-12');
      const letter = buildLetter(kind, c, issuer, number, '2024-11-12');
      const docx = path.join(dir, `${kind}.docx`);
      const pdf = path.join(dir, `${kind}.pdf`);
      fs.writeFileSync(docx, await renderDocx(letter));
      fs.writeFileSync(pdf, await renderPdf(letter, new Date('2024-11-12T02:00:00Z')));
      const pdfText = execFileSync('/usr/bin/pdftotext', ['-layout', pdf, '-'])
        .toString()
        .replace(/\s+/g, ' ');
      const wordText = docxText(docx).replace(/\s+/g, ' ');
      for (const text of [wordText, pdfText]) {
        for (const s of EXPECT[kind]) expect(text).toContain(s);
        expect(text).toContain(number);
        expect(text).toContain('Bambang Uji Prasetyo');
        expect(text).toContain('12 November 2024');
      }
      if (kind !== 'discipline_decision_draft') {
        expect(wordText).toContain('BAWASLU KOTA SAMARINDA');
        expect(pdfText).toContain('Nama Pejabat Contoh');
      }
    });
  }

  it('LibreOffice opens the generated .docx and converts it to PDF', async () => {
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
    const letter = buildLetter('minutes', c, issuer, '001/BA/X/XI/2024', '2024-11-12');
    const docx = path.join(dir, 'lo.docx');
    fs.writeFileSync(docx, await renderDocx(letter));
    if (!soffice) return; // the only assertion skipped without LibreOffice
    execFileSync(
      soffice,
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/lo-profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx,
      ],
      {
        timeout: 120_000,
        stdio: 'ignore',
      },
    );
    const text = execFileSync('/usr/bin/pdftotext', [path.join(dir, 'lo.pdf'), '-'])
      .toString()
      .replace(/\s+/g, ' ');
    expect(text).toContain('BERITA ACARA KLARIFIKASI');
    expect(text).toContain('Pertanyaan dan Jawaban');
    expect(text).toContain('Nama Pejabat Contoh');
  }, 150_000);
});
