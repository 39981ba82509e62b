// Builds the Hono app from the route table: access rules, zod validation, uniform errors, rate limits
// on public routes, the OpenAPI document, and the built web app with SPA fallback.
import fs from 'node:fs';
import path from 'node:path';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Actor } from '@netra/shared';
import { HttpError, type RouteDef } from './route.ts';
import { createRateLimiter } from './rate-limit.ts';
import { buildOpenApi } from './openapi.ts';

export interface AppDeps {
  routes: RouteDef[];
  /** Resolves the session cookie of a request to an actor, or null. */
  resolveActor(cookieHeader: string | undefined): Promise<Actor | null>;
  webDistDir?: string | null;
  logger?: { error(msg: string, err?: unknown): void };
}

function clientIp(c: Context): string {
  const env: any = c.env;
  return env?.incoming?.socket?.remoteAddress ?? c.req.header('x-real-ip') ?? 'unknown';
}

function toHonoPath(p: string): string {
  return p.replace(/\{(\w+)\}/g, ':$1');
}

function validationError(where: string, err: z.ZodError): HttpError {
  const issues = err.issues.map((i) => ({ path: [where, ...i.path].join('.'), message: i.message }));
  return new HttpError(
    400,
    'validation',
    `Data tidak valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    issues,
  );
}

export function buildApp(deps: AppDeps): Hono {
  const app = new Hono();
  const limiter = createRateLimiter();
  const seen = new Set<string>();

  app.onError((err, c) => {
    if (err instanceof HttpError) {
      return c.json(
        { error: { code: err.code, message: err.message, details: err.details } },
        err.status as any,
      );
    }
    deps.logger?.error('unhandled error', err);
    return c.json({ error: { code: 'internal', message: 'Terjadi kesalahan di server' } }, 500);
  });

  for (const route of deps.routes) {
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) throw new Error(`Duplicate route ${key}`);
    seen.add(key);
    if (!route.access) throw new Error(`Route ${key} declares no access rule`);
    app.on(route.method.toUpperCase(), toHonoPath(route.path), async (c) => {
      const ip = clientIp(c);
      const actor = await deps.resolveActor(c.req.header('cookie'));
      const access = route.access;
      if (access.kind === 'public') {
        if (access.rateLimit && !limiter.allow(`${key}|${ip}`, access.rateLimit.perMinute)) {
          throw new HttpError(429, 'rate_limited', 'Terlalu banyak permintaan; coba lagi sebentar lagi');
        }
      } else {
        if (!actor) throw new HttpError(401, 'unauthenticated', 'Silakan masuk terlebih dahulu');
        // A one-time password opens only the password change: enforced here, not just in the web app.
        if (actor.mustChangePassword && !route.allowsPendingPasswordChange) {
          throw new HttpError(
            403,
            'password_change_required',
            'Ganti kata sandi sekali pakai Anda terlebih dahulu',
          );
        }
        if (access.kind === 'roles' && !access.roles.includes(actor.role)) {
          throw new HttpError(403, 'forbidden', 'Peran Anda tidak diizinkan melakukan ini');
        }
      }
      const parse = <T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T => {
        if (!schema) return value as T;
        const r = schema.safeParse(value);
        if (!r.success) throw validationError(where, r.error);
        return r.data;
      };
      const params = parse(route.params, c.req.param(), 'params');
      const query = parse(route.query, Object.fromEntries(new URL(c.req.url).searchParams), 'query');
      let body: unknown = undefined;
      if (route.body) {
        let json: unknown;
        try {
          json = await c.req.json();
        } catch {
          throw new HttpError(400, 'bad_json', 'Isi permintaan harus JSON yang valid');
        }
        body = parse(route.body, json, 'body');
      }
      const headers: [string, string][] = [];
      const out = await route.handler({
        params,
        query,
        body,
        actor,
        ip,
        userAgent: c.req.header('user-agent') ?? '',
        raw: c.req.raw,
        setHeader: (n, v) => headers.push([n, v]),
      });
      if (out instanceof Response) {
        for (const [n, v] of headers) out.headers.append(n, v);
        return out;
      }
      const res = c.json(out ?? null, (route.status ?? 200) as any);
      for (const [n, v] of headers) res.headers.append(n, v);
      return res;
    });
  }

  const openapi = buildOpenApi(deps.routes);
  app.get('/api/openapi.json', (c) => c.json(openapi));
  app.all('/api/*', (c) =>
    c.json(
      { error: { code: 'not_found', message: `Tidak ada endpoint ${c.req.method} ${c.req.path}` } },
      404,
    ),
  );

  const dist = deps.webDistDir;
  if (dist && fs.existsSync(path.join(dist, 'index.html'))) {
    const index = fs.readFileSync(path.join(dist, 'index.html'));
    const types: Record<string, string> = {
      '.js': 'text/javascript',
      '.css': 'text/css',
      '.svg': 'image/svg+xml',
      '.png': 'image/png',
      '.json': 'application/json',
      '.woff2': 'font/woff2',
      '.ico': 'image/x-icon',
      '.html': 'text/html; charset=utf-8',
    };
    app.get('*', (c) => {
      const rel = path.normalize(decodeURIComponent(c.req.path)).replace(/^(\.\.[/\\])+/, '');
      const file = path.join(dist, rel);
      if (file.startsWith(dist) && rel !== '/' && fs.existsSync(file) && fs.statSync(file).isFile()) {
        const type = types[path.extname(file)] ?? 'application/octet-stream';
        const cache = rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
        return new Response(fs.readFileSync(file), {
          headers: { 'content-type': type, 'cache-control': cache },
        });
      }
      return new Response(index, {
        headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
      });
    });
  }
  return app;
}
