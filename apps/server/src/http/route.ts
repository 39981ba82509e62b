// The route table. Every HTTP route is declared here-shaped by its module: method, path, who may call
// it, and zod schemas for input and output. app.ts turns the table into Hono routes, enforces access
// and validation, and derives the OpenAPI document from it. A route without `access` cannot be built.
import type { z } from 'zod';
import type { Actor, Role } from '@netra/shared';

export type Access =
  | { kind: 'public'; rateLimit?: { perMinute: number } }
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: readonly Role[] };

export const PUBLIC = (perMinute?: number): Access =>
  perMinute ? { kind: 'public', rateLimit: { perMinute } } : { kind: 'public' };
export const AUTHENTICATED: Access = { kind: 'authenticated' };
export const roles = (...r: Role[]): Access => ({ kind: 'roles', roles: r });

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** null only on public routes called without a session. */
  actor: Actor | null;
  /** The caller's network address (for rate limits and audit). */
  ip: string;
  userAgent: string;
  raw: Request;
  /** Sets a response header (e.g. Set-Cookie). */
  setHeader(name: string, value: string): void;
}

/** A handler returns a JSON-able value, or a Response for files and redirects. */
export interface RouteDef<P = any, Q = any, B = any> {
  method: Method;
  path: string;
  summary: string;
  tags?: string[];
  access: Access;
  /** Callable by a user who still has to replace a one-time password (only the password change). */
  allowsPendingPasswordChange?: boolean;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** JSON body schema. Multipart routes leave it empty and read ctx.raw. */
  body?: z.ZodType<B>;
  multipart?: boolean;
  response?: z.ZodType;
  status?: number;
  handler(ctx: RouteContext<P, Q, B>): Promise<unknown> | unknown;
}

export function defineRoute<P = unknown, Q = unknown, B = unknown>(r: RouteDef<P, Q, B>): RouteDef<P, Q, B> {
  return r;
}

/** Errors a handler throws to produce a clean HTTP error with a message a person can act on. */
export class HttpError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
  }
}
export const notFound = (what = 'Data') => new HttpError(404, 'not_found', `${what} tidak ditemukan`);
export const forbidden = (msg = 'Akses ditolak') => new HttpError(403, 'forbidden', msg);
export const badRequest = (msg: string, details?: unknown) => new HttpError(400, 'bad_request', msg, details);
export const conflict = (msg: string, details?: unknown) => new HttpError(409, 'conflict', msg, details);
