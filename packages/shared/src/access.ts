// Roles and scopes. A user's scope is a set of Kemendagri region codes (province "64" covers
// regency "64.72") and optionally agencies; queries filter by it, never the UI alone.
export const ROLES = ['admin', 'supervisor', 'analyst', 'ppk', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { id: string; en: string }> = {
  admin: { id: 'Administrator', en: 'Administrator' },
  supervisor: { id: 'Supervisor (Bawaslu/Kesbangpol)', en: 'Supervisor (Bawaslu/Kesbangpol)' },
  analyst: { id: 'Analis', en: 'Analyst' },
  ppk: { id: 'PPK / BKPSDM', en: 'Employing official (PPK) / BKPSDM' },
  viewer: { id: 'Pemantau (baca saja)', en: 'Viewer (read only)' },
};

/** Who is calling. `regionCodes` empty means national scope; `agencyIds` null means every agency. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  regionCodes: string[];
  agencyIds: string[] | null;
  /** May read confidential reporter identities (public report portal). */
  custodian: boolean;
  /** Signed in with a one-time password: may only change it until then. */
  mustChangePassword?: boolean;
}
