// Only one process may open a PGlite directory: two writers silently lose data. The lock file holds
// the owner's pid and role; a lock whose pid is gone is stale and taken over.
import fs from 'node:fs';
import path from 'node:path';

export interface DataDirLock {
  file: string;
  release(): void;
}

export class DataDirBusyError extends Error {
  constructor(
    public readonly dataDir: string,
    public readonly ownerPid: number,
    public readonly owner: string,
  ) {
    super(
      `The data directory ${dataDir} is in use by process ${ownerPid} (${owner}). ` +
        `Stop it first, or talk to the running server through its API. ` +
        `(Only one process may open the embedded database; set DATABASE_URL to use PostgreSQL with many processes.)`,
    );
    this.name = 'DataDirBusyError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e: any) {
    return e.code === 'EPERM';
  }
}

export function readLockOwner(dataDir: string): { pid: number; owner: string } | null {
  try {
    const v = JSON.parse(fs.readFileSync(path.join(dataDir, 'netra.lock'), 'utf8'));
    return alive(v.pid) && v.pid !== process.pid ? v : null;
  } catch {
    return null;
  }
}

export function acquireDataDirLock(dataDir: string, owner: string): DataDirLock {
  const file = path.join(dataDir, 'netra.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify({ pid: process.pid, owner, since: new Date().toISOString() }), {
        flag: 'wx',
      });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const v = JSON.parse(fs.readFileSync(file, 'utf8'));
          if (v.pid === process.pid) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return { file, release };
    } catch (e: any) {
      if (e.code !== 'EEXIST') throw e;
      let held: { pid: number; owner: string } | null = null;
      try {
        held = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        held = null;
      }
      if (held && alive(held.pid) && held.pid !== process.pid)
        throw new DataDirBusyError(dataDir, held.pid, held.owner);
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
