// Reminders before a deadline and escalation when the PPK leaves a recommendation unanswered. Idempotent:
// reminded_at / escalated_at are stamped in the same transaction as the notification, the event and the
// mail, and notifications/mails carry dedupe keys, so running the scan twice changes nothing.
import type { Db } from '../../db/database.ts';
import { isOverdue, reminderDue } from '../../domain/cases/deadlines.ts';
import { DEADLINE_KIND_LABELS } from '@netra/shared';
import type { Clock } from '../../platform/clock.ts';
import type { CasesService } from './cases.service.ts';
import type { NotificationsService } from './notifications.service.ts';

export function createDeadlineWatch(deps: {
  db: Db;
  clock: Clock;
  cases: CasesService;
  notifications: NotificationsService;
}) {
  const sys = { system: 'deadline-watch' };
  return {
    async scan(): Promise<{ reminded: number; overdue: number; escalated: number }> {
      const now = deps.clock.now();
      const s = await deps.cases.settings(deps.db);
      const open = await deps.db.query<any>(
        `SELECT d.case_id, d.kind, d.due_date, d.reminded_at, d.escalated_at, f.number, f.asn_name, f.region_code, f.agency_id, st.assignee_id
         FROM case_deadline d JOIN case_file f ON f.id = d.case_id JOIN case_status st ON st.case_id = d.case_id
         WHERE d.met_at IS NULL AND d.kind <> 'report_filing' AND (d.reminded_at IS NULL OR d.escalated_at IS NULL)`,
      );
      let reminded = 0;
      let overdue = 0;
      let escalated = 0;
      for (const d of open.rows) {
        const label = DEADLINE_KIND_LABELS[d.kind as keyof typeof DEADLINE_KIND_LABELS].id;
        const staff = async (q: any) => {
          if (d.assignee_id) return [d.assignee_id as string];
          const r = await q.query(
            `SELECT id FROM app_user WHERE active AND role IN ('supervisor','analyst')
               AND (cardinality(region_codes) = 0 OR EXISTS (SELECT 1 FROM unnest(region_codes) c WHERE $1 = c OR $1 LIKE c || '.%'))`,
            [d.region_code],
          );
          return r.rows.map((x: any) => x.id as string);
        };
        if (!d.reminded_at && reminderDue(d.due_date, now, s.utcOffsetMinutes, s.reminderDaysBefore)) {
          await deps.db.tx(async (q) => {
            const upd = await q.query(
              `UPDATE case_deadline SET reminded_at = $3 WHERE case_id = $1 AND kind = $2 AND reminded_at IS NULL`,
              [d.case_id, d.kind, now],
            );
            if (!upd.rowCount) return;
            await deps.notifications.notify(q, {
              userIds: await staff(q),
              kind: 'deadline_upcoming',
              title: `Batas waktu ${label}: ${d.number}`,
              body: `Batas waktu ${label} untuk kasus ${d.number} (${d.asn_name}) jatuh pada ${d.due_date}.`,
              caseId: d.case_id,
              dedupeKey: `remind|${d.case_id}|${d.kind}|${d.due_date}`,
            });
            await deps.cases.log.append(q, d.case_id, sys, now, {
              type: 'reminder_sent',
              data: { kind: d.kind, dueDate: d.due_date },
            });
            reminded++;
          });
        }
        if (!d.escalated_at && isOverdue(d.due_date, now, s.utcOffsetMinutes)) {
          await deps.db.tx(async (q) => {
            const upd = await q.query(
              `UPDATE case_deadline SET escalated_at = $3 WHERE case_id = $1 AND kind = $2 AND escalated_at IS NULL`,
              [d.case_id, d.kind, now],
            );
            if (!upd.rowCount) return;
            overdue++;
            if (d.kind === 'ppk_follow_up') {
              // Unanswered recommendation: the supervising office and the PPK's staff are told; the supervisor
              // may then ask BKN to block the ASN's personnel services (Peraturan BKN 1/2023).
              const sup = await q.query(
                `SELECT id FROM app_user WHERE active AND (role IN ('supervisor','admin') AND (cardinality(region_codes) = 0
                   OR EXISTS (SELECT 1 FROM unnest(region_codes) c WHERE $1 = c OR $1 LIKE c || '.%'))
                   OR role = 'ppk' AND $2::uuid = ANY(agency_ids))`,
                [d.region_code, d.agency_id],
              );
              await deps.notifications.notify(q, {
                userIds: sup.rows.map((x: any) => x.id),
                kind: 'escalation',
                title: `Eskalasi: rekomendasi ${d.number} belum ditindaklanjuti PPK`,
                body: `Rekomendasi atas ${d.asn_name} (${d.number}) melewati batas tindak lanjut PPK ${d.due_date}. Pertimbangkan permintaan pemblokiran layanan kepegawaian (Peraturan BKN 1/2023).`,
                caseId: d.case_id,
                dedupeKey: `escalate|${d.case_id}|${d.due_date}`,
              });
              await deps.cases.log.append(q, d.case_id, sys, now, {
                type: 'escalated',
                data: { kind: d.kind, dueDate: d.due_date },
              });
              escalated++;
            } else {
              await deps.notifications.notify(q, {
                userIds: await staff(q),
                kind: 'deadline_overdue',
                title: `Terlambat: ${label} ${d.number}`,
                body: `Batas waktu ${label} untuk kasus ${d.number} (${d.asn_name}) telah lewat (${d.due_date}).`,
                caseId: d.case_id,
                dedupeKey: `overdue|${d.case_id}|${d.kind}|${d.due_date}`,
              });
            }
          });
        }
      }
      return { reminded, overdue, escalated };
    },
  };
}
export type DeadlineWatch = ReturnType<typeof createDeadlineWatch>;
