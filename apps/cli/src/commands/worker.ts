import { runWorker } from '@netra/server/src/public.ts';
import type { CliIo } from '../io.ts';

export async function run(_args: string[], io: CliIo): Promise<number> {
  await runWorker(io.out);
  return 0;
}
