// Demo cases for Kaltim (DOMAIN §4.4: a Pilkada cycle gives 15–45 ASN cases province-wide, skewed to Kukar,
// Samarinda and Balikpapan; pre-candidacy "approaching parties" cases by senior officials, social-media
// support during the campaign; execution by the PPK lags — §3.3). Runs inside the foundation's demo-seed
// transaction after its ASN/agency seed; events are appended through the same hash-chained log with
// past dates, so the demo timeline, deadlines and `audit verify` behave like real data. Deterministic.
import {
  sanctionOptionsFor,
  type CaseState,
  type CaseTransition,
  type DismissalReason,
  type Sanction,
  type Track,
  type TransitionFields,
} from '@netra/shared';
import type { Queryable } from '../../db/database.ts';
import { deadlinePlan } from '../../domain/cases/deadlines.ts';
import type { Clock } from '../../platform/clock.ts';
import type { CasesService } from './cases.service.ts';
import { newTrackingCode, reportDedupeHash } from './public-reports.service.ts';

interface Scenario {
  rule: string;
  track: Track;
  level: Sanction;
  what: string;
}
const SCENARIOS: Scenario[] = [
  {
    rule: 'skb-d02',
    track: 'discipline',
    level: 'disiplin_berat',
    what: 'mengunggah ajakan memilih pasangan calon di Facebook dan status WhatsApp',
  },
  {
    rule: 'skb-d06',
    track: 'discipline',
    level: 'disiplin_berat',
    what: 'menyukai dan membagikan unggahan akun pemenangan pasangan calon',
  },
  {
    rule: 'skb-d07',
    track: 'discipline',
    level: 'disiplin_berat',
    what: 'mengunggah foto bersama pasangan calon dengan pose dua jari',
  },
  {
    rule: 'skb-d04',
    track: 'discipline',
    level: 'disiplin_berat',
    what: 'menghadiri deklarasi pasangan calon dan ikut meneriakkan yel-yel',
  },
  {
    rule: 'skb-d08',
    track: 'discipline',
    level: 'disiplin_berat',
    what: 'mengumpulkan staf di kantor kelurahan dan mengajak memilih pasangan calon',
  },
  {
    rule: 'skb-d03',
    track: 'discipline',
    level: 'disiplin_sedang',
    what: 'mendaftar penjaringan bakal calon wakil wali kota ke partai politik tanpa cuti',
  },
  {
    rule: 'skb-e04',
    track: 'ethics',
    level: 'sanksi_moral',
    what: 'mengikuti dan mengomentari akun relawan bakal calon gubernur',
  },
  {
    rule: 'skb-d05',
    track: 'discipline',
    level: 'ptdh',
    what: 'tercatat sebagai pengurus partai politik di SIPOL',
  },
];

// [region, stage, scenario index, dismissal reason?] — 30 cases
const PLAN: [string, CaseState, number, DismissalReason?][] = [
  ['64.03', 'received', 0],
  ['64.72', 'received', 1],
  ['64.71', 'received', 2],
  ['64.03', 'verification', 3],
  ['64.72', 'verification', 0],
  ['64.71', 'verification', 1],
  ['64.05', 'verification', 4],
  ['64.03', 'clarification', 2],
  ['64.72', 'clarification', 6],
  ['64.02', 'clarification', 0],
  ['64.03', 'study', 4],
  ['64.72', 'study', 1],
  ['64.01', 'study', 2],
  ['64.03', 'recommendation', 0],
  ['64.03', 'recommendation', 1],
  ['64.72', 'recommendation', 5],
  ['64.71', 'recommendation', 2],
  ['64.04', 'recommendation', 3],
  ['64.74', 'recommendation', 6],
  ['64.72', 'ppk_decision', 2],
  ['64.03', 'ppk_decision', 4],
  ['64.72', 'sanction_executed', 0],
  ['64.71', 'sanction_executed', 6],
  ['64.03', 'sanction_executed', 7],
  ['64.72', 'monitoring', 1],
  ['64.71', 'closed', 5],
  ['64.09', 'closed', 2],
  ['64.03', 'dismissed', 1, 'not_proven'],
  ['64.72', 'dismissed', 3, 'not_a_violation'],
  ['64.71', 'forwarded', 4],
];

const PATH: [CaseTransition, CaseState][] = [
  ['start_verification', 'verification'],
  ['summon', 'clarification'],
  ['begin_study', 'study'],
  ['recommend', 'recommendation'],
  ['record_ppk_decision', 'ppk_decision'],
  ['record_execution', 'sanction_executed'],
  ['start_monitoring', 'monitoring'],
  ['close', 'closed'],
];

const day = (d: Date, n: number) => new Date(d.getTime() + n * 86400_000);
const ymd = (d: Date) => d.toISOString().slice(0, 10);

