// `netra detect --input in.jsonl --output out.jsonl [--date YYYY-MM-DD] [--threshold 0..1]`
// Stable contract (tools outside the repo use it): reads JSON lines with at least `id` and `text` (other
// fields ignored; a `date` field, when present, dates that post), writes one PostDetection line per good
// input line in input order. Streams: memory stays flat on any input size. A bad line gets an error on
// stderr naming its line number and is skipped; the rest continues. `-` means stdin / stdout.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { buildTextDetector } from '@netra/server/src/ml/stance/text-detector.ts';
import { UsageError, parseArgs, type CliIo } from '../io.ts';

const DATE_RE = /^\d{4}-\d{2}-\d{2}/;

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function detectorOptions(options: Record<string, string>) {
  const date = options.date ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got ${date}`);
  let threshold: number | undefined;
  if (options.threshold !== undefined) {
    threshold = Number(options.threshold);
    if (!(threshold >= 0 && threshold <= 1))
      throw new UsageError(`--threshold must be between 0 and 1, got ${options.threshold}`);
  }
  return { date, config: threshold === undefined ? {} : { threshold } };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { options } = parseArgs(args, { options: ['input', 'output', 'date', 'threshold'] });
  if (!options.input || !options.output)
    throw new UsageError(
      'usage: netra detect --input in.jsonl --output out.jsonl [--date YYYY-MM-DD] [--threshold 0..1]',
    );
  const { date, config } = detectorOptions(options);
  const { detect } = buildTextDetector({ config });

  const input = options.input === '-' ? process.stdin : createReadStream(options.input, { encoding: 'utf8' });
  const inputError = new Promise<never>((_, reject) => input.once('error', reject));
  const out: Writable =
    options.output === '-' ? process.stdout : createWriteStream(options.output, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let written = 0;
  let bad = 0;
  const work = (async () => {
    for await (const line of rl) {
      lineNo++;
      if (!line.trim()) continue;
      let row: any;
      try {
        row = JSON.parse(line);
      } catch (e: any) {
        bad++;
        io.err(`line ${lineNo}: invalid JSON (${e.message})`);
        continue;
      }
      if (row === null || typeof row !== 'object' || Array.isArray(row)) {
        bad++;
        io.err(`line ${lineNo}: expected a JSON object with id and text`);
        continue;
      }
      if (typeof row.id !== 'string' && typeof row.id !== 'number') {
        bad++;
        io.err(`line ${lineNo}: missing id`);
        continue;
      }
      if (typeof row.text !== 'string') {
        bad++;
        io.err(`line ${lineNo} (id ${row.id}): missing text`);
        continue;
      }
      const d = typeof row.date === 'string' && DATE_RE.test(row.date) ? row.date.slice(0, 10) : date;
      const res = detect(row.text, { id: String(row.id), date: d });
      if (!out.write(JSON.stringify(res) + '\n')) await once(out, 'drain');
      written++;
    }
  })();
  await Promise.race([work, inputError]);
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  io.err(`netra detect: ${written} posts written${bad ? `, ${bad} bad line(s) skipped` : ''}`);
  return 0;
}
