// Output of the text detector for one post (issue #3 point 4). Stable: `netra detect` writes it as JSON lines.
import { z } from 'zod';
import { SANCTIONS, STANCES, TRACKS, type RuleRef, type Stance } from './rulebook.ts';

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

// Wire schemas for POST /api/detect/text (analysts) — the same object `netra detect` writes.

export const textEvidenceSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  why: z.string(),
});

export const postDetectionSchema = z.object({
  id: z.string(),
  stance: z.enum(STANCES),
  target: z.string().nullable(),
  score: z.number().min(0).max(1),
  evidence: z.array(textEvidenceSchema),
  rule: z
    .object({
      id: z.string(),
      title: z.string(),
      track: z.enum(TRACKS),
      sanction: z.enum(SANCTIONS),
      basis: z.string(),
    })
    .nullable(),
  explanation: z.string(),
});

export const detectTextRequestSchema = z.object({
  text: z.string().min(1, 'text is empty').max(20_000, 'text is longer than 20,000 characters'),
  /** date of the post (YYYY-MM-DD); default today in WIB */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
    .optional(),
  id: z.string().max(200).optional(),
});
export type DetectTextRequest = z.infer<typeof detectTextRequestSchema>;
