// Hash chain for append-only logs (audit log, case events). Each row's hash is
// sha256(prevHash + canonical JSON of its content); the first row links to GENESIS. Verification
// recomputes every hash in order, so a changed, inserted or deleted row breaks the chain at that row.
import { createHash } from 'node:crypto';

export const GENESIS = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  const keys = Object.keys(value as object)
    .filter((k) => (value as any)[k] !== undefined)
    .sort();
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson((value as any)[k])).join(',') + '}';
}

export function chainHash(prevHash: string, content: unknown): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(content)).digest('hex');
}

export interface ChainRow {
  seq: number | string;
  prevHash: string;
  hash: string;
  content: unknown;
}

export type ChainProblem = { seq: number | string; problem: 'hash_mismatch' | 'broken_link' };

/** Checks rows given in sequence order; returns every row where the chain breaks. */
export function verifyChain(rows: Iterable<ChainRow>, start = GENESIS): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prev = start;
  for (const r of rows) {
    if (r.prevHash !== prev) problems.push({ seq: r.seq, problem: 'broken_link' });
    if (chainHash(r.prevHash, r.content) !== r.hash) problems.push({ seq: r.seq, problem: 'hash_mismatch' });
    prev = r.hash;
  }
  return problems;
}
