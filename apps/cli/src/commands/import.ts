// STUB — not implemented yet.
import type { CliIo } from '../io.ts';

export async function run(_args: string[], io: CliIo): Promise<number> {
  io.err('netra import: not implemented yet');
  return 1;
}
