// `netra <command>`: a thin layer over the server's public entry. Each command lives in commands/.
import { stdio, UsageError, type CliIo } from './io.ts';

type Command = { summary: string; load: () => Promise<{ run(args: string[], io: CliIo): Promise<number> }> };

const COMMANDS: Record<string, Command> = {
  check: {
    summary: 'Self-check: may an ASN do this? (netra check --json "…")',
    load: () => import('./commands/check.ts'),
  },
  detect: {
    summary: 'Detect partisan posts: --input in.jsonl --output out.jsonl',
    load: () => import('./commands/detect.ts'),
  },
  eval: {
    summary: 'Score the detector on labelled posts: --input labelled.jsonl [--json]',
    load: () => import('./commands/eval.ts'),
  },
  import: {
    summary:
      'Import data: netra import <asn|candidates|accounts|x|meta|tiktok|youtube|csv> <file> [--dry-run]',
    load: () => import('./commands/import.ts'),
  },
  election: {
    summary: 'Election packs: netra election import <pack.yaml|json> | list',
    load: () => import('./commands/election.ts'),
  },
  audit: { summary: 'Audit log: netra audit verify', load: () => import('./commands/audit.ts') },
  worker: { summary: 'Run job workers (PostgreSQL only)', load: () => import('./commands/worker.ts') },
  migrate: {
    summary: 'Database migrations: netra migrate up | down [steps] | status',
    load: () => import('./commands/migrate.ts'),
  },
  user: {
    summary: 'Users: netra user create --username … --role … [--region …]',
    load: () => import('./commands/user.ts'),
  },
};

function help(io: CliIo) {
  io.out('Netra — pemantauan netralitas ASN\n\nUsage: netra <command> [options]\n');
  for (const [name, c] of Object.entries(COMMANDS)) io.out(`  ${name.padEnd(10)} ${c.summary}`);
}

async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return name ? 0 : 1;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.err(`Unknown command: ${name}`);
    help(io);
    return 1;
  }
  try {
    const mod = await cmd.load();
    return await mod.run(rest, io);
  } catch (e: any) {
    if (e instanceof UsageError) {
      io.err(`netra ${name}: ${e.message}`);
      return 1;
    }
    if (e?.name === 'ConfigError' || e?.name === 'DataDirBusyError') {
      io.err(e.message);
      return 2;
    }
    io.err(`netra ${name}: ${e?.stack ?? e}`);
    return 1;
  }
}

const code = await main(process.argv.slice(2), stdio);
process.exitCode = code;
