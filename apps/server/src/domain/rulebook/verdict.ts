// The verdict engine: one Action in, one Verdict out. Pure and synchronous; the date comes in the Action.
// Items are selected from the rulebook data by act, actor, phase (bakal calon → ethics, calon → discipline;
// DOMAIN.md §1.1), election kind, validity date and the item's context conditions. The code here adds only
// what the data cannot say: when a matching item is a certain breach and when it is merely a risk.
import {
  SANCTION_LABELS,
  type Act,
  type Action,
  type ContextFlag,
  type ElectionPack,
  type Lang,
  type RuleRef,
  type Rulebook,
  type RulebookItem,
  type Sanction,
  type Verdict,
  type VerdictKind,
} from '@netra/shared';
import {
  determinationDate,
  inCampaign,
  inQuietPeriod,
  phaseOf,
  resolveContest,
  type ContestHit,
  type Phase,
} from './contest.ts';
import { ACT_ADVICE, say, type Bi } from './texts.ts';

export interface JudgeContext {
  rulebook: Rulebook;
  packs: readonly ElectionPack[];
  lang?: Lang;
}

/** A Verdict plus what the engine decided on the way (for the self-check UI and tests). */
export interface JudgedVerdict extends Verdict {
  phase: Phase;
  contest: { id: string; name: string; determination: string } | null;
}

/** PP 94/2021 promulgated 31 Aug 2021; earlier acts are sanctioned under PP 53/2010's ladder. */
export const PP94_FROM = '2021-08-31';

const SOCIAL_ACTS: readonly Act[] = ['like', 'comment', 'share', 'follow', 'join_group', 'post_support'];
const ATTEND_ACTS: readonly Act[] = ['attend_campaign', 'attend_declaration'];

export const VERDICT_RANK: Record<VerdictKind, number> = {
  violation: 3,
  risky: 2,
  allowed: 1,
  not_applicable: 0,
};
export const SANCTION_RANK: Record<Sanction, number> = {
  ptdh: 6,
  disiplin_berat: 5,
  disiplin_sedang: 4,
  disiplin_ringan: 3,
  sanksi_moral: 2,
  pidana: 1,
};

export function toRuleRef(item: RulebookItem, lang: Lang): RuleRef {
  return {
    id: item.id,
    title: item.title[lang],
    track: item.track,
    sanction: item.sanction,
    basis: item.basis,
  };
}

export function sortRules(rules: RuleRef[]): RuleRef[] {
  return [...rules].sort(
    (a, b) => SANCTION_RANK[b.sanction] - SANCTION_RANK[a.sanction] || a.id.localeCompare(b.id),
  );
}

function flagsOf(action: Action): Partial<Record<ContextFlag, boolean>> {
  const f = { ...action.context };
  // Speaking at a party event is active support by its nature.
  if (action.act === 'speaker_at_party_event' && f.active_support === undefined) f.active_support = true;
  return f;
}

function phaseMatches(item: RulebookItem, phase: Phase): boolean {
  if (item.phase === 'any') return true;
  if (phase === 'before') return item.phase === 'before_determination';
  if (phase === 'after') return item.phase === 'after_determination';
  // No election in view: the person can at most be a bakal calon, so only the ethics reading is possible.
  return item.phase === 'before_determination';
}

function electionMatches(item: RulebookItem, hit: ContestHit | null, date: string): boolean {
  if (!hit) return item.track !== 'criminal';
  if (!item.elections.includes(hit.pack.kind)) return false;
  if (item.window === 'campaign' && !inCampaign(hit.contest, date)) return false;
  return true;
}

function validAt(item: RulebookItem, date: string): boolean {
  return (!item.validFrom || date >= item.validFrom) && (!item.validTo || date <= item.validTo);
}

function conditionsHold(item: RulebookItem, flags: Partial<Record<ContextFlag, boolean>>): boolean {
  return item.requires.every((f) => flags[f] === true) && !item.unless.some((f) => flags[f] === true);
}

export function selectItems(
  action: Action,
  rulebook: Rulebook,
  hit: ContestHit | null,
  phase: Phase,
): RulebookItem[] {
  const flags = flagsOf(action);
  const actor = action.actor;
  return rulebook.items.filter(
    (item) =>
      item.kind === 'rule' &&
      item.acts.includes(action.act) &&
      item.appliesTo.includes(actor) &&
      phaseMatches(item, phase) &&
      electionMatches(item, hit, action.date) &&
      validAt(item, action.date) &&
      conditionsHold(item, flags),
  );
}

