// Text detection as a service: the shipped detector (packs + model), dated by the caller or by today in
// Western Indonesia Time. Built lazily so processes that never detect do not load the model.
import type { PostDetection } from '@netra/shared';
import { buildTextDetector } from '../../ml/stance/text-detector.ts';
import type { Clock } from '../../platform/clock.ts';

const WIB_OFFSET_MS = 7 * 3600_000;

export function todayWib(clock: Clock): string {
  return new Date(clock.now().getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

export function createDetectService(deps: { clock: Clock }) {
  let detector: ReturnType<typeof buildTextDetector> | null = null;
  return {
    detectText(text: string, opts: { date?: string; id?: string } = {}): PostDetection {
      detector ??= buildTextDetector();
      return detector.detect(text, { id: opts.id ?? '', date: opts.date ?? todayWib(deps.clock) });
    },
  };
}
export type DetectService = ReturnType<typeof createDetectService>;
