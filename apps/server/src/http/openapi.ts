import { z } from 'zod';
import type { RouteDef } from './route.ts';

function schemaOf(s: z.ZodType | undefined): unknown {
  if (!s) return undefined;
  try {
    return z.toJSONSchema(s, { unrepresentable: 'any', io: 'input' });
  } catch {
    return {};
  }
}

/** OpenAPI 3.1 document derived from the route table (the table is the single source of truth). */
export function buildOpenApi(routes: RouteDef[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const params = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: r.tags,
      'x-access': r.access.kind === 'roles' ? r.access.roles : r.access.kind,
      parameters: params,
      responses: {
        [String(r.status ?? 200)]: {
          description: 'OK',
          content: r.response ? { 'application/json': { schema: schemaOf(r.response) } } : undefined,
        },
      },
    };
    if (r.body)
      op.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(r.body) } } };
    if (r.multipart) op.requestBody = { content: { 'multipart/form-data': { schema: { type: 'object' } } } };
    (paths[r.path] ??= {})[r.method] = op;
  }
  return { openapi: '3.1.0', info: { title: 'Netra API', version: '0.1.0' }, paths };
}
