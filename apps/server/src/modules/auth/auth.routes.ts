import { z } from 'zod';
import { ROLES } from '@netra/shared';
import { AUTHENTICATED, PUBLIC, defineRoute, roles, type RouteDef } from '../../http/route.ts';
import type { AuthService } from './auth.service.ts';

const regionCode = z.string().regex(/^\d{2}(\.\d{2}){0,3}$/, 'kode wilayah Kemendagri, mis. 64 atau 64.72');
const username = z.string().min(3).max(50);

export function authRoutes(svc: AuthService): RouteDef[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/auth/login',
      summary: 'Sign in; sets the session cookie',
      tags: ['auth'],
      access: PUBLIC(30),
      body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(500) }),
      handler: async ({ body, ip, userAgent, setHeader }) => {
        const r = await svc.login({ ...body, ip, userAgent });
        setHeader('Set-Cookie', r.cookie);
        return { user: r.user };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/logout',
      summary: 'Sign out; ends the session',
      tags: ['auth'],
      access: PUBLIC(60),
      handler: async ({ actor, raw, setHeader }) => {
        await svc.logout(actor, raw.headers.get('cookie') ?? undefined);
        setHeader('Set-Cookie', svc.clearCookie());
        return { ok: true };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/auth/me',
      summary: 'The signed-in user, or null',
      tags: ['auth'],
      access: PUBLIC(),
      handler: async ({ actor }) => ({ user: await svc.me(actor) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/password',
      summary: 'Change own password (ends the other sessions)',
      tags: ['auth'],
      access: AUTHENTICATED,
      allowsPendingPasswordChange: true,
      body: z.object({
        currentPassword: z.string().min(1).max(500),
        newPassword: z.string().min(1).max(500),
      }),
      handler: async ({ actor, body, raw }) => {
        await svc.changePassword(
          actor!,
          raw.headers.get('cookie') ?? undefined,
          body.currentPassword,
          body.newPassword,
        );
        return { ok: true };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/users',
      summary: "Users within the admin's region scope",
      tags: ['users'],
      access: roles('admin'),
      query: z.object({ q: z.string().max(100).optional() }),
      handler: async ({ actor, query }) => ({ users: await svc.listUsers(actor!, query) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/users',
      summary: "Create a user inside the admin's scope; returns a one-time password when none was given",
      tags: ['users'],
      access: roles('admin'),
      status: 201,
      body: z.object({
        username,
        displayName: z.string().min(1).max(200),
        email: z.string().email().nullish(),
        role: z.enum(ROLES),
        regionCodes: z.array(regionCode).max(50).default([]),
        agencyIds: z.array(z.string().uuid()).max(200).nullish(),
        custodian: z.boolean().default(false),
        password: z.string().min(1).max(200).optional(),
      }),
      handler: ({ actor, body }) => svc.createUser(actor!, body),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/users/{id}',
      summary: 'Change role, scope, active flag; unlock; reset password',
      tags: ['users'],
      access: roles('admin'),
      params: z.object({ id: z.string().uuid() }),
      body: z.object({
        displayName: z.string().min(1).max(200).optional(),
        email: z.string().email().nullable().optional(),
        role: z.enum(ROLES).optional(),
        regionCodes: z.array(regionCode).max(50).optional(),
        agencyIds: z.array(z.string().uuid()).max(200).nullable().optional(),
        custodian: z.boolean().optional(),
        active: z.boolean().optional(),
        unlock: z.boolean().optional(),
        resetPassword: z.union([z.boolean(), z.string().min(1).max(200)]).optional(),
      }),
      handler: ({ actor, params, body }) => svc.updateUser(actor!, params.id, body),
    }),
  ];
}