function pointersFor(rulebook: Rulebook, hit: ContestHit | null): RulebookItem[] {
  return rulebook.items.filter(
    (i) =>
      i.kind === 'pointer' &&
      i.appliesTo.includes('non_asn') &&
      (!hit || i.elections.includes(hit.pack.kind)),
  );
}

/** Why a matching item is only a risk here (null: it is a breach). */
function riskReason(action: Action, items: RulebookItem[], phase: Phase): Bi | null {
  const f = flagsOf(action);
  if (phase === 'unknown' && action.target.kind !== 'bakal_calon' && items.every((i) => i.phase !== 'any'))
    return say(
      'Tidak ada pemilu/pemilihan dalam data Netra yang sedang berjalan pada tanggal itu. Jika orang tersebut sudah tampil sebagai bakal calon (dideklarasikan, mendaftar, atau disebut akan maju), perbuatan ini melanggar kode etik.',
      'No election in Netra’s data is in view on that date. If the person is already presented as a prospective candidate (declared, registered, or said to be running), this breaches the code of ethics.',
    );
  if (SOCIAL_ACTS.includes(action.act) && f.intentional === false)
    return say(
      'Anda menyebut ini tidak sengaja. Pemeriksa tetap bisa menilainya sebagai pelanggaran bila tidak segera dibatalkan.',
      'You say this was unintentional. Examiners may still treat it as a breach unless it is undone at once.',
    );
  if (
    ATTEND_ACTS.includes(action.act) &&
    !f.active_support &&
    !f.uniform_or_state_attributes &&
    !f.spouse_is_candidate
  )
    return say(
      'Hadir tanpa atribut, tanpa fasilitas negara, dan tanpa menunjukkan dukungan tidak dengan sendirinya terbukti melanggar (Bawaslu pernah menyatakan ASN boleh hadir sebagai pemilih), tetapi PP 94/2021 melarang "ikut kampanye" dan SKB melarang ikut kegiatan bakal calon: berisiko.',
      'Attending with no attributes, no state facilities and no show of support is not by itself a proven breach (Bawaslu has said ASN may attend as voters), but PP 94/2021 forbids "taking part in a campaign" and the SKB forbids joining a prospective candidate’s activities: risky.',
    );
  if (action.act === 'photo_with_candidate' && !f.active_support && !f.uniform_or_state_attributes)
    return say(
      'Foto bersama calon menjadi pelanggaran bila diunggah/disebarkan untuk memperlihatkan dukungan (pose jari, atribut, latar kampanye). Foto di acara dinas tanpa simbol apa pun tidak dengan sendirinya melanggar.',
      'A photo with a candidate is a breach when published to show support (finger pose, attributes, campaign backdrop). A photo at an official event with no symbols is not a breach by itself.',
    );
  if (action.act === 'gesture' && action.target.kind === 'none')
    return say(
      'Pose jari seperti "salam dua jari" dipakai semua orang; menjadi pelanggaran bila dikaitkan dengan nomor urut calon (ada calon, atribut, keterangan, atau tagar).',
      'A finger pose such as the V sign is common; it becomes a breach when tied to a candidate’s ballot number (candidate in frame, attributes, caption or hashtags).',
    );
  if (action.act === 'speaker_at_party_event' && f.on_duty)
    return say(
      'ASN boleh menjadi narasumber di acara partai hanya untuk menjelaskan kebijakan pemerintah sesuai tugasnya.',
      'An ASN may speak at a party event only to explain government policy within their duties.',
    );
  return null;
}

function strongestDisciplineLevel(items: RulebookItem[]) {
  const levels = items.map((i) => i.level).filter((l): l is NonNullable<typeof l> => !!l);
  if (levels.includes('berat')) return 'berat' as const;
  if (levels.includes('sedang')) return 'sedang' as const;
  if (levels.includes('ringan')) return 'ringan' as const;
  return null;
}

