// `netra eval --input labelled.jsonl [--json] [--date YYYY-MM-DD] [--threshold 0..1]`
// Runs the detector over labelled posts (`id`, `text`, `stance`, optional `target` and `date`) and prints
// precision, recall and F1 per class, the confusion matrix, partisan-vs-neutral precision/recall and
// target accuracy. Bad lines are reported on stderr with their line number and left out of the score.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { STANCES, type Stance } from '@netra/shared';
import { buildTextDetector } from '@netra/server/src/ml/stance/text-detector.ts';
import {
  formatStanceMetrics,
  scoreStance,
  type Scored,
} from '@netra/server/src/domain/detect/text/metrics.ts';
import { UsageError, parseArgs, type CliIo } from '../io.ts';
import { detectorOptions } from './detect.ts';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { options, flags } = parseArgs(args, { options: ['input', 'date', 'threshold'], flags: ['json'] });
  if (!options.input)
    throw new UsageError(
      'usage: netra eval --input labelled.jsonl [--json] [--date YYYY-MM-DD] [--threshold 0..1]',
    );
  const { date, config } = detectorOptions(options);
  const { detect } = buildTextDetector({ config });
  const input = options.input === '-' ? process.stdin : createReadStream(options.input, { encoding: 'utf8' });
  const inputError = new Promise<never>((_, reject) => input.once('error', reject));
  const rows: Scored[] = [];
  let lineNo = 0;
  let bad = 0;
  const work = (async () => {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNo++;
      if (!line.trim()) continue;
      let r: any;
      try {
        r = JSON.parse(line);
      } catch (e: any) {
        bad++;
        io.err(`line ${lineNo}: invalid JSON (${e.message})`);
        continue;
      }
      if (typeof r?.text !== 'string' || !STANCES.includes(r?.stance)) {
        bad++;
        io.err(`line ${lineNo}: needs "text" and "stance" (${STANCES.join('|')})`);
        continue;
      }
      const d = detect(r.text, {
        id: String(r.id ?? lineNo),
        date: typeof r.date === 'string' ? r.date.slice(0, 10) : date,
      });
      rows.push({
        gold: { stance: r.stance as Stance, target: r.stance === 'neutral' ? null : (r.target ?? null) },
        pred: { stance: d.stance, target: d.target },
      });
    }
  })();
  await Promise.race([work, inputError]);
  const m = scoreStance(rows);
  if (flags.has('json')) io.out(JSON.stringify({ ...m, badLines: bad }));
  else io.out(formatStanceMetrics(m) + (bad ? `\n\n${bad} bad line(s) skipped` : ''));
  return rows.length ? 0 : 1;
}
