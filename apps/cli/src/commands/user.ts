// `netra user create|list`: account administration from the shell (e.g. the first admin on a server
// install, or recovery when every admin is locked out). Audited as the system principal "cli".
import { ROLES, normaliseRegionCode, type Role } from '@netra/shared';
import { openRuntime } from '@netra/server/src/public.ts';
import { UsageError, parseArgs, type CliIo } from '../io.ts';

const USAGE = `usage:
  netra user create --username NAME --role ${ROLES.join('|')} [--name "Display name"] [--email E]
                    [--region 64.72[,64.71]] [--agency CODE[,CODE]] [--custodian] [--password P]
  netra user list [--json]`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, flags, options } = parseArgs(args, {
    flags: ['json', 'custodian'],
    options: ['username', 'role', 'name', 'email', 'region', 'agency', 'password'],
  });
  const action = positional[0];
  if (action !== 'create' && action !== 'list') throw new UsageError(USAGE);
  if (action === 'create') {
    if (!options.username) throw new UsageError(`--username is required\n${USAGE}`);
    if (!options.role || !ROLES.includes(options.role as Role))
      throw new UsageError(`--role must be one of ${ROLES.join(', ')}\n${USAGE}`);
  }
  const rt = await openRuntime({ owner: `netra user ${action}` });
  try {
    const { auth, reference } = rt.modules;
    if (action === 'list') {
      const users = await auth.listAllUsers();
      if (flags.has('json')) io.out(JSON.stringify(users));
      else {
        for (const u of users) {
          const scope = u.regionCodes.join(',') || 'nasional';
          const state = !u.active ? 'nonaktif' : u.lockedUntil ? 'terkunci' : 'aktif';
          io.out(
            `${u.username.padEnd(24)} ${u.role.padEnd(10)} ${scope.padEnd(16)} ${state}${u.custodian ? ' custodian' : ''}${u.agencyIds ? ` instansi:${u.agencyIds.length}` : ''}`,
          );
        }
        io.out(`${users.length} pengguna`);
      }
      return 0;
    }
    const regionCodes = (options.region ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((raw) => {
        const c = normaliseRegionCode(raw);
        if (!c) throw new UsageError(`--region: "${raw}" is not a Kemendagri region code (e.g. 64 or 64.72)`);
        return c;
      });
    let agencyIds: string[] | null = null;
    if (options.agency) {
      const codes = options.agency.split(',').map((s) => s.trim());
      const found = await reference.findAgencies(null, { codes });
      const missing = codes.filter((c) => !found.some((a) => a.code === c));
      if (missing.length) throw new UsageError(`--agency: unknown agency code(s): ${missing.join(', ')}`);
      agencyIds = found.map((a) => a.id);
    }
    try {
      const r = await auth.createUserAsSystem('cli', {
        username: options.username,
        displayName: options.name ?? options.username,
        email: options.email ?? null,
        role: options.role as Role,
        regionCodes,
        agencyIds,
        custodian: flags.has('custodian'),
        password: options.password,
      });
      if (flags.has('json')) io.out(JSON.stringify(r));
      else {
        io.out(
          `Pengguna dibuat: ${r.user.username} (${r.user.role}, ${r.user.regionCodes.join(',') || 'nasional'})`,
        );
        if (r.oneTimePassword)
          io.out(`Kata sandi sekali pakai (wajib diganti saat masuk): ${r.oneTimePassword}`);
      }
      return 0;
    } catch (e: any) {
      if (e?.name === 'HttpError' || typeof e?.status === 'number') {
        io.err(`netra user create: ${e.message}`);
        return 1;
      }
      throw e;
    }
  } finally {
    await rt.close();
  }
}
