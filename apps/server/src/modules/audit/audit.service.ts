// The audit log records every write and every read of personal data, inside the same transaction as
// the act it records, so an act is never stored without its audit row (and vice versa).
import type { Actor } from '@netra/shared';
import type { Db, Queryable } from '../../db/database.ts';
import { GENESIS, chainHash, verifyChain, type ChainProblem } from '../../domain/audit/hash-chain.ts';
import type { Clock } from '../../platform/clock.ts';
import { createAuditRepo, type AuditRow } from './audit.repo.ts';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  regionCode?: string | null;
  details?: Record<string, unknown>;
}

/** Who did it: a signed-in actor, or a named system/public principal. */
export type AuditPrincipal = Actor | { system: string };

function contentOf(r: Omit<AuditRow, 'seq' | 'prev_hash' | 'hash'>) {
  return {
    at: new Date(r.at).toISOString(),
    actor_id: r.actor_id,
    actor_name: r.actor_name,
    action: r.action,
    entity: r.entity,
    entity_id: r.entity_id,
    region_code: r.region_code,
    details: r.details,
  };
}

export function createAuditService(deps: { db: Db; clock: Clock }) {
  const repo = createAuditRepo();
  return {
    /** Appends one audit row within transaction `q`. */
    async record(q: Queryable, who: AuditPrincipal, e: AuditEntry): Promise<void> {
      await repo.lockChain(q);
      const prev = (await repo.lastHash(q)) ?? GENESIS;
      const base = {
        at: deps.clock.now(),
        actor_id: 'userId' in who ? who.userId : null,
        actor_name: 'userId' in who ? who.username : `system:${who.system}`,
        action: e.action,
        entity: e.entity,
        entity_id: e.entityId ?? null,
        region_code: e.regionCode ?? null,
        details: e.details ?? {},
      };
      await repo.insert(q, { ...base, prev_hash: prev, hash: chainHash(prev, contentOf(base)) });
    },
    /** Records in its own transaction (for reads that happen outside one). */
    async recordNow(who: AuditPrincipal, e: AuditEntry): Promise<void> {
      await deps.db.tx((q) => this.record(q, who, e));
    },
    async verify(): Promise<{ rows: number; problems: ChainProblem[] }> {
      const rows = [];
      for await (const r of repo.iterate(deps.db)) {
        rows.push({ seq: r.seq, prevHash: r.prev_hash, hash: r.hash, content: contentOf(r) });
      }
      return { rows: rows.length, problems: verifyChain(rows) };
    },
    list: (f: { entity?: string; entityId?: string; limit: number; offset: number }) => repo.list(deps.db, f),
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
