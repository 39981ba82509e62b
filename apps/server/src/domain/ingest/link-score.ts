// Scores a suggested link between a social account and an ASN from independent clues, each a reason a
// person can check: the name (name-match.ts), the workplace or position named in the bio, and a profile
// photo identical to that of an account already confirmed for this ASN. A self-declared account is scored
// by the declaration itself (1.0), not here. Pure.
import type { LinkReason } from '@netra/shared';
import { matchNames } from './name-match.ts';

export interface LinkCandidate {
  asnName: string;
  position: string | null;
  workUnit: string | null;
  agencyName: string | null;
  regionName: string | null;
}

export interface AccountClues {
  displayName: string | null;
  handle: string;
  bio: string | null;
  /** true when a confirmed account of this ASN has the same profile photo */
  samePhoto: boolean;
}

/** Words too common in Indonesian agency names to say anything about a workplace. */
const GENERIC = new Set([
  'dinas', 'badan', 'kantor', 'kota', 'kabupaten', 'provinsi', 'daerah', 'dan', 'sekretariat', 'bagian', 'bidang',
  'unit', 'kerja', 'pemerintah', 'pelaksana', 'teknis', 'satuan', 'umum', 'negeri', 'sekolah', 'kepala', 'seksi',
  'subbagian', 'ahli', 'muda', 'pertama', 'madya', 'utama', 'terampil', 'penyelia', 'mahir',
]);
/** Office abbreviations people use in bios, expanded to the words of the formal name. */
const ABBREV: Record<string, string[]> = {
  disdik: ['pendidikan'], dikbud: ['pendidikan', 'kebudayaan'], dinkes: ['kesehatan'], setda: ['sekretariat'],
  bkpsdm: ['kepegawaian', 'pengembangan'], bkd: ['kepegawaian'], kesbangpol: ['kesatuan', 'bangsa', 'politik'],
  pupr: ['pekerjaan', 'umum', 'penataan'], satpolpp: ['polisi', 'pamong'], inspektorat: ['inspektorat'],
  rsud: ['rumah', 'sakit'], puskesmas: ['kesehatan'], smpn: ['pendidikan'], sdn: ['pendidikan'], sman: ['pendidikan'],
};

function words(s: string | null): string[] {
  return (s ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length >= 4 && !GENERIC.has(w));
}

function bioWords(bio: string): Set<string> {
  const out = new Set<string>();
  for (const w of bio.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/)) {
    if (!w) continue;
    out.add(w);
    for (const x of ABBREV[w] ?? []) out.add(x);
  }
  return out;
}

export const SUGGEST_THRESHOLD = 0.5;

export function scoreLink(c: LinkCandidate, a: AccountClues): { score: number; reasons: LinkReason[] } {
  const reasons: LinkReason[] = [];
  const byName = matchNames(c.asnName, a.displayName ?? '');
  const byHandle = matchNames(c.asnName, a.handle);
  const best = byHandle.score > byName.score ? { ...byHandle, via: `nama pengguna @${a.handle}` } : { ...byName, via: `nama profil "${a.displayName ?? ''}"` };
  let score = 0;
  if (best.score > 0) {
    const w = Math.round(best.score * 0.75 * 100) / 100;
    score += w;
    reasons.push({ kind: 'name', weight: w, detail: `${best.via} ~ "${c.asnName}" (${best.reasons.join('; ')})` });
  }
  if (a.bio) {
    const bw = bioWords(a.bio);
    const place = [...new Set([...words(c.workUnit), ...words(c.agencyName), ...words(c.regionName)])].filter((w) => bw.has(w));
    if (place.length >= 2) {
      score += 0.15;
      reasons.push({ kind: 'bio_workplace', weight: 0.15, detail: `bio menyebut tempat kerja: ${place.join(', ')}` });
    }
    const pos = words(c.position).filter((w) => bw.has(w));
    if (pos.length >= 1 && c.position) {
      score += 0.1;
      reasons.push({ kind: 'bio_position', weight: 0.1, detail: `bio menyebut jabatan "${c.position}" (${pos.join(', ')})` });
    }
  }
  if (a.samePhoto) {
    score += 0.3;
    reasons.push({ kind: 'same_photo', weight: 0.3, detail: 'foto profil sama dengan akun lain yang sudah dikonfirmasi milik ASN ini' });
  }
  return { score: Math.min(1, Math.round(score * 100) / 100), reasons };
}
