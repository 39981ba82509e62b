import { describe, expect, it } from 'vitest';
import { GENESIS, canonicalJson, chainHash, verifyChain, type ChainRow } from './hash-chain.ts';

function build(contents: unknown[]): ChainRow[] {
  let prev = GENESIS;
  return contents.map((content, i) => {
    const hash = chainHash(prev, content);
    const row = { seq: i + 1, prevHash: prev, hash, content };
    prev = hash;
    return row;
  });
}

describe('hash chain', () => {
  it('canonical JSON ignores key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
  });
  it('an intact chain verifies', () => {
    expect(verifyChain(build([{ a: 1 }, { a: 2 }, { a: 3 }]))).toEqual([]);
  });
  it('detects a changed row', () => {
    const rows = build([{ a: 1 }, { a: 2 }, { a: 3 }]);
    rows[1].content = { a: 99 };
    expect(verifyChain(rows)).toEqual([{ seq: 2, problem: 'hash_mismatch' }]);
  });
  it('detects a deleted row', () => {
    const rows = build([{ a: 1 }, { a: 2 }, { a: 3 }]);
    rows.splice(1, 1);
    expect(verifyChain(rows)).toEqual([{ seq: 3, problem: 'broken_link' }]);
  });
});
