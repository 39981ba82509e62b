// Renders a Letter model as .docx (docx) and PDF (pdfkit + DejaVu, which covers Indonesian text and
// embeds the font so any reader shows the same letter). Layout: centred letterhead with a rule,
// title, number, addressee, subject, body, signature block at the right.
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';
import type { Block, Letter } from '../../domain/cases/letters.ts';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

const t = (text: string, o: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text, bold: o.bold, size: o.size ?? 22, font: 'DejaVu Sans' });

function docxBlock(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'p':
      return [
        new Paragraph({ children: [t(b.text)], alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } }),
      ];
    case 'h':
      return [new Paragraph({ children: [t(b.text, { bold: true })], spacing: { before: 120, after: 80 } })];
    case 'kv':
      return b.rows.map(
        ([k, v]) =>
          new Paragraph({
            children: [t(`${k}`), t('\t: '), t(v)],
            tabStops: [{ type: 'left', position: 2400 }],
            indent: { left: 400 },
          }),
      );
    case 'qa': {
      const cell = (s: string, bold = false) =>
        new TableCell({ children: [new Paragraph({ children: [t(s, { bold })] })] });
      return [
        new Table({
          width: { size: 9000, type: WidthType.DXA },
          columnWidths: [700, 4000, 4300],
          rows: [
            new TableRow({ children: [cell('No', true), cell('Pertanyaan', true), cell('Jawaban', true)] }),
            ...b.items.map(
              (x, i) => new TableRow({ children: [cell(String(i + 1)), cell(x.question), cell(x.answer)] }),
            ),
          ],
        }),
      ];
    }
  }
}

export async function renderDocx(l: Letter): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [t(l.letterhead.parent.toUpperCase(), { bold: true, size: 26 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [t(l.letterhead.name.toUpperCase(), { bold: true, size: 28 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [t(l.letterhead.address, { size: 18 })],
      border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: '000000', space: 4 } },
      spacing: { after: 240 },
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [t(l.title, { bold: true, size: 24 })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [t(`Nomor: ${l.number}`)],
      spacing: { after: 240 },
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [t(l.placeDate)], spacing: { after: 120 } }),
  ];
  if (l.subject)
    children.push(
      new Paragraph({ children: [t('Perihal\t: '), t(l.subject, { bold: true })], spacing: { after: 120 } }),
    );
  if (l.to.length) {
    children.push(new Paragraph({ children: [t('Kepada')] }));
    for (const line of l.to) children.push(new Paragraph({ children: [t(line)] }));
    children.push(new Paragraph({ children: [], spacing: { after: 120 } }));
  }
  for (const b of l.blocks) children.push(...docxBlock(b));
  children.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [t(l.signatory.title)],
      spacing: { before: 360, after: 960 },
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [t(l.signatory.name, { bold: true })] }),
  );
  const doc = new Document({
    creator: 'Netra',
    title: `${l.title} ${l.number}`,
    sections: [
      { properties: { page: { margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 } } }, children },
    ],
  });
  return Packer.toBuffer(doc);
}

export function renderPdf(l: Letter, createdAt: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 56, bottom: 56, left: 70, right: 56 },
      info: { Title: `${l.title} ${l.number}`, Creator: 'Netra', CreationDate: createdAt },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('R', path.join(FONT_DIR, 'DejaVuSans.ttf'));
    doc.registerFont('B', path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
    const width = doc.page.width - 126;
    doc.font('B').fontSize(13).text(l.letterhead.parent.toUpperCase(), { align: 'center' });
    doc.fontSize(14).text(l.letterhead.name.toUpperCase(), { align: 'center' });
    doc.font('R').fontSize(9).text(l.letterhead.address, { align: 'center' });
    const y = doc.y + 4;
    doc
      .moveTo(70, y)
      .lineTo(70 + width, y)
      .lineWidth(2)
      .stroke();
    doc
      .moveTo(70, y + 3)
      .lineTo(70 + width, y + 3)
      .lineWidth(0.5)
      .stroke();
    doc.moveDown(1.2);
    doc.font('B').fontSize(12).text(l.title, { align: 'center' });
    doc.font('R').fontSize(11).text(`Nomor: ${l.number}`, { align: 'center' });
    doc.moveDown();
    doc.text(l.placeDate, { align: 'right' });
    if (l.subject) doc.text(`Perihal: ${l.subject}`);
    if (l.to.length) {
      doc.moveDown(0.5).text('Kepada');
      for (const line of l.to) doc.text(line);
    }
    doc.moveDown();
    for (const b of l.blocks) {
      switch (b.kind) {
        case 'p':
          doc.font('R').text(b.text, { align: 'justify' }).moveDown(0.5);
          break;
        case 'h':
          doc.font('B').text(b.text).font('R').moveDown(0.3);
          break;
        case 'kv':
          for (const [k, v] of b.rows) doc.text(`${k.padEnd(14)}: ${v}`, { indent: 20 });
          doc.moveDown(0.5);
          break;
        case 'qa':
          b.items.forEach((x, i) => {
            doc.font('B').text(`${i + 1}. Pertanyaan: ${x.question}`);
            doc.font('R').text(`   Jawaban: ${x.answer}`).moveDown(0.3);
          });
          break;
      }
    }
    doc.moveDown(2);
    doc.text(l.signatory.title, { align: 'right' });
    doc.moveDown(3);
    doc.font('B').text(l.signatory.name, { align: 'right' });
    doc.end();
  });
}
