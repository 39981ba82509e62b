// The self-check service behind the CLI, the API and the web page: one request → the SelfCheckResult.
// Nothing is stored and the text is never logged: the self-check is anonymous by design.
import {
  selfCheckRequestSchema,
  type ElectionPack,
  type PostDetection,
  type Rulebook,
  type SelfCheckRequest,
  type SelfCheckResult,
} from '@netra/shared';
import { combine, runSelfCheck } from '../../domain/rulebook/self-check.ts';
import type { Clock } from '../../platform/clock.ts';

const WIB_OFFSET_MS = 7 * 3600_000;

export type DetectTextFn = (text: string, opts: { date?: string }) => PostDetection;

export interface SelfcheckDeps {
  context(): Promise<{ rulebook: Rulebook; packs: readonly ElectionPack[] }>;
  clock: Clock;
  /** The partisan-post detector when the detect module provides one. */
  detectText?: DetectTextFn | null;
}

/** A pasted draft post rather than a description of an act: hashtags, mentions, emoji or a "draft:" lead. */
export function looksLikeDraftPost(text: string): boolean {
  return (
    /(?:^|\s)[#@][\p{L}\p{N}_]{2,}/u.test(text) ||
    /\p{Extended_Pictographic}/u.test(text) ||
    /^\s*(?:draf|draft|caption|status|mau posting|rencana posting|postingan saya)\s*[:-]/i.test(text)
  );
}

export function createSelfcheckService(deps: SelfcheckDeps) {
  const today = () => new Date(deps.clock.now().getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
  return {
    async check(raw: SelfCheckRequest): Promise<SelfCheckResult> {
      const req = selfCheckRequestSchema.parse(raw);
      const ctx = await deps.context();
      const date = req.date ?? today();
      const result = runSelfCheck(
        { text: req.text, actions: req.actions, actor: req.actor, date, lang: req.lang },
        ctx,
      );
      if (!req.actions && req.text && deps.detectText && looksLikeDraftPost(req.text)) {
        let detection: PostDetection | null = null;
        try {
          detection = deps.detectText(req.text, { date });
        } catch {
          // The detector is an extra; the rule-based answer stands without it.
          detection = null;
        }
        if (detection && detection.stance !== 'neutral' && detection.evidence.length > 0) {
          const hasPost = result.actions.some((a) => a.act === 'post_support' || a.act === 'share');
          const base = result.actions[0]!;
          const actions = result.actions
            .filter((a) => a.act !== 'other')
            .map(({ actor, act, target, date: d, channel, context }) => ({
              actor,
              act,
              target,
              date: d,
              channel,
              context,
            }));
          if (!hasPost)
            actions.push({
              actor: base.actor,
              act: 'post_support',
              target:
                base.target.kind !== 'none'
                  ? base.target
                  : { kind: 'pair', contestId: null, ref: null, label: detection.target },
              date,
              channel: base.channel ?? null,
              context: { ...base.context, intentional: true },
            });
          return { ...combine(actions, ctx, req.lang), evidence: detection.evidence };
        }
      }
      return result;
    },
  };
}
export type SelfcheckService = ReturnType<typeof createSelfcheckService>;
