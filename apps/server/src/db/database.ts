// One database interface over both backends: embedded PGlite (default) and a PostgreSQL server.
// Invariants both implementations keep, so repositories write one SQL for both:
//   - int8/numeric come back as JS numbers, `date` as 'YYYY-MM-DD' strings, timestamptz as Date;
//   - jsonb parameters are passed as JSON strings (JSON.stringify) and come back parsed;
//   - tx() runs the callback in one transaction and rolls back on any throw.
export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Queryable {
  query<T = Record<string, any>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
}

export type DbKind = 'pglite' | 'postgres';

export interface Db extends Queryable {
  readonly kind: DbKind;
  /** Runs several statements without parameters (migrations, DDL). */
  exec(sql: string): Promise<void>;
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** The executor pg-boss needs: every statement's rows, also for multi-statement text. */
  bossExecutor(): { executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }> };
  /** For COPY-based bulk loads; null on PGlite. */
  copyFrom?(sql: string, rows: AsyncIterable<string> | Iterable<string>): Promise<number>;
  close(): Promise<void>;
}
