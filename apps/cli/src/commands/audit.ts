import { openRuntime } from '@netra/server/src/public.ts';
import { UsageError, parseArgs, type CliIo } from '../io.ts';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(args, { flags: ['json'] });
  if (positional[0] !== 'verify') throw new UsageError('usage: netra audit verify [--json]');
  const rt = await openRuntime({ owner: 'netra audit verify' });
  try {
    const results: Record<string, { rows: number; problems: unknown[] }> = {
      audit_log: await rt.modules.audit.verify(),
    };
    for (const m of Object.values(rt.modules) as any[]) {
      if (m && typeof m.verifyChains === 'function') Object.assign(results, await m.verifyChains());
    }
    const bad = Object.values(results).some((r) => r.problems.length > 0);
    if (flags.has('json')) io.out(JSON.stringify({ ok: !bad, chains: results }));
    else {
      for (const [name, r] of Object.entries(results)) {
        io.out(
          `${name}: ${r.rows} rows, ${r.problems.length ? `${r.problems.length} PROBLEM(S)` : 'intact'}`,
        );
        for (const p of r.problems as any[])
          io.out(`  row ${p.seq}${p.chain ? ` (${p.chain})` : ''}: ${p.problem}`);
      }
      io.out(bad ? 'TAMPERING DETECTED' : 'All chains intact');
    }
    return bad ? 3 : 0;
  } finally {
    await rt.close();
  }
}
