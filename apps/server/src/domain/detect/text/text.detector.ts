// Partisan-post detector. Contract: `createTextDetector({ lexicon, model, ruleFor })` returns
// `detect(text, { id, date })` → PostDetection: stance (support | oppose | neutral), target, a partisan
// score in 0..1, evidence spans into the original text, the rulebook item (through `ruleFor`, which the
// caller wires to the verdict engine) and an Indonesian explanation. The score is the classifier's
// P(support) + P(oppose), lowered when nothing political is named and when the post reports, quotes,
// asks, or describes official duty. Pure: no clock (the caller passes `date`), no I/O.
import type { PostDetection, RuleRef, Stance, TextEvidence } from '@netra/shared';
import { CUES, cueTokens, extractFeatures, findCues, type Cue } from './features.ts';
import type { LexKind, LexMatch, Lexicon, Referent } from './lexicon.ts';
import { featureWeight, predictProba } from './linear-model.ts';
import { TARGET_CLASSES, type StanceModel } from './stance-model.ts';

export interface TextDetectorConfig {
  /** partisan score at or above which a post is support/oppose; default: the model's own threshold */
  threshold: number;
  /** multiplier when the post names no candidate, pair, party or contest (only everyday words) */
  noReferentFactor: number;
  /** multiplier instead, when the post names nothing but addresses a (masked) @account: candidates are often
   *  only mentioned by handle, so the classifier's words count for more than in an everyday post */
  mentionOnlyFactor: number;
  /** multiplier per cue present in the post */
  cueDamping: Record<Cue, number>;
  maxEvidence: number;
}

// Report, quote, official-duty and voter-education cues are also model features, and the model weighs them
// against the rest of the post; damping them again here cost recall on validation (labelled campaign news,
// "mengajak staf …" posts) without removing a false positive. Questions and neutrality reminders stay damped.
export const DEFAULT_CUE_DAMPING: Record<Cue, number> = {
  question: 0.9,
  report: 1,
  quote: 1,
  official: 1,
  voter_education: 1,
  neutrality: 0.85,
};

export interface RuleQuery {
  stance: Exclude<Stance, 'neutral'>;
  target: string;
  /** YYYY-MM-DD of the post */
  date: string;
  /** contest the target belongs to, when the lexicon knows it */
  contestId: string | null;
  targetLabel: string;
}

export interface TextDetectorDeps {
  lexicon: Lexicon;
  model: StanceModel;
  ruleFor?: (q: RuleQuery) => RuleRef | null;
  config?: Partial<TextDetectorConfig>;
  stem?: (w: string) => string;
}

const KIND_WHY: Record<LexKind, string> = {
  name: 'nama calon',
  nickname: 'nama panggilan calon',
  misspelling: 'ejaan lain nama calon',
  number: 'nomor urut pasangan calon',
  hand_sign: 'simbol jari pasangan calon',
  slogan: 'slogan kampanye',
  jargon: 'jargon kampanye',
  hashtag: 'tagar kampanye',
  party: 'nama partai',
  party_number: 'nomor urut partai',
  team: 'koalisi/tim kampanye',
  generic: 'istilah pemilu',
  caleg: 'nama calon anggota legislatif',
};

const CUE_WHY: Record<Cue, string> = {
  question: 'penanda pertanyaan (menurunkan skor)',
  report: 'penanda pemberitaan/kutipan berita (menurunkan skor)',
  quote: 'tanda kutip (menurunkan skor)',
  official: 'penanda tugas kedinasan (menurunkan skor)',
  voter_education: 'penanda pendidikan pemilih (menurunkan skor)',
  neutrality: 'penanda imbauan netralitas (menurunkan skor)',
};

const PAIR_LABEL: Record<string, string> = {
  '01': 'pasangan calon presiden nomor urut 01 (Anies–Muhaimin)',
  '02': 'pasangan calon presiden nomor urut 02 (Prabowo–Gibran)',
  '03': 'pasangan calon presiden nomor urut 03 (Ganjar–Mahfud)',
  cakada: 'calon kepala daerah',
  caleg: 'calon anggota legislatif',
};

