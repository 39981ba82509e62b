// Queries and mutations for the case API (route list: apps/server/src/modules/cases/cases.module.ts).
// Filters live in the URL so a filtered list can be shared, reloaded and exported as shown.
import type {
  CaseBoardResponse,
  CaseDetail,
  CaseListResponse,
  CaseNoteView,
  CaseState,
  CaseTransition,
  DashboardResponse,
  DocumentKind,
  FollowUpItem,
  NoteVisibility,
  TransitionFields,
  TriageItem,
  TriageKind,
  TriageResponse,
} from '@netra/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export const CASE_FILTER_KEYS = [
  'status',
  'regionCode',
  'agencyId',
  'ruleId',
  'track',
  'overdue',
  'q',
  'assigneeId',
  'from',
  'to',
] as const;
export type CaseFilterKey = (typeof CASE_FILTER_KEYS)[number];
export type CaseFilters = Partial<Record<CaseFilterKey, string>>;

export function filtersFromParams(params: URLSearchParams): CaseFilters {
  const f: CaseFilters = {};
  for (const k of CASE_FILTER_KEYS) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  return f;
}

export function toQuery(f: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function exportUrl(format: 'xlsx' | 'csv', f: CaseFilters): string {
  return `/api/cases/export.${format}${toQuery(f)}`;
}

export function useCaseList(f: CaseFilters, page = { limit: 50, offset: 0 }) {
  return useQuery({
    queryKey: ['cases', 'list', f, page],
    queryFn: () => api<CaseListResponse>(`/api/cases${toQuery({ ...f, ...page })}`),
  });
}

export function useCaseBoard(f: CaseFilters) {
  return useQuery({
    queryKey: ['cases', 'board', f],
    queryFn: () => api<CaseBoardResponse>(`/api/cases/board${toQuery(f)}`),
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: ['cases', 'detail', id], queryFn: () => api<CaseDetail>(`/api/cases/${id}`) });
}

/** Mutations on one case: each returns the fresh CaseDetail (or part of it) and refreshes the lists. */
export function useCaseMutations(id: string) {
  const qc = useQueryClient();
  const refresh = (detail?: CaseDetail) => {
    if (detail && typeof detail === 'object' && 'timeline' in detail) qc.setQueryData(['cases', 'detail', id], detail);
    void qc.invalidateQueries({ queryKey: ['cases'] });
    void qc.invalidateQueries({ queryKey: ['follow-up'] });
    void qc.invalidateQueries({ queryKey: ['dashboard'] });
  };
  return {
    transition: useMutation({
      mutationFn: (b: { transition: CaseTransition; reason?: string; fields: TransitionFields }) =>
        api<CaseDetail>(`/api/cases/${id}/transitions`, { method: 'POST', json: b }),
      onSuccess: refresh,
    }),
    addNote: useMutation({
      mutationFn: (b: { body: string; visibility: NoteVisibility }) =>
        api<CaseNoteView>(`/api/cases/${id}/notes`, { method: 'POST', json: b }),
      onSuccess: () => refresh(),
    }),
    recordHearing: useMutation({
      mutationFn: (b: { hearingAt: string; place: string; attendees: string[]; qa: { question: string; answer: string }[] }) =>
        api<CaseDetail>(`/api/cases/${id}/hearing`, { method: 'POST', json: b }),
      onSuccess: refresh,
    }),
    generateDocument: useMutation({
      mutationFn: (kind: DocumentKind) => api(`/api/cases/${id}/documents`, { method: 'POST', json: { kind } }),
      onSuccess: () => refresh(),
    }),
    uploadEvidence: useMutation({
      mutationFn: (b: { files: File[]; description: string }) => {
        const fd = new FormData();
        b.files.forEach((f) => fd.append('files', f, f.name));
        if (b.description) fd.append('description', b.description);
        return api(`/api/cases/${id}/evidence`, { method: 'POST', body: fd });
      },
      onSuccess: () => refresh(),
    }),
    requestCompletion: useMutation({
      mutationFn: (message: string) =>
        api<CaseDetail>(`/api/cases/${id}/request-completion`, { method: 'POST', json: { message } }),
      onSuccess: refresh,
    }),
  };
}

export interface TriageFilters {
  kind?: TriageKind;
  status?: 'new' | 'claimed';
  regionCode?: string;
}

export function useTriage(f: TriageFilters) {
  return useQuery({
    queryKey: ['triage', f],
    queryFn: () => api<TriageResponse>(`/api/triage${toQuery({ ...f, limit: 100 })}`),
  });
}

export function useTriageMutations() {
  const qc = useQueryClient();
  const done = () => {
    void qc.invalidateQueries({ queryKey: ['triage'] });
    void qc.invalidateQueries({ queryKey: ['cases'] });
  };
  const path = (i: Pick<TriageItem, 'kind' | 'id'>) => `/api/triage/${i.kind}/${i.id}`;
  return {
    claim: useMutation({
      mutationFn: (i: TriageItem) => api<TriageItem>(`${path(i)}/claim`, { method: 'POST' }),
      onSuccess: done,
    }),
    release: useMutation({
      mutationFn: (i: TriageItem) => api<TriageItem>(`${path(i)}/release`, { method: 'POST' }),
      onSuccess: done,
    }),
    openCase: useMutation({
      mutationFn: (b: { item: TriageItem; caseId?: string }) =>
        api<{ caseId: string }>(`${path(b.item)}/open-case`, {
          method: 'POST',
          json: b.caseId ? { caseId: b.caseId } : {},
        }),
      onSuccess: done,
    }),
    dismiss: useMutation({
      mutationFn: (b: { item: TriageItem; reason: string }) =>
        api(`${path(b.item)}/dismiss`, { method: 'POST', json: { reason: b.reason } }),
      onSuccess: done,
    }),
  };
}

export function useFollowUp(f: { overdue?: string; regionCode?: string; agencyId?: string }) {
  return useQuery({
    queryKey: ['follow-up', f],
    queryFn: () => api<{ items: FollowUpItem[] }>(`/api/follow-up${toQuery(f)}`),
  });
}

export function useDashboard(f: CaseFilters) {
  return useQuery({
    queryKey: ['dashboard', f],
    queryFn: () => api<DashboardResponse>(`/api/dashboard${toQuery(f)}`),
  });
}

export const OPEN_STATES: readonly CaseState[] = [
  'received',
  'verification',
  'clarification',
  'study',
  'recommendation',
  'ppk_decision',
  'sanction_executed',
  'monitoring',
];

export interface AgencyOption {
  id: string;
  name: string;
  regionCode: string;
}

/** Agencies in the caller's scope (the server filters by scope; at most 1000). */
export function useAgencies(regionCode?: string | null) {
  return useQuery({
    queryKey: ['reference', 'agencies', regionCode ?? null],
    staleTime: 10 * 60 * 1000,
    queryFn: async () =>
      (await api<{ agencies: AgencyOption[] }>(`/api/reference/agencies${toQuery({ regionCode, limit: 1000 })}`)).agencies,
  });
}

export interface AsnOption {
  id: string;
  nip: string;
  name: string;
  position: string | null;
  agencyId: string | null;
  agencyName: string | null;
  regionCode: string;
}

/** ASN directory search (audited by the server as a read of personal data, so only on demand). */
export function useAsnSearch(q: string) {
  return useQuery({
    queryKey: ['asn', 'search', q],
    enabled: q.trim().length >= 3,
    queryFn: async () => (await api<{ items: AsnOption[] }>(`/api/asn${toQuery({ q: q.trim(), pageSize: 10 })}`)).items,
  });
}

export function useCreateCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (b: {
      asnId?: string;
      asnName: string;
      agencyId?: string;
      regionCode: string;
      contestKind: 'pemilu' | 'pilkada';
      description: string;
      occurredAt?: string;
      referral?: { body: string; referenceNumber: string; receivedAt: string };
    }): Promise<{ caseId: string }> => {
      if (!b.referral) {
        const { referral: _r, ...rest } = b;
        return api<{ caseId: string }>('/api/cases', { method: 'POST', json: rest });
      }
      // A referral is recorded as its own intake item (kept with its reference number), then opened as a
      // case at once — merged into an open case about the same ASN when there is one.
      const ref = await api<{ id: string }>('/api/referrals', {
        method: 'POST',
        json: {
          ...b.referral,
          asnId: b.asnId,
          asnName: b.asnName,
          agencyId: b.agencyId,
          regionCode: b.regionCode,
          description: b.description,
        },
      });
      return api<{ caseId: string }>(`/api/triage/referral/${ref.id}/open-case`, { method: 'POST', json: {} });
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['cases'] });
      void qc.invalidateQueries({ queryKey: ['triage'] });
    },
  });
}
