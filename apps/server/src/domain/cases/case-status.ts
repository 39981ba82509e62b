// The current status of a case, derived from its event log: `reduceCaseStatus` folds one event into the
// previous status. The service runs it in the same transaction as the event insert, so case_status is
// always the fold of case_event (and can be rebuilt from it). Pure; dates come in on the events.
import type {
  CaseEventType,
  CaseState,
  CaseTransition,
  DismissalReason,
  RecommendingBody,
  Sanction,
  SanctionOption,
  Track,
} from '@netra/shared';

export interface HearingState {
  hearingAt: string | null;
  place: string | null;
  attendees: string[];
  qa: { question: string; answer: string }[];
  recordedAt: string | null;
}

export interface CaseStatusState {
  status: CaseState;
  statusSince: Date;
  track: Track | null;
  ruleIds: string[];
  sanctionLevel: Sanction | null;
  sanctionOption: SanctionOption | null;
  recommendingBody: RecommendingBody | null;
  recommendedAt: Date | null;
  escalatedAt: Date | null;
  dismissalReason: DismissalReason | null;
  assigneeId: string | null;
  completionDueDate: string | null;
  hearing: HearingState | null;
  history: { status: CaseState; at: string }[];
  eventCount: number;
}

export interface CaseEventContent {
  at: Date;
  type: CaseEventType;
  transition: CaseTransition | null;
  fromStatus: CaseState | null;
  toStatus: CaseState | null;
  reason: string | null;
  data: Record<string, any>;
}

export class CaseLogError extends Error {}

export function reduceCaseStatus(prev: CaseStatusState | null, e: CaseEventContent): CaseStatusState {
  if (!prev) {
    if (e.type !== 'opened')
      throw new CaseLogError(`the first event of a case must be "opened", got "${e.type}"`);
    return {
      status: 'received',
      statusSince: e.at,
      track: (e.data.track as Track) ?? null,
      ruleIds: (e.data.ruleIds as string[]) ?? [],
      sanctionLevel: (e.data.sanctionLevel as Sanction) ?? null,
      sanctionOption: null,
      recommendingBody: null,
      recommendedAt: null,
      escalatedAt: null,
      dismissalReason: null,
      assigneeId: (e.data.assigneeId as string) ?? null,
      completionDueDate: null,
      hearing: null,
      history: [{ status: 'received', at: e.at.toISOString() }],
      eventCount: 1,
    };
  }
  const s: CaseStatusState = { ...prev, eventCount: prev.eventCount + 1 };
  switch (e.type) {
    case 'opened':
      throw new CaseLogError('a case is opened only once');
    case 'transition': {
      if (e.fromStatus !== prev.status || !e.toStatus)
        throw new CaseLogError(
          `transition event from "${e.fromStatus}" does not match the status "${prev.status}"`,
        );
      s.status = e.toStatus;
      s.statusSince = e.at;
      s.history = [...prev.history, { status: e.toStatus, at: e.at.toISOString() }];
      const f = e.data.fields ?? {};
      switch (e.transition) {
        case 'summon':
          s.hearing = {
            hearingAt: f.hearingAt ?? null,
            place: f.hearingPlace ?? null,
            attendees: [],
            qa: [],
            recordedAt: null,
          };
          break;
        case 'recommend':
          s.track = f.track ?? s.track;
          s.ruleIds = f.ruleIds ?? s.ruleIds;
          s.sanctionLevel = f.sanctionLevel ?? s.sanctionLevel;
          s.recommendingBody = e.data.recommendingBody ?? null;
          s.recommendedAt = e.at;
          s.escalatedAt = null;
          break;
        case 'record_ppk_decision':
          s.sanctionOption = f.sanctionOption ?? null;
          break;
        case 'dismiss':
          s.dismissalReason = f.dismissalReason ?? null;
          break;
        case 'reopen':
          s.dismissalReason = null;
          break;
        default:
          break;
      }
      return s;
    }
    case 'assigned':
      s.assigneeId = (e.data.userId as string) ?? null;
      return s;
    case 'completion_requested':
      s.completionDueDate = (e.data.dueDate as string) ?? null;
      return s;
    case 'reporter_completed':
      s.completionDueDate = null;
      return s;
    case 'hearing_recorded':
      s.hearing = {
        hearingAt: e.data.hearingAt ?? prev.hearing?.hearingAt ?? null,
        place: e.data.place ?? prev.hearing?.place ?? null,
        attendees: e.data.attendees ?? [],
        qa: e.data.qa ?? [],
        recordedAt: e.at.toISOString(),
      };
      return s;
    case 'escalated':
      s.escalatedAt = e.at;
      return s;
    case 'source_merged':
    case 'source_unmerged':
    case 'note_added':
    case 'evidence_added':
    case 'document_generated':
    case 'deadline_extended':
    case 'reminder_sent':
      return s;
  }
}