function round3(x: number) {
  return Math.round(x * 1000) / 1000;
}

export function createTextDetector(deps: TextDetectorDeps) {
  const { lexicon, model } = deps;
  const cfg: TextDetectorConfig = {
    threshold: model.meta.threshold,
    noReferentFactor: 0.35,
    mentionOnlyFactor: 0.8,
    cueDamping: DEFAULT_CUE_DAMPING,
    maxEvidence: 8,
    ...deps.config,
  };
  const fopts = { bits: model.meta.featureBits, stem: model.meta.stem ? deps.stem : undefined };
  if (model.meta.stem && !deps.stem) throw new Error('this stance model was trained with stems: pass `stem`');
  const pS = new Float64Array(model.stance.classes.length);
  const pT = new Float64Array(model.target.classes.length);

  function resolveTarget(matches: LexMatch[]): { target: string; confidence: number } {
    const order = Array.from(pT.keys()).sort((a, b) => pT[b] - pT[a]);
    for (const c of order) {
      const cls = TARGET_CLASSES[c];
      if (cls !== 'party') return { target: cls, confidence: pT[c] };
      const counts = new Map<string, number>();
      for (const m of matches)
        for (const r of m.referents)
          if (r.target.startsWith('party:'))
            counts.set(r.target, (counts.get(r.target) ?? 0) + (r.strong ? 2 : 1));
      const best = [...counts].sort((a, b) => b[1] - a[1])[0];
      if (best) return { target: best[0], confidence: pT[c] };
    }
    return { target: TARGET_CLASSES[order[0]], confidence: pT[order[0]] };
  }

  function referentFor(m: LexMatch, target: string | null): Referent {
    return (
      (target && m.referents.find((r) => r.target === target)) ||
      m.referents.find((r) => r.strong && !r.target.startsWith('generic:')) ||
      m.referents.find((r) => !r.target.startsWith('generic:')) ||
      m.referents[0]
    );
  }

  function targetLabel(target: string, matches: LexMatch[]): string {
    if (PAIR_LABEL[target]) return PAIR_LABEL[target];
    for (const m of matches) for (const r of m.referents) if (r.target === target) return r.label;
    return target;
  }

  return function detect(text: string, opts: { id?: string; date: string }): PostDetection {
    const n = lexicon.normalise(text);
    const matches = lexicon.match(n);
    const cues = findCues(n);
    const x = extractFeatures(n, matches, cues, fopts);
    predictProba(model.stance, x, pS);
    let score = pS[1] + pS[2];
    const political = matches.some((m) =>
      m.referents.some(
        (r) => r.strong || (r.target.startsWith('generic:') && r.target !== 'generic:election'),
      ),
    );
    if (!political)
      score *= n.tokens.some((t) => t.kind === 'mention') ? cfg.mentionOnlyFactor : cfg.noReferentFactor;
    for (const c of CUES) if (cues[c] > 0) score *= cfg.cueDamping[c];
    const partisan = score >= cfg.threshold;
    const stance: Stance = partisan ? (pS[1] >= pS[2] ? 'support' : 'oppose') : 'neutral';

    let target: string | null = null;
    if (partisan) {
      predictProba(model.target, x, pT);
      target = resolveTarget(matches).target;
    }

    // evidence: lexicon matches (the chosen target's first), then the words that pushed the stance, then cues
    const evidence: TextEvidence[] = [];
    const covered = new Set<number>();
    const shown = matches.filter((m) => m.referents.some((r) => r.target !== 'generic:election') || partisan);
    shown.sort(
      (a, b) =>
        Number(b.referents.some((r) => r.target === target)) -
          Number(a.referents.some((r) => r.target === target)) || a.start - b.start,
    );
    for (const m of shown) {
      if (evidence.length >= cfg.maxEvidence) break;
      const r = referentFor(m, target);
      evidence.push({ start: m.start, end: m.end, text: m.text, why: `${KIND_WHY[r.kind]}: ${r.label}` });
      for (let t = m.first; t <= m.last; t++) covered.add(t);
    }
    if (partisan) {
      const cls = stance === 'support' ? 1 : 2;
      const pushes: { t: number; w: number }[] = [];
      for (let t = 0; t < n.tokens.length; t++) {
        const f = x.wordIdx[t];
        if (f < 0 || covered.has(t) || n.tokens[t].norm.length < 3) continue;
        const w = featureWeight(model.stance, f, cls) - featureWeight(model.stance, f, 0);
        if (w > 0.5) pushes.push({ t, w });
      }
      pushes.sort((a, b) => b.w - a.w);
      for (const p of pushes.slice(0, 3)) {
        if (evidence.length >= cfg.maxEvidence) break;
        const tok = n.tokens[p.t];
        evidence.push({
          start: tok.start,
          end: tok.end,
          text: text.slice(tok.start, tok.end),
          why: stance === 'support' ? 'kata bernada dukungan' : 'kata bernada penolakan/serangan',
        });
        covered.add(p.t);
      }
    }
    const seenCue = new Set<Cue>();
    for (const { index, cue } of political || partisan ? cueTokens(n) : []) {
      if (evidence.length >= cfg.maxEvidence) break;
      if (seenCue.has(cue) || covered.has(index) || !(political || partisan)) continue;
      seenCue.add(cue);
      const tok = n.tokens[index];
      evidence.push({
        start: tok.start,
        end: tok.end,
        text: text.slice(tok.start, tok.end),
        why: CUE_WHY[cue],
      });
    }
    evidence.sort((a, b) => a.start - b.start);

    let rule: RuleRef | null = null;
    let explanation: string;
    const pct = Math.round(score * 100);
    if (partisan && target) {
      const label = targetLabel(target, matches);
      const contestId =
        matches.flatMap((m) => m.referents).find((r) => r.target === target && r.contestId)?.contestId ??
        null;
      rule =
        deps.ruleFor?.({
          stance: stance as 'support' | 'oppose',
          target,
          date: opts.date,
          contestId,
          targetLabel: label,
        }) ?? null;
      const what =
        stance === 'support'
          ? `mendukung atau mengampanyekan ${label}`
          : `menyerang atau menolak ${label} (kampanye negatif)`;
      const proof = evidence
        .filter((e) => !e.why.includes('menurunkan'))
        .map((e) => `"${e.text}"`)
        .slice(0, 4)
        .join(', ');
      explanation =
        `Unggahan ini dinilai ${what} (skor ${pct}%).` +
        (proof ? ` Bukti: ${proof}.` : '') +
        (rule ? ` Untuk ASN, ini masuk butir ${rule.id}: ${rule.title} (${rule.basis}).` : '');
    } else if (political) {
      const names = [
        ...new Set(
          matches
            .map((m) => referentFor(m, null))
            .filter((r) => !r.target.startsWith('generic:'))
            .map((r) => r.label),
        ),
      ].slice(0, 3);
      const cueNote = CUES.filter((c) => cues[c] > 0).map((c) =>
        CUE_WHY[c].replace(' (menurunkan skor)', ''),
      );
      explanation =
        `Unggahan ${names.length ? `menyebut ${names.join(', ')}` : 'memuat istilah pemilu'}, tetapi tidak cukup menunjukkan dukungan atau penolakan (skor ${pct}%).` +
        (cueNote.length ? ` Ditemukan ${cueNote.join('; ')}.` : '');
    } else {
      explanation = `Tidak ditemukan muatan dukungan atau penolakan terhadap peserta pemilu/pemilihan (skor ${pct}%).`;
    }
    return { id: opts.id ?? '', stance, target, score: round3(score), evidence, rule, explanation };
  };
}

export type DetectText = ReturnType<typeof createTextDetector>;
