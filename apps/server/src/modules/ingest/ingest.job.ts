// Job definitions of the ingest area (handlers in ingest.module.ts → analysis.service.ts).
import { z } from 'zod';
import { defineJob } from '../../jobs/queue.ts';

/**
 * Analyse an import run (link suggestions, then findings) or re-analyse one account after a link decision.
 * Chunks of 100 activities commit separately; a crash mid-job loses nothing because the retry upserts.
 */
export const analyseJob = defineJob({
  name: 'ingest-analyse',
  payload: z
    .object({
      runId: z.string().uuid().optional(),
      accountId: z.string().uuid().optional(),
      /** resumable analysis: link suggestions first, then findings, each a keyset cursor */
      phase: z.enum(['links', 'findings']).optional(),
      after: z.string().optional(),
      /** Pause between chunks: lets the crash test hold a job mid-way. 0 in production. */
      throttleMs: z.number().int().min(0).max(10_000).optional(),
    })
    .refine((p) => !!p.runId !== !!p.accountId, 'exactly one of runId, accountId'),
  retryLimit: 5,
  // A job is one slice (≤ 20 chunks of 100 activities, or 200 accounts), seconds of work; one active this
  // long belonged to a worker that died, and pg-boss hands it to another.
  expireInSeconds: 20,
});
