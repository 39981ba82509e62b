// The rulebook as versioned data (issue #2 point 6; DOMAIN.md §1). One file ships with the code and is stored
// into `rulebook_version` at start; the verdict engine, the detectors and the /aturan page all read it.
// Every item: stable id, Indonesian + English title and text, legal basis, track, sanction, the acts it covers.
import { z } from 'zod';
import { ACTS, CONTEXT_FLAGS, SANCTIONS, TRACKS } from './rulebook.ts';
import { ELECTION_KINDS } from './election-pack.ts';

const text = z.object({ id: z.string().min(1), en: z.string().min(1) }).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

export const RULE_PHASES = ['before_determination', 'after_determination', 'any'] as const;
export type RulePhase = (typeof RULE_PHASES)[number];

export const DISCIPLINE_LEVELS = ['ringan', 'sedang', 'berat'] as const;
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];

/** Who an item binds: PNS, PPPK, or (pointers only) people outside the civil service. */
export const RULE_SUBJECTS = ['pns', 'pppk', 'non_asn'] as const;

export const rulebookItemSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and - only'),
    /** rule = binds the ASN; pointer = shown to non-ASN or for context, never makes an ASN verdict by itself */
    kind: z.enum(['rule', 'pointer']).default('rule'),
    /** grouping for the rulebook browser, e.g. 'skb-ethics', 'skb-discipline', 'pp94', 'criminal' */
    group: z.string().min(1),
    title: text,
    text,
    basis: z.string().min(1),
    track: z.enum(TRACKS),
    sanction: z.enum(SANCTIONS),
    level: z.enum(DISCIPLINE_LEVELS).optional(),
    acts: z.array(z.enum(ACTS)).default([]),
    phase: z.enum(RULE_PHASES).default('any'),
    /** campaign = only for acts inside the contest's campaign period (e.g. UU 7/2017 Art. 282) */
    window: z.enum(['any', 'campaign']).default('any'),
    /** the item applies only when every one of these context flags is true */
    requires: z.array(z.enum(CONTEXT_FLAGS)).default([]),
    /** the item does not apply when any of these context flags is true */
    unless: z.array(z.enum(CONTEXT_FLAGS)).default([]),
    elections: z.array(z.enum(ELECTION_KINDS)).min(1).default(['pemilu', 'pilkada']),
    appliesTo: z.array(z.enum(RULE_SUBJECTS)).min(1).default(['pns', 'pppk']),
    validFrom: isoDate.optional(),
    validTo: isoDate.optional(),
    /** what is not yet confirmed against the official text */
    note: text.optional(),
    sources: z.array(z.string()).default([]),
  })
  .strict();
export type RulebookItem = z.infer<typeof rulebookItemSchema>;

export const sanctionLadderSchema = z
  .object({
    id: z.string().min(1),
    title: text,
    basis: z.string().min(1),
    validFrom: isoDate.optional(),
    validTo: isoDate.optional(),
    levels: z
      .object({ ringan: z.array(text).min(1), sedang: z.array(text).min(1), berat: z.array(text).min(1) })
      .strict(),
  })
  .strict();
export type SanctionLadder = z.infer<typeof sanctionLadderSchema>;

export const rulebookSchema = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'semantic version, e.g. 1.0.0'),
    publishedAt: isoDate,
    title: text,
    /** the PP 94/2021 ladder and the PP 53/2010 ladder it replaced on 31 Aug 2021 */
    ladders: z.array(sanctionLadderSchema).min(1),
    moralSanctions: z.object({ basis: z.string(), options: z.array(text).min(1) }).strict(),
    applicability: z.object({ pns: text, pppk: text, non_asn: text }).strict(),
    items: z.array(rulebookItemSchema).min(1),
  })
  .strict()
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.items.forEach((item, i) => {
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', message: `duplicate item id ${item.id}`, path: ['items', i, 'id'] });
      seen.add(item.id);
      if (item.track === 'discipline' && item.sanction.startsWith('disiplin_') && !item.level)
        ctx.addIssue({
          code: 'custom',
          message: 'discipline items need a level',
          path: ['items', i, 'level'],
        });
    });
  });
export type Rulebook = z.infer<typeof rulebookSchema>;
