// Composition root of a worker process (`netra worker`): runs job handlers only. PostgreSQL only.
import { openRuntime } from './runtime.ts';

export async function runWorker(out: (line: string) => void): Promise<void> {
  const rt = await openRuntime({ owner: 'netra worker', withQueue: true });
  if (rt.db.kind === 'pglite') {
    await rt.close();
    throw new Error(
      '`netra worker` needs DATABASE_URL (PostgreSQL). With the embedded database the server runs the jobs itself.',
    );
  }
  for (const m of rt.modules.all) await m.startWorkers?.(rt.queue!);
  out(`Netra worker ${process.pid} siap`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await rt.close();
}
