// The self-check in one pure function: a description (or structured actions) → Actions → one verdict each
// → the combined answer, strongest verdict first. The API, the CLI and the web page all show this object.
import {
  ACT_LABELS,
  type Action,
  type ActionInput,
  type ActorKind,
  type ElectionPack,
  type Lang,
  type RuleRef,
  type Rulebook,
  type SelfCheckAction,
  type SelfCheckResult,
} from '@netra/shared';
import { parseDescription } from './describe/parse-description.ts';
import { VERDICT_RANK, judge, sortRules } from './verdict.ts';

export interface SelfCheckInput {
  text?: string;
  actions?: ActionInput[];
  actor: ActorKind;
  /** YYYY-MM-DD, already defaulted by the caller (today in WIB) */
  date: string;
  lang: Lang;
}

export function runSelfCheck(
  input: SelfCheckInput,
  ctx: { rulebook: Rulebook; packs: readonly ElectionPack[] },
): SelfCheckResult {
  const actions: Action[] = input.actions?.length
    ? input.actions.map((a) => ({
        actor: input.actor,
        act: a.act,
        target: {
          kind: a.target.kind,
          contestId: a.target.contestId ?? null,
          ref: a.target.ref ?? null,
          label: a.target.label ?? null,
        },
        date: input.date,
        channel: a.channel ?? null,
        context: { ...a.context },
      }))
    : parseDescription(input.text ?? '', { packs: ctx.packs, date: input.date, actor: input.actor });
  return combine(actions, ctx, input.lang);
}

export function combine(
  actions: Action[],
  ctx: { rulebook: Rulebook; packs: readonly ElectionPack[] },
  lang: Lang,
): SelfCheckResult {
  const judged: SelfCheckAction[] = actions.map((a) => ({ ...a, ...judge(a, { ...ctx, lang }) }));
  // Stable sort: the parser's order is kept among equal verdicts.
  judged.sort((a, b) => VERDICT_RANK[b.verdict] - VERDICT_RANK[a.verdict]);
  const top = judged[0]!;
  const rules = new Map<string, RuleRef>();
  for (const j of judged) for (const r of j.rules) rules.set(r.id, r);
  const multi = judged.length > 1;
  const label = (j: SelfCheckAction) => ACT_LABELS[j.act][lang];
  return {
    actions: judged,
    verdict: top.verdict,
    rules: sortRules([...rules.values()]),
    explanation: multi
      ? judged.map((j, i) => `${i + 1}. ${label(j)}: ${j.explanation}`).join('\n')
      : top.explanation,
    advice: multi ? [...new Set(judged.map((j) => j.advice))].join(' ') : top.advice,
  };
}
