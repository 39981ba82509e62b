// STUB — owned by the foundation work: reference data on every start, the first admin, and the demo world.
import type { Runtime } from '../runtime.ts';

export async function seedOnStart(_rt: Runtime, _out: (line: string) => void): Promise<void> {}
