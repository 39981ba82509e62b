// The scope filter against a real database: the same SQL must select the same rows on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { scopeSql, type ScopedActor } from './scope.ts';

const A = '11111111-1111-1111-1111-111111111111';
const B = '22222222-2222-2222-2222-222222222222';

describe('scopeSql on the database', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ migrate: false });
    await t.db.exec(`
      CREATE TABLE scoped_thing (name text PRIMARY KEY, region_code text, agency_id uuid);
      INSERT INTO scoped_thing VALUES
        ('prov', '64', NULL), ('smd', '64.72', '${A}'), ('smd-b', '64.72', '${B}'),
        ('smd-kec', '64.72.01', '${A}'), ('bpp', '64.71', '${B}'), ('kaltara', '65.01', NULL),
        ('seven', '64.7', NULL), ('nowhere', NULL, NULL);`);
  });
  afterAll(async () => {
    await t.close();
  });

  async function names(actor: ScopedActor): Promise<string[]> {
    const params: unknown[] = ['%'];
    const s = scopeSql(actor, { region: 't.region_code', agency: 't.agency_id' }, params.length + 1);
    const r = await t.db.query<{ name: string }>(
      `SELECT name FROM scoped_thing t WHERE t.name LIKE $1 ${s.sql} ORDER BY name`,
      [...params, ...s.params],
    );
    return r.rows.map((x) => x.name);
  }

  it('national sees everything', async () => {
    expect(await names({ regionCodes: [], agencyIds: null })).toHaveLength(8);
  });
  it('a province covers its regencies and districts, not the neighbour province', async () => {
    expect(await names({ regionCodes: ['64'], agencyIds: null })).toEqual([
      'bpp',
      'prov',
      'seven',
      'smd',
      'smd-b',
      'smd-kec',
    ]);
  });
  it('Samarinda does not see Balikpapan or the province', async () => {
    expect(await names({ regionCodes: ['64.72'], agencyIds: null })).toEqual(['smd', 'smd-b', 'smd-kec']);
  });
  it('several regions combine', async () => {
    expect(await names({ regionCodes: ['64.71', '65'], agencyIds: null })).toEqual(['bpp', 'kaltara']);
  });
  it('agency scope narrows further', async () => {
    expect(await names({ regionCodes: ['64.72'], agencyIds: [A] })).toEqual(['smd', 'smd-kec']);
    expect(await names({ regionCodes: [], agencyIds: [B] })).toEqual(['bpp', 'smd-b']);
    expect(await names({ regionCodes: [], agencyIds: [] })).toEqual([]);
  });
});
