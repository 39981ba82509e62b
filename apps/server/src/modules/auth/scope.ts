// A user's scope, enforced in SQL. Every query over scoped data (ASN, findings, cases, reports…) appends
// `scopeSql(...)` to its WHERE clause, so an out-of-scope row is neither listed nor fetched by id: the
// caller gets "not found", exactly as for a row that does not exist.
// Region scope: Kemendagri dotted codes; "64" covers "64", "64.72", "64.72.01"… (prefix on whole segments,
// so "64.7" never covers "64.72"). Empty regionCodes = national. agencyIds null = every agency.
import { isRegionCode, regionInScope, type Actor } from '@netra/shared';

export type ScopedActor = Pick<Actor, 'regionCodes' | 'agencyIds'>;

export interface ScopeColumns {
  /** SQL expression of the row's region code, e.g. 'a.region_code'. */
  region?: string | null;
  /**
   * SQL expression of the row's agency id (uuid), e.g. 'a.agency_id'. Pass `null` for data that belongs to
   * no agency (agency scope then does not apply); leaving it out for an agency-scoped actor is refused,
   * so a forgotten column fails loudly instead of leaking.
   */
  agency?: string | null;
}

export interface ScopeFilter {
  /** ' AND (…)' to append after a WHERE clause, or '' when the actor sees everything. */
  sql: string;
  /** The bare condition ('TRUE' when unrestricted), for callers composing their own clause. */
  cond: string;
  params: unknown[];
  /** The next free parameter index. */
  next: number;
}

export class ScopeMisuseError extends Error {}

/**
 * Builds the scope condition for `actor` over columns `cols`, numbering parameters from `start`
 * (the index of the first parameter it adds: pass params.length + 1).
 */
export function scopeSql(actor: ScopedActor, cols: ScopeColumns, start: number): ScopeFilter {
  const parts: string[] = [];
  const params: unknown[] = [];
  let i = start;
  if (actor.regionCodes.length > 0) {
    if (!cols.region) {
      if (cols.region === null) {
        // Data with no region is national; a regionally scoped user does not see it.
        parts.push('FALSE');
      } else {
        throw new ScopeMisuseError('scopeSql: actor is region-scoped but no region column was given');
      }
    } else {
      for (const c of actor.regionCodes) {
        if (!isRegionCode(c)) throw new ScopeMisuseError(`scopeSql: invalid region code in scope: ${c}`);
      }
      parts.push(
        `EXISTS (SELECT 1 FROM unnest($${i}::text[]) AS s(code) WHERE ${cols.region} = s.code OR ${cols.region} LIKE s.code || '.%')`,
      );
      params.push([...actor.regionCodes]);
      i++;
    }
  }
  if (actor.agencyIds !== null) {
    if (cols.agency === undefined) {
      throw new ScopeMisuseError('scopeSql: actor is agency-scoped but no agency column was given');
    }
    if (cols.agency !== null) {
      parts.push(`${cols.agency} = ANY($${i}::uuid[])`);
      params.push([...actor.agencyIds]);
      i++;
    }
  }
  const cond = parts.length ? parts.join(' AND ') : 'TRUE';
  return { sql: parts.length ? ` AND (${cond})` : '', cond, params, next: i };
}

/**
 * The same rule for one row already in memory. A row without a region is outside any regional scope.
 * `agencyId` undefined: the entity belongs to no agency (agency scope does not apply); null: the row has
 * no agency, which an agency-scoped actor does not see.
 */
export function inScope(actor: ScopedActor, regionCode: string | null, agencyId?: string | null): boolean {
  if (actor.regionCodes.length > 0 && (!regionCode || !regionInScope(regionCode, actor.regionCodes)))
    return false;
  if (actor.agencyIds !== null && agencyId !== undefined) {
    if (!agencyId || !actor.agencyIds.includes(agencyId)) return false;
  }
  return true;
}

/** True when every code of `inner` lies inside `outer` (an admin may only grant what it holds). */
export function scopeCovers(outer: readonly string[], inner: readonly string[]): boolean {
  if (outer.length === 0) return true;
  if (inner.length === 0) return false;
  return inner.every((c) => regionInScope(c, outer));
}
