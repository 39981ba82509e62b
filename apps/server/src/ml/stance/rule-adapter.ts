// Maps a partisan post to its rulebook item through the verdict engine: act `post_support` by a PNS on the
// post's date — before the contest's penetapan that is the ethics item, from penetapan on the discipline
// item (DOMAIN.md §1.1). When the rulebook data cannot be loaded, a small fallback gives the same two
// SKB items by date so the detector never crashes on a rulebook problem.
import type { Action, ElectionPack, RuleRef } from '@netra/shared';
import { judge } from '../../domain/rulebook/verdict.ts';
import * as shipped from '../../modules/rulebook/shipped-data.ts';
import type { RuleQuery } from '../../domain/detect/text/text.detector.ts';

type LoadRulebook = () => Parameters<typeof judge>[1]['rulebook'];
const loadRulebook = (shipped as unknown as { loadShippedRulebook?: LoadRulebook }).loadShippedRulebook;

const FALLBACK: Record<'before' | 'after', RuleRef> = {
  before: {
    id: 'skb-e02',
    title: 'Sosialisasi/kampanye bakal calon di media sosial',
    track: 'ethics',
    sanction: 'sanksi_moral',
    basis: 'SKB 2/2022 Lampiran II huruf A angka 2; PP 42/2004 Pasal 11 huruf c jo. Pasal 15',
  },
  after: {
    id: 'skb-d02',
    title: 'Sosialisasi/kampanye calon di media sosial',
    track: 'discipline',
    sanction: 'disiplin_berat',
    basis: 'SKB 2/2022 Lampiran II huruf B angka 2; UU 20/2023 Pasal 9 ayat (2); PP 94/2021 Pasal 5 huruf n',
  },
};

/** The action the verdict engine sees for a partisan post. */
export function actionForPost(q: RuleQuery, packs: readonly ElectionPack[]): Action {
  let kind: Action['target']['kind'] = 'candidate';
  let ref: string | null = null;
  let contestId = q.contestId;
  if (/^\d\d$/.test(q.target)) {
    kind = 'pair';
    const n = Number(q.target);
    for (const p of packs)
      for (const c of p.contests)
        if (c.office === 'presiden') {
          const pair = c.pairs.find((x) => x.ballotNumber === n);
          if (pair && (!ref || (q.date <= c.dates.voting && q.date >= c.dates.registration.start))) {
            ref = pair.id;
            contestId = c.id;
          }
        }
  } else if (q.target.startsWith('party:')) kind = 'party';
  else if (q.target === 'caleg') kind = 'caleg';
  return {
    actor: 'pns',
    act: 'post_support',
    target: { kind, ref, contestId, label: q.targetLabel },
    date: q.date,
    channel: 'social_media',
    context: { active_support: true },
  };
}

function fallbackRule(q: RuleQuery, packs: readonly ElectionPack[]): RuleRef {
  const action = actionForPost(q, packs);
  let determination: string | null = null;
  for (const p of packs)
    for (const c of p.contests) {
      const fits =
        c.id === action.target.contestId ||
        (action.target.kind === 'party' && c.office === 'dpr') ||
        (action.target.kind === 'caleg' && c.office === 'dpr') ||
        (q.target === 'cakada' && p.kind === 'pilkada');
      if (
        fits &&
        (!determination ||
          Math.abs(Date.parse(c.dates.voting) - Date.parse(q.date)) <
            Math.abs(Date.parse(determination) - Date.parse(q.date)))
      )
        determination = c.dates.candidateDetermination;
    }
  return determination && q.date >= determination ? FALLBACK.after : FALLBACK.before;
}

export function ruleForPost(q: RuleQuery, packs: readonly ElectionPack[]): RuleRef | null {
  if (loadRulebook) {
    try {
      const v = judge(actionForPost(q, packs), { rulebook: loadRulebook(), packs });
      const social = v.rules.find((r) => r.id === 'skb-e02' || r.id === 'skb-d02');
      return social ?? v.rules[0] ?? null;
    } catch {
      // a rulebook data problem must not take the detector down; the fallback cites the same items
    }
  }
  return fallbackRule(q, packs);
}
