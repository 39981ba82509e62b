// Validates the raw environment once at start-up. A bad value stops the process with a message that
// names the variable and what is wrong with it; production refuses development defaults for secrets.
import path from 'node:path';
import { z } from 'zod';
import type { RawEnv } from './env.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  adminPassword: string | null;
  smtpUrl: string | null;
  smtpFrom: string;
  logLevel: (typeof LOG_LEVELS)[number];
  sessionSecret: string;
  publicUrl: string;
  uploadMaxBytes: number;
  fileStoreDir: string;
  seedDemo: boolean;
  /** Run job workers inside the API process (always true on PGlite, which allows one process). */
  inProcessWorkers: boolean;
}

export class ConfigError extends Error {
  constructor(public readonly problems: { variable: string; problem: string }[]) {
    super('Invalid configuration:\n' + problems.map((p) => `  ${p.variable}: ${p.problem}`).join('\n'));
    this.name = 'ConfigError';
  }
}

const DEV_SECRET = 'netra-development-secret-do-not-use-in-production';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce
    .number()
    .int('must be a whole number')
    .min(0, 'must be 0–65535')
    .max(65535, 'must be 0–65535')
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  NETRA_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  SMTP_FROM: z.string().email('must be an e-mail address').default('netra@localhost'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_URL: z.string().url('must be a URL such as https://netra.example.go.id').optional(),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive('must be a positive number of bytes')
    .default(20 * 1024 * 1024),
  FILE_STORE_DIR: z.string().min(1).optional(),
  NETRA_SEED_DEMO: z.enum(['true', 'false', '1', '0']).optional(),
  NETRA_WORKERS: z.enum(['in-process', 'separate']).optional(),
});

export function envToConfig(raw: RawEnv): Config {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? '?'), problem: i.message })),
    );
  }
  const e = parsed.data;
  const problems: { variable: string; problem: string }[] = [];
  if (e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
    problems.push({
      variable: 'SESSION_SECRET',
      problem: 'is required when NODE_ENV=production (no default secrets outside development)',
    });
  }
  if (e.NODE_ENV === 'production' && !e.PUBLIC_URL) {
    problems.push({
      variable: 'PUBLIC_URL',
      problem: 'is required when NODE_ENV=production (used in letters and e-mails)',
    });
  }
  if (e.NETRA_WORKERS === 'separate' && !e.DATABASE_URL) {
    problems.push({
      variable: 'NETRA_WORKERS',
      problem: "'separate' needs DATABASE_URL: the embedded database allows one process only",
    });
  }
  if (problems.length) throw new ConfigError(problems);
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL ?? null,
    adminPassword: e.NETRA_ADMIN_PASSWORD ?? null,
    smtpUrl: e.SMTP_URL ?? null,
    smtpFrom: e.SMTP_FROM,
    logLevel: e.LOG_LEVEL,
    sessionSecret: e.SESSION_SECRET ?? DEV_SECRET,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    fileStoreDir: path.resolve(e.FILE_STORE_DIR ?? path.join(dataDir, 'files')),
    seedDemo:
      e.NETRA_SEED_DEMO === undefined
        ? e.NODE_ENV !== 'production'
        : ['true', '1'].includes(e.NETRA_SEED_DEMO),
    inProcessWorkers: !e.DATABASE_URL || e.NETRA_WORKERS !== 'separate',
  };
}
