import { useQuery } from '@tanstack/react-query';
import type { ElectionPack, Rulebook } from '@netra/shared';
import { api } from '../../api/client.ts';

export function useRulebook() {
  return useQuery({
    queryKey: ['rulebook'],
    queryFn: () => api<Rulebook>('/api/rulebook'),
    staleTime: 3600_000,
  });
}

export function useElections() {
  return useQuery({
    queryKey: ['elections'],
    queryFn: () => api<{ packs: (ElectionPack & { source: string })[] }>('/api/elections'),
    staleTime: 3600_000,
  });
}

export const VERDICT_COLORS = {
  violation: 'red',
  risky: 'orange',
  allowed: 'green',
  not_applicable: 'gray',
} as const;
