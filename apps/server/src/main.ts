// Composition root of the API process: config → database → migrations → seed → workers → HTTP.
import { ConfigError } from './config/config.ts';
import { DataDirBusyError } from './db/data-dir-lock.ts';
import { openRuntime } from './runtime.ts';
import { seedOnStart } from './seed/seed-on-start.ts';
import { startHttp } from './server.ts';

async function main() {
  const rt = await openRuntime({ owner: 'netra server', withQueue: true });
  const say = (line: string) => process.stdout.write(line + '\n');
  await seedOnStart(rt, say);
  if (rt.config.inProcessWorkers && rt.queue) {
    for (const m of rt.modules.all) await m.startWorkers?.(rt.queue);
  }
  const http = await startHttp(rt);
  say(
    `Netra berjalan di ${http.url} (database: ${rt.db.kind === 'pglite' ? `PGlite di ${rt.config.dataDir}` : 'PostgreSQL'})`,
  );
  const stop = async () => {
    say('Menghentikan Netra…');
    await http.close();
    await rt.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e) => {
  if (e instanceof ConfigError || e instanceof DataDirBusyError) {
    process.stderr.write(e.message + '\n');
    process.exit(2);
  }
  process.stderr.write(`Netra failed to start: ${e?.stack ?? e}\n`);
  process.exit(1);
});
