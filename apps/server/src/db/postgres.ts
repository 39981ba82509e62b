import pg from 'pg';
import type { Db, Queryable, QueryResult } from './database.ts';

pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export async function openPostgres(url: string, opts: { max?: number } = {}): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10 });
  pool.on('error', () => {
    /* idle client errors surface on the next query; do not crash the process */
  });
  const client = await pool.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent;');
  } finally {
    client.release();
  }
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const r = await c.query(sql, params as unknown[]);
      return { rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length };
    },
  });
  const base = wrap(pool);
  return {
    kind: 'postgres',
    query: base.query,
    async exec(sql) {
      await pool.query(sql);
    },
    async tx(fn) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const out = await fn(wrap(c));
        await c.query('COMMIT');
        return out;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    },
    bossExecutor: () => ({
      async executeSql(text: string, values?: unknown[]) {
        const r: any = await pool.query(text, values);
        return Array.isArray(r) ? { rows: r.flatMap((x: any) => x.rows) } : { rows: r.rows };
      },
    }),
    async copyFrom(sql, rows) {
      const { from } = await import('pg-copy-streams');
      const c = await pool.connect();
      try {
        const stream = c.query(from(sql));
        const { pipeline } = await import('node:stream/promises');
        const { Readable } = await import('node:stream');
        await pipeline(Readable.from(rows as any), stream);
        return Number((stream as any).rowCount ?? 0);
      } finally {
        c.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
