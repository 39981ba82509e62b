// KPU-style candidate lists and social-account lists → validated rows. Contract: each reader returns the
// normalised row or its problems as {row, column, reason}. Account rows are either a campaign account
// (candidate, party or winning team — SKB 2/2022 items on liking/following them) or an ASN's own declared
// account (NIP given). Pure.
import type { RowProblem } from '@netra/shared';
import { normaliseNip } from '../asn/nip.ts';
import { cellText, type HeaderMap } from './table.ts';

export const CANDIDATE_COLUMNS = ['contest', 'dapil', 'party', 'ballotNumber', 'name'] as const;
export type CandidateColumn = (typeof CANDIDATE_COLUMNS)[number];
export const CANDIDATE_HEADER_ALIASES: Record<CandidateColumn, readonly string[]> = {
  contest: ['pemilihan', 'kontestasi', 'jenis pemilihan', 'contest', 'contest id', 'id pemilihan'],
  dapil: ['dapil', 'daerah pemilihan', 'nama dapil', 'electoral district'],
  party: ['partai', 'partai politik', 'parpol', 'nama partai', 'party'],
  ballotNumber: ['nomor urut', 'no urut', 'no', 'nomor', 'ballot number'],
  name: ['nama', 'nama calon', 'nama lengkap', 'name'],
};
export const CANDIDATE_REQUIRED: readonly CandidateColumn[] = ['contest', 'ballotNumber', 'name'];

export interface CandidateRow {
  contest: string;
  dapil: string;
  party: string;
  ballotNumber: number;
  name: string;
}

export function readCandidateRow(
  cells: readonly unknown[],
  rowNumber: number,
  headers: HeaderMap<CandidateColumn>,
): { ok: true; row: CandidateRow } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const text = (c: CandidateColumn) => (headers.index[c] === undefined ? '' : cellText(cells[headers.index[c]!]));
  const add = (c: CandidateColumn, reason: string) =>
    problems.push({ row: rowNumber, column: headers.label[c] ?? c, reason });
  const contest = text('contest');
  if (!contest) add('contest', 'pemilihan wajib diisi (mis. pilkada-2024-kaltim-gubernur)');
  const name = text('name');
  if (!name) add('name', 'nama calon wajib diisi');
  const n = text('ballotNumber');
  const ballotNumber = /^\d{1,3}$/.test(n) ? Number(n) : NaN;
  if (!Number.isInteger(ballotNumber) || ballotNumber < 1) add('ballotNumber', `nomor urut "${n}" harus bilangan bulat 1–999`);
  if (problems.length) return { ok: false, problems };
  return { ok: true, row: { contest, dapil: text('dapil'), party: text('party'), ballotNumber, name } };
}

export const ACCOUNT_COLUMNS = ['platform', 'handle', 'ownerKind', 'label', 'target', 'contest', 'nip', 'displayName'] as const;
export type AccountColumn = (typeof ACCOUNT_COLUMNS)[number];
export const ACCOUNT_HEADER_ALIASES: Record<AccountColumn, readonly string[]> = {
  platform: ['platform', 'media sosial', 'medsos', 'jenis akun'],
  handle: ['akun', 'username', 'handle', 'url', 'tautan', 'link', 'alamat akun', 'nama akun'],
  ownerKind: ['jenis pemilik', 'pemilik', 'kategori', 'owner kind', 'owner'],
  label: ['nama pemilik', 'keterangan', 'label', 'calon/partai', 'owner name'],
  target: ['sasaran', 'jenis sasaran', 'target'],
  contest: ['pemilihan', 'kontestasi', 'contest'],
  nip: ['nip', 'nip/ni pppk'],
  displayName: ['nama tampilan', 'display name', 'nama profil'],
};
export const ACCOUNT_REQUIRED: readonly AccountColumn[] = ['platform', 'handle'];

