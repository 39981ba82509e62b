import { PGlite, types } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Db, Queryable, QueryResult } from './database.ts';

const parsers = {
  [types.INT8]: (v: string) => Number(v),
  [types.NUMERIC]: (v: string) => Number(v),
  [types.DATE]: (v: string) => v,
};

/** Opens PGlite on a data directory (or in memory when `dataDir` is null). */
export async function openPglite(dataDir: string | null): Promise<Db> {
  const pg = await PGlite.create({
    dataDir: dataDir ?? undefined,
    extensions: { pg_trgm, unaccent },
    parsers,
  });
  await pg.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent;');
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const r = await q.query<T>(sql, params as unknown[]);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
  });
  const base = wrap(pg);
  return {
    kind: 'pglite',
    query: base.query,
    async exec(sql) {
      await pg.exec(sql);
    },
    tx: (fn) => pg.transaction((t) => fn(wrap(t as any))),
    bossExecutor: () => ({
      async executeSql(text: string, values?: unknown[]) {
        if (values && values.length) {
          const r = await pg.query(text, values);
          return { rows: r.rows as any[] };
        }
        const results = await pg.exec(text);
        return { rows: results.flatMap((r) => r.rows) };
      },
    }),
    async close() {
      await pg.close();
    },
  };
}
