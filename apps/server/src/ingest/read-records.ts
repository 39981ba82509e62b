// Streams JSON records from a file in constant memory: JSON Lines (one API response page or export row per
// line), or one large JSON array (each element is a record), or a single JSON object. Only one record is
// held at a time; a record that is not valid JSON stops the read with its line or element number.
import fs from 'node:fs';
import readline from 'node:readline';

export interface SourceRecord {
  /** 'baris 12' (line) or 'elemen 3' (array element), for error messages */
  where: string;
  value: unknown;
}

export class MalformedRecordError extends Error {}

// TikTok (and Meta's older exports) write 64-bit ids as bare JSON numbers, which JSON.parse rounds; ids of
// 16+ digits are quoted before parsing so '7430000000000000001' stays exact.
const BIG_INT = /([:[,]\s*)(-?\d{16,})(?=\s*[,}\]])/g;
function parseRecord(text: string): unknown {
  return JSON.parse(/\d{16,}/.test(text) ? text.replace(BIG_INT, '$1"$2"') : text);
}

async function firstChar(file: string): Promise<string> {
  const fd = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fd.read(buf, 0, buf.length, 0);
    const s = buf.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
    return s.trimStart()[0] ?? '';
  } finally {
    await fd.close();
  }
}

async function* readLines(file: string): AsyncGenerator<SourceRecord> {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    const t = n === 1 ? line.replace(/^\uFEFF/, '').trim() : line.trim();
    if (!t) continue;
    let value: unknown;
    try {
      value = parseRecord(t);
    } catch (e) {
      rl.close();
      throw new MalformedRecordError(`baris ${n}: bukan JSON yang valid (${(e as Error).message})`);
    }
    yield { where: `baris ${n}`, value };
  }
}

/** Splits a top-level JSON array into its elements without parsing the whole file. */
async function* readArray(file: string): AsyncGenerator<SourceRecord> {
  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  let element = '';
  let n = 0;
  let line = 1;
  let elementLine = 1;
  const emit = function* (text: string): Generator<SourceRecord> {
    const t = text.trim();
    if (!t) return;
    n++;
    let value: unknown;
    try {
      value = parseRecord(t);
    } catch (e) {
      throw new MalformedRecordError(`elemen ${n} (baris ${elementLine}): bukan JSON yang valid (${(e as Error).message})`);
    }
    yield { where: `elemen ${n}`, value };
  };
  for await (const chunk of stream as AsyncIterable<string>) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) line++;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) inString = false;
        continue;
      }
      if (c === 34) inString = true;
      else if (c === 91 || c === 123) {
        if (!started) {
          if (c !== 91) throw new MalformedRecordError('berkas JSON harus diawali "[" atau berupa JSON Lines');
          started = true;
          from = i + 1;
          elementLine = line;
          continue;
        }
        depth++;
      } else if (c === 93 || c === 125) {
        if (depth === 0 && c === 93) {
          element += chunk.slice(from, i);
          yield* emit(element);
          element = '';
          return;
        }
        depth--;
      } else if (c === 44 && depth === 0 && started) {
        element += chunk.slice(from, i);
        yield* emit(element);
        element = '';
        from = i + 1;
        elementLine = line;
      }
    }
    if (started) element += chunk.slice(from);
  }
  throw new MalformedRecordError(`berkas JSON terpotong: larik tidak ditutup "]" (setelah elemen ${n})`);
}

/** A single JSON document that is one object spread over many lines (a saved API response). */
async function readWhole(file: string): Promise<SourceRecord> {
  const text = await fs.promises.readFile(file, 'utf8');
  try {
    return { where: 'dokumen', value: parseRecord(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    throw new MalformedRecordError(`bukan JSON maupun JSON Lines yang valid (${(e as Error).message})`);
  }
}

export async function* readJsonRecords(file: string): AsyncGenerator<SourceRecord> {
  const first = await firstChar(file);
  if (first === '[') {
    yield* readArray(file);
    return;
  }
  if (first !== '{') throw new MalformedRecordError('berkas bukan JSON: harus diawali "{" (JSON Lines) atau "["');
  // JSON Lines when the first line is a complete object; otherwise one pretty-printed document.
  const rl = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }) });
  let firstLine = '';
  for await (const l of rl) {
    firstLine = l.replace(/^\uFEFF/, '');
    break;
  }
  rl.close();
  let isLines = true;
  try {
    JSON.parse(firstLine);
  } catch {
    isLines = false;
  }
  if (isLines) yield* readLines(file);
  else yield await readWhole(file);
}
