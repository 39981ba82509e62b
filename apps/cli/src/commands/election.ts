// `netra election import <pack.yaml|json>` adds an election (e.g. 2029) with no code change;
// `netra election list` shows shipped and imported packs. A malformed pack is refused field by field.
import fs from 'node:fs';
import path from 'node:path';
import { openRuntime } from '@netra/server/src/public.ts';
import { loadOfflinePacks } from '@netra/server/src/modules/selfcheck/selfcheck-offline.ts';
import { summarizePack } from '@netra/server/src/modules/rulebook/rulebook.service.ts';
import { PackFileError, parsePackFile } from '@netra/server/src/modules/rulebook/shipped-data.ts';
import { UsageError, parseArgs, type CliIo } from '../io.ts';

const USAGE = 'usage: netra election import <pack.yaml|pack.json> | netra election list [--json]';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(args, { flags: ['json'] });
  const [sub, file] = positional;
  if (sub === 'list') return list(io, flags.has('json'));
  if (sub === 'import') {
    if (!file) throw new UsageError(USAGE);
    return importPack(file, io);
  }
  throw new UsageError(USAGE);
}

async function list(io: CliIo, json: boolean): Promise<number> {
  const { packs, note } = await loadOfflinePacks();
  const rows = packs.map(summarizePack);
  if (json) io.out(JSON.stringify({ packs: rows }, null, 2));
  else {
    io.out('Paket pemilu / election packs:');
    for (const p of rows)
      io.out(
        `  ${p.id.padEnd(22)} v${p.version}  ${p.kind.padEnd(7)}  pemungutan ${p.votingDate}  ${p.contests} kontestasi  (${p.source === 'shipped' ? 'bawaan' : 'impor'})  ${p.name}`,
      );
  }
  if (note) io.err(`(${note})`);
  return 0;
}

async function importPack(file: string, io: CliIo): Promise<number> {
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (e: any) {
    io.err(`netra election import: cannot read ${file}: ${e?.message ?? e}`);
    return 1;
  }
  // Refuse a malformed pack before touching the database.
  try {
    parsePackFile(content, path.basename(file));
  } catch (e) {
    if (e instanceof PackFileError) {
      io.err(`Paket ditolak / pack refused: ${e.file}`);
      for (const line of e.errors) io.err(`  ${line}`);
      return 1;
    }
    throw e;
  }
  const rt = await openRuntime({ owner: 'netra election import' });
  try {
    const summary = await rt.modules.rulebook.importPack(content, path.basename(file), { system: 'cli' });
    io.out(
      `Paket ${summary.id} v${summary.version} (${summary.name}) diimpor: ${summary.contests} kontestasi. / Imported.`,
    );
    return 0;
  } catch (e: any) {
    if (e?.name === 'PackFileError') {
      io.err(`Paket ditolak / pack refused: ${e.file}`);
      for (const line of e.errors as string[]) io.err(`  ${line}`);
      return 1;
    }
    if (e instanceof Error && e.constructor.name === 'PackVersionError') {
      io.err(e.message);
      return 1;
    }
    throw e;
  } finally {
    await rt.close();
  }
}