function sanctionSentence(items: RulebookItem[], rulebook: Rulebook, date: string, lang: Lang): string {
  const parts: string[] = [];
  const level = strongestDisciplineLevel(items);
  if (level) {
    const ladder = rulebook.ladders.find(
      (l) => (!l.validFrom || date >= l.validFrom) && (!l.validTo || date <= l.validTo),
    );
    if (ladder) {
      const opts = ladder.levels[level].map((o) => o[lang]).join('; ');
      parts.push(
        lang === 'id'
          ? `Pilihan hukuman disiplin ${level} (${ladder.basis}): ${opts}.`
          : `Options for a ${level === 'berat' ? 'heavy' : level === 'sedang' ? 'medium' : 'light'} discipline sanction (${ladder.basis}): ${opts}.`,
      );
    }
  }
  if (items.some((i) => i.sanction === 'sanksi_moral')) {
    const opts = rulebook.moralSanctions.options.map((o) => o[lang]).join('; ');
    parts.push(
      lang === 'id'
        ? `Sanksi moral (${rulebook.moralSanctions.basis}): ${opts}.`
        : `Moral sanction (${rulebook.moralSanctions.basis}): ${opts}.`,
    );
  }
  if (items.some((i) => i.sanction === 'ptdh'))
    parts.push(
      lang === 'id'
        ? 'Keanggotaan parpol berujung pemberhentian tidak dengan hormat.'
        : 'Party membership leads to dismissal not with honour.',
    );
  if (items.some((i) => i.track === 'criminal'))
    parts.push(
      lang === 'id'
        ? 'Ketentuan pidana berjalan terpisah dari sanksi kepegawaian (Sentra Gakkumdu).'
        : 'Criminal provisions run separately from the civil-service sanction (Sentra Gakkumdu).',
    );
  return parts.join(' ');
}

/** "Pilkada 2024 Kalimantan Timur" when only the office is known, else the race's own name. */
function contestName(hit: ContestHit): string {
  return hit.generic ? hit.pack.name : hit.contest.name;
}

function phaseSentence(action: Action, hit: ContestHit | null, phase: Phase): Bi | null {
  if (action.target.kind === 'none') return null;
  if (action.target.kind === 'bakal_calon' && (!hit || phase === 'before'))
    return say(
      'Sasaran disebut bakal calon (belum ditetapkan KPU): jalur kode etik.',
      'The target is described as a prospective candidate (not yet determined by KPU): ethics track.',
    );
  if (!hit || phase === 'unknown') return null;
  const det = determinationDate(hit, action.target.kind);
  if (phase === 'before')
    return say(
      `Pada ${action.date} peserta ${contestName(hit)} belum ditetapkan (penetapan ${det}); sasaran masih bakal calon, jadi jalur kode etik.`,
      `On ${action.date} the participants of ${contestName(hit)} were not yet determined (determination ${det}); the target is a prospective candidate, so the ethics track applies.`,
    );
  return say(
    `Sejak penetapan ${det}, sasaran berstatus calon/peserta ${contestName(hit)}: jalur disiplin.`,
    `Since the determination on ${det}, the target is a candidate/participant of ${contestName(hit)}: discipline track.`,
  );
}

function notes(action: Action, hit: ContestHit | null): Bi[] {
  const out: Bi[] = [];
  if (action.actor === 'pppk')
    out.push(
      say(
        'Untuk PPPK, hukuman disiplin mengikuti ketentuan PNS (PP 49/2018 Pasal 52 ayat (3)); pelanggaran berat dapat mengakhiri perjanjian kerja.',
        'For PPPK, discipline sanctions follow the PNS rules (PP 49/2018 Art. 52(3)); a heavy breach can end the contract.',
      ),
    );
  if (action.date < PP94_FROM)
    out.push(
      say(
        'Perbuatan sebelum 31 Agustus 2021: jenis hukuman disiplin mengikuti PP 53/2010.',
        'Act before 31 August 2021: the discipline sanction follows PP 53/2010.',
      ),
    );
  if (hit && inQuietPeriod(hit.contest, action.date))
    out.push(
      say(
        'Tanggal ini masuk masa tenang: kampanye dalam bentuk apa pun dilarang.',
        'This date is in the quiet period: campaigning in any form is forbidden.',
      ),
    );
  return out;
}

