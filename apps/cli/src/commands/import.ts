// `netra import <kind> <file> [--dry-run] [--skip-invalid] [--map '{"text":"Isi"}'] [--json]`
import fs from 'node:fs';
import { IMPORT_KINDS, type ImportKind } from '@netra/shared';
import { openRuntime } from '@netra/server/src/public.ts';
import { UsageError, parseArgs, type CliIo } from '../io.ts';

const USAGE = `usage: netra import <${IMPORT_KINDS.join('|')}> <file> [--dry-run] [--skip-invalid] [--map JSON] [--json]`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, flags, options } = parseArgs(args, { flags: ['dry-run', 'skip-invalid', 'json'], options: ['map'] });
  const [kind, file] = positional;
  if (!kind || !file) throw new UsageError(USAGE);
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) throw new UsageError(`unknown kind "${kind}". ${USAGE}`);
  if (!fs.existsSync(file)) throw new UsageError(`file not found: ${file}`);
  let mapping: Record<string, string> | undefined;
  if (options.map) {
    try {
      mapping = JSON.parse(options.map);
    } catch {
      throw new UsageError(`--map must be JSON, e.g. --map '{"text":"Isi"}'`);
    }
  }
  const rt = await openRuntime({ owner: 'netra import', withQueue: true });
  try {
    const json = flags.has('json');
    let last = 0;
    const out = await rt.modules.ingest.runImport(kind as ImportKind, file, {
      who: { system: 'cli' },
      opts: { dryRun: flags.has('dry-run'), skipInvalid: flags.has('skip-invalid'), mapping },
      onProgress: (p) => {
        if (json || p.phase === 'done') return;
        const now = Date.now();
        if (now - last < 1000 && p.phase === 'reading') return;
        last = now;
        io.err(p.phase === 'writing' ? `… menyimpan ${p.read} rekaman` : `… ${p.read} baris/rekaman dibaca`);
      },
    });
    // Embedded database: no other process can run the jobs, so this one does and waits for them.
    if (out.analysis === 'queued' && rt.db.kind === 'pglite' && rt.queue) {
      for (const m of rt.modules.all) await m.startWorkers?.(rt.queue);
      await rt.queue.drain(['ingest-analyse'], 10 * 60_000);
    }
    if (json) io.out(JSON.stringify(out));
    else {
      io.out(`Impor ${out.kind} "${out.fileName}": ${out.status} (run ${out.id})`);
      io.out(`  dibaca ${out.recordsRead}, disimpan ${out.recordsWritten}${out.summary ? ` — ${Object.entries(out.summary).map(([k, v]) => `${k} ${v}`).join(', ')}` : ''}`);
      if (out.error) io.out(`  ${out.error}`);
      for (const p of out.problems.slice(0, 50)) io.out(`  baris ${p.row}, kolom ${p.column}: ${p.reason}`);
      if (out.problems.length > 50) io.out(`  … dan ${out.problems.length - 50} masalah lain (lihat --json)`);
      if (out.status === 'succeeded' && out.problems.length) io.out(`  ${new Set(out.problems.map((p) => p.row)).size} baris dilewati (--skip-invalid)`);
      if (out.analysis === 'queued')
        io.out(rt.db.kind === 'pglite' ? '  analisis selesai' : '  analisis diantrekan (dijalankan oleh `netra worker` atau server)');
    }
    return out.status === 'failed' ? 1 : 0;
  } finally {
    await rt.close();
  }
}
