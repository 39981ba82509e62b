export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}
export const stdio: CliIo = {
  out: (l) => process.stdout.write(l + '\n'),
  err: (l) => process.stderr.write(l + '\n'),
};

/** Exit code and message for usage mistakes. */
export class UsageError extends Error {}

/** Minimal flag parser: `--name value`, `--flag`, and positionals. */
export function parseArgs(argv: string[], spec: { flags?: string[]; options?: string[] }) {
  const flags = new Set<string>();
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (spec.flags?.includes(name)) flags.add(name);
      else if (spec.options?.includes(name)) {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new UsageError(`--${name} needs a value`);
        options[name] = v;
      } else throw new UsageError(`Unknown option --${name}`);
    } else positional.push(a);
  }
  return { flags, options, positional };
}