export const CAMPAIGN_KINDS = ['candidate', 'party', 'winning_team'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
export type CampaignTarget = 'pair' | 'candidate' | 'bakal_calon' | 'party' | 'caleg';

export type AccountRow =
  | {
      type: 'campaign';
      platform: string;
      handle: string;
      campaignKind: CampaignKind;
      label: string;
      target: CampaignTarget;
      contest: string | null;
      displayName: string | null;
    }
  | { type: 'declared'; platform: string; handle: string; nip: string; displayName: string | null };

const PLATFORM_ALIASES: Record<string, string> = {
  x: 'x', twitter: 'x', 'x/twitter': 'x', fb: 'facebook', facebook: 'facebook', ig: 'instagram',
  instagram: 'instagram', tiktok: 'tiktok', 'tik tok': 'tiktok', youtube: 'youtube', yt: 'youtube',
};

export function normalisePlatform(s: string): string | null {
  return PLATFORM_ALIASES[s.trim().toLowerCase()] ?? null;
}

/** '@Budi_S', 'https://x.com/Budi_S', 'tiktok.com/@budi.s' → 'budi_s' / 'budi.s'. */
export function normaliseHandle(s: string): string {
  let v = s.trim();
  const url = /^(?:https?:\/\/)?(?:www\.|m\.)?[a-z.]*(?:x|twitter|facebook|instagram|tiktok|youtube)\.com\/(.+)$/i.exec(v);
  if (url) v = url[1].split(/[/?#]/)[0];
  return v.replace(/^@/, '').toLowerCase();
}

function readOwnerKind(s: string): CampaignKind | 'asn' | null {
  const v = s.toLowerCase();
  if (/tim (pemenangan|kampanye|sukses)|relawan|winning/.test(v)) return 'winning_team';
  if (/partai|parpol|party/.test(v)) return 'party';
  if (/calon|kandidat|candidate|paslon|pasangan/.test(v)) return 'candidate';
  if (/asn|pns|pppk|pegawai/.test(v)) return 'asn';
  return null;
}

export function readAccountRow(
  cells: readonly unknown[],
  rowNumber: number,
  headers: HeaderMap<AccountColumn>,
): { ok: true; row: AccountRow } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const text = (c: AccountColumn) => (headers.index[c] === undefined ? '' : cellText(cells[headers.index[c]!]));
  const add = (c: AccountColumn, reason: string) =>
    problems.push({ row: rowNumber, column: headers.label[c] ?? c, reason });
  const platformText = text('platform');
  const platform = normalisePlatform(platformText);
  if (!platform) add('platform', `platform "${platformText}" tidak dikenal (x, facebook, instagram, tiktok, youtube)`);
  const raw = normaliseHandle(text('handle'));
  // Facebook pages without a username are known by their numeric id (stored as 'id:<n>', like the adapters do).
  const handle = /^\d{6,}$/.test(raw) ? `id:${raw}` : raw;
  if (!handle || /\s/.test(handle)) add('handle', `akun "${text('handle')}" bukan nama pengguna atau URL profil`);
  const nip = normaliseNip(text('nip'));
  const ownerText = text('ownerKind');
  const owner = ownerText ? readOwnerKind(ownerText) : nip ? 'asn' : null;
  if (!owner) add('ownerKind', `jenis pemilik "${ownerText}" tidak dikenal (calon, partai, tim pemenangan, atau ASN dengan NIP)`);
  if (owner === 'asn' && !/^\d{18}$/.test(nip)) add('nip', 'akun yang dideklarasikan ASN harus menyebut NIP 18 digit');
  const displayName = text('displayName') || null;
  if (problems.length || !platform || !owner) return { ok: false, problems };
  if (owner === 'asn') return { ok: true, row: { type: 'declared', platform, handle, nip, displayName } };
  const label = text('label');
  if (!label) {
    add('label', 'nama calon/partai pemilik akun wajib diisi');
    return { ok: false, problems };
  }
  const targetText = text('target').toLowerCase();
  const target: CampaignTarget =
    targetText === 'pair' || targetText === 'pasangan'
      ? 'pair'
      : targetText === 'caleg'
        ? 'caleg'
        : targetText.includes('bakal')
          ? 'bakal_calon'
          : owner === 'party'
            ? 'party'
            : owner === 'winning_team'
              ? 'pair'
              : 'candidate';
  return {
    ok: true,
    row: { type: 'campaign', platform, handle, campaignKind: owner, label, target, contest: text('contest') || null, displayName },
  };
}
