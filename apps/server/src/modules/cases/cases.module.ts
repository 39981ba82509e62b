// Case handling (issue #5): intake (findings, public reports, referrals), workflow, evidence, documents,
// deadlines, notifications. Contracts: packages/shared/src/cases.ts.
//
// ROUTES (kept true; the web app codes against this list). Roles: A=admin S=supervisor N=analyst P=ppk V=viewer.
// Every list/detail is scoped by the actor's regionCodes/agencyIds in SQL.
//
// Public (no login; device id via header `x-netra-device` or cookie `netra_device`, set if absent):
//   POST /api/public/reports                      PUBLIC  JSON PublicReportInput, or multipart: field `report`
//                                                         (JSON string of PublicReportInput) + files `files`
//                                                         → 201 PublicReportCreated; 409 {code:'duplicate'}
//                                                         when the same report came from another device
//   GET  /api/public/reports/:trackingCode        PUBLIC  → PublicReportStatus
//   POST /api/public/reports/:trackingCode/evidence PUBLIC multipart files `files` (+ optional `links` JSON
//                                                         array, `description` text) → {added:number}
// Triage:
//   GET  /api/triage?kind=&status=&regionCode=&limit=&offset=      A S N V   → TriageResponse
//   POST /api/triage/:kind/:id/claim                                A S N     → TriageItem
//   POST /api/triage/:kind/:id/release                              A S N     → TriageItem
//   POST /api/triage/:kind/:id/open-case   {caseId?}                A S N     → {caseId} (merges into caseId, or
//                                                                    into the open case for the same ASN+contest,
//                                                                    or opens a new one)
//   POST /api/triage/finding/:id/dismiss   {reason}                 A S N     → {ok:true}
// Cases:
//   GET  /api/cases?status=&regionCode=&agencyId=&ruleId=&track=&overdue=&q=&assigneeId=&from=&to=&limit=&offset=
//                                                                   A S N P V → CaseListResponse
//   GET  /api/cases/board  (same filters)                           A S N P V → CaseBoardResponse
//   GET  /api/cases/export.xlsx | /api/cases/export.csv (same filters)  A S N P V → file
//   POST /api/cases   {asnId?, asnName, agencyId?, regionCode, contestId?, contestKind, description,
//                      occurredAt?, referral?: {body, referenceNumber, receivedAt}}  A S N → {caseId}
//   GET  /api/cases/:id                                             A S N P V → CaseDetail
//   POST /api/cases/:id/transitions {transition, reason?, fields: TransitionFields}
//                                                                   roles per transition (see
//                                                                   domain/cases/state-machine.ts)
//                                                                   → CaseDetail; 409 {code:'transition_refused'}
//   POST /api/cases/:id/notes  {body, visibility:'internal'|'public'}   A S N P → CaseNoteView
//   POST /api/cases/:id/assign {userId}                             A S      → CaseDetail
//   POST /api/cases/:id/request-completion {message}                A S N    → CaseDetail (reporter gets 3 days)
//   POST /api/cases/:id/hearing {hearingAt, place, attendees[], qa:[{question,answer}]}  A S N → CaseDetail
//   POST /api/cases/:id/merge   {kind, refId}                       A S N    → CaseDetail
//   POST /api/cases/:id/unmerge {mergeId, reason}                   A S N    → CaseDetail
//   POST /api/cases/:id/evidence  multipart files `files` + `description`   A S N P → CaseEvidenceView[]
//   GET  /api/cases/:id/evidence/:evidenceId/file                   A S N P V → file (custody: downloaded)
//   GET  /api/cases/:id/evidence/:evidenceId/custody                A S      → custody log rows
//   POST /api/cases/:id/documents {kind: DocumentKind}              A S N P  → CaseDocumentView[] (docx + pdf)
//   GET  /api/cases/:id/documents/:documentId/file                  A S N P V → file
//   GET  /api/cases/:id/reporter                                    custodian only → reporter identity (audited)
// Follow-up, dashboard:
//   GET  /api/follow-up?overdue=&regionCode=&agencyId=              A S N P V → {items: FollowUpItem[]}
//   GET  /api/dashboard?(case filters)                              A S N P V → DashboardResponse
// Notifications (any logged-in user, own only):
//   GET  /api/notifications?unread=1                                AUTH → {items: NotificationView[], unread}
//   POST /api/notifications/:id/read                                AUTH → {ok:true}
//   POST /api/notifications/read-all                                AUTH → {ok:true}
import type { Queryable } from '../../db/database.ts';
import type { JobQueue } from '../../jobs/queue.ts';
import type { CoreDeps, NetraModule } from '../module.ts';
import type { ReferenceModule } from '../reference/reference.module.ts';
import type { AuthModule } from '../auth/auth.module.ts';
import type { RulebookModule } from '../rulebook/rulebook.module.ts';
import type { DetectModule } from '../detect/detect.module.ts';
import type { IngestModule } from '../ingest/ingest.module.ts';
import { createCaseReadService } from './case-read.service.ts';
import { deadlineScanJob, sendMailJob } from './cases.job.ts';
import { casesRoutes } from './cases.routes.ts';
import { createCasesService } from './cases.service.ts';
import { createDeadlineWatch } from './deadline-watch.service.ts';
import { createDocumentsService } from './documents.service.ts';
import { createCaseSettingsService } from './case-settings.service.ts';
import { caseSettingsRoutes } from './case-settings.routes.ts';
import { createEvidenceService } from './evidence.service.ts';
import { createFileStore } from './file-store.ts';
import { createIntakeService } from './intake.service.ts';
import { createNotificationsService } from './notifications.service.ts';
import { publicReportRoutes } from './public-reports.routes.ts';
import { createPublicReportsService } from './public-reports.service.ts';
import { seedCasesDemo } from './cases.seed.ts';

