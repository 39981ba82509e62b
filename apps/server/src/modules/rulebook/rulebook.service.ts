// The rulebook and the election packs as a service for the other modules: the shipped YAML plus packs
// imported at run time (table election_pack), so a new election needs a data file, not a code change.
import {
  parseElectionPack,
  type Action,
  type ContestOffice,
  type ElectionPack,
  type ElectionPackSummary,
  type Lang,
  type Rulebook,
} from '@netra/shared';
import type { Db } from '../../db/database.ts';
import { findContestById, findPair, pickContest, type ContestHit } from '../../domain/rulebook/contest.ts';
import { judge } from '../../domain/rulebook/verdict.ts';
import type { Logger } from '../../platform/logger.ts';
import type { AuditPrincipal, AuditService } from '../audit/audit.service.ts';
import { createRulebookRepo } from './rulebook.repo.ts';
import { loadShippedPacks, loadShippedRulebook, parsePackFile, PackFileError } from './shipped-data.ts';

export type PackWithSource = ElectionPack & { source: 'shipped' | 'imported' };

export class PackVersionError extends Error {}

/** Imported packs replace a shipped pack of the same id; the rest are listed side by side. */
export function mergePacks(
  shipped: readonly ElectionPack[],
  imported: readonly ElectionPack[],
): PackWithSource[] {
  const byId = new Map<string, PackWithSource>();
  for (const p of shipped) byId.set(p.id, { ...p, source: 'shipped' });
  for (const p of imported) byId.set(p.id, { ...p, source: 'imported' });
  return [...byId.values()].sort(
    (a, b) => a.votingDate.localeCompare(b.votingDate) || a.id.localeCompare(b.id),
  );
}

export function summarizePack(p: PackWithSource): ElectionPackSummary {
  return {
    id: p.id,
    version: p.version,
    name: p.name,
    kind: p.kind,
    votingDate: p.votingDate,
    contests: p.contests.length,
    source: p.source,
  };
}

export function createRulebookService(deps: { db: Db; audit: AuditService; logger: Logger }) {
  const repo = createRulebookRepo();
  const rulebook = loadShippedRulebook();
  const shipped = loadShippedPacks();
  let imported: ElectionPack[] | null = null;
  let stored: Promise<void> | null = null;

  async function importedPacks(): Promise<ElectionPack[]> {
    if (imported) return imported;
    const rows = await repo.listPacks(deps.db);
    const ok: ElectionPack[] = [];
    for (const row of rows) {
      const r = parseElectionPack(row.data);
      // A row written by an older schema must not take the self-check down; it is skipped and reported.
      if (r.ok) ok.push(r.pack);
      else deps.logger.error(`election_pack ${row.id} no longer validates: ${r.errors.join('; ')}`);
    }
    imported = ok;
    return ok;
  }

  const service = {
    getRulebook(): Rulebook {
      return rulebook;
    },
    /** Stores the shipped rulebook version once per database (idempotent). */
    ensureRulebookStored(): Promise<void> {
      stored ??= repo
        .storeRulebookVersion(deps.db, rulebook.version, rulebook)
        .then(() => undefined)
        .catch((e) => {
          stored = null;
          throw e;
        });
      return stored;
    },
    async listPacks(): Promise<PackWithSource[]> {
      return mergePacks(shipped, await importedPacks());
    },
    async getContext(): Promise<{ rulebook: Rulebook; packs: PackWithSource[] }> {
      await service.ensureRulebookStored();
      return { rulebook, packs: await service.listPacks() };
    },
    async findContest(q: {
      contestId?: string;
      pairId?: string;
      date?: string;
      offices?: ContestOffice[];
      regionCode?: string;
    }): Promise<ContestHit | null> {
      const packs = await service.listPacks();
      if (q.pairId) return findPair(packs, q.pairId);
      if (q.contestId) return findContestById(packs, q.contestId);
      if (q.date) return pickContest(packs, q.date, { offices: q.offices, regionCode: q.regionCode });
      return null;
    },
    async judge(action: Action, lang: Lang = 'id') {
      return judge(action, { ...(await service.getContext()), lang });
    },
    /**
     * Validates a pack file (YAML or JSON) and stores it, audited. Re-importing the same version replaces it;
     * an older version than the stored one is refused. Throws PackFileError listing each bad field.
     */
    async importPack(content: string, fileName: string, who: AuditPrincipal): Promise<ElectionPackSummary> {
      const pack = parsePackFile(content, fileName);
      const shippedSame = shipped.find((p) => p.id === pack.id);
      if (shippedSame && pack.version <= shippedSame.version)
        throw new PackVersionError(
          `${fileName}: pack ${pack.id} ships with Netra at version ${shippedSame.version}; raise "version" to replace it`,
        );
      await deps.db.tx(async (q) => {
        const existing = await repo.findPack(q, pack.id);
        if (existing && existing.version > pack.version)
          throw new PackVersionError(
            `${fileName}: pack ${pack.id} is stored at version ${existing.version}; refusing older version ${pack.version}`,
          );
        await repo.upsertPack(q, {
          id: pack.id,
          version: pack.version,
          name: pack.name,
          data: pack,
          importedBy: 'userId' in who ? who.username : `system:${who.system}`,
        });
        await deps.audit.record(q, who, {
          action: existing ? 'election_pack.replace' : 'election_pack.import',
          entity: 'election_pack',
          entityId: pack.id,
          details: { version: pack.version, name: pack.name, contests: pack.contests.length, file: fileName },
        });
      });
      imported = null;
      return summarizePack({ ...pack, source: 'imported' });
    },
  };
  return service;
}
export type RulebookService = ReturnType<typeof createRulebookService>;
export { PackFileError };
