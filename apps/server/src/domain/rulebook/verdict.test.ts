import { describe, expect, it } from 'vitest';
import type { Act, Action, ActorKind, ContextFlag, TargetKind, VerdictKind } from '@netra/shared';
import { loadShippedPacks, loadShippedRulebook } from '../../modules/rulebook/shipped-data.ts';
import { judge } from './verdict.ts';

const rulebook = loadShippedRulebook();
const packs = loadShippedPacks();

// Pemilu 2024 presidential pairs were determined on 13 Nov 2023; Pilkada 2024 pairs on 22 Sep 2024.
const PRES = 'pilpres-02';
const GUB = 'kaltim-gub-02';
const PRES_BEFORE = '2023-11-12';
const PRES_AFTER = '2023-11-13';
const PRES_CAMPAIGN = '2024-01-10';
const GUB_BEFORE = '2024-09-21';
const GUB_AFTER = '2024-09-22';

interface Row {
  covers: string;
  match: boolean;
  act: Act;
  date: string;
  ref?: string | null;
  kind?: TargetKind;
  actor?: ActorKind;
  flags?: Partial<Record<ContextFlag, boolean>>;
  verdict: VerdictKind;
}

function action(r: Row): Action {
  return {
    actor: r.actor ?? 'pns',
    act: r.act,
    target: {
      kind: r.kind ?? (r.ref === null ? 'none' : 'pair'),
      ref: r.ref === null ? null : (r.ref ?? PRES),
    },
    date: r.date,
    context: r.flags ?? {},
  };
}

