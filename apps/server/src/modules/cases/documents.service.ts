// Generates the official letters of a case as .docx and PDF, numbers them per issuing office and year,
// stores both by hash and attaches them to the case (case_document + a document_generated event).
import type { Actor, DocumentKind } from '@netra/shared';
import type { Db } from '../../db/database.ts';
import { toLocalDate } from '../../domain/cases/deadlines.ts';
import {
  LETTER_FILE_STEM,
  buildLetter,
  letterNumber,
  type Issuer,
  type LetterCase,
} from '../../domain/cases/letters.ts';
import { notFound } from '../../http/route.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { CasesService } from './cases.service.ts';
import type { FileStore } from './file-store.ts';
import { renderDocx, renderPdf } from './letter-render.ts';

export function createDocumentsService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  files: FileStore;
  cases: CasesService;
  ruleTitle?: (ruleId: string) => string | null;
}) {
  return {
    async generate(
      actor: Actor,
      caseId: string,
      kind: DocumentKind,
      extra: { studySummary?: string; decisionNumber?: string } = {},
    ) {
      return deps.db.tx(async (q) => {
        const c = await deps.cases.caseInScope(q, actor, caseId);
        const full = await q.query<any>(
          `SELECT f.*, s.*, asn.nip, asn.position, COALESCE(ag.name, f.agency_name) AS agency_label, ag.ppk_title, rg.name AS region_name
           FROM case_file f JOIN case_status s ON s.case_id = f.id LEFT JOIN asn ON asn.id = f.asn_id
           LEFT JOIN agency ag ON ag.id = f.agency_id LEFT JOIN region rg ON rg.code = f.region_code WHERE f.id = $1`,
          [caseId],
        );
        const r = full.rows[0];
        const iss = await q.query<any>(
          `SELECT * FROM case_issuer WHERE $1 = region_code OR $1 LIKE region_code || '.%' ORDER BY length(region_code) DESC LIMIT 1`,
          [c.region_code],
        );
        const issuer: Issuer = iss.rows[0]
          ? {
              parentName: iss.rows[0].parent_name,
              name: iss.rows[0].name,
              address: iss.rows[0].address,
              city: iss.rows[0].city,
              signatoryName: iss.rows[0].signatory_name,
              signatoryTitle: iss.rows[0].signatory_title,
              numberPrefix: iss.rows[0].number_prefix,
            }
          : {
              parentName: 'Badan Pengawas Pemilihan Umum',
              name: `Bawaslu ${r.region_name ?? c.region_code}`,
              address: r.region_name ?? c.region_code,
              city: (r.region_name ?? '').replace(/^(KOTA|KABUPATEN|Kota|Kabupaten)\s+/, '') || '-',
              signatoryName: '(nama pejabat)',
              signatoryTitle: 'Ketua',
              numberPrefix: `PM.06/${c.region_code}`,
            };
        const now = deps.clock.now();
        const date = toLocalDate(now, 480);
        const issuerKey =
          kind === 'discipline_decision_draft'
            ? `agency:${c.agency_id ?? c.region_code}`
            : `issuer:${iss.rows[0]?.region_code ?? c.region_code}`;
        const seq = await deps.cases.nextNumber(q, issuerKey, Number(date.slice(0, 4)));
        const number = letterNumber(seq, kind, issuer.numberPrefix, date);
        const lc: LetterCase = {
          number: c.number,
          asnName: c.asn_name,
          nip: r.nip ?? null,
          position: r.position ?? null,
          agencyName: r.agency_label ?? null,
          ppkTitle: r.ppk_title ?? null,
          regionName: r.region_name ?? null,
          description: c.description,
          occurredAt: c.occurred_at ? toLocalDate(new Date(c.occurred_at), 480) : null,
          ruleIds: r.rule_ids ?? [],
          ruleTitles: ((r.rule_ids ?? []) as string[])
            // kept index-aligned with ruleIds; an unknown id gets no title
            .map((id) => deps.ruleTitle?.(id) ?? ''),
          sanctionLevel: r.sanction_level,
          sanctionOption: r.sanction_option,
          recommendingBody: r.recommending_body,
          hearing: r.hearing,
          studySummary: extra.studySummary ?? null,
          decisionNumber: extra.decisionNumber ?? null,
        };
        const letter = buildLetter(kind, lc, issuer, number, date);
        const outputs = [
          { format: 'docx' as const, bytes: await renderDocx(letter) },
          { format: 'pdf' as const, bytes: await renderPdf(letter, now) },
        ];
        const docs = [];
        const stem = `${LETTER_FILE_STEM[kind]}-${c.number.replace(/[^\w.-]+/g, '_')}`;
        for (const o of outputs) {
          const stored = deps.files.put(o.bytes);
          const ins = await q.query<{ id: string }>(
            `INSERT INTO case_document (case_id, kind, number, format, file_name, sha256, size_bytes, created_at, created_by, created_by_name)
             VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id`,
            [
              caseId,
              kind,
              number,
              o.format,
              `${stem}.${o.format}`,
              stored.sha256,
              stored.size,
              now,
              actor.userId,
              actor.username,
            ],
          );
          docs.push({
            id: ins.rows[0].id,
            kind,
            number,
            format: o.format,
            fileName: `${stem}.${o.format}`,
            sha256: stored.sha256,
            sizeBytes: stored.size,
            createdAt: now.toISOString(),
            createdBy: { id: actor.userId, name: actor.username },
          });
        }
        await deps.cases.log.append(q, caseId, actor, now, {
          type: 'document_generated',
          data: { kind, number, files: docs.map((d) => ({ id: d.id, format: d.format, sha256: d.sha256 })) },
        });
        await deps.audit.record(q, actor, {
          action: 'case.document',
          entity: 'case',
          entityId: caseId,
          regionCode: c.region_code,
          details: { kind, number },
        });
        return docs;
      });
    },
    async file(actor: Actor, caseId: string, documentId: string) {
      return deps.db.tx(async (q) => {
        const c = await deps.cases.caseInScope(q, actor, caseId);
        const r = await q.query<any>('SELECT * FROM case_document WHERE id = $1::uuid AND case_id = $2', [
          documentId,
          caseId,
        ]);
        const d = r.rows[0];
        if (!d) throw notFound('Dokumen');
        await deps.audit.record(q, actor, {
          action: 'case.document.download',
          entity: 'case',
          entityId: caseId,
          regionCode: c.region_code,
          details: { documentId },
        });
        return {
          bytes: deps.files.get(d.sha256),
          name: d.file_name as string,
          format: d.format as 'docx' | 'pdf',
        };
      });
    },
  };
}
export type DocumentsService = ReturnType<typeof createDocumentsService>;
