// Storage of rulebook versions and imported election packs (tables from the foundation migration).
import type { Queryable } from '../../db/database.ts';

export interface PackRow {
  id: string;
  version: number;
  name: string;
  data: unknown;
  imported_at: Date;
  imported_by: string | null;
}

export function createRulebookRepo() {
  return {
    async storeRulebookVersion(q: Queryable, version: string, data: unknown): Promise<boolean> {
      const r = await q.query(
        `INSERT INTO rulebook_version (version, data) VALUES ($1, $2) ON CONFLICT (version) DO NOTHING RETURNING version`,
        [version, JSON.stringify(data)],
      );
      return r.rows.length > 0;
    },
    async listRulebookVersions(q: Queryable): Promise<{ version: string; loaded_at: Date }[]> {
      const r = await q.query<{ version: string; loaded_at: Date }>(
        `SELECT version, loaded_at FROM rulebook_version ORDER BY loaded_at DESC`,
      );
      return r.rows;
    },
    async listPacks(q: Queryable): Promise<PackRow[]> {
      const r = await q.query<PackRow>(
        `SELECT id, version, name, data, imported_at, imported_by FROM election_pack ORDER BY id`,
      );
      return r.rows;
    },
    async findPack(q: Queryable, id: string): Promise<PackRow | null> {
      const r = await q.query<PackRow>(
        `SELECT id, version, name, data, imported_at, imported_by FROM election_pack WHERE id = $1 FOR UPDATE`,
        [id],
      );
      return r.rows[0] ?? null;
    },
    async upsertPack(
      q: Queryable,
      p: { id: string; version: number; name: string; data: unknown; importedBy: string },
    ) {
      await q.query(
        `INSERT INTO election_pack (id, version, name, data, imported_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, name = EXCLUDED.name, data = EXCLUDED.data,
           imported_at = now(), imported_by = EXCLUDED.imported_by`,
        [p.id, p.version, p.name, JSON.stringify(p.data), p.importedBy],
      );
    },
  };
}
