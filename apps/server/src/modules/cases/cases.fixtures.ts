// Synthetic test world for case handling tests: Kaltim regions, two agencies, ASN and users in several
// roles/scopes, and an app whose session resolver maps a `netra_test_actor=<username>` cookie to them.
// Names are invented. Inserts tolerate rows the foundation's seed may already hold.
import type { Actor, Role } from '@netra/shared';
import { buildApp } from '../../http/app.ts';
import type { TestRuntime } from '../../testing/test-runtime.ts';

export interface CasesWorld {
  agencies: { samarinda: string; balikpapan: string };
  asn: { samarinda1: string; samarinda2: string; balikpapan1: string };
  actors: Record<
    'admin' | 'analystSmd' | 'analystNational' | 'ppkSmd' | 'ppkBpp' | 'custodian' | 'viewer',
    Actor
  >;
  request(
    path: string,
    as: keyof CasesWorld['actors'] | null,
    init?: RequestInit & { json?: unknown },
  ): Promise<Response>;
}

export async function buildCasesWorld(rt: TestRuntime): Promise<CasesWorld> {
  const q = rt.db;
  await q.query(`INSERT INTO region (code, parent_code, level, kind, name) VALUES
    ('64', NULL, 'province', 'provinsi', 'KALIMANTAN TIMUR') ON CONFLICT DO NOTHING`);
  await q.query(`INSERT INTO region (code, parent_code, level, kind, name) VALUES
    ('64.03', '64', 'regency', 'kabupaten', 'KABUPATEN KUTAI KARTANEGARA'),
    ('64.71', '64', 'regency', 'kota', 'KOTA BALIKPAPAN'),
    ('64.72', '64', 'regency', 'kota', 'KOTA SAMARINDA') ON CONFLICT DO NOTHING`);
  await q.query(
    `INSERT INTO agency_type (code, name_id, name_en, scope) VALUES ('pemkot', 'Pemerintah Kota', 'City government', 'regional') ON CONFLICT DO NOTHING`,
  );
  const ag = async (code: string, name: string, region: string) =>
    (
      await q.query<{ id: string }>(
        `INSERT INTO agency (code, name, type_code, region_code, ppk_title) VALUES ($1,$2,(SELECT code FROM agency_type LIMIT 1),$3,$4)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [code, name, region, 'Wali Kota'],
      )
    ).rows[0].id;
  const agencies = {
    samarinda: await ag('t-pemkot-smd', 'Pemerintah Kota Samarinda (uji)', '64.72'),
    balikpapan: await ag('t-pemkot-bpp', 'Pemerintah Kota Balikpapan (uji)', '64.71'),
  };
  const asnRow = async (nip: string, name: string, agency: string, region: string, position: string) =>
    (
      await q.query<{ id: string }>(
        `INSERT INTO asn (nip, name, employee_kind, position, position_type, agency_id, region_code) VALUES ($1,$2,'pns',$3,'fungsional',$4,$5)
         ON CONFLICT (nip) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [nip, name, position, agency, region],
      )
    ).rows[0].id;
  const asn = {
    samarinda1: await asnRow(
      '198503122010011001',
      'Bambang Uji Prasetyo',
      agencies.samarinda,
      '64.72',
      'Guru Ahli Muda',
    ),
    samarinda2: await asnRow(
      '199001012015032002',
      'Siti Contoh Rahmawati',
      agencies.samarinda,
      '64.72',
      'Analis Kebijakan',
    ),
    balikpapan1: await asnRow(
      '198807072012121003',
      'Rudi Sampel Hartono',
      agencies.balikpapan,
      '64.71',
      'Lurah',
    ),
  };
  const user = async (
    username: string,
    role: Role,
    regionCodes: string[],
    agencyIds: string[] | null,
    custodian = false,
    email: string | null = null,
  ): Promise<Actor> => {
    const r = await q.query<{ id: string }>(
      `INSERT INTO app_user (username, display_name, email, password_hash, role, region_codes, agency_ids, custodian)
       VALUES ($1,$1,$2,'x',$3,$4,$5,$6) ON CONFLICT (username) DO UPDATE SET role = EXCLUDED.role RETURNING id`,
      [username, email, role, regionCodes, agencyIds, custodian],
    );
    return { userId: r.rows[0].id, username, role, regionCodes, agencyIds, custodian };
  };
  const actors = {
    admin: await user('t-admin', 'admin', [], null, true),
    analystSmd: await user('t-analis-smd', 'analyst', ['64.72'], null, false, 'analis.smd@example.test'),
    analystNational: await user('t-analis-nas', 'analyst', [], null),
    ppkSmd: await user('t-ppk-smd', 'ppk', ['64.72'], [agencies.samarinda], false, 'ppk.smd@example.test'),
    ppkBpp: await user('t-ppk-bpp', 'ppk', ['64.71'], [agencies.balikpapan]),
    custodian: await user('t-kustodian', 'supervisor', ['64'], null, true),
    viewer: await user('t-viewer', 'viewer', ['64'], null),
  };
  const byName = new Map(Object.values(actors).map((a) => [a.username, a]));
  const app = buildApp({
    routes: rt.modules.routes(),
    logger: { error: (msg, err) => console.error(msg, err) },
    resolveActor: async (cookie) => {
      const m = (cookie ?? '').match(/netra_test_actor=([\w-]+)/);
      return (m && byName.get(m[1])) ?? null;
    },
  });
  return {
    agencies,
    asn,
    actors,
    async request(path, as, init = {}) {
      const headers = new Headers(init.headers);
      if (as) headers.append('cookie', `netra_test_actor=${actors[as].username}`);
      let body = init.body;
      if (init.json !== undefined) {
        headers.set('content-type', 'application/json');
        body = JSON.stringify(init.json);
      }
      return app.request(path, { ...init, headers, body });
    },
  };
}