/** How often the deadline scan is enqueued when workers run (reminders/escalations are idempotent). */
const SCAN_INTERVAL_MS = 10 * 60_000;

export function createCasesModule(
  deps: CoreDeps,
  mods: {
    reference: ReferenceModule;
    auth: AuthModule;
    rulebook: RulebookModule;
    detect: DetectModule;
    ingest: IngestModule;
  },
) {
  const { db, clock, config, audit, logger } = deps;
  const files = createFileStore(config.fileStoreDir);
  const notifications = createNotificationsService({ db, clock, config, logger });
  // Mail leaves after the transaction that queued it: through the queue when there is one, else inline.
  const afterCommit = async () => {
    if (deps.queue) await deps.queue.enqueue(sendMailJob, {});
    else await notifications.flushEmails();
  };
  const cases = createCasesService({ db, clock, config, audit, notifications, afterCommit });
  const evidence = createEvidenceService({ db, clock, config, audit, files, cases });
  // Letters cite each rule item by its Indonesian title from the rulebook the verdicts used.
  const ruleTitle = (id: string) =>
    mods.rulebook.getRulebook().items.find((i) => i.id === id)?.title.id ?? null;
  const documents = createDocumentsService({ db, clock, audit, files, cases, ruleTitle });
  const reports = createPublicReportsService({ db, clock, config, audit, evidence, cases });
  const intake = createIntakeService({ db, clock, audit, cases });
  const read = createCaseReadService({ db, clock, audit, cases });
  const deadlines = createDeadlineWatch({ db, clock, cases, notifications });
  const settings = createCaseSettingsService({ db, audit });
  let timer: NodeJS.Timeout | null = null;

  return {
    routes: [
      ...publicReportRoutes(reports, config.uploadMaxBytes),
      ...casesRoutes({ cases, read, intake, evidence, documents, reports, notifications }),
      ...caseSettingsRoutes(settings),
    ],
    settings,
    cases,
    read,
    intake,
    evidence,
    documents,
    reports,
    notifications,
    deadlines,
    files,
    async startWorkers(queue: JobQueue) {
      await queue.work(deadlineScanJob, async () => {
        await deadlines.scan();
        await notifications.flushEmails();
      });
      await queue.work(sendMailJob, async () => {
        await notifications.flushEmails();
      });
      await queue.enqueue(deadlineScanJob, {}, { singletonKey: 'cases.deadline-scan' });
      timer ??= setInterval(() => {
        queue
          .enqueue(deadlineScanJob, {}, { singletonKey: 'cases.deadline-scan' })
          .catch((e) => logger.warn(`deadline scan enqueue failed: ${e}`));
      }, SCAN_INTERVAL_MS);
      timer.unref();
    },
    async seedDemo(q: Queryable) {
      await seedCasesDemo(q, { cases, clock });
    },
    /** Called by `netra audit verify`: the per-case event chains. */
    async verifyChains() {
      return { case_event: await cases.log.verify(db) };
    },
  } satisfies NetraModule & Record<string, unknown>;
}
export type CasesModule = ReturnType<typeof createCasesModule>;
