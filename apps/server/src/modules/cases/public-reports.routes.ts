// Public report portal routes (no login). Listed in REVIEWED_PUBLIC (route-table.db.test.ts).
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DEVICE_ID_COOKIE, DEVICE_ID_HEADER, isRegionCode, type PublicReportInput } from '@netra/shared';
import { PUBLIC, badRequest, defineRoute, type RouteContext } from '../../http/route.ts';
import type { IncomingFile } from './evidence.service.ts';
import type { PublicReportsService } from './public-reports.service.ts';

export const publicReportSchema = z.object({
  description: z.string().trim().min(20, 'uraian minimal 20 karakter').max(5000),
  asnName: z.string().trim().min(3).max(200),
  agency: z.string().trim().min(2).max(300),
  regionCode: z.string().trim().refine(isRegionCode, 'harus kode wilayah Kemendagri, mis. 64.72'),
  occurredAt: z.string().refine((s) => !isNaN(Date.parse(s)), 'harus tanggal YYYY-MM-DD'),
  links: z.array(z.string().url('harus URL lengkap (https://…)').max(2000)).max(20).default([]),
  place: z.string().max(300).optional(),
  reporterName: z.string().trim().max(200).optional(),
  reporterEmail: z.string().trim().email('alamat e-mail tidak valid').max(200).optional(),
  reporterPhone: z
    .string()
    .trim()
    .regex(/^[+0-9 ()-]{6,20}$/, 'nomor telepon tidak valid')
    .optional(),
  anonymous: z.boolean().optional(),
});

function deviceId(ctx: RouteContext<any, any, any>): string {
  const h = ctx.raw.headers.get(DEVICE_ID_HEADER);
  if (h && /^[\w-]{8,64}$/.test(h)) return h;
  const m = (ctx.raw.headers.get('cookie') ?? '').match(new RegExp(`${DEVICE_ID_COOKIE}=([\\w-]{8,64})`));
  if (m) return m[1];
  const id = randomBytes(16).toString('hex');
  ctx.setHeader('Set-Cookie', `${DEVICE_ID_COOKIE}=${id}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax`);
  return id;
}

async function filesOf(form: FormData, field = 'files'): Promise<IncomingFile[]> {
  const out: IncomingFile[] = [];
  for (const v of form.getAll(field)) {
    if (typeof v === 'string') continue;
    out.push({ name: (v as File).name || 'berkas', bytes: new Uint8Array(await (v as File).arrayBuffer()) });
  }
  return out;
}

async function readForm(ctx: RouteContext<any, any, any>, maxBytes: number): Promise<FormData> {
  const len = Number(ctx.raw.headers.get('content-length') ?? 0);
  if (len > maxBytes * 10 + 1_000_000) throw badRequest('Kiriman terlalu besar');
  try {
    return await ctx.raw.formData();
  } catch {
    throw badRequest('Isi permintaan harus multipart/form-data yang valid');
  }
}

export function publicReportRoutes(svc: PublicReportsService, maxBytes: number) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/public/reports',
      summary: 'Submit a public report (JSON, or multipart with `report` JSON + `files`)',
      tags: ['public'],
      access: PUBLIC(20),
      multipart: true,
      status: 201,
      async handler(ctx) {
        const type = ctx.raw.headers.get('content-type') ?? '';
        let raw: unknown;
        let files: IncomingFile[] = [];
        if (type.startsWith('multipart/form-data')) {
          const form = await readForm(ctx, maxBytes);
          const report = form.get('report');
          try {
            raw = JSON.parse(typeof report === 'string' ? report : '');
          } catch {
            throw badRequest('Kolom "report" harus berisi JSON laporan');
          }
          files = await filesOf(form);
        } else {
          try {
            raw = await ctx.raw.json();
          } catch {
            throw badRequest('Isi permintaan harus JSON yang valid');
          }
        }
        const parsed = publicReportSchema.safeParse(raw);
        if (!parsed.success) {
          const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
          throw badRequest(
            `Data laporan tidak valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
            issues,
          );
        }
        return svc.create(parsed.data as PublicReportInput, files, { ip: ctx.ip, deviceId: deviceId(ctx) });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/public/reports/{trackingCode}',
      summary: 'Status of a public report by tracking code (stage and dates only)',
      tags: ['public'],
      access: PUBLIC(60),
      params: z.object({
        trackingCode: z.string().regex(/^[A-Za-z0-9-]{8,40}$/, 'kode pelacakan tidak valid'),
      }),
      handler: ({ params }) => svc.status(params.trackingCode),
    }),
    defineRoute({
      method: 'post',
      path: '/api/public/reports/{trackingCode}/evidence',
      summary:
        'Add evidence (multipart `files`, optional `links` JSON array, `description`) to a public report',
      tags: ['public'],
      access: PUBLIC(20),
      multipart: true,
      params: z.object({
        trackingCode: z.string().regex(/^[A-Za-z0-9-]{8,40}$/, 'kode pelacakan tidak valid'),
      }),
      async handler(ctx) {
        const form = await readForm(ctx, maxBytes);
        let links: string[] = [];
        const l = form.get('links');
        if (typeof l === 'string' && l.trim()) {
          const p = z.array(z.string().url()).max(20).safeParse(JSON.parse(l));
          if (!p.success) throw badRequest('Kolom "links" harus array JSON berisi URL');
          links = p.data;
        }
        const d = form.get('description');
        return svc.addEvidence(
          ctx.params.trackingCode,
          await filesOf(form),
          links,
          typeof d === 'string' ? d.slice(0, 2000) : null,
          {
            ip: ctx.ip,
            deviceId: deviceId(ctx),
          },
        );
      },
    }),
  ];
}
