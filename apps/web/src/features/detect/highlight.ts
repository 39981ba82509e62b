// Pure split of a post into plain and highlighted pieces by the detector's evidence spans (UTF-16
// offsets, as the server computes them). Overlapping spans merge into the first; bad spans are ignored.
import type { TextEvidence } from '@netra/shared';

export interface Piece {
  text: string;
  evidence?: TextEvidence;
}

export function highlightPieces(text: string, evidence: readonly TextEvidence[]): Piece[] {
  const spans = evidence
    .filter((e) => e.start >= 0 && e.end > e.start && e.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let at = 0;
  for (const e of spans) {
    if (e.start < at) continue;
    if (e.start > at) out.push({ text: text.slice(at, e.start) });
    out.push({ text: text.slice(e.start, e.end), evidence: e });
    at = e.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** Colour of a highlight: lowering cues differ from partisan evidence. */
export function evidenceTone(e: TextEvidence): 'cue' | 'stance' | 'lexicon' {
  if (e.why.includes('menurunkan skor')) return 'cue';
  if (e.why.startsWith('kata bernada')) return 'stance';
  return 'lexicon';
}
