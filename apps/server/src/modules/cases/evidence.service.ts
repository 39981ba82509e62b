// Evidence: uploads are typed from their content (file-type magic bytes), never from the name or the
// declared type, hashed (SHA-256) and timestamped on arrival, stored by hash; every view, download and
// export is written to the custody log and the audit log in one transaction.
import { fileTypeFromBuffer } from 'file-type';
import { EVIDENCE_MIME_TYPES, type Actor, type CustodyAction } from '@netra/shared';
import type { Config } from '../../config/config.ts';
import type { Db, Queryable } from '../../db/database.ts';
import { HttpError, notFound } from '../../http/route.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { Principal } from './case-log.ts';
import type { CasesService } from './cases.service.ts';
import type { FileStore } from './file-store.ts';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export function createEvidenceService(deps: {
  db: Db;
  clock: Clock;
  config: Config;
  audit: AuditService;
  files: FileStore;
  cases: CasesService;
}) {
  const { clock, audit } = deps;
  const nameOf = (who: Principal) => ('userId' in who ? who.username : `system:${who.system}`);

  /** Refuses a file that is too big or whose content is not an accepted image, PDF or video. */
  async function inspect(f: IncomingFile): Promise<{ mime: string; ext: string }> {
    if (f.bytes.byteLength > deps.config.uploadMaxBytes)
      throw new HttpError(
        413,
        'too_large',
        `Berkas "${f.name}" melebihi batas ${Math.floor(deps.config.uploadMaxBytes / 1024 / 1024)} MB`,
      );
    if (f.bytes.byteLength === 0) throw new HttpError(400, 'empty_file', `Berkas "${f.name}" kosong`);
    const t = await fileTypeFromBuffer(f.bytes);
    if (!t || !(EVIDENCE_MIME_TYPES as readonly string[]).includes(t.mime)) {
      throw new HttpError(
        415,
        'unsupported_type',
        `Berkas "${f.name}" bukan gambar, PDF atau video yang diterima (isi berkas terbaca sebagai ${t?.mime ?? 'tidak dikenal'})`,
      );
    }
    return t;
  }

  async function custody(
    q: Queryable,
    who: Principal,
    evidenceId: string,
    action: CustodyAction,
    regionCode: string | null,
    details: Record<string, unknown> = {},
  ) {
    await q.query(
      `INSERT INTO evidence_custody (evidence_id, at, actor_id, actor_name, action, details) VALUES ($1,$2,$3,$4,$5,$6)`,
      [
        evidenceId,
        clock.now(),
        'userId' in who ? who.userId : null,
        nameOf(who),
        action,
        JSON.stringify(details),
      ],
    );
    await audit.record(q, who, {
      action: `evidence.${action}`,
      entity: 'evidence',
      entityId: evidenceId,
      regionCode,
      details,
    });
  }

  return {
    inspect,
    /** Stores files within transaction `q` (all are inspected first: one bad file refuses the batch). */
    async addFiles(
      q: Queryable,
      who: Principal,
      target: { caseId?: string | null; reportId?: string | null; regionCode: string | null },
      files: IncomingFile[],
      description: string | null,
      via: 'analyst' | 'reporter',
    ): Promise<string[]> {
      const typed = [];
      for (const f of files) typed.push({ f, t: await inspect(f) });
      const at = clock.now();
      const ids: string[] = [];
      for (const { f, t } of typed) {
        const stored = deps.files.put(f.bytes);
        const r = await q.query<{ id: string }>(
          `INSERT INTO evidence (case_id, report_id, kind, file_name, mime_type, size_bytes, sha256, description, captured_at, added_by, added_by_name, added_via)
           VALUES ($1,$2,'upload',$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING id`,
          [
            target.caseId ?? null,
            target.reportId ?? null,
            f.name.slice(0, 200),
            t.mime,
            stored.size,
            stored.sha256,
            description,
            at,
            'userId' in who ? who.userId : null,
            via === 'reporter' ? 'pelapor' : nameOf(who),
            via,
          ],
        );
        ids.push(r.rows[0].id);
        await custody(q, who, r.rows[0].id, 'added', target.regionCode, {
          sha256: stored.sha256,
          mime: t.mime,
          size: stored.size,
        });
      }
      return ids;
    },
    async addLinks(
      q: Queryable,
      who: Principal,
      target: { caseId?: string | null; reportId?: string | null },
      links: string[],
      via: 'analyst' | 'reporter',
    ) {
      for (const url of links) {
        await q.query(
          `INSERT INTO evidence (case_id, report_id, kind, url, captured_at, added_by, added_by_name, added_via) VALUES ($1,$2,'link',$3,$4,$5,$6,$7)`,
          [
            target.caseId ?? null,
            target.reportId ?? null,
            url,
            clock.now(),
            'userId' in who ? who.userId : null,
            via === 'reporter' ? 'pelapor' : nameOf(who),
            via,
          ],
        );
      }
    },
    async uploadToCase(
      actor: Actor,
      caseId: string,
      files: IncomingFile[],
      description: string | null,
    ): Promise<string[]> {
      return deps.db.tx(async (q) => {
        const c = await deps.cases.caseInScope(q, actor, caseId);
        const ids = await this.addFiles(
          q,
          actor,
          { caseId, regionCode: c.region_code },
          files,
          description,
          'analyst',
        );
        await deps.cases.log.append(q, caseId, actor, clock.now(), {
          type: 'evidence_added',
          data: { evidenceIds: ids },
        });
        return ids;
      });
    },
    /** The file of one evidence item, with a custody row ('downloaded' or 'viewed'). */
    async open(actor: Actor, caseId: string, evidenceId: string, action: 'viewed' | 'downloaded') {
      return deps.db.tx(async (q) => {
        const c = await deps.cases.caseInScope(q, actor, caseId);
        const r = await q.query<any>(
          `SELECT * FROM evidence WHERE id = $1::uuid AND case_id = $2 AND kind = 'upload'`,
          [evidenceId, caseId],
        );
        const e = r.rows[0];
        if (!e) throw notFound('Bukti');
        const bytes = deps.files.get(e.sha256);
        await custody(q, actor, evidenceId, action, c.region_code, { sha256: e.sha256 });
        return {
          bytes,
          mime: e.mime_type as string,
          name: e.file_name as string,
          sha256: e.sha256 as string,
        };
      });
    },
    async recordExport(
      q: Queryable,
      actor: Actor,
      evidenceIds: string[],
      regionCode: string | null,
      what: string,
    ) {
      for (const id of evidenceIds) await custody(q, actor, id, 'exported', regionCode, { what });
    },
    async custodyLog(actor: Actor, caseId: string, evidenceId: string) {
      return deps.db.tx(async (q) => {
        await deps.cases.caseInScope(q, actor, caseId);
        const r = await q.query<any>(
          `SELECT c.seq, c.at, c.actor_name, c.action, c.details FROM evidence_custody c JOIN evidence e ON e.id = c.evidence_id
           WHERE c.evidence_id = $1::uuid AND e.case_id = $2 ORDER BY c.seq`,
          [evidenceId, caseId],
        );
        return r.rows.map((x) => ({
          seq: x.seq,
          at: new Date(x.at).toISOString(),
          actor: x.actor_name,
          action: x.action,
          details: x.details,
        }));
      });
    },
  };
}
export type EvidenceService = ReturnType<typeof createEvidenceService>;
