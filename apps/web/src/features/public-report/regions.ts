// Region list for pickers. GET /api/reference/regions is public; the response shape is owned by the
// reference module, so accept either a bare array or `{ regions: [...] }`.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export interface RegionOption {
  code: string;
  name: string;
}

/** Regencies and cities (Kemendagri "64.72" form): the level a report or case is filed at. */
export function useRegencies() {
  return useQuery({
    queryKey: ['reference', 'regions'],
    staleTime: 60 * 60 * 1000,
    queryFn: async (): Promise<RegionOption[]> => {
      const data = await api<any>('/api/reference/regions?level=regency');
      const rows: any[] = Array.isArray(data) ? data : (data?.regions ?? data?.items ?? []);
      return rows
        .filter((r) => typeof r?.code === 'string' && /^\d{2}\.\d{2}$/.test(r.code))
        .map((r) => ({ code: r.code as string, name: String(r.name ?? r.code) }))
        .sort((a, b) => a.code.localeCompare(b.code));
    },
  });
}

/** Title-cases "KOTA SAMARINDA" → "Kota Samarinda" for display; keeps already-mixed-case names. */
export function displayRegionName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
