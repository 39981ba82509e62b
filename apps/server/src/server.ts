// Starts the HTTP server on an opened runtime. Used by main.ts and by end-to-end tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { buildApp } from './http/app.ts';
import type { Runtime } from './runtime.ts';

export const WEB_DIST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export async function startHttp(
  rt: Runtime,
  port = rt.config.port,
  host = rt.config.host,
): Promise<{ server: ServerType; url: string; close(): Promise<void> }> {
  const app = buildApp({
    routes: rt.modules.routes(),
    resolveActor: rt.modules.resolveActor,
    webDistDir: WEB_DIST_DIR,
    logger: rt.logger,
  });
  return await new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}`;
      resolve({
        server,
        url,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
