// Analyst, supervisor and PPK routes of case handling (list in cases.module.ts).
import { z } from 'zod';
import {
  CASE_TRANSITIONS,
  CONTEST_KINDS,
  DISMISSAL_REASONS,
  DOCUMENT_KINDS,
  NOTE_VISIBILITIES,
  REFERRAL_BODIES,
  SANCTION_OPTIONS,
  SANCTIONS,
  TRACKS,
  TRIAGE_KINDS,
  isRegionCode,
} from '@netra/shared';
import { AUTHENTICATED, badRequest, defineRoute, forbidden, roles } from '../../http/route.ts';
import type { CaseReadService } from './case-read.service.ts';
import type { CasesService } from './cases.service.ts';
import type { DocumentsService } from './documents.service.ts';
import type { EvidenceService, IncomingFile } from './evidence.service.ts';
import type { IntakeService } from './intake.service.ts';
import type { NotificationsService } from './notifications.service.ts';
import type { PublicReportsService } from './public-reports.service.ts';

const ALL = roles('admin', 'supervisor', 'analyst', 'ppk', 'viewer');
const STAFF = roles('admin', 'supervisor', 'analyst');
const WRITERS = roles('admin', 'supervisor', 'analyst', 'ppk');
const uuid = z.string().uuid('harus UUID');
const idParams = z.object({ id: uuid });
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const caseFilterSchema = z.object({
  status: z.string().optional(),
  regionCode: z.string().refine(isRegionCode, 'kode wilayah tidak valid').optional(),
  agencyId: uuid.optional(),
  ruleId: z.string().optional(),
  track: z.enum(TRACKS).optional(),
  overdue: bool.optional(),
  q: z.string().max(100).optional(),
  assigneeId: uuid.optional(),
  contestId: z.string().optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const transitionSchema = z.object({
  transition: z.enum(CASE_TRANSITIONS),
  reason: z.string().max(4000).nullish(),
  fields: z
    .object({
      hearingAt: z.string().optional(),
      hearingPlace: z.string().max(300).optional(),
      ruleIds: z.array(z.string()).optional(),
      track: z.enum(TRACKS).optional(),
      sanctionLevel: z.enum(SANCTIONS).optional(),
      sanctionOption: z.enum(SANCTION_OPTIONS).optional(),
      decisionNumber: z.string().max(200).optional(),
      decidedAt: z.string().optional(),
      executedAt: z.string().optional(),
      dismissalReason: z.enum(DISMISSAL_REASONS).optional(),
      forwardedTo: z.string().max(300).optional(),
      referenceNumber: z.string().max(200).optional(),
      note: z.string().max(4000).optional(),
    })
    .default({}),
});

const file = (r: { bytes: Buffer; mime: string; name: string }, inline = false) =>
  new Response(new Uint8Array(r.bytes), {
    headers: {
      'content-type': r.mime,
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${r.name.replace(/[^\w.-]+/g, '_')}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });

export function casesRoutes(s: {
  cases: CasesService;
  read: CaseReadService;
  intake: IntakeService;
  evidence: EvidenceService;
  documents: DocumentsService;
  reports: PublicReportsService;
  notifications: NotificationsService;
}) {
  const me = (a: any) => a!;
  return [
    // ---- triage
    defineRoute({
      method: 'get',
      path: '/api/triage',
      summary: 'Triage queue: new findings, public reports and referrals in scope',
      tags: ['cases'],
      access: roles('admin', 'supervisor', 'analyst', 'viewer'),
      query: z.object({
        kind: z.enum(TRIAGE_KINDS).optional(),
        status: z.enum(['new', 'claimed']).optional(),
        regionCode: z.string().refine(isRegionCode).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
        offset: z.coerce.number().int().min(0).default(0),
      }),
      handler: ({ actor, query }) => s.read.triage(me(actor), query),
    }),
    ...(['claim', 'release'] as const).map((verb) =>
      defineRoute({
        method: 'post',
        path: `/api/triage/{kind}/{id}/${verb}`,
        summary: `${verb === 'claim' ? 'Claim' : 'Release'} a triage item`,
        tags: ['cases'],
        access: STAFF,
        params: z.object({ kind: z.enum(TRIAGE_KINDS), id: uuid }),
        async handler({ actor, params }) {
          await s.intake.claim(me(actor), params.kind, params.id, verb === 'release');
          return { ok: true };
        },
      }),
    ),
    defineRoute({
      method: 'post',
      path: '/api/triage/{kind}/{id}/open-case',
      summary: 'Open a case from a triage item, or merge it into an existing case',
      tags: ['cases'],
      access: STAFF,
      params: z.object({ kind: z.enum(TRIAGE_KINDS), id: uuid }),
      body: z.object({ caseId: uuid.nullish() }),
      handler: ({ actor, params, body }) =>
        s.intake.openFromItem(me(actor), params.kind, params.id, body.caseId ?? null),
    }),
    defineRoute({
      method: 'post',
      path: '/api/triage/finding/{id}/dismiss',
      summary: 'Dismiss a finding in triage',
      tags: ['cases'],
      access: STAFF,
      params: idParams,
      body: z.object({ reason: z.string().min(3).max(2000) }),
      async handler({ actor, params, body }) {
        await s.intake.dismissFinding(me(actor), params.id, body.reason);
        return { ok: true };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/referrals',
      summary: 'Record a referral (Bawaslu/BKN/KASN reference number); it enters triage',
      tags: ['cases'],
      access: STAFF,
      status: 201,
      body: z.object({
        body: z.enum(REFERRAL_BODIES),
        referenceNumber: z.string().trim().min(3).max(200),
        receivedAt: z.string().refine((x) => !isNaN(Date.parse(x)), 'tanggal tidak valid'),
        asnName: z.string().trim().min(3).max(200),
        asnId: uuid.nullish(),
        agencyId: uuid.nullish(),
        regionCode: z.string().refine(isRegionCode, 'kode wilayah tidak valid'),
        description: z.string().trim().min(10).max(5000),
      }),
      handler: ({ actor, body }) => s.intake.createReferral(me(actor), body),
    }),
    // ---- cases
    defineRoute({
      method: 'get',
      path: '/api/cases',
      summary: 'Cases in scope with filters',
      tags: ['cases'],
      access: ALL,
      query: caseFilterSchema,
      handler: ({ actor, query }) => s.read.list(me(actor), query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/cases/board',
      summary: 'Cases by stage (board columns)',
      tags: ['cases'],
      access: ALL,
      query: caseFilterSchema,
      handler: ({ actor, query }) => s.read.board(me(actor), query),
    }),
    ...(['xlsx', 'csv'] as const).map((fmt) =>
      defineRoute({
        method: 'get',
        path: `/api/cases/export.${fmt}`,
        summary: `Export the filtered case list as ${fmt}`,
        tags: ['cases'],
        access: ALL,
        query: caseFilterSchema,
        handler: async ({ actor, query }) => file(await s.read.exportList(me(actor), query, fmt)),
      }),
    ),
    defineRoute({
      method: 'post',
      path: '/api/cases',
      summary: 'Open a case manually (optionally from a referral)',
      tags: ['cases'],
      access: STAFF,
      status: 201,
      body: z.object({
        asnId: uuid.nullish(),
        asnName: z.string().trim().min(3).max(200),
        agencyId: uuid.nullish(),
        agencyName: z.string().max(300).nullish(),
        regionCode: z.string().refine(isRegionCode, 'kode wilayah tidak valid'),
        contestId: z.string().max(100).nullish(),
        contestKind: z.enum(CONTEST_KINDS).nullish(),
        description: z.string().trim().min(10).max(5000),
        occurredAt: z.string().nullish(),
      }),
      handler: ({ actor, body }) => s.intake.openManual(me(actor), body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/cases/{id}',
      summary: 'Case detail: timeline, evidence, documents, deadlines, notes, allowed transitions',
      tags: ['cases'],
      access: ALL,
      params: idParams,
      handler: ({ actor, params }) => s.read.detail(me(actor), params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/api/cases/{id}/transitions',
      summary: 'Move a case to its next stage (roles and fields per transition)',
      tags: ['cases'],
      access: WRITERS,
      params: idParams,
      body: transitionSchema,
      async handler({ actor, params, body }) {
        await s.cases.transition(me(actor), params.id, body as any);
        return s.read.detail(me(actor), params.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/cases/{id}/notes',
      summary: 'Add an internal or public note',
      tags: ['cases'],
      access: WRITERS,
      params: idParams,
      body: z.object({ body: z.string().trim().min(1).max(4000), visibility: z.enum(NOTE_VISIBILITIES) }),
      handler: ({ actor, params, body }) => s.cases.addNote(me(actor), params.id, body.body, body.visibility),
    }),
    defineRoute({
      method: 'post',
      path: '/api/cases/{id}/assign',
      summary: 'Assign the case to a user',
      tags: ['cases'],
      access: roles('admin', 'supervisor'),
      params: idParams,
      body: z.object({ userId: uuid }),
      async handler({ actor, params, body }) {
        await s.cases.assign(me(actor), params.id, body.userId);
        return s.read.detail(me(actor), params.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/cases/{id}/request-completion',
      summary: 'Ask the reporter to complete the report (3 days)',
      tags: ['cases'],
      access: STAFF,
      params: idParams,
      body: z.object({ message: z.string().trim().min(5).max(2000) }),
      async handler({ actor, params, body }) {
        await s.cases.requestCompletion(me(actor), params.id, body.message);
        return s.read.detail(me(actor), params.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/cases/{id}/hearing',
      summary: 'Record the clarification minutes (questions and answers)',
      tags: ['cases'],
      access: STAFF,
      params: idParams,
      body: z.object({
        hearingAt: z.string().optional(),
        place: z.string().max(300).optional(),
        attendees: z.array(z.string().max(200)).max(30).default([]),
        qa: z
          .array(
            z.object({ question: z.string().trim().min(1).max(4000), answer: z.string().trim().max(8000) }),
          )
          .min(1)
          .max(100),
      }),
      async handler({ actor, params, body }) {
        await s.cases.recordHearing(me(actor), params.id, body);
        return s.read.detail(me(actor), params.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/cases/{id}/extend',
      summary: 'Extend handling (7+7 working days Pemilu / 3+2 days Pilkada)',
      tags: ['cases'],
      access: STAFF,
      params: idParams,
      body: z.object({ reason: z.string().trim().min(5).max(2000) }),
      async handler({ actor, params, body }) {
        await s.cases.extendHandling(me(actor), params.id, body.reason);
        return s.read.detail(me(actor), params.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/cases/{id}/merge',
      summary: 'Merge a finding, public report or referral into this case',
      tags: ['cases'],
      access: STAFF,
      params: idParams,
      body: z.object({ kind: z.enum(TRIAGE_KINDS), refId: uuid }),
      async handler({ actor, params, body }) {
        await s.intake.openFromItem(me(actor), body.kind, body.refId, params.id);
        return s.read.detail(me(actor), params.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/cases/{id}/unmerge',
      summary: 'Undo a merge (the source returns to triage)',
      tags: ['cases'],
      access: STAFF,
      params: idParams,
      body: z.object({ mergeId: uuid, reason: z.string().trim().min(3).max(2000) }),
      async handler({ actor, params, body }) {
        await s.cases.unmergeSource(me(actor), params.id, body.mergeId, body.reason);
        return s.read.detail(me(actor), params.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/cases/{id}/evidence',
      summary: 'Upload evidence files (multipart `files`, `description`)',
      tags: ['cases'],
      access: WRITERS,
      multipart: true,
      params: idParams,
      async handler({ actor, params, raw }) {
        let form: FormData;
        try {
          form = await raw.formData();
        } catch {
          throw badRequest('Isi permintaan harus multipart/form-data');
        }
        const files: IncomingFile[] = [];
        for (const v of form.getAll('files'))
          if (typeof v !== 'string')
            files.push({ name: v.name, bytes: new Uint8Array(await v.arrayBuffer()) });
        if (!files.length) throw badRequest('Tidak ada berkas pada kolom "files"');
        const d = form.get('description');
        await s.evidence.uploadToCase(me(actor), params.id, files, typeof d === 'string' ? d : null);
        return (await s.read.detail(me(actor), params.id)).evidence;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/cases/{id}/evidence/{evidenceId}/file',
      summary: 'Download an evidence file (custody log: downloaded; ?view=1: viewed)',
      tags: ['cases'],
      access: ALL,
      params: z.object({ id: uuid, evidenceId: uuid }),
      query: z.object({ view: z.string().optional() }),
      async handler({ actor, params, query }) {
        const view = query.view === '1';
        const r = await s.evidence.open(
          me(actor),
          params.id,
          params.evidenceId,
          view ? 'viewed' : 'downloaded',
        );
        return file({ bytes: r.bytes, mime: r.mime, name: r.name }, view);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/cases/{id}/evidence/{evidenceId}/custody',
      summary: 'Custody log of an evidence item',
      tags: ['cases'],
      access: roles('admin', 'supervisor'),
      params: z.object({ id: uuid, evidenceId: uuid }),
      handler: async ({ actor, params }) => ({
        items: await s.evidence.custodyLog(me(actor), params.id, params.evidenceId),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/cases/{id}/documents',
      summary: 'Generate an official letter (.docx and PDF) and attach it to the case',
      tags: ['cases'],
      access: WRITERS,
      params: idParams,
      body: z.object({
        kind: z.enum(DOCUMENT_KINDS),
        studySummary: z.string().max(8000).optional(),
        decisionNumber: z.string().max(200).optional(),
      }),
      handler: ({ actor, params, body }) => s.documents.generate(me(actor), params.id, body.kind, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/cases/{id}/documents/{documentId}/file',
      summary: 'Download a generated letter',
      tags: ['cases'],
      access: ALL,
      params: z.object({ id: uuid, documentId: uuid }),
      async handler({ actor, params }) {
        const r = await s.documents.file(me(actor), params.id, params.documentId);
        const mime =
          r.format === 'pdf'
            ? 'application/pdf'
            : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
        return file({ bytes: r.bytes, mime, name: r.name });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/cases/{id}/reporter',
      summary: 'Reporter identity (custodians only; audited)',
      tags: ['cases'],
      access: roles('admin', 'supervisor', 'analyst'),
      params: idParams,
      async handler({ actor, params }) {
        if (!actor?.custodian) throw forbidden('Identitas pelapor hanya dapat dilihat oleh kustodian');
        return { items: await s.reports.reporters(actor, params.id) };
      },
    }),
    // ---- follow-up, dashboard
    defineRoute({
      method: 'get',
      path: '/api/follow-up',
      summary: 'Recommendations awaiting the PPK',
      tags: ['cases'],
      access: ALL,
      query: caseFilterSchema,
      handler: ({ actor, query }) => s.read.followUp(me(actor), query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/dashboard',
      summary: 'Counts by stage, rule item, region, agency and month; overdue',
      tags: ['cases'],
      access: ALL,
      query: caseFilterSchema,
      handler: ({ actor, query }) => s.read.dashboard(me(actor), query),
    }),
    // ---- notifications
    defineRoute({
      method: 'get',
      path: '/api/notifications',
      summary: 'My notifications',
      tags: ['notifications'],
      access: AUTHENTICATED,
      query: z.object({ unread: z.string().optional() }),
      handler: ({ actor, query }) =>
        s.notifications.list(me(actor).userId, query.unread === '1' || query.unread === 'true'),
    }),
    defineRoute({
      method: 'post',
      path: '/api/notifications/{id}/read',
      summary: 'Mark one notification read',
      tags: ['notifications'],
      access: AUTHENTICATED,
      params: idParams,
      handler: async ({ actor, params }) => ({
        ok: (await s.notifications.markRead(me(actor).userId, params.id)) >= 0,
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/notifications/read-all',
      summary: 'Mark all my notifications read',
      tags: ['notifications'],
      access: AUTHENTICATED,
      handler: async ({ actor }) => ({ ok: (await s.notifications.markRead(me(actor).userId, null)) >= 0 }),
    }),
  ];
}
