// Election pack: one election (Pemilu or a Pilkada round) as data (issue #2 point 7). Detectors read the
// dictionaries (names, nicknames, hashtags, gestures per ballot number); the verdict engine reads the
// contest dates — `candidateDetermination` (penetapan) switches an act from the ethics to the discipline
// track (DOMAIN.md §1.1, §2.3). A new election is a new pack file: `npx netra election import <file>`.
import { z } from 'zod';

export const ELECTION_KINDS = ['pemilu', 'pilkada'] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];

export const CONTEST_OFFICES = [
  'presiden',
  'dpr',
  'dpd',
  'dprd_provinsi',
  'dprd_kabkota',
  'gubernur',
  'bupati',
  'walikota',
] as const;
export type ContestOffice = (typeof CONTEST_OFFICES)[number];

/** Pemilu deadlines count working days, Pilkada calendar days (DOMAIN.md §1.8). */
export const DAY_COUNTS = ['working', 'calendar'] as const;
export type DayCount = (typeof DAY_COUNTS)[number];

export const SOCIAL_PLATFORMS = [
  'facebook',
  'instagram',
  'tiktok',
  'x',
  'youtube',
  'whatsapp',
  'telegram',
  'threads',
  'web',
] as const;
export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'not a calendar date',
  );

const dateRange = z
  .object({ start: isoDate, end: isoDate })
  .strict()
  .refine((r) => r.start <= r.end, { message: 'start is after end', path: ['end'] });

const id = z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'lowercase letters, digits, _ . - only');
const words = z.array(z.string().min(1)).default([]);

export const socialAccountSchema = z
  .object({
    platform: z.enum(SOCIAL_PLATFORMS),
    handle: z.string().min(1),
    /** official (candidate/party) or winning team (akun pemenangan, SKB items e04/d06) */
    kind: z.enum(['official', 'winning_team']).default('official'),
    url: z.string().optional(),
  })
  .strict();
export type SocialAccount = z.infer<typeof socialAccountSchema>;

export const personSchema = z
  .object({
    name: z.string().min(1),
    role: z.enum(['head', 'deputy', 'candidate']).default('candidate'),
    nicknames: words,
    misspellings: words,
  })
  .strict();
export type PackPerson = z.infer<typeof personSchema>;

export const contestDatesSchema = z
  .object({
    registration: dateRange,
    /** penetapan calon/peserta: from this day on a bakal calon is a calon (ethics → discipline). */
    candidateDetermination: isoDate,
    ballotNumberDraw: isoDate.optional(),
    campaign: dateRange,
    quietPeriod: dateRange,
    voting: isoDate,
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.candidateDetermination < d.registration.start)
      ctx.addIssue({
        code: 'custom',
        message: 'candidate determination before registration opens',
        path: ['candidateDetermination'],
      });
    if (d.campaign.start < d.candidateDetermination)
      ctx.addIssue({
        code: 'custom',
        message: 'campaign starts before candidate determination',
        path: ['campaign', 'start'],
      });
    if (d.quietPeriod.start <= d.campaign.end)
      ctx.addIssue({
        code: 'custom',
        message: 'quiet period must start after the campaign ends',
        path: ['quietPeriod', 'start'],
      });
    if (d.voting <= d.quietPeriod.end)
      ctx.addIssue({ code: 'custom', message: 'voting must be after the quiet period', path: ['voting'] });
  });
export type ContestDates = z.infer<typeof contestDatesSchema>;

export const pairSchema = z
  .object({
    id,
    ballotNumber: z.number().int().min(1).max(99),
    /** e.g. "Anies–Muhaimin"; a single candidate (legislative, DPD) has one person. */
    label: z.string().min(1),
    people: z.array(personSchema).min(1),
    /** party short names (must exist in the pack's parties when parties are listed) */
    parties: words,
    coalition: z.string().optional(),
    campaignTeam: z.string().optional(),
    hashtags: words,
    slogans: words,
    jargon: words,
    /** words describing the hand sign for this number, e.g. "salam dua jari", "✌️" */
    handSigns: words,
    colours: words,
    accounts: z.array(socialAccountSchema).default([]),
    /** true when the pair is invented example data, not the real ballot */
    synthetic: z.boolean().default(false),
  })
  .strict();
export type PackPair = z.infer<typeof pairSchema>;

