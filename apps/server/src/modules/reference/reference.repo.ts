import type { Queryable } from '../../db/database.ts';
import type { AgencyType } from '../../domain/reference/agency-types.ts';
import type { Holiday } from '../../domain/reference/holidays.ts';
import type { RegionRecord } from '../../domain/reference/regions.ts';
import { scopeSql, type ScopedActor } from '../auth/scope.ts';

export interface RegionRow {
  code: string;
  parent_code: string | null;
  level: 'province' | 'regency' | 'district';
  kind: 'provinsi' | 'kabupaten' | 'kota' | 'kecamatan';
  name: string;
}

export interface AgencyRow {
  id: string;
  code: string;
  name: string;
  type_code: string;
  region_code: string;
  parent_id: string | null;
  ppk_title: string | null;
}

export interface NewAgency {
  code: string;
  name: string;
  typeCode: string;
  regionCode: string;
  /** The parent agency's code (resolved to its id on insert). */
  parentCode?: string | null;
  ppkTitle?: string | null;
}

export function createReferenceRepo() {
  return {
    async upsertRegions(q: Queryable, regions: readonly RegionRecord[]): Promise<void> {
      // Parents first, so the self-reference holds row by row.
      for (const level of ['province', 'regency', 'district'] as const) {
        const rows = regions.filter((r) => r.level === level);
        if (!rows.length) continue;
        await q.query(
          `INSERT INTO region (code, parent_code, level, kind, name)
           SELECT code, parent, level, kind, name
             FROM jsonb_to_recordset($1::jsonb) AS x(code text, parent text, level text, kind text, name text)
           ON CONFLICT (code) DO UPDATE SET parent_code = EXCLUDED.parent_code, level = EXCLUDED.level,
             kind = EXCLUDED.kind, name = EXCLUDED.name`,
          [JSON.stringify(rows)],
        );
      }
    },
    async upsertHolidays(q: Queryable, holidays: readonly Holiday[]): Promise<void> {
      await q.query(
        `INSERT INTO holiday (date, kind, name)
         SELECT date, kind, name FROM jsonb_to_recordset($1::jsonb) AS x(date date, kind text, name text)
         ON CONFLICT (date, kind) DO UPDATE SET name = EXCLUDED.name`,
        [JSON.stringify(holidays)],
      );
    },
    async upsertAgencyTypes(q: Queryable, types: readonly AgencyType[]): Promise<void> {
      await q.query(
        `INSERT INTO agency_type (code, name_id, name_en, scope)
         SELECT code, "nameId", "nameEn", scope
           FROM jsonb_to_recordset($1::jsonb) AS x(code text, "nameId" text, "nameEn" text, scope text)
         ON CONFLICT (code) DO UPDATE SET name_id = EXCLUDED.name_id, name_en = EXCLUDED.name_en,
           scope = EXCLUDED.scope`,
        [JSON.stringify(types)],
      );
    },
    async getSetting(q: Queryable, key: string): Promise<unknown> {
      const r = await q.query<{ value: unknown }>('SELECT value FROM app_setting WHERE key = $1', [key]);
      return r.rows[0]?.value;
    },
    async putSetting(q: Queryable, key: string, value: unknown): Promise<void> {
      await q.query(
        `INSERT INTO app_setting (key, value) VALUES ($1, $2::jsonb)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
        [key, JSON.stringify(value)],
      );
    },
    async listRegions(q: Queryable, f: { parent?: string | null; level?: string }): Promise<RegionRow[]> {
      const r = await q.query<RegionRow>(
        `SELECT code, parent_code, level, kind, name FROM region
          WHERE ($1::text IS NULL OR parent_code = $1) AND ($2::text IS NULL OR level = $2)
          ORDER BY code`,
        [f.parent ?? null, f.level ?? null],
      );
      return r.rows;
    },
    async getRegions(q: Queryable, codes: readonly string[]): Promise<RegionRow[]> {
      const r = await q.query<RegionRow>(
        'SELECT code, parent_code, level, kind, name FROM region WHERE code = ANY($1::text[]) ORDER BY code',
        [[...codes]],
      );
      return r.rows;
    },
    async listHolidays(q: Queryable, from: string, to: string): Promise<Holiday[]> {
      const r = await q.query<Holiday>(
        'SELECT date, kind, name FROM holiday WHERE date BETWEEN $1::date AND $2::date ORDER BY date, kind',
        [from, to],
      );
      return r.rows;
    },
    async listAgencyTypes(q: Queryable) {
      const r = await q.query<{ code: string; name_id: string; name_en: string; scope: string }>(
        'SELECT code, name_id, name_en, scope FROM agency_type ORDER BY scope, code',
      );
      return r.rows;
    },
    async findAgencies(
      q: Queryable,
      actor: ScopedActor,
      f: {
        q?: string;
        regionCode?: string;
        typeCode?: string;
        ids?: string[];
        codes?: string[];
        limit: number;
      },
    ): Promise<(AgencyRow & { region_name: string; type_name: string })[]> {
      const params: unknown[] = [
        f.q ? `%${f.q}%` : null,
        f.regionCode ?? null,
        f.typeCode ?? null,
        f.ids ?? null,
        f.codes ?? null,
        f.limit,
      ];
      const s = scopeSql(actor, { region: 'a.region_code', agency: 'a.id' }, params.length + 1);
      const r = await q.query<AgencyRow & { region_name: string; type_name: string }>(
        `SELECT a.id, a.code, a.name, a.type_code, a.region_code, a.parent_id, a.ppk_title,
                r.name AS region_name, t.name_id AS type_name
           FROM agency a JOIN region r ON r.code = a.region_code JOIN agency_type t ON t.code = a.type_code
          WHERE ($1::text IS NULL OR a.name ILIKE $1 OR a.code ILIKE $1)
            AND ($2::text IS NULL OR a.region_code = $2 OR a.region_code LIKE $2 || '.%')
            AND ($3::text IS NULL OR a.type_code = $3)
            AND ($4::uuid[] IS NULL OR a.id = ANY($4::uuid[]))
            AND ($5::text[] IS NULL OR a.code = ANY($5::text[]))
            ${s.sql}
          ORDER BY a.region_code, a.parent_id NULLS FIRST, a.name
          LIMIT $6`,
        [...params, ...s.params],
      );
      return r.rows;
    },
    /** The given agencies and every unit below them (an agency scope covers its sub-units). */
    async withDescendants(q: Queryable, ids: readonly string[]): Promise<string[]> {
      if (!ids.length) return [];
      const r = await q.query<{ id: string }>(
        `WITH RECURSIVE t(id) AS (
           SELECT id FROM agency WHERE id = ANY($1::uuid[])
           UNION SELECT a.id FROM agency a JOIN t ON a.parent_id = t.id)
         SELECT id FROM t`,
        [[...ids]],
      );
      return r.rows.map((x) => x.id);
    },
    async insertAgencies(q: Queryable, rows: readonly NewAgency[]): Promise<void> {
      // Parents before children: insert level by level so parent codes resolve.
      const pending = [...rows];
      const done = new Set<string>();
      while (pending.length) {
        const ready = pending.filter(
          (a) => !a.parentCode || done.has(a.parentCode) || !rows.some((x) => x.code === a.parentCode),
        );
        if (!ready.length) throw new Error('insertAgencies: parent cycle among agency codes');
        await q.query(
          `INSERT INTO agency (code, name, type_code, region_code, parent_id, ppk_title)
           SELECT x.code, x.name, x."typeCode", x."regionCode", p.id, x."ppkTitle"
             FROM jsonb_to_recordset($1::jsonb)
                  AS x(code text, name text, "typeCode" text, "regionCode" text, "parentCode" text, "ppkTitle" text)
             LEFT JOIN agency p ON p.code = x."parentCode"
           ON CONFLICT (code) DO NOTHING`,
          [JSON.stringify(ready)],
        );
        for (const a of ready) {
          done.add(a.code);
          pending.splice(pending.indexOf(a), 1);
        }
      }
    },
  };
}
export type ReferenceRepo = ReturnType<typeof createReferenceRepo>;
