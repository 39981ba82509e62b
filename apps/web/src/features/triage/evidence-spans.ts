// Pure split of a source text by highlighted evidence spans.
import type { EvidenceItem } from '@netra/shared';

export type Span = Extract<EvidenceItem, { kind: 'span' }>;

/** Splits `text` into plain and highlighted pieces; overlapping spans merge into the first. */
export function splitBySpans(text: string, spans: Span[]): Array<{ text: string; span?: Span }> {
  const valid = spans
    .filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const out: Array<{ text: string; span?: Span }> = [];
  let at = 0;
  for (const s of valid) {
    if (s.start < at) continue;
    if (s.start > at) out.push({ text: text.slice(at, s.start) });
    out.push({ text: text.slice(s.start, s.end), span: s });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

