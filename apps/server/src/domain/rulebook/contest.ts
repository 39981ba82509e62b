// Which contest an act concerns, and where the act falls in that contest's calendar. Pure.
// The phase is the legal hinge of DOMAIN.md §1.1: before penetapan the target is a bakal calon (SKB block A,
// ethics); from penetapan on it is a calon (block B, discipline). Parties become "calon" on the day they are
// determined as Pemilu participants (pack.partyDetermination).
import {
  CONTEST_OFFICES,
  type Action,
  type ContestOffice,
  type ElectionKind,
  type ElectionPack,
  type PackContest,
  type PackPair,
} from '@netra/shared';

export interface ContestHit {
  pack: ElectionPack;
  contest: PackContest;
  pair: PackPair | null;
  /** resolved from an office alone ("cabup" without a region): any race of that office, same calendar */
  generic?: boolean;
}

/** Target contest id meaning "some race for this office", e.g. `office:bupati` (the parser's "cabup"). */
export const OFFICE_PREFIX = 'office:';

/** before = bakal calon; after = calon (from penetapan to voting day); unknown = no election in view. */
export type Phase = 'before' | 'after' | 'unknown';

const LEGISLATIVE: readonly ContestOffice[] = ['dpr', 'dprd_provinsi', 'dprd_kabkota', 'dpd'];
/** How long before registration opens we still treat people as bakal calon of that contest (our judgement). */
const PRE_REGISTRATION_DAYS = 400;

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function allContests(packs: readonly ElectionPack[]): ContestHit[] {
  return packs.flatMap((pack) => pack.contests.map((contest) => ({ pack, contest, pair: null })));
}

export function findPair(packs: readonly ElectionPack[], pairId: string): ContestHit | null {
  for (const pack of packs)
    for (const contest of pack.contests) {
      const pair = contest.pairs.find((p) => p.id === pairId);
      if (pair) return { pack, contest, pair };
    }
  return null;
}

export function findContestById(packs: readonly ElectionPack[], contestId: string): ContestHit | null {
  for (const pack of packs) {
    const contest = pack.contests.find((c) => c.id === contestId);
    if (contest) return { pack, contest, pair: null };
  }
  return null;
}

/** Is the contest "in view" on this date: from well before registration up to voting day. */
export function contestInView(contest: PackContest, date: string): boolean {
  return (
    date >= addDays(contest.dates.registration.start, -PRE_REGISTRATION_DAYS) && date <= contest.dates.voting
  );
}

/**
 * Among the contests matching the filter, the one in view on `date` whose voting day is nearest;
 * null when none is in view (e.g. a date between elections).
 */
export function pickContest(
  packs: readonly ElectionPack[],
  date: string,
  filter: { offices?: readonly ContestOffice[]; kind?: ElectionKind; regionCode?: string } = {},
): ContestHit | null {
  const hits = allContests(packs).filter(
    (h) =>
      (!filter.offices || filter.offices.includes(h.contest.office)) &&
      (!filter.kind || h.pack.kind === filter.kind) &&
      (!filter.regionCode || h.contest.regionCode === filter.regionCode) &&
      contestInView(h.contest, date),
  );
  // Same voting day: the wider contest first (national, then province), then the office order of the filter.
  const order = filter.offices ?? CONTEST_OFFICES;
  const breadth = (c: PackContest) => (c.regionCode === 'ID' ? 0 : c.regionCode.length);
  hits.sort(
    (a, b) =>
      a.contest.dates.voting.localeCompare(b.contest.dates.voting) ||
      breadth(a.contest) - breadth(b.contest) ||
      order.indexOf(a.contest.office) - order.indexOf(b.contest.office) ||
      a.contest.id.localeCompare(b.contest.id),
  );
  return hits[0] ?? null;
}

/** The contest an action concerns: explicit contest id, then the named pair, then by target kind and date. */
export function resolveContest(action: Action, packs: readonly ElectionPack[]): ContestHit | null {
  const t = action.target;
  if (t.ref) {
    const byPair = findPair(packs, t.ref);
    if (byPair) return byPair;
  }
  if (t.contestId?.startsWith(OFFICE_PREFIX)) {
    const office = t.contestId.slice(OFFICE_PREFIX.length) as ContestOffice;
    const hit = pickContest(packs, action.date, { offices: [office] });
    return hit ? { ...hit, generic: true } : null;
  }
  if (t.contestId) {
    const byId = findContestById(packs, t.contestId);
    if (byId) return byId;
  }
  switch (t.kind) {
    case 'caleg':
      return pickContest(packs, action.date, { offices: LEGISLATIVE });
    case 'party':
      return pickContest(packs, action.date, { kind: 'pemilu', offices: LEGISLATIVE });
    case 'pair':
    case 'candidate':
    case 'bakal_calon':
      return pickContest(packs, action.date);
    case 'none':
      return null;
  }
}

/** The day from which the target counts as a calon in this contest. */
export function determinationDate(hit: ContestHit, targetKind: Action['target']['kind']): string {
  if (targetKind === 'party' && hit.pack.partyDetermination) return hit.pack.partyDetermination;
  return hit.contest.dates.candidateDetermination;
}

export function phaseOf(action: Action, hit: ContestHit | null): Phase {
  if (action.target.kind === 'bakal_calon') return 'before';
  if (!hit) return 'unknown';
  if (action.date > hit.contest.dates.voting) return 'unknown';
  return action.date < determinationDate(hit, action.target.kind) ? 'before' : 'after';
}

export function inCampaign(contest: PackContest, date: string): boolean {
  return date >= contest.dates.campaign.start && date <= contest.dates.campaign.end;
}

export function inQuietPeriod(contest: PackContest, date: string): boolean {
  return date >= contest.dates.quietPeriod.start && date <= contest.dates.quietPeriod.end;
}
