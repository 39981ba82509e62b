import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, envToConfig } from './config.ts';

function problemsOf(env: Record<string, string | undefined>): { variable: string; problem: string }[] {
  try {
    envToConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('development defaults need no environment at all', () => {
    const c = envToConfig({});
    expect(c).toMatchObject({
      env: 'development',
      port: 3000,
      databaseUrl: null,
      seedDemo: true,
      inProcessWorkers: true,
      logLevel: 'info',
    });
    expect(c.dataDir).toBe(path.resolve('./data'));
    expect(c.publicUrl).toBe('http://localhost:3000');
  });

  const cases: [string, Record<string, string>, string, RegExp][] = [
    ['PORT not a number', { PORT: 'abc' }, 'PORT', /number/i],
    ['PORT out of range', { PORT: '70000' }, 'PORT', /0–65535/],
    ['PORT fractional', { PORT: '80.5' }, 'PORT', /whole number/],
    ['DATABASE_URL wrong scheme', { DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL', /postgres:\/\//],
    ['short admin password', { NETRA_ADMIN_PASSWORD: 'short' }, 'NETRA_ADMIN_PASSWORD', /at least 12/],
    ['SMTP_URL wrong scheme', { SMTP_URL: 'http://mail' }, 'SMTP_URL', /smtp:\/\//],
    ['SMTP_FROM not an address', { SMTP_FROM: 'netra' }, 'SMTP_FROM', /e-mail/],
    ['unknown LOG_LEVEL', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /.+/],
    ['short SESSION_SECRET', { SESSION_SECRET: 'tooshort' }, 'SESSION_SECRET', /at least 32/],
    ['PUBLIC_URL not a URL', { PUBLIC_URL: 'netra.example' }, 'PUBLIC_URL', /URL/],
    ['UPLOAD_MAX_BYTES negative', { UPLOAD_MAX_BYTES: '-5' }, 'UPLOAD_MAX_BYTES', /positive/],
    ['NODE_ENV unknown', { NODE_ENV: 'staging' }, 'NODE_ENV', /.+/],
    ['NETRA_SEED_DEMO not a boolean', { NETRA_SEED_DEMO: 'yes' }, 'NETRA_SEED_DEMO', /.+/],
    [
      'production without SESSION_SECRET',
      { NODE_ENV: 'production', PUBLIC_URL: 'https://netra.example.go.id' },
      'SESSION_SECRET',
      /required when NODE_ENV=production/,
    ],
    [
      'production without PUBLIC_URL',
      { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) },
      'PUBLIC_URL',
      /required when NODE_ENV=production/,
    ],
    ['separate workers on PGlite', { NETRA_WORKERS: 'separate' }, 'NETRA_WORKERS', /needs DATABASE_URL/],
  ];
  it.each(cases)('%s names %s', (_label, env, variable, problem) => {
    const problems = problemsOf(env);
    const p = problems.find((x) => x.variable === variable);
    expect(p, JSON.stringify(problems)).toBeDefined();
    expect(p!.problem).toMatch(problem);
  });

  it('the error message lists every problem with its variable', () => {
    try {
      envToConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT: /);
      expect((e as Error).message).toMatch(/DATABASE_URL: must start with postgres/);
    }
  });

  it('production gets no development secret and no demo data', () => {
    const c = envToConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 's'.repeat(40),
      PUBLIC_URL: 'https://netra.example.go.id',
    });
    expect(c.sessionSecret).toBe('s'.repeat(40));
    expect(c.seedDemo).toBe(false);
  });

  it('empty strings count as unset', () => {
    expect(envToConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: null, port: 3000 });
  });

  it('separate workers are allowed on PostgreSQL', () => {
    const c = envToConfig({ DATABASE_URL: 'postgres://u@h/db', NETRA_WORKERS: 'separate' });
    expect(c.inProcessWorkers).toBe(false);
  });
});