export async function seedCasesDemo(
  q: Queryable,
  deps: { cases: CasesService; clock: Clock },
): Promise<void> {
  const exists = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM case_file');
  if (exists.rows[0].n > 0) return;
  const staff = await q.query<{ id: string; username: string; role: string }>(
    `SELECT id, username, role FROM app_user WHERE role IN ('supervisor','analyst','admin') AND active ORDER BY username LIMIT 1`,
  );
  const who = staff.rows[0]
    ? {
        userId: staff.rows[0].id,
        username: staff.rows[0].username,
        role: staff.rows[0].role as any,
        regionCodes: [],
        agencyIds: null,
        custodian: false,
      }
    : { system: 'demo-seed' };
  const ppkWho = { system: 'demo-ppk' };
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const campaignStart = new Date('2024-09-25T01:00:00Z');
  for (const [i, [region, stage, si, dismissal]] of PLAN.entries()) {
    const sc = SCENARIOS[si];
    // Senior officials approach parties in June; the rest happens during the campaign (25 Sep – 23 Nov 2024).
    const asn = await q.query<{
      id: string;
      name: string;
      agency_id: string | null;
      region_code: string;
      position: string | null;
    }>(
      `SELECT a.id, a.name, a.agency_id, a.region_code, a.position FROM asn a
       WHERE (a.region_code = $1 OR a.region_code LIKE $1 || '.%') AND ($2::boolean = false OR a.position_type = 'jpt')
         AND NOT EXISTS (SELECT 1 FROM case_file f WHERE f.asn_id = a.id)
       ORDER BY md5(a.id::text || $3) LIMIT 1`,
      [region, sc.rule === 'skb-d03', String(i)],
    );
    const a =
      asn.rows[0] ??
      (
        await q.query<any>(
          `SELECT id, name, agency_id, region_code, position FROM asn WHERE region_code LIKE $1 || '%' AND NOT EXISTS (SELECT 1 FROM case_file f WHERE f.asn_id = asn.id) LIMIT 1`,
          [region],
        )
      ).rows[0];
    if (!a) continue;
    const occurred =
      sc.rule === 'skb-d03' ? day(new Date('2024-06-03T02:00:00Z'), rnd(20)) : day(campaignStart, rnd(55));
    let at = day(occurred, 1 + rnd(4));
    const { caseId } = await deps.cases.openCase(q, who, {
      asnId: a.id,
      asnName: a.name,
      agencyId: a.agency_id,
      regionCode: a.region_code,
      contestId: 'pilkada-2024',
      contestKind: 'pilkada',
      description: `Terlapor ${sc.what}.`,
      occurredAt: occurred.toISOString(),
      openedAt: at,
    });
    // The first third arrived as public reports; some Kukar/Balikpapan ones as Bawaslu referrals.
    if (i % 3 === 0) {
      const code = newTrackingCode();
      const r = await q.query<{ id: string }>(
        `INSERT INTO public_report (tracking_code, description, asn_name, agency_text, region_code, occurred_at, links, anonymous, dedupe_hash, status, case_id, asn_id, agency_id, created_at, updated_at)
         VALUES ($1,$2,$3,COALESCE((SELECT name FROM agency WHERE id = $4), '-'),$5,$6,'{}',true,$7,'new',NULL,$8,$4,$9,$9) RETURNING id`,
        [
          code,
          `Saya melihat ${a.name} ${sc.what}.`,
          a.name,
          a.agency_id,
          a.region_code,
          occurred,
          reportDedupeHash(`demo ${i} ${sc.what}`, a.name),
          a.id,
          at,
        ],
      );
      await deps.cases.mergeSource(q, who, caseId, 'public_report', r.rows[0].id, null);
    } else if (region === '64.03' || region === '64.71') {
      const r = await q.query<{ id: string }>(
        `INSERT INTO referral (body, reference_number, received_at, asn_name, asn_id, agency_id, region_code, description, created_at)
         VALUES ('bawaslu', $1, $2, $3, $4, $5, $6, $7, $2) RETURNING id`,
        [
          `${String(100 + i).padStart(3, '0')}/PP.01.02/K.KI-${region === '64.03' ? '03' : '71'}/${ymd(at).slice(5, 7)}/2024`,
          at,
          a.name,
          a.id,
          a.agency_id,
          a.region_code,
          `Penerusan temuan: ${sc.what}.`,
        ],
      );
      await deps.cases.mergeSource(q, who, caseId, 'referral', r.rows[0].id, null);
    }
    const target = stage;
    let status: CaseState = 'received';
    const c = { id: caseId, contest_kind: 'pilkada' as const };
    const step = async (
      transition: CaseTransition,
      to: CaseState,
      fields: TransitionFields,
      reason: string | null,
      actor: any = who,
    ) => {
      at = day(at, 1 + rnd(3));
      await deps.cases.log.append(q, caseId, actor, at, {
        type: 'transition',
        transition,
        fromStatus: status,
        toStatus: to,
        reason,
        data: { fields, ...(transition === 'recommend' ? { recommendingBody: 'bkn' } : {}) },
      });
      await deps.cases.syncDeadlines(q, c, deadlinePlan({ type: 'transition', to }), at);
      status = to;
    };
    if (target === 'received') continue;
    if (target === 'dismissed') {
      await step('start_verification', 'verification', {}, null);
      await step(
        'dismiss',
        'dismissed',
        { dismissalReason: dismissal ?? 'not_proven' },
        dismissal === 'not_a_violation'
          ? 'Unggahan hanya berbagi berita tanpa ajakan.'
          : 'Akun tidak dapat dipastikan milik terlapor.',
      );
      continue;
    }
    if (target === 'forwarded') {
      await step('start_verification', 'verification', {}, null);
      await step(
        'forward',
        'forwarded',
        { forwardedTo: `Sentra Gakkumdu ${region === '64.71' ? 'Kota Balikpapan' : 'Kalimantan Timur'}` },
        'Dugaan tindak pidana pemilihan (UU 10/2016 Pasal 188).',
      );
      continue;
    }
    const level = sc.level;
    const options = sanctionOptionsFor(sc.track, level, ymd(occurred));
    for (const [transition, to] of PATH) {
      const fields: TransitionFields =
        transition === 'summon'
          ? { hearingAt: day(at, 3).toISOString(), hearingPlace: 'Kantor Bawaslu setempat' }
          : transition === 'recommend'
            ? { ruleIds: [sc.rule], track: sc.track, sanctionLevel: level }
            : transition === 'record_ppk_decision'
              ? {
                  sanctionOption: options[rnd(options.length)],
                  decisionNumber: `800.1.6/${100 + i}/BKPSDM`,
                  decidedAt: ymd(day(at, 2)),
                }
              : transition === 'record_execution'
                ? { executedAt: ymd(day(at, 2)) }
                : {};
      await step(
        transition,
        to,
        fields,
        null,
        transition === 'record_ppk_decision' || transition === 'record_execution' ? ppkWho : who,
      );
      if (to === 'clarification') {
        await deps.cases.log.append(q, caseId, who, day(at, 3), {
          type: 'hearing_recorded',
          data: {
            attendees: [a.name],
            qa: [
              {
                question: 'Apakah Saudara mengakui perbuatan tersebut?',
                answer: 'Ya, saya tidak mengetahui bahwa itu dilarang.',
              },
            ],
          },
        });
      }
      if (to === target) break;
    }
  }
  // Past deadlines of the demo are treated as already reminded; unanswered recommendations as escalated.
  const now = deps.clock.now();
  await q.query(
    `UPDATE case_deadline SET reminded_at = due_date::timestamptz WHERE met_at IS NULL AND due_date < $1::date`,
    [ymd(now)],
  );
  await q.query(
    `UPDATE case_deadline SET escalated_at = due_date::timestamptz + interval '1 day' WHERE met_at IS NULL AND kind <> 'ppk_follow_up' AND due_date < $1::date`,
    [ymd(now)],
  );
  // New public reports waiting in triage
  const fresh = await q.query<{ id: string; name: string; agency_id: string; region_code: string }>(
    `SELECT a.id, a.name, a.agency_id, a.region_code FROM asn a WHERE a.region_code LIKE '64.%' AND NOT EXISTS (SELECT 1 FROM case_file f WHERE f.asn_id = a.id)
     ORDER BY md5(a.id::text) LIMIT 4`,
  );
  for (const [k, a] of fresh.rows.entries()) {
    const sc = SCENARIOS[k % 3];
    await q.query(
      `INSERT INTO public_report (tracking_code, description, asn_name, agency_text, region_code, occurred_at, links, reporter_name, reporter_email, anonymous, dedupe_hash, asn_id, agency_id, created_at, updated_at)
       VALUES ($1,$2,$3,COALESCE((SELECT name FROM agency WHERE id = $4), '-'),$5,$6,$7,$8,$9,$10,$11,$12,$4,$13,$13)`,
      [
        newTrackingCode(),
        `Saya melihat ${a.name} ${sc.what}. Mohon ditindaklanjuti.`,
        a.name,
        a.agency_id,
        a.region_code,
        day(new Date('2024-11-18T02:00:00Z'), k),
        [`https://www.facebook.com/contoh.demo/posts/${1000 + k}`],
        k % 2 ? null : 'Pelapor Demo',
        k % 2 ? null : `pelapor${k}@example.test`,
        k % 2 === 1,
        reportDedupeHash(`triage ${k} ${sc.what}`, a.name),
        a.id,
        day(new Date('2024-11-19T02:00:00Z'), k),
      ],
    );
  }
}
