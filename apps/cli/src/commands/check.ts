// `netra check "<description>"`: the ASN self-check in the terminal. Needs no server and never waits for
// the database lock (see selfcheck-offline.ts). Human output is Indonesian unless --lang en.
import {
  ACT_LABELS,
  ACTORS,
  SANCTION_LABELS,
  VERDICT_LABELS,
  type ActorKind,
  type Lang,
  type SelfCheckResult,
} from '@netra/shared';
import { openOfflineSelfCheck } from '@netra/server/src/modules/selfcheck/selfcheck-offline.ts';
import { UsageError, parseArgs, type CliIo } from '../io.ts';

const USAGE =
  'usage: netra check [--actor pns|pppk|non_asn] [--date YYYY-MM-DD] [--lang id|en] [--json] "<deskripsi>"';

export function formatResult(r: SelfCheckResult, lang: Lang): string[] {
  const t = (id: string, en: string) => (lang === 'id' ? id : en);
  const lines: string[] = [];
  lines.push(`${t('Hasil', 'Result')}: ${VERDICT_LABELS[r.verdict][lang].toUpperCase()}`);
  lines.push('');
  lines.push(t('Tindakan yang terbaca:', 'Acts recognised:'));
  for (const a of r.actions) {
    const target = a.target.label ?? a.target.ref ?? a.target.kind;
    const where = a.channel ? `, ${a.channel}` : '';
    lines.push(`  - ${ACT_LABELS[a.act][lang]} → ${target}${where} [${VERDICT_LABELS[a.verdict][lang]}]`);
  }
  if (r.rules.length) {
    lines.push('');
    lines.push(t('Aturan:', 'Rules:'));
    for (const rule of r.rules)
      lines.push(`  - ${rule.id}: ${rule.title} — ${SANCTION_LABELS[rule.sanction][lang]} (${rule.basis})`);
  }
  lines.push('');
  lines.push(`${t('Penjelasan', 'Explanation')}:`);
  for (const l of r.explanation.split('\n')) lines.push(`  ${l}`);
  lines.push('');
  lines.push(`${t('Saran', 'Advice')}: ${r.advice}`);
  if (r.evidence?.length) {
    lines.push('');
    lines.push(t('Bukti dari teks:', 'Evidence in the text:'));
    for (const e of r.evidence) lines.push(`  - "${e.text}": ${e.why}`);
  }
  return lines;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, flags, options } = parseArgs(args, {
    flags: ['json'],
    options: ['actor', 'date', 'lang'],
  });
  const text = positional.join(' ').trim();
  if (!text) throw new UsageError(USAGE);
  const actor = (options.actor ?? 'pns') as ActorKind;
  if (!ACTORS.includes(actor)) throw new UsageError(`--actor must be one of ${ACTORS.join(', ')}`);
  const lang = (options.lang ?? 'id') as Lang;
  if (lang !== 'id' && lang !== 'en') throw new UsageError('--lang must be id or en');
  if (options.date && !/^\d{4}-\d{2}-\d{2}$/.test(options.date))
    throw new UsageError('--date must be YYYY-MM-DD');
  const sc = await openOfflineSelfCheck();
  let result: SelfCheckResult;
  try {
    result = await sc.check({ text, actor, date: options.date, lang });
  } catch (e: any) {
    if (e?.name === 'ZodError')
      throw new UsageError(`${e.issues?.map((i: any) => i.message).join('; ')}\n${USAGE}`);
    throw e;
  }
  if (flags.has('json')) io.out(JSON.stringify(result, null, 2));
  else {
    for (const l of formatResult(result, lang)) io.out(l);
    if (sc.note) io.err(`(${sc.note})`);
  }
  return 0;
}
