import { envToConfig } from '@netra/server/src/config/config.ts';
import { readEnv } from '@netra/server/src/config/env.ts';
import { appliedMigrations, loadMigrations, migrateDown, migrateUp } from '@netra/server/src/db/migrate.ts';
import { openDatabase } from '@netra/server/src/db/open-database.ts';
import { UsageError, parseArgs, type CliIo } from '../io.ts';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional } = parseArgs(args, {});
  const action = positional[0] ?? 'status';
  if (!['up', 'down', 'status'].includes(action))
    throw new UsageError('usage: netra migrate up | down [steps|all] | status');
  const config = envToConfig(readEnv());
  const { db, lock } = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    owner: 'netra migrate',
  });
  try {
    if (action === 'up') io.out(`applied: ${(await migrateUp(db)).join(', ') || 'nothing'}`);
    else if (action === 'down') {
      const steps = positional[1] === 'all' ? Infinity : Number(positional[1] ?? 1);
      io.out(`reverted: ${(await migrateDown(db, steps)).join(', ') || 'nothing'}`);
    } else {
      const done = new Set(await appliedMigrations(db));
      for (const m of loadMigrations()) io.out(`${done.has(m.id) ? '[x]' : '[ ]'} ${m.id}`);
    }
    return 0;
  } finally {
    await db.close();
    lock?.release();
  }
}
