// The public report portal (no login). Abuse controls without a third-party CAPTCHA: per-address and
// per-device quotas counted in the database (so they hold across API processes), size/type limits on
// files, and duplicate detection (same description + ASN name within DUPLICATE_WINDOW_DAYS). The reporter's
// identity is stored only when given and not anonymous, and is read only by custodians (audited).
import { createHash, randomBytes } from 'node:crypto';
import {
  CASE_STATE_LABELS,
  type Actor,
  type CaseState,
  type PublicReportCreated,
  type PublicReportInput,
  type PublicReportStatus,
} from '@netra/shared';
import type { Config } from '../../config/config.ts';
import type { Db } from '../../db/database.ts';
import { HttpError, badRequest, forbidden, notFound } from '../../http/route.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { CasesService } from './cases.service.ts';
import type { EvidenceService, IncomingFile } from './evidence.service.ts';

export const REPORT_LIMITS = {
  perIpPerHour: 10,
  perDevicePerHour: 5,
  evidencePerDevicePerHour: 20,
  maxFilesPerRequest: 10,
  duplicateWindowDays: 14,
} as const;

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 80 random bits as 16 Crockford base-32 characters, grouped: e.g. "LPR-7K2M-…". */
export function newTrackingCode(): string {
  const b = randomBytes(10);
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const byte of b) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(acc >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return `LPR-${out.match(/.{4}/g)!.join('-')}`;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function reportDedupeHash(description: string, asnName: string): string {
  return createHash('sha256').update(norm(description)).update('|').update(norm(asnName)).digest('hex');
}

export function createPublicReportsService(deps: {
  db: Db;
  clock: Clock;
  config: Config;
  audit: AuditService;
  evidence: EvidenceService;
  cases: CasesService;
}) {
  const { db, clock, audit } = deps;
  const ipHash = (ip: string) =>
    createHash('sha256').update(deps.config.sessionSecret).update(ip).digest('hex');
  const hourAgo = () => new Date(clock.now().getTime() - 3600_000);
  const tooMany = (msg: string) => new HttpError(429, 'rate_limited', msg);

  return {
    async create(
      input: PublicReportInput,
      files: IncomingFile[],
      ctx: { ip: string; deviceId: string },
    ): Promise<PublicReportCreated> {
      if (files.length > REPORT_LIMITS.maxFilesPerRequest)
        throw badRequest(`Paling banyak ${REPORT_LIMITS.maxFilesPerRequest} berkas per kiriman`);
      for (const f of files) await deps.evidence.inspect(f);
      const occurred = new Date(input.occurredAt);
      if (isNaN(occurred.getTime())) throw badRequest('occurredAt: tanggal kejadian tidak valid');
      if (occurred > clock.now()) throw badRequest('occurredAt: tanggal kejadian tidak boleh di masa depan');
      const ih = ipHash(ctx.ip);
      const dedupe = reportDedupeHash(input.description, input.asnName);
      const result = await db.tx(async (q) => {
        const region = await q.query('SELECT 1 FROM region WHERE code = $1', [input.regionCode]);
        if (!region.rows[0])
          throw badRequest(
            `regionCode: kode wilayah "${input.regionCode}" tidak dikenal (contoh: 64.72 untuk Kota Samarinda)`,
          );
        const since = new Date(clock.now().getTime() - REPORT_LIMITS.duplicateWindowDays * 86400_000);
        const dup = await q.query<{
          tracking_code: string;
          device_id: string | null;
          ip_hash: string | null;
        }>(
          `SELECT tracking_code, device_id, ip_hash FROM public_report WHERE dedupe_hash = $1 AND created_at >= $2 ORDER BY created_at LIMIT 1`,
          [dedupe, since],
        );
        if (dup.rows[0]) {
          const d = dup.rows[0];
          // The same sender gets their code back; someone else gets a clear refusal, not the other's code.
          if (d.device_id === ctx.deviceId || d.ip_hash === ih)
            return { trackingCode: d.tracking_code, duplicate: true };
          throw new HttpError(
            409,
            'duplicate',
            'Laporan yang sama (uraian dan nama ASN sama) sudah diterima dan sedang ditangani. Tidak perlu melapor ulang.',
          );
        }
        const counts = await q.query<{ by_ip: number; by_device: number }>(
          `SELECT count(*) FILTER (WHERE ip_hash = $1)::int AS by_ip, count(*) FILTER (WHERE device_id = $2)::int AS by_device
           FROM public_report WHERE created_at >= $3`,
          [ih, ctx.deviceId, hourAgo()],
        );
        if (counts.rows[0].by_ip >= REPORT_LIMITS.perIpPerHour)
          throw tooMany('Terlalu banyak laporan dari alamat jaringan ini; coba lagi dalam satu jam');
        if (counts.rows[0].by_device >= REPORT_LIMITS.perDevicePerHour)
          throw tooMany('Terlalu banyak laporan dari perangkat ini; coba lagi dalam satu jam');
        const anonymous = !!input.anonymous;
        const code = newTrackingCode();
        const agency = await q.query<{ id: string }>(
          `SELECT id FROM agency WHERE (region_code = $1 OR $1 LIKE region_code || '.%') AND similarity(name, $2) > 0.5 ORDER BY similarity(name, $2) DESC LIMIT 1`,
          [input.regionCode, input.agency],
        );
        const agencyId = agency.rows[0]?.id ?? null;
        const asn = await q.query<{ id: string }>(
          `SELECT id FROM asn WHERE (region_code = $1 OR region_code LIKE $1 || '.%') AND ($3::uuid IS NULL OR agency_id = $3)
             AND similarity(name, $2) > 0.8 ORDER BY similarity(name, $2) DESC LIMIT 2`,
          [input.regionCode, input.asnName, agencyId],
        );
        const r = await q.query<{ id: string }>(
          `INSERT INTO public_report (tracking_code, description, asn_name, agency_text, region_code, occurred_at, place, links,
             reporter_name, reporter_email, reporter_phone, anonymous, device_id, ip_hash, dedupe_hash, asn_id, agency_id, created_at, updated_at)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$18) RETURNING id`,
          [
            code,
            input.description,
            input.asnName,
            input.agency,
            input.regionCode,
            occurred,
            input.place ?? null,
            input.links,
            anonymous ? null : (input.reporterName ?? null),
            anonymous ? null : (input.reporterEmail ?? null),
            anonymous ? null : (input.reporterPhone ?? null),
            anonymous,
            ctx.deviceId,
            ih,
            dedupe,
            asn.rows.length === 1 ? asn.rows[0].id : null,
            agencyId,
            clock.now(),
          ],
        );
        const reportId = r.rows[0].id;
        const principal = { system: 'public-portal' };
        await deps.evidence.addFiles(
          q,
          principal,
          { reportId, regionCode: input.regionCode },
          files,
          null,
          'reporter',
        );
        await deps.evidence.addLinks(q, principal, { reportId }, input.links, 'reporter');
        await audit.record(q, principal, {
          action: 'public_report.create',
          entity: 'public_report',
          entityId: reportId,
          regionCode: input.regionCode,
          details: { files: files.length, links: input.links.length, anonymous },
        });
        return { trackingCode: code, duplicate: false };
      });
      return result;
    },

    async status(trackingCode: string): Promise<PublicReportStatus> {
      const r = await db.query<any>(
        `SELECT p.id, p.tracking_code, p.created_at, p.updated_at, p.case_id, s.status, s.updated_at AS case_updated_at, s.history, s.completion_due_date,
           (SELECT count(*)::int FROM evidence e WHERE e.report_id = p.id) AS evidence_count
         FROM public_report p LEFT JOIN case_status s ON s.case_id = p.case_id WHERE p.tracking_code = $1`,
        [trackingCode.toUpperCase()],
      );
      const p = r.rows[0];
      if (!p) throw notFound('Laporan dengan kode ini');
      const status: CaseState = p.status ?? 'received';
      const notes = p.case_id
        ? await db.query<{ created_at: Date; body: string }>(
            `SELECT created_at, body FROM case_note WHERE case_id = $1 AND visibility = 'public' ORDER BY created_at`,
            [p.case_id],
          )
        : { rows: [] };
      const updated = [p.updated_at, p.case_updated_at]
        .filter(Boolean)
        .map((d: Date) => new Date(d).getTime());
      return {
        trackingCode: p.tracking_code,
        status,
        statusLabel: CASE_STATE_LABELS[status],
        submittedAt: new Date(p.created_at).toISOString(),
        updatedAt: new Date(Math.max(...updated)).toISOString(),
        completionRequested: !!p.completion_due_date,
        completionDueDate: p.completion_due_date ?? null,
        publicNotes: notes.rows.map((n) => ({ at: new Date(n.created_at).toISOString(), body: n.body })),
        history: p.history ?? [{ status: 'received', at: new Date(p.created_at).toISOString() }],
        evidenceCount: p.evidence_count,
      };
    },

    async addEvidence(
      trackingCode: string,
      files: IncomingFile[],
      links: string[],
      description: string | null,
      ctx: { ip: string; deviceId: string },
    ) {
      if (!files.length && !links.length) throw badRequest('Tidak ada berkas atau tautan yang dikirim');
      if (files.length > REPORT_LIMITS.maxFilesPerRequest)
        throw badRequest(`Paling banyak ${REPORT_LIMITS.maxFilesPerRequest} berkas per kiriman`);
      return db.tx(async (q) => {
        const r = await q.query<any>(
          `SELECT p.id, p.region_code, p.case_id, s.status, s.completion_due_date FROM public_report p LEFT JOIN case_status s ON s.case_id = p.case_id
           WHERE p.tracking_code = $1 FOR UPDATE OF p`,
          [trackingCode.toUpperCase()],
        );
        const p = r.rows[0];
        if (!p) throw notFound('Laporan dengan kode ini');
        if (['closed', 'dismissed', 'forwarded'].includes(p.status))
          throw new HttpError(
            409,
            'closed',
            'Laporan ini sudah selesai ditangani; bukti baru tidak dapat ditambahkan',
          );
        const recent = await q.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM evidence_custody c JOIN evidence e ON e.id = c.evidence_id
           WHERE e.report_id = $1 AND c.action = 'added' AND c.at >= $2`,
          [p.id, hourAgo()],
        );
        if (recent.rows[0].n + files.length > REPORT_LIMITS.evidencePerDevicePerHour)
          throw tooMany('Terlalu banyak berkas dalam satu jam; coba lagi nanti');
        const principal = { system: 'public-portal' };
        const ids = await deps.evidence.addFiles(
          q,
          principal,
          { reportId: p.id, caseId: p.case_id, regionCode: p.region_code },
          files,
          description,
          'reporter',
        );
        await deps.evidence.addLinks(q, principal, { reportId: p.id, caseId: p.case_id }, links, 'reporter');
        await q.query('UPDATE public_report SET updated_at = $2 WHERE id = $1', [p.id, clock.now()]);
        if (p.case_id) {
          await deps.cases.log.append(q, p.case_id, principal, clock.now(), {
            type: 'evidence_added',
            data: { evidenceIds: ids, links: links.length, via: 'reporter' },
          });
          if (p.completion_due_date) {
            await deps.cases.log.append(q, p.case_id, principal, clock.now(), {
              type: 'reporter_completed',
              data: { trackingCode },
            });
            await q.query(
              `UPDATE case_deadline SET met_at = $2 WHERE case_id = $1 AND kind = 'reporter_completion' AND met_at IS NULL`,
              [p.case_id, clock.now()],
            );
          }
        }
        await audit.record(q, principal, {
          action: 'public_report.evidence',
          entity: 'public_report',
          entityId: p.id,
          regionCode: p.region_code,
          details: { files: files.length, links: links.length, device: ctx.deviceId.slice(0, 8) },
        });
        return { added: ids.length + links.length };
      });
    },

    /** Reporter identities behind a case: custodians only, every read audited. */
    async reporters(actor: Actor, caseId: string) {
      if (!actor.custodian) throw forbidden('Identitas pelapor hanya dapat dilihat oleh kustodian');
      return db.tx(async (q) => {
        const c = await deps.cases.caseInScope(q, actor, caseId);
        const r = await q.query<any>(
          `SELECT p.tracking_code, p.reporter_name, p.reporter_email, p.reporter_phone, p.anonymous FROM case_source cs
           JOIN public_report p ON p.id = cs.ref_id WHERE cs.case_id = $1 AND cs.kind = 'public_report' AND cs.unmerged_at IS NULL`,
          [caseId],
        );
        await audit.record(q, actor, {
          action: 'reporter.read',
          entity: 'case',
          entityId: caseId,
          regionCode: c.region_code,
          details: { reports: r.rows.map((x) => x.tracking_code) },
        });
        return r.rows.map((x) => ({
          trackingCode: x.tracking_code,
          anonymous: x.anonymous,
          name: x.reporter_name,
          email: x.reporter_email,
          phone: x.reporter_phone,
        }));
      });
    },
  };
}
export type PublicReportsService = ReturnType<typeof createPublicReportsService>;