const rows: Row[] = [
  // SKB block A (ethics, before penetapan)
  { covers: 'skb-e01', match: true, act: 'banner', date: PRES_BEFORE, verdict: 'violation' },
  { covers: 'skb-e01', match: false, act: 'banner', date: PRES_AFTER, verdict: 'violation' },
  { covers: 'skb-e02', match: true, act: 'post_support', date: PRES_BEFORE, verdict: 'violation' },
  { covers: 'skb-e02', match: false, act: 'post_support', date: PRES_BEFORE, ref: null, verdict: 'allowed' },
  {
    covers: 'skb-e03',
    match: true,
    act: 'attend_declaration',
    date: PRES_BEFORE,
    flags: { active_support: true },
    verdict: 'violation',
  },
  { covers: 'skb-e03', match: false, act: 'attend_declaration', date: PRES_BEFORE, verdict: 'risky' },
  { covers: 'skb-e04', match: true, act: 'like', date: PRES_BEFORE, verdict: 'violation' },
  { covers: 'skb-e04', match: false, act: 'like', date: PRES_AFTER, verdict: 'violation' },
  {
    covers: 'skb-e05',
    match: true,
    act: 'photo_with_candidate',
    date: PRES_BEFORE,
    flags: { active_support: true },
    verdict: 'violation',
  },
  { covers: 'skb-e05', match: false, act: 'gesture', date: PRES_AFTER, verdict: 'violation' },
  { covers: 'skb-e06', match: true, act: 'attend_campaign', date: PRES_BEFORE, verdict: 'risky' },
  {
    covers: 'skb-e06',
    match: false,
    act: 'attend_campaign',
    date: PRES_BEFORE,
    flags: { spouse_is_candidate: true },
    verdict: 'violation',
  },
  {
    covers: 'skb-e07',
    match: true,
    act: 'attend_declaration',
    date: GUB_BEFORE,
    ref: GUB,
    flags: { spouse_is_candidate: true },
    verdict: 'violation',
  },
  {
    covers: 'skb-e07',
    match: false,
    act: 'attend_declaration',
    date: GUB_BEFORE,
    ref: GUB,
    flags: { spouse_is_candidate: true, on_cltn: true },
    verdict: 'allowed',
  },
  // SKB block B (discipline, from penetapan)
  { covers: 'skb-d01', match: true, act: 'banner', date: PRES_AFTER, verdict: 'violation' },
  { covers: 'skb-d01', match: false, act: 'banner', date: PRES_BEFORE, verdict: 'violation' },
  { covers: 'skb-d02', match: true, act: 'post_support', date: GUB_AFTER, ref: GUB, verdict: 'violation' },
  { covers: 'skb-d02', match: false, act: 'post_support', date: GUB_BEFORE, ref: GUB, verdict: 'violation' },
  {
    covers: 'skb-d03',
    match: true,
    act: 'candidacy_without_resign',
    date: GUB_BEFORE,
    kind: 'none',
    ref: null,
    verdict: 'violation',
  },
  {
    covers: 'skb-d03',
    match: false,
    act: 'candidacy_without_resign',
    date: GUB_BEFORE,
    kind: 'none',
    ref: null,
    flags: { on_cltn: true },
    verdict: 'allowed',
  },
  {
    covers: 'skb-d04',
    match: true,
    act: 'attend_campaign',
    date: PRES_CAMPAIGN,
    flags: { active_support: true },
    verdict: 'violation',
  },
  { covers: 'skb-d04', match: false, act: 'attend_campaign', date: PRES_CAMPAIGN, verdict: 'risky' },
  {
    covers: 'skb-d05',
    match: true,
    act: 'party_member',
    date: '2025-03-01',
    kind: 'party',
    ref: null,
    verdict: 'violation',
  },
  {
    covers: 'skb-d05',
    match: false,
    act: 'like',
    date: '2024-01-10',
    kind: 'party',
    ref: null,
    verdict: 'violation',
  },
  { covers: 'skb-d06', match: true, act: 'share', date: PRES_AFTER, verdict: 'violation' },
  { covers: 'skb-d06', match: false, act: 'share', date: PRES_BEFORE, verdict: 'violation' },
  { covers: 'skb-d07', match: true, act: 'party_attribute', date: GUB_AFTER, ref: GUB, verdict: 'violation' },
  {
    covers: 'skb-d07',
    match: false,
    act: 'party_attribute',
    date: GUB_BEFORE,
    ref: GUB,
    verdict: 'violation',
  },
  { covers: 'skb-d08', match: true, act: 'mobilize_subordinates', date: PRES_CAMPAIGN, verdict: 'violation' },
  {
    covers: 'skb-d08',
    match: false,
    act: 'attend_campaign',
    date: PRES_CAMPAIGN,
    flags: { active_support: true },
    verdict: 'violation',
  },
  { covers: 'skb-d09', match: true, act: 'campaign_team', date: PRES_BEFORE, verdict: 'violation' },
  { covers: 'skb-d09', match: false, act: 'campaign_team', date: PRES_AFTER, verdict: 'violation' },
  { covers: 'skb-d10', match: true, act: 'campaign_team', date: GUB_AFTER, ref: GUB, verdict: 'violation' },
  { covers: 'skb-d10', match: false, act: 'campaign_team', date: GUB_BEFORE, ref: GUB, verdict: 'violation' },
  {
    covers: 'skb-d11',
    match: true,
    act: 'ktp_support',
    date: '2024-05-10',
    kind: 'bakal_calon',
    ref: null,
    verdict: 'violation',
  },
  {
    covers: 'skb-d11',
    match: false,
    act: 'ktp_support',
    date: '2024-05-10',
    kind: 'bakal_calon',
    ref: null,
    actor: 'non_asn',
    verdict: 'not_applicable',
  },
  {
    covers: 'skb-d12',
    match: true,
    act: 'decision_benefiting_candidate',
    date: GUB_AFTER,
    ref: GUB,
    verdict: 'violation',
  },
  { covers: 'skb-d12', match: false, act: 'like', date: GUB_AFTER, ref: GUB, verdict: 'violation' },
  // PP 94/2021 Art. 5(n)
  { covers: 'pp94-n1', match: true, act: 'attend_campaign', date: GUB_AFTER, ref: GUB, verdict: 'risky' },
  { covers: 'pp94-n1', match: false, act: 'attend_campaign', date: GUB_BEFORE, ref: GUB, verdict: 'risky' },
  {
    covers: 'pp94-n2',
    match: true,
    act: 'attend_campaign',
    date: GUB_AFTER,
    ref: GUB,
    flags: { uniform_or_state_attributes: true },
    verdict: 'violation',
  },
  { covers: 'pp94-n2', match: false, act: 'attend_campaign', date: GUB_AFTER, ref: GUB, verdict: 'risky' },
  {
    covers: 'pp94-n3',
    match: true,
    act: 'mobilize_subordinates',
    date: GUB_AFTER,
    ref: GUB,
    verdict: 'violation',
  },
  {
    covers: 'pp94-n3',
    match: false,
    act: 'mobilize_subordinates',
    date: '2020-10-01',
    kind: 'pair',
    ref: null,
    verdict: 'violation',
  },
  {
    covers: 'pp94-n4',
    match: true,
    act: 'state_facilities',
    date: GUB_AFTER,
    ref: GUB,
    verdict: 'violation',
  },
  {
    covers: 'pp94-n4',
    match: false,
    act: 'state_facilities',
    date: '2021-08-30',
    kind: 'pair',
    ref: null,
    verdict: 'risky',
  },
  {
    covers: 'pp94-n5',
    match: true,
    act: 'decision_benefiting_candidate',
    date: PRES_AFTER,
    verdict: 'violation',
  },
  {
    covers: 'pp94-n5',
    match: false,
    act: 'decision_benefiting_candidate',
    date: '2021-08-30',
    kind: 'pair',
    ref: null,
    verdict: 'violation',
  },
  { covers: 'pp94-n6', match: true, act: 'mobilize_subordinates', date: PRES_BEFORE, verdict: 'violation' },
  { covers: 'pp94-n6', match: false, act: 'ktp_support', date: PRES_BEFORE, verdict: 'violation' },
  { covers: 'pp94-n7', match: true, act: 'ktp_support', date: GUB_BEFORE, ref: GUB, verdict: 'violation' },
  {
    covers: 'pp94-n7',
    match: false,
    act: 'ktp_support',
    date: '2021-01-15',
    kind: 'bakal_calon',
    ref: null,
    verdict: 'violation',
  },
  // Party membership → PTDH
  {
    covers: 'uu20-party-ptdh',
    match: true,
    act: 'party_member',
    date: '2024-03-01',
    kind: 'party',
    ref: null,
    actor: 'pppk',
    verdict: 'violation',
  },
  {
    covers: 'uu20-party-ptdh',
    match: false,
    act: 'party_member',
    date: '2024-03-01',
    kind: 'party',
    ref: null,
    actor: 'non_asn',
    verdict: 'not_applicable',
  },
  // Criminal provisions
  { covers: 'uu7-494', match: true, act: 'campaign_team', date: PRES_CAMPAIGN, verdict: 'violation' },
  { covers: 'uu7-494', match: false, act: 'campaign_team', date: GUB_AFTER, ref: GUB, verdict: 'violation' },
  {
    covers: 'uu7-547',
    match: true,
    act: 'decision_benefiting_candidate',
    date: PRES_CAMPAIGN,
    verdict: 'violation',
  },
  {
    covers: 'uu7-547',
    match: false,
    act: 'decision_benefiting_candidate',
    date: '2023-11-20',
    verdict: 'violation',
  },
  { covers: 'uu7-521', match: true, act: 'state_facilities', date: PRES_CAMPAIGN, verdict: 'violation' },
  {
    covers: 'uu7-521',
    match: false,
    act: 'state_facilities',
    date: GUB_AFTER,
    ref: GUB,
    verdict: 'violation',
  },
  {
    covers: 'uu10-189',
    match: true,
    act: 'mobilize_subordinates',
    date: GUB_AFTER,
    ref: GUB,
    verdict: 'violation',
  },
  {
    covers: 'uu10-189',
    match: false,
    act: 'campaign_team',
    date: GUB_BEFORE,
    ref: GUB,
    verdict: 'violation',
  },
  {
    covers: 'uu10-188',
    match: true,
    act: 'decision_benefiting_candidate',
    date: GUB_BEFORE,
    ref: GUB,
    verdict: 'violation',
  },
  {
    covers: 'uu10-188',
    match: false,
    act: 'decision_benefiting_candidate',
    date: PRES_CAMPAIGN,
    verdict: 'violation',
  },
  // Pointers for people outside the civil service
  {
    covers: 'uu7-490-kades',
    match: true,
    act: 'attend_campaign',
    date: PRES_CAMPAIGN,
    actor: 'non_asn',
    verdict: 'not_applicable',
  },
  {
    covers: 'uu7-490-kades',
    match: false,
    act: 'attend_campaign',
    date: GUB_AFTER,
    ref: GUB,
    actor: 'non_asn',
    verdict: 'not_applicable',
  },
  {
    covers: 'uu7-493',
    match: true,
    act: 'like',
    date: PRES_CAMPAIGN,
    actor: 'non_asn',
    verdict: 'not_applicable',
  },
  { covers: 'uu7-493', match: false, act: 'like', date: PRES_CAMPAIGN, verdict: 'violation' },
  {
    covers: 'uu10-71-kades',
    match: true,
    act: 'like',
    date: GUB_AFTER,
    ref: GUB,
    actor: 'non_asn',
    verdict: 'not_applicable',
  },
  {
    covers: 'uu10-71-kades',
    match: false,
    act: 'like',
    date: GUB_AFTER,
    ref: GUB,
    actor: 'pppk',
    verdict: 'violation',
  },
  {
    covers: 'tni-polri',
    match: true,
    act: 'banner',
    date: GUB_AFTER,
    ref: GUB,
    actor: 'non_asn',
    verdict: 'not_applicable',
  },
  { covers: 'tni-polri', match: false, act: 'banner', date: GUB_AFTER, ref: GUB, verdict: 'violation' },
];

