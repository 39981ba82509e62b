const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
export type Logger = Record<'debug' | 'info' | 'warn' | 'error', (msg: string, extra?: unknown) => void>;

/** JSON-lines logger on stderr; `silent` drops everything. */
export function createLogger(level: string): Logger {
  const min = level === 'silent' ? Infinity : Math.max(0, LEVELS.indexOf(level as any));
  const at = (lvl: (typeof LEVELS)[number]) => (msg: string, extra?: unknown) => {
    if (LEVELS.indexOf(lvl) < min) return;
    const e = extra instanceof Error ? { error: extra.message, stack: extra.stack } : extra;
    process.stderr.write(
      JSON.stringify({
        t: new Date().toISOString(),
        level: lvl,
        msg,
        ...(e && typeof e === 'object' ? e : e !== undefined ? { extra: e } : {}),
      }) + '\n',
    );
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
