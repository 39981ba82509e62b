// Appends to a case's hash-chained event log and derives case_status in the same transaction. Each case
// has its own chain (GENESIS → … → head); case_status keeps the head hash and the event count so that a
// deleted last row is detected too, not only a changed or deleted middle one.
import type { Actor, CaseEventType, CaseState, CaseTransition } from '@netra/shared';
import type { Queryable } from '../../db/database.ts';
import { GENESIS, chainHash, verifyChain } from '../../domain/audit/hash-chain.ts';
import {
  reduceCaseStatus,
  type CaseEventContent,
  type CaseStatusState,
} from '../../domain/cases/case-status.ts';
import { createCaseLogRepo, statusFromRow, type CaseEventRow } from './case-log.repo.ts';

export type Principal = Actor | { system: string };

export interface NewCaseEvent {
  type: CaseEventType;
  transition?: CaseTransition | null;
  fromStatus?: CaseState | null;
  toStatus?: CaseState | null;
  reason?: string | null;
  data?: Record<string, unknown>;
}

function contentOf(r: Omit<CaseEventRow, 'seq' | 'prev_hash' | 'hash'>) {
  return {
    case_id: r.case_id,
    at: new Date(r.at).toISOString(),
    actor_id: r.actor_id,
    actor_name: r.actor_name,
    type: r.type,
    transition: r.transition,
    from_status: r.from_status,
    to_status: r.to_status,
    reason: r.reason,
    data: r.data,
  };
}

export type CaseChainProblem = {
  seq: number | string;
  chain: string;
  problem: 'hash_mismatch' | 'broken_link' | 'head_mismatch' | 'missing_events';
};

export function createCaseLog() {
  const repo = createCaseLogRepo();
  return {
    repo,
    /** Appends one event to case `caseId` within transaction `q`; returns the new derived status. */
    async append(
      q: Queryable,
      caseId: string,
      who: Principal,
      at: Date,
      e: NewCaseEvent,
    ): Promise<CaseStatusState> {
      const cur = await repo.lockStatus(q, caseId);
      const prevState = cur ? statusFromRow(cur) : null;
      const prevHash = cur?.head_hash ?? GENESIS;
      const base = {
        case_id: caseId,
        at,
        actor_id: 'userId' in who ? who.userId : null,
        actor_name: 'userId' in who ? who.username : `system:${who.system}`,
        type: e.type,
        transition: e.transition ?? null,
        from_status: e.fromStatus ?? null,
        to_status: e.toStatus ?? null,
        reason: e.reason ?? null,
        data: JSON.parse(JSON.stringify(e.data ?? {})) as Record<string, any>,
      };
      const content: CaseEventContent = {
        at,
        type: e.type,
        transition: base.transition,
        fromStatus: base.from_status,
        toStatus: base.to_status,
        reason: base.reason,
        data: base.data,
      };
      const next = reduceCaseStatus(prevState, content);
      const hash = chainHash(prevHash, contentOf(base));
      await repo.insertEvent(q, { ...base, prev_hash: prevHash, hash });
      await repo.upsertStatus(q, caseId, next, hash, at);
      return next;
    },
    async verify(q: Queryable): Promise<{ rows: number; problems: CaseChainProblem[] }> {
      const byCase = new Map<string, CaseEventRow[]>();
      let rows = 0;
      for await (const r of repo.iterateAll(q)) {
        rows++;
        const list = byCase.get(r.case_id) ?? [];
        list.push(r);
        byCase.set(r.case_id, list);
      }
      const problems: CaseChainProblem[] = [];
      for (const head of await repo.heads(q)) {
        const list = byCase.get(head.case_id) ?? [];
        byCase.delete(head.case_id);
        for (const p of verifyChain(
          list.map((r) => ({ seq: r.seq, prevHash: r.prev_hash, hash: r.hash, content: contentOf(r) })),
        ))
          problems.push({ ...p, chain: head.number });
        const last = list[list.length - 1];
        if (list.length !== head.event_count)
          problems.push({ seq: last?.seq ?? 0, chain: head.number, problem: 'missing_events' });
        if ((last?.hash ?? GENESIS) !== head.head_hash)
          problems.push({ seq: last?.seq ?? 0, chain: head.number, problem: 'head_mismatch' });
      }
      for (const [caseId, list] of byCase)
        problems.push({ seq: list[0].seq, chain: caseId, problem: 'head_mismatch' });
      return { rows, problems };
    },
  };
}
export type CaseLog = ReturnType<typeof createCaseLog>;
