// HTTP routes of the ingest area: file upload (multipart) → background import, run status (polled for
// progress), account-link review, and the findings the analysis produced.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { IMPORT_KINDS, type ImportKind } from '@netra/shared';
import { HttpError, badRequest, defineRoute, roles, type RouteDef } from '../../http/route.ts';
import type { IngestService } from './ingest.service.ts';

const WRITERS = ['admin', 'supervisor', 'analyst'] as const;
const READERS = ['admin', 'supervisor', 'analyst', 'ppk', 'viewer'] as const;
const TABLE_KINDS: readonly ImportKind[] = ['asn', 'candidates', 'accounts'];

export function ingestRoutes(svc: IngestService, opts: { uploadMaxBytes: number; tmpDir?: string }): RouteDef[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/ingest/imports',
      summary: 'Upload a file and start an import (multipart: file, kind, dryRun, skipInvalid, mapping)',
      tags: ['ingest'],
      access: roles(...WRITERS),
      multipart: true,
      status: 202,
      response: z.object({ runId: z.string() }),
      async handler(ctx) {
        const declared = Number(ctx.raw.headers.get('content-length') ?? 0);
        if (declared > opts.uploadMaxBytes + 64 * 1024)
          throw new HttpError(413, 'too_large', `Berkas terlalu besar (batas ${Math.round(opts.uploadMaxBytes / 1048576)} MB); gunakan CLI untuk berkas besar`);
        let form: FormData;
        try {
          form = await ctx.raw.formData();
        } catch {
          throw badRequest('Unggahan harus multipart/form-data dengan berkas di kolom "file"');
        }
        const file = form.get('file');
        const kind = String(form.get('kind') ?? '');
        if (!(IMPORT_KINDS as readonly string[]).includes(kind))
          throw badRequest(`Jenis impor "${kind}" tidak dikenal (${IMPORT_KINDS.join(', ')})`);
        if (!file || typeof file === 'string') throw badRequest('Berkas wajib diunggah di kolom "file"');
        if (file.size > opts.uploadMaxBytes)
          throw new HttpError(413, 'too_large', `Berkas terlalu besar (batas ${Math.round(opts.uploadMaxBytes / 1048576)} MB)`);
        const name = path.basename(file.name || 'upload');
        const ext = path.extname(name).toLowerCase();
        if (TABLE_KINDS.includes(kind as ImportKind) && !['.csv', '.xlsx'].includes(ext))
          throw badRequest('Data ASN, calon dan akun harus berkas .csv atau .xlsx');
        let mapping: Record<string, string> | undefined;
        const rawMap = form.get('mapping');
        if (typeof rawMap === 'string' && rawMap.trim()) {
          try {
            mapping = z.record(z.string(), z.string()).parse(JSON.parse(rawMap));
          } catch {
            throw badRequest('Pemetaan kolom harus JSON, mis. {"text":"Isi"}');
          }
        }
        const dir = fs.mkdtempSync(path.join(opts.tmpDir ?? os.tmpdir(), 'netra-upload-'));
        const tmp = path.join(dir, `${randomUUID()}${ext}`);
        fs.writeFileSync(tmp, Buffer.from(await file.arrayBuffer()));
        const flag = (k: string) => ['true', '1', 'on'].includes(String(form.get(k) ?? ''));
        const runId = await svc.startImport(
          kind as ImportKind,
          tmp,
          name,
          ctx.actor!,
          { dryRun: flag('dryRun'), skipInvalid: flag('skipInvalid'), mapping },
          () => fs.rmSync(dir, { recursive: true, force: true }),
        );
        return { runId };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/ingest/imports',
      summary: 'Recent import runs',
      tags: ['ingest'],
      access: roles(...WRITERS),
      handler: () => svc.listRuns(),
    }),
    defineRoute({
      method: 'get',
      path: '/api/ingest/imports/{id}',
      summary: 'One import run: status, progress, row problems',
      tags: ['ingest'],
      access: roles(...WRITERS),
      params: z.object({ id: z.string().uuid() }),
      handler: (ctx) => svc.getRun(ctx.params.id),
    }),
    defineRoute({
      method: 'get',
      path: '/api/ingest/links',
      summary: 'Account ↔ ASN links by status, with score and reasons',
      tags: ['ingest'],
      access: roles(...WRITERS),
      query: z.object({ status: z.enum(['suggested', 'confirmed', 'rejected']).default('suggested') }),
      handler: (ctx) => svc.listLinks(ctx.actor!, ctx.query.status),
    }),
    defineRoute({
      method: 'post',
      path: '/api/ingest/links/{id}/decision',
      summary: 'Confirm or reject a suggested account link (audited)',
      tags: ['ingest'],
      access: roles(...WRITERS),
      params: z.object({ id: z.string().uuid() }),
      body: z.object({ decision: z.enum(['confirm', 'reject']), note: z.string().max(1000).optional() }),
      handler: (ctx) => svc.decideLink(ctx.actor!, ctx.params.id, ctx.body.decision, ctx.body.note ?? null),
    }),
    defineRoute({
      method: 'get',
      path: '/api/ingest/findings',
      summary: 'Findings from engagement and posts of linked accounts, with evidence',
      tags: ['ingest'],
      access: roles(...READERS),
      handler: (ctx) => svc.listFindings(ctx.actor!),
    }),
  ];
}
