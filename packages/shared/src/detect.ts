// Output of the text detector for one post (issue #3 point 4). Stable: `netra detect` writes it as JSON lines.
import type { RuleRef, Stance } from './rulebook.ts';

export interface TextEvidence {
  start: number;
  end: number;
  text: string;
  why: string;
}

export interface PostDetection {
  id: string;
  stance: Stance;
  /** '01' | '02' | '03' | 'party:<name>' | 'caleg' | 'cakada' | null when neutral */
  target: string | null;
  /** 0..1: confidence that the post is partisan (support or oppose). */
  score: number;
  evidence: TextEvidence[];
  /** The rulebook item the post maps to (ethics or discipline by date), null when neutral. */
  rule: RuleRef | null;
  /** Indonesian explanation a person can read. */
  explanation: string;
}
