// Content-addressed file store under config.fileStoreDir: a file is stored once under its SHA-256
// (ab/cd/abcd…), so the same evidence uploaded twice is one file and its name can never be forged.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function sha256Hex(buf: Uint8Array): string {
  return createHash('sha256').update(buf).digest('hex');
}

export function createFileStore(dir: string) {
  const pathOf = (hash: string) => {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`not a sha256: ${hash}`);
    return path.join(dir, hash.slice(0, 2), hash.slice(2, 4), hash);
  };
  return {
    put(buf: Uint8Array): { sha256: string; size: number } {
      const sha256 = sha256Hex(buf);
      const p = pathOf(sha256);
      if (!fs.existsSync(p)) {
        fs.mkdirSync(path.dirname(p), { recursive: true });
        const tmp = `${p}.${process.pid}.${Date.now()}.tmp`;
        fs.writeFileSync(tmp, buf);
        fs.renameSync(tmp, p);
      }
      return { sha256, size: buf.byteLength };
    },
    get(sha256: string): Buffer {
      const buf = fs.readFileSync(pathOf(sha256));
      if (sha256Hex(buf) !== sha256) throw new Error(`stored file ${sha256} does not match its hash`);
      return buf;
    },
  };
}
export type FileStore = ReturnType<typeof createFileStore>;
