// The common Activity shape every source adapter produces (DESIGN.md "Activity"), and the adapter contract:
// one input record (an API response page, an export row) → activities + the accounts it describes.
// A record the adapter cannot read throws RecordError naming the field; the reader adds where the record is.
import type { ActivityKind } from '@netra/shared';

export interface AccountRef {
  platform: string;
  /** lowercased username without '@', when the source gives one */
  handle?: string | null;
  userId?: string | null;
  displayName?: string | null;
  bio?: string | null;
  imageUrl?: string | null;
}

export interface ActivityInput {
  platform: string;
  /** natural key with platform; engagement without an id of its own gets a composed one ('like:<post>:<user>') */
  platformId: string;
  kind: ActivityKind;
  actor: AccountRef | null;
  target: AccountRef | null;
  targetPostId: string | null;
  text: string | null;
  media: { type: string; url?: string | null }[];
  /** ISO time the act happened; null when the platform does not say (likes, follows) */
  occurredAt: string | null;
  source: string;
  raw: unknown;
}

export interface AdapterOutput {
  activities: ActivityInput[];
  accounts: AccountRef[];
}

export interface AdapterContext {
  /** When the data was collected (import time when the file does not say). */
  observedAt: string;
}

export interface Adapter {
  source: string;
  map(record: unknown, ctx: AdapterContext): AdapterOutput;
}

export class RecordError extends Error {
  constructor(
    public readonly field: string,
    public readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** The key an account row is stored under: its handle, or 'id:<platform id>' when only the id is known. */
export function accountKey(a: AccountRef): string | null {
  if (a.handle) return a.handle.replace(/^@/, '').toLowerCase();
  if (a.userId) return `id:${a.userId}`;
  return null;
}

export function requireString(v: unknown, field: string): string {
  if (typeof v === 'string' && v.length > 0) return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  throw new RecordError(field, v === undefined || v === null ? 'wajib ada' : `harus teks, bukan ${typeof v}`);
}

export function optionalString(v: unknown, field: string): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  throw new RecordError(field, `harus teks, bukan ${typeof v}`);
}

/** ISO-8601 or Meta's '2024-10-01T10:00:00+0000' → ISO string. */
export function requireTime(v: unknown, field: string): string {
  const s = requireString(v, field);
  const d = new Date(s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(d.getTime())) throw new RecordError(field, `"${s}" bukan waktu yang valid`);
  return d.toISOString();
}

/** Unix seconds (TikTok) → ISO string. */
export function requireUnixTime(v: unknown, field: string): string {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) throw new RecordError(field, 'harus detik Unix');
  return new Date(n * 1000).toISOString();
}

export function asArray(v: unknown, field: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new RecordError(field, 'harus berupa larik (array)');
  return v;
}

export function asObject(v: unknown, field: string): Record<string, any> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new RecordError(field, 'harus berupa objek');
  return v as Record<string, any>;
}
