// The only place that reads process.env. Everything else receives a validated Config.
export type RawEnv = Record<string, string | undefined>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): RawEnv {
  const keys = [
    'NODE_ENV',
    'PORT',
    'HOST',
    'DATA_DIR',
    'DATABASE_URL',
    'NETRA_ADMIN_PASSWORD',
    'SMTP_URL',
    'SMTP_FROM',
    'LOG_LEVEL',
    'SESSION_SECRET',
    'PUBLIC_URL',
    'UPLOAD_MAX_BYTES',
    'FILE_STORE_DIR',
    'NETRA_SEED_DEMO',
    'NETRA_WORKERS',
    'NETRA_LOCALE',
  ];
  const out: RawEnv = {};
  for (const k of keys) out[k] = source[k];
  return out;
}
