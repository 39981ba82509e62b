// What `npm start` does to a database before serving: reference data (every start, a no-op when
// current), the first admin (once), and — in development, on a database without ASN — the synthetic
// East Kalimantan demo world plus every module's own demo data, in one transaction (all or nothing).
import type { Role } from '@netra/shared';
import type { Queryable } from '../db/database.ts';
import type { Runtime } from '../runtime.ts';
import { buildDemoWorld, type DemoRegion } from './demo-world.ts';

export const DEMO_PASSWORD = 'netra-demo-2024';

export const DEMO_USERS: {
  username: string;
  displayName: string;
  role: Role;
  regionCodes: string[];
  custodian?: boolean;
  /** Agency codes (resolved to ids). */
  agencies?: string[];
}[] = [
  { username: 'admin.kaltim', displayName: 'Admin Provinsi Kaltim', role: 'admin', regionCodes: ['64'] },
  {
    username: 'supervisor.kaltim',
    displayName: 'Supervisor Bawaslu Kaltim',
    role: 'supervisor',
    regionCodes: ['64'],
    custodian: true,
  },
  {
    username: 'analis.samarinda',
    displayName: 'Analis Kota Samarinda',
    role: 'analyst',
    regionCodes: ['64.72'],
  },
  {
    username: 'analis.balikpapan',
    displayName: 'Analis Kota Balikpapan',
    role: 'analyst',
    regionCodes: ['64.71'],
  },
  {
    username: 'ppk.samarinda',
    displayName: 'BKPSDM Kota Samarinda (PPK)',
    role: 'ppk',
    regionCodes: ['64.72'],
    agencies: ['64.72-PEMKOT'],
  },
  {
    username: 'viewer.kaltim',
    displayName: 'Pemantau Kesbangpol Kaltim',
    role: 'viewer',
    regionCodes: ['64'],
  },
];

export interface SeedResult {
  adminCreated: boolean;
  demoSeeded: boolean;
  asn: number;
  agencies: number;
  ms: number;
}

export async function seedDemoWorld(rt: Runtime, q: Queryable): Promise<{ asn: number; agencies: number }> {
  const { reference, auth, asn } = rt.modules;
  const today = rt.modules.core.clock.now().toISOString().slice(0, 10);
  const province = await reference.getRegion('64', q);
  if (!province)
    throw new Error('demo seed: region 64 (Kalimantan Timur) is missing from the reference data');
  const children = (await reference.listRegions({ parent: '64' }, q)).filter((r) => r.level === 'regency');
  const regions: DemoRegion[] = [province, ...children].map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind as DemoRegion['kind'],
  }));
  const world = buildDemoWorld(regions, today);
  await reference.insertAgencies(q, world.agencies);
  const ids = new Map(
    (await reference.findAgencies(null, { codes: world.agencies.map((a) => a.code), limit: 10_000 }, q)).map(
      (a) => [a.code, a.id],
    ),
  );
  await asn.insertDemoAsn(
    q,
    world.asn.map((a) => ({ ...a, agencyId: ids.get(a.agencyCode)! })),
  );
  for (const u of DEMO_USERS) {
    await auth.createUserAsSystem(
      'seed',
      {
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        regionCodes: u.regionCodes,
        agencyIds: u.agencies?.map((c) => ids.get(c)!) ?? null,
        custodian: u.custodian ?? false,
        password: DEMO_PASSWORD,
        mustChangePassword: false,
      },
      q,
    );
  }
  for (const m of rt.modules.all) await m.seedDemo?.(q);
  return { asn: world.asn.length, agencies: world.agencies.length };
}

export async function seedOnStart(rt: Runtime, out: (line: string) => void): Promise<SeedResult> {
  const started = Date.now();
  const { reference, auth, asn } = rt.modules;
  await reference.seedReferenceData();
  const result: SeedResult = { adminCreated: false, demoSeeded: false, asn: 0, agencies: 0, ms: 0 };

  if ((await auth.countAdmins()) === 0) {
    const fromEnv = rt.config.adminPassword;
    const r = await auth.createUserAsSystem('seed', {
      username: 'admin',
      displayName: 'Administrator',
      role: 'admin',
      regionCodes: [],
      password: fromEnv ?? undefined,
      mustChangePassword: !fromEnv,
    });
    result.adminCreated = true;
    out('');
    if (r.oneTimePassword) {
      out('══ Admin pertama dibuat / First admin created ══');
      out(`  Nama pengguna / username: admin`);
      out(`  Kata sandi sekali pakai / one-time password: ${r.oneTimePassword}`);
      out('  Catat sekarang: kata sandi ini tidak ditampilkan lagi dan wajib diganti saat masuk pertama.');
      out('  Write it down now: it is not shown again and must be changed at first sign-in.');
    } else {
      out('Admin pertama dibuat: pengguna "admin" dengan kata sandi dari NETRA_ADMIN_PASSWORD.');
    }
  }

  if (rt.config.seedDemo && (await asn.countAsn()) === 0) {
    const world = await rt.db.tx((q) => seedDemoWorld(rt, q));
    result.demoSeeded = true;
    result.asn = world.asn;
    result.agencies = world.agencies;
    out('');
    out(
      `══ Data demo Kalimantan Timur (sintetis) / synthetic demo data: ${world.agencies} instansi, ${world.asn} ASN ══`,
    );
    out(`  Pengguna demo / demo users (kata sandi / password: ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) {
      out(
        `    ${u.username.padEnd(20)} ${u.role.padEnd(10)} ${u.regionCodes.join(',') || 'nasional'}${u.custodian ? ' (custodian)' : ''}${u.agencies ? ` instansi ${u.agencies.join(',')}` : ''}`,
      );
    }
  }
  result.ms = Date.now() - started;
  if (result.demoSeeded)
    out(
      `  (data demo dibuat dalam ${(result.ms / 1000).toFixed(1)} dtk / seeded in ${(result.ms / 1000).toFixed(1)} s)`,
    );
  return result;
}
