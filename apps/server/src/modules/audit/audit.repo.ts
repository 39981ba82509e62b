import type { Queryable } from '../../db/database.ts';

export interface AuditRow {
  seq: number;
  at: Date;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: string | null;
  region_code: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

export function createAuditRepo() {
  return {
    /** Serialises appends so two writers never chain onto the same previous row. */
    async lockChain(q: Queryable): Promise<void> {
      await q.query(`SELECT pg_advisory_xact_lock(7243001)`);
    },
    async lastHash(q: Queryable): Promise<string | null> {
      const r = await q.query<{ hash: string }>('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1');
      return r.rows[0]?.hash ?? null;
    },
    async insert(q: Queryable, row: Omit<AuditRow, 'seq'>): Promise<void> {
      await q.query(
        `INSERT INTO audit_log (at, actor_id, actor_name, action, entity, entity_id, region_code, details, prev_hash, hash)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
        [
          row.at,
          row.actor_id,
          row.actor_name,
          row.action,
          row.entity,
          row.entity_id,
          row.region_code,
          JSON.stringify(row.details),
          row.prev_hash,
          row.hash,
        ],
      );
    },
    async *iterate(q: Queryable, batch = 5000): AsyncGenerator<AuditRow> {
      let after = 0;
      for (;;) {
        const r = await q.query<AuditRow>('SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2', [
          after,
          batch,
        ]);
        for (const row of r.rows) yield row;
        if (r.rows.length < batch) return;
        after = r.rows[r.rows.length - 1].seq;
      }
    },
    async list(q: Queryable, f: { entity?: string; entityId?: string; limit: number; offset: number }) {
      const r = await q.query<AuditRow>(
        `SELECT * FROM audit_log WHERE ($1::text IS NULL OR entity = $1) AND ($2::text IS NULL OR entity_id = $2)
         ORDER BY seq DESC LIMIT $3 OFFSET $4`,
        [f.entity ?? null, f.entityId ?? null, f.limit, f.offset],
      );
      return r.rows;
    },
  };
}
