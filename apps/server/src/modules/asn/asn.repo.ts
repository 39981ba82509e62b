import type { Queryable } from '../../db/database.ts';
import { scopeSql, type ScopedActor } from '../auth/scope.ts';

export interface AsnRow {
  id: string;
  nip: string;
  name: string;
  sex: 'L' | 'P' | null;
  birth_date: string | null;
  employee_kind: 'pns' | 'pppk';
  position: string | null;
  position_type: string | null;
  role_tag: string | null;
  work_unit: string | null;
  agency_id: string | null;
  agency_name: string | null;
  region_code: string;
  region_name: string;
}

export interface AsnSearch {
  /** A name fragment, or digits (spaces allowed) matched as a NIP prefix. */
  q?: string;
  regionCode?: string;
  agencyId?: string;
  kind?: 'pns' | 'pppk';
  limit: number;
  offset: number;
}

const COLS = `a.id, a.nip, a.name, a.sex, a.birth_date, a.employee_kind, a.position, a.position_type, a.role_tag,
  a.work_unit, a.agency_id, g.name AS agency_name, a.region_code, r.name AS region_name`;
const FROM = `FROM asn a JOIN region r ON r.code = a.region_code LEFT JOIN agency g ON g.id = a.agency_id`;

export function createAsnRepo() {
  return {
    /** Lists ASN inside the actor's scope; the scope is part of the WHERE clause, never applied afterwards. */
    async search(q: Queryable, actor: ScopedActor, f: AsnSearch): Promise<{ rows: AsnRow[]; total: number }> {
      const digits = f.q && /^[\d\s]+$/.test(f.q) ? f.q.replace(/\s+/g, '') : null;
      const name = f.q && !digits ? `%${f.q.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%` : null;
      const params: unknown[] = [digits, name, f.regionCode ?? null, f.agencyId ?? null, f.kind ?? null];
      const s = scopeSql(actor, { region: 'a.region_code', agency: 'a.agency_id' }, params.length + 1);
      const where = `WHERE ($1::text IS NULL OR a.nip LIKE $1 || '%')
          AND ($2::text IS NULL OR a.name ILIKE $2)
          AND ($3::text IS NULL OR a.region_code = $3 OR a.region_code LIKE $3 || '.%')
          AND ($4::uuid IS NULL OR a.agency_id = $4)
          AND ($5::text IS NULL OR a.employee_kind = $5)
          ${s.sql}`;
      const all = [...params, ...s.params];
      const total = await q.query<{ n: number }>(`SELECT count(*)::int AS n ${FROM} ${where}`, all);
      const rows = await q.query<AsnRow>(
        `SELECT ${COLS} ${FROM} ${where} ORDER BY a.name, a.nip LIMIT $${s.next} OFFSET $${s.next + 1}`,
        [...all, f.limit, f.offset],
      );
      return { rows: rows.rows, total: total.rows[0].n };
    },
    async get(q: Queryable, actor: ScopedActor, id: string): Promise<AsnRow | null> {
      const s = scopeSql(actor, { region: 'a.region_code', agency: 'a.agency_id' }, 2);
      const r = await q.query<AsnRow>(`SELECT ${COLS} ${FROM} WHERE a.id = $1 ${s.sql}`, [id, ...s.params]);
      return r.rows[0] ?? null;
    },
    async count(q: Queryable): Promise<number> {
      const r = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM asn');
      return r.rows[0].n;
    },
    async insertMany(
      q: Queryable,
      rows: readonly {
        nip: string;
        name: string;
        sex: 'L' | 'P';
        birthDate: string;
        kind: 'pns' | 'pppk';
        position: string;
        positionType: string;
        roleTag: string | null;
        workUnit: string;
        agencyId: string;
        regionCode: string;
      }[],
    ): Promise<void> {
      for (let i = 0; i < rows.length; i += 1000) {
        await q.query(
          `INSERT INTO asn (nip, name, sex, birth_date, employee_kind, position, position_type, role_tag, work_unit,
             agency_id, region_code)
           SELECT nip, name, sex, "birthDate", kind, position, "positionType", "roleTag", "workUnit", "agencyId",
             "regionCode"
             FROM jsonb_to_recordset($1::jsonb) AS x(nip text, name text, sex text, "birthDate" date, kind text,
               position text, "positionType" text, "roleTag" text, "workUnit" text, "agencyId" uuid, "regionCode" text)
           ON CONFLICT (nip) DO NOTHING`,
          [JSON.stringify(rows.slice(i, i + 1000))],
        );
      }
    },
  };
}
