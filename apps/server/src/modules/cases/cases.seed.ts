// Demo cases (filled in below once the foundation's ASN/agency seed exists).
import type { Queryable } from '../../db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import type { CasesService } from './cases.service.ts';

export async function seedCasesDemo(
  _q: Queryable,
  _deps: { cases: CasesService; clock: Clock },
): Promise<void> {}