describe('verdict engine: every rule item, matching and not', () => {
  it.each(
    rows.map((r) => [`${r.covers} ${r.match ? 'matches' : 'does not match'} ${r.act} ${r.date}`, r] as const),
  )('%s', (_name, r) => {
    const v = judge(action(r), { rulebook, packs });
    const ids = v.rules.map((x) => x.id);
    expect(v.verdict).toBe(r.verdict);
    if (r.match) expect(ids).toContain(r.covers);
    else expect(ids).not.toContain(r.covers);
  });

  it('the table covers every item of the rulebook both ways', () => {
    for (const item of rulebook.items) {
      expect(
        rows.some((r) => r.covers === item.id && r.match),
        `${item.id} matching row`,
      ).toBe(true);
      expect(
        rows.some((r) => r.covers === item.id && !r.match),
        `${item.id} non-matching row`,
      ).toBe(true);
    }
  });
});

describe('ethics → discipline switch at candidate determination', () => {
  const like = (ref: string | null, kind: TargetKind, date: string) =>
    judge({ actor: 'pns', act: 'like', target: { kind, ref }, date, context: {} }, { rulebook, packs });

  it.each([
    ['Pemilu 2024 presidential pair', PRES, 'pair', '2023-11-12', '2023-11-13'],
    ['Pilkada 2024 Kaltim governor pair', GUB, 'pair', '2024-09-21', '2024-09-22'],
    ['Pilkada 2024 regency pair (synthetic)', 'samarinda-01', 'pair', '2024-09-21', '2024-09-22'],
    ['Pemilu 2024 party (participants determined 14 Dec 2022)', null, 'party', '2022-12-13', '2022-12-14'],
  ] as const)('%s', (_name, ref, kind, dayBefore, day) => {
    const before = like(ref, kind, dayBefore);
    expect(before.phase).toBe('before');
    expect(before.rules.map((r) => [r.id, r.track, r.sanction])).toEqual([
      ['skb-e04', 'ethics', 'sanksi_moral'],
    ]);
    const on = like(ref, kind, day);
    expect(on.phase).toBe('after');
    expect(on.rules.map((r) => [r.id, r.track, r.sanction])).toEqual([
      ['skb-d06', 'discipline', 'disiplin_berat'],
    ]);
  });
});

