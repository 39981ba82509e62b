// Reference data: regions, holidays, agency types (shipped as data, upserted on start) and the agencies
// (instansi/OPD) registered in this installation. Other modules call these functions, never the repo.
import { createHash } from 'node:crypto';
import type { Actor } from '@netra/shared';
import type { Db, Queryable } from '../../db/database.ts';
import { AGENCY_TYPES } from '../../domain/reference/agency-types.ts';
import { HOLIDAYS, type Holiday } from '../../domain/reference/holidays.ts';
import { REGIONS, REGIONS_SOURCE } from '../../domain/reference/regions.ts';
import type { ScopedActor } from '../auth/scope.ts';
import { createReferenceRepo, type AgencyRow, type NewAgency, type RegionRow } from './reference.repo.ts';

const NATIONAL: ScopedActor = { regionCodes: [], agencyIds: null };
const SETTING_KEY = 'reference.version';
const REFERENCE_VERSION = createHash('sha256')
  .update(JSON.stringify([REGIONS_SOURCE, REGIONS, HOLIDAYS, AGENCY_TYPES]))
  .digest('hex')
  .slice(0, 16);

export interface Region {
  code: string;
  parentCode: string | null;
  level: RegionRow['level'];
  kind: RegionRow['kind'];
  name: string;
}

export interface Agency {
  id: string;
  code: string;
  name: string;
  typeCode: string;
  typeName: string;
  regionCode: string;
  regionName: string;
  parentId: string | null;
  ppkTitle: string | null;
}

export interface AgencyFilter {
  q?: string;
  regionCode?: string;
  typeCode?: string;
  ids?: string[];
  codes?: string[];
  limit?: number;
}

const toRegion = (r: RegionRow): Region => ({
  code: r.code,
  parentCode: r.parent_code,
  level: r.level,
  kind: r.kind,
  name: r.name,
});

const toAgency = (r: AgencyRow & { region_name: string; type_name: string }): Agency => ({
  id: r.id,
  code: r.code,
  name: r.name,
  typeCode: r.type_code,
  typeName: r.type_name,
  regionCode: r.region_code,
  regionName: r.region_name,
  parentId: r.parent_id,
  ppkTitle: r.ppk_title,
});

export function createReferenceService(deps: { db: Db }) {
  const repo = createReferenceRepo();
  return {
    /**
     * Upserts regions, holidays and agency types. Cheap when nothing changed (one settings read), so every
     * process may call it on start; concurrent starters serialise on an advisory lock.
     */
    async seedReferenceData(): Promise<{ changed: boolean }> {
      if ((await repo.getSetting(deps.db, SETTING_KEY)) === REFERENCE_VERSION) return { changed: false };
      return deps.db.tx(async (q) => {
        await q.query('SELECT pg_advisory_xact_lock(7243002)');
        if ((await repo.getSetting(q, SETTING_KEY)) === REFERENCE_VERSION) return { changed: false };
        await repo.upsertRegions(q, REGIONS);
        await repo.upsertHolidays(q, HOLIDAYS);
        await repo.upsertAgencyTypes(q, AGENCY_TYPES);
        await repo.putSetting(q, SETTING_KEY, REFERENCE_VERSION);
        return { changed: true };
      });
    },
    async listRegions(
      f: { parent?: string | null; level?: RegionRow['level'] } = {},
      q: Queryable = deps.db,
    ): Promise<Region[]> {
      return (await repo.listRegions(q, f)).map(toRegion);
    },
    async getRegion(code: string, q: Queryable = deps.db): Promise<Region | null> {
      const [r] = await repo.getRegions(q, [code]);
      return r ? toRegion(r) : null;
    },
    async getRegions(codes: readonly string[], q: Queryable = deps.db): Promise<Region[]> {
      return (await repo.getRegions(q, codes)).map(toRegion);
    },
    /** Holidays and cuti bersama in [from, to], both 'YYYY-MM-DD' inclusive. */
    async listHolidays(from: string, to: string, q: Queryable = deps.db): Promise<Holiday[]> {
      return repo.listHolidays(q, from, to);
    },
    listAgencyTypes: () => repo.listAgencyTypes(deps.db),
    /** Agencies visible to `actor` (null = unscoped, for system work such as imports). */
    async findAgencies(
      actor: Actor | ScopedActor | null,
      f: AgencyFilter = {},
      q: Queryable = deps.db,
    ): Promise<Agency[]> {
      const rows = await repo.findAgencies(q, actor ?? NATIONAL, { ...f, limit: f.limit ?? 500 });
      return rows.map(toAgency);
    },
    async getAgency(id: string, q: Queryable = deps.db): Promise<Agency | null> {
      const [r] = await repo.findAgencies(q, NATIONAL, { ids: [id], limit: 1 });
      return r ? toAgency(r) : null;
    },
    /** Expands agency ids to include their sub-units (OPD under a Pemkot, UPT under a Dinas…). */
    withSubUnits: (ids: readonly string[], q: Queryable = deps.db) => repo.withDescendants(q, ids),
    /** Adds agencies by code (existing codes are left as they are). */
    insertAgencies: (q: Queryable, rows: readonly NewAgency[]) => repo.insertAgencies(q, rows),
  };
}
export type ReferenceService = ReturnType<typeof createReferenceService>;