export function judge(action: Action, ctx: JudgeContext): JudgedVerdict {
  const lang: Lang = ctx.lang ?? 'id';
  const hit = resolveContest(action, ctx.packs);
  const phase = phaseOf(action, hit);
  const contest = hit
    ? {
        id: hit.contest.id,
        name: contestName(hit),
        determination: determinationDate(hit, action.target.kind),
      }
    : null;
  const advice = ACT_ADVICE[action.act];
  const done = (
    verdict: VerdictKind,
    items: RulebookItem[],
    explanation: string[],
    adv: string,
  ): JudgedVerdict => ({
    verdict,
    rules: sortRules(items.map((i) => toRuleRef(i, lang))),
    explanation: explanation.filter(Boolean).join(' '),
    advice: adv,
    phase,
    contest,
  });

  if (action.actor === 'non_asn') {
    const pointers = pointersFor(ctx.rulebook, hit);
    return done(
      'not_applicable',
      pointers,
      [
        ctx.rulebook.applicability.non_asn[lang],
        lang === 'id'
          ? `Lihat: ${pointers.map((p) => p.title.id).join('; ')}.`
          : `See: ${pointers.map((p) => p.title.en).join('; ')}.`,
      ],
      lang === 'id'
        ? 'Jika Anda kepala desa, perangkat desa, anggota TNI/Polri atau pejabat negara, larangan dalam UU Pemilu/Pilkada berlaku bagi Anda. Warga biasa bebas menyatakan pilihan politik.'
        : 'If you are a village head or official, military/police member or state official, the election-law prohibitions apply to you. Ordinary citizens are free to express political choices.',
    );
  }

  const political = action.target.kind !== 'none';
  if (
    !political &&
    (SOCIAL_ACTS.includes(action.act) || action.act === 'other' || action.act === 'photo_with_candidate')
  )
    return done(
      'allowed',
      [],
      [
        lang === 'id'
          ? 'Tidak ada calon, bakal calon, atau partai yang disebut, jadi ini bukan dukungan politik.'
          : 'No candidate, prospective candidate or party is named, so this is not political support.',
      ],
      lang === 'id'
        ? 'Boleh, selama isinya bukan ajakan memilih atau simbol calon/partai. Jika ternyata terkait calon atau partai, cek ulang dengan menyebut calon/partainya.'
        : 'Allowed, as long as the content is no call to vote and shows no candidate/party symbol. If it does relate to a candidate or party, check again naming them.',
    );

  const items = selectItems(action, ctx.rulebook, hit, phase);
  const phaseText = phaseSentence(action, hit, phase)?.[lang] ?? '';
  const noteTexts = notes(action, hit).map((n) => n[lang]);

  if (items.length === 0) {
    const f = flagsOf(action);
    if (action.act === 'candidacy_without_resign' && f.on_cltn)
      return done(
        'allowed',
        [],
        [
          lang === 'id'
            ? 'Mendekati partai atau masyarakat untuk mencalonkan diri saat cuti di luar tanggungan negara (CLTN) tidak melanggar SKB Lampiran II B angka 3.'
            : 'Approaching a party or the public to run while on unpaid leave (CLTN) does not breach SKB Annex II B.3.',
          ...noteTexts,
        ],
        lang === 'id'
          ? 'Simpan SK CLTN Anda. Setelah ditetapkan sebagai calon, ASN wajib mengundurkan diri sesuai UU Pemilu/Pilkada.'
          : 'Keep your CLTN decree. Once determined as a candidate, an ASN must resign under the election laws.',
      );
    if (ATTEND_ACTS.includes(action.act) && f.spouse_is_candidate && f.on_cltn)
      return done(
        'allowed',
        [],
        [
          lang === 'id'
            ? 'Mendampingi suami/istri yang menjadi calon boleh selama Anda berstatus CLTN (SKB Lampiran II A angka 7).'
            : 'Accompanying your spouse who is a candidate is allowed while you are on unpaid leave (SKB Annex II A.7).',
          ...noteTexts,
        ],
        lang === 'id'
          ? 'Tetap tanpa seragam, atribut dinas, atau fasilitas negara.'
          : 'Still no uniform, official attributes or state facilities.',
      );
    return done(
      political ? 'risky' : 'allowed',
      [],
      [
        political
          ? lang === 'id'
            ? 'Perbuatan ini tidak cocok dengan butir aturan tertentu, tetapi menyangkut calon atau partai.'
            : 'This act matches no specific rule item, but it concerns a candidate or party.'
          : lang === 'id'
            ? 'Tidak ada butir aturan netralitas yang cocok.'
            : 'No neutrality rule item matches.',
        phaseText,
        ...noteTexts,
      ],
      advice[lang],
    );
  }

  const risk = riskReason(action, items, phase);
  const verdict: VerdictKind = risk ? 'risky' : 'violation';
  const ruleList = sortRules(items.map((i) => toRuleRef(i, lang)))
    .map((r) => `${r.title} (${r.id}; ${SANCTION_LABELS[r.sanction][lang]})`)
    .join('; ');
  const head =
    verdict === 'violation'
      ? lang === 'id'
        ? `Ini pelanggaran netralitas ASN: ${ruleList}.`
        : `This breaches ASN neutrality: ${ruleList}.`
      : lang === 'id'
        ? `Ini berisiko melanggar netralitas ASN: ${ruleList}.`
        : `This risks breaching ASN neutrality: ${ruleList}.`;
  return done(
    verdict,
    items,
    [
      head,
      phaseText,
      risk?.[lang] ?? '',
      sanctionSentence(items, ctx.rulebook, action.date, lang),
      ...noteTexts,
    ],
    advice[lang],
  );
}