describe('verdict details', () => {
  const ctx = { rulebook, packs };
  it('an unintentional like is risky, with advice to undo it', () => {
    const v = judge(
      {
        actor: 'pns',
        act: 'like',
        target: { kind: 'pair', ref: PRES },
        date: PRES_CAMPAIGN,
        context: { intentional: false },
      },
      ctx,
    );
    expect(v.verdict).toBe('risky');
    expect(v.advice).toMatch(/batalkan/);
  });
  it('no election in view: liking a caleg post is risky under the ethics item', () => {
    const v = judge(
      { actor: 'pns', act: 'like', target: { kind: 'caleg' }, date: '2026-06-01', context: {} },
      ctx,
    );
    expect(v.verdict).toBe('risky');
    expect(v.phase).toBe('unknown');
    expect(v.rules.map((r) => r.id)).toEqual(['skb-e04']);
  });
  it('writes English when asked, Indonesian by default', () => {
    const a: Action = {
      actor: 'pns',
      act: 'banner',
      target: { kind: 'pair', ref: PRES },
      date: PRES_CAMPAIGN,
      context: {},
    };
    expect(judge(a, ctx).explanation).toMatch(/^Ini pelanggaran/);
    const en = judge(a, { ...ctx, lang: 'en' });
    expect(en.explanation).toMatch(/^This breaches/);
    expect(en.rules[0]!.title).toBe('Putting up a banner or billboard for a candidate');
  });
  it('acts before 31 Aug 2021 name the PP 53/2010 ladder', () => {
    const v = judge(
      { actor: 'pns', act: 'ktp_support', target: { kind: 'bakal_calon' }, date: '2020-09-01', context: {} },
      ctx,
    );
    expect(v.explanation).toMatch(/PP 53\/2010/);
  });
  it('a quiet-period act says so', () => {
    const v = judge(
      {
        actor: 'pns',
        act: 'post_support',
        target: { kind: 'pair', ref: PRES },
        date: '2024-02-12',
        context: {},
      },
      ctx,
    );
    expect(v.explanation).toMatch(/masa tenang/);
  });
  it('rules are ordered strongest sanction first', () => {
    const v = judge(
      {
        actor: 'pns',
        act: 'campaign_team',
        target: { kind: 'pair', ref: PRES },
        date: PRES_CAMPAIGN,
        context: {},
      },
      ctx,
    );
    expect(v.rules.map((r) => r.sanction)).toEqual(['disiplin_berat', 'pidana']);
  });
});