export const contestSchema = z
  .object({
    id,
    office: z.enum(CONTEST_OFFICES),
    /** Kemendagri code: '' or 'ID' for national, '64' province, '64.72' regency/city */
    regionCode: z.string().regex(/^(ID|\d{2}(\.\d{2})?)$/, "expected 'ID', '64' or '64.72'"),
    name: z.string().min(1),
    /** how people name the region or race in free text, e.g. "kukar", "pilwali samarinda" */
    aliases: words,
    dayCount: z.enum(DAY_COUNTS),
    dates: contestDatesSchema,
    pairs: z.array(pairSchema).default([]),
    synthetic: z.boolean().default(false),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Map<number, number>();
    c.pairs.forEach((p, i) => {
      const prev = seen.get(p.ballotNumber);
      if (prev !== undefined)
        ctx.addIssue({
          code: 'custom',
          message: `ballot number ${p.ballotNumber} already used by pairs[${prev}]`,
          path: ['pairs', i, 'ballotNumber'],
        });
      seen.set(p.ballotNumber, i);
    });
  });
export type PackContest = z.infer<typeof contestSchema>;

export const partySchema = z
  .object({
    number: z.number().int().min(1).max(99),
    shortName: z.string().min(1),
    longName: z.string().min(1),
    aliases: words,
    colours: words,
    symbolWords: words,
    slogans: words,
    hashtags: words,
    accounts: z.array(socialAccountSchema).default([]),
    /** e.g. 'aceh' for Aceh local parties that only run for DPRA/DPRK */
    scope: z.enum(['national', 'aceh', 'local']).default('national'),
  })
  .strict();
export type PackParty = z.infer<typeof partySchema>;

export const electionPackSchema = z
  .object({
    id,
    version: z.number().int().min(1),
    name: z.string().min(1),
    kind: z.enum(ELECTION_KINDS),
    /** voting day of the election as a whole */
    votingDate: isoDate,
    /** Pemilu: the day parties were determined as participants — from then on a party is a "calon" (SKB block B). */
    partyDetermination: isoDate.optional(),
    sources: words,
    contests: z.array(contestSchema).min(1),
    parties: z.array(partySchema).default([]),
  })
  .strict()
  .superRefine((p, ctx) => {
    const contestIds = new Set<string>();
    p.contests.forEach((c, i) => {
      if (contestIds.has(c.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate contest id ${c.id}`,
          path: ['contests', i, 'id'],
        });
      contestIds.add(c.id);
    });
    const numbers = new Set<number>();
    p.parties.forEach((party, i) => {
      if (numbers.has(party.number))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate party number ${party.number}`,
          path: ['parties', i, 'number'],
        });
      numbers.add(party.number);
    });
    if (p.parties.length > 0) {
      const names = new Set(
        p.parties.flatMap((x) => [x.shortName.toLowerCase(), ...x.aliases.map((a) => a.toLowerCase())]),
      );
      p.contests.forEach((c, ci) =>
        c.pairs.forEach((pair, pi) =>
          pair.parties.forEach((name, ni) => {
            if (!names.has(name.toLowerCase()))
              ctx.addIssue({
                code: 'custom',
                message: `unknown party "${name}"`,
                path: ['contests', ci, 'pairs', pi, 'parties', ni],
              });
          }),
        ),
      );
    }
  });
export type ElectionPack = z.infer<typeof electionPackSchema>;
export type ElectionPackInput = z.input<typeof electionPackSchema>;

/** One line per bad field, e.g. `contests[0].dates.voting: Required`. */
export function formatPackIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string[] {
  return issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || '(root)';
}

export type ParsePackResult = { ok: true; pack: ElectionPack } | { ok: false; errors: string[] };

/** Validates an already-parsed object (YAML/JSON decoding is the caller's business). */
export function parseElectionPack(data: unknown): ParsePackResult {
  const r = electionPackSchema.safeParse(data, {
    error: (iss) => (iss.code === 'invalid_type' && iss.input === undefined ? 'Required' : undefined),
  });
  if (r.success) return { ok: true, pack: r.data };
  return { ok: false, errors: formatPackIssues(r.error.issues) };
}

/** Summary the API and CLI list. */
export interface ElectionPackSummary {
  id: string;
  version: number;
  name: string;
  kind: ElectionKind;
  votingDate: string;
  contests: number;
  source: 'shipped' | 'imported';
}
