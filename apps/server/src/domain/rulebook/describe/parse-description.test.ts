import { describe, expect, it } from 'vitest';
import type { Act, ContextFlag, TargetKind } from '@netra/shared';
import { loadShippedPacks } from '../../../modules/rulebook/shipped-data.ts';
import { parseDescription } from './parse-description.ts';
import { normalizeText } from './normalize.ts';

const packs = loadShippedPacks();
const PEMILU = '2024-01-10';
const PILKADA = '2024-10-15';

interface Row {
  text: string;
  acts: Act[];
  kind?: TargetKind;
  ref?: string | null;
  contestId?: string | null;
  channel?: string | null;
  flags?: Partial<Record<ContextFlag, boolean>>;
  date?: string;
}

// Phrasings as people type them: slang, abbreviations, emoji and typos. Each maps to its acts.
const rows: Row[] = [
  // social-media engagement
  {
    text: 'saya nge-like postingan caleg PDIP di fb',
    acts: ['like'],
    kind: 'caleg',
    ref: 'party:PDIP',
    channel: 'facebook',
  },
  {
    text: 'ngelike foto prabowo di ig',
    acts: ['like', 'photo_with_candidate'],
    ref: 'pilpres-02',
    channel: 'instagram',
  },
  { text: 'like status capres 01', acts: ['like'], ref: 'pilpres-01' },
  { text: 'aku like video tiktok gibran', acts: ['like'], ref: 'pilpres-02', channel: 'tiktok' },
  { text: 'kasih love di postingan ganjar', acts: ['like'], ref: 'pilpres-03' },
  {
    text: 'ga sengaja ke-like postingan anies',
    acts: ['like'],
    ref: 'pilpres-01',
    flags: { intentional: false },
  },
  { text: 'kepencet likee story cak imin', acts: ['like'], ref: 'pilpres-01', flags: { intentional: false } },
  { text: 'komen "semangat pak" di postingan cawapres', acts: ['comment'], kind: 'candidate' },
  { text: 'koment di fb paslon 3', acts: ['comment'], ref: 'pilpres-03', channel: 'facebook' },
  {
    text: 'komentar dukungan buat cagub di instagram',
    acts: ['comment'],
    kind: 'candidate',
    channel: 'instagram',
    date: PILKADA,
    contestId: 'pilkada-2024-kaltim-gubernur',
  },
  {
    text: 'share video kampanye prabowo ke grup wa keluarga',
    acts: ['share'],
    ref: 'pilpres-02',
    channel: 'whatsapp',
  },
  { text: 'repost konten paslon 02 di story', acts: ['share'], ref: 'pilpres-02' },
  {
    text: 'sebarin brosur caleg gerindra di grup kantor',
    acts: ['share'],
    kind: 'caleg',
    ref: 'party:Gerindra',
  },
  { text: 'retweet cuitan cak imin', acts: ['share'], ref: 'pilpres-01', channel: 'x' },
  { text: 'forward pesan ajakan pilih 03 ke grup alumni', acts: ['share'], ref: 'pilpres-03' },
  { text: 'follow akun tim pemenangan paslon 2', acts: ['campaign_team', 'follow'], ref: 'pilpres-02' },
  { text: 'ngefollow ig ganjar pranowo', acts: ['follow'], ref: 'pilpres-03', channel: 'instagram' },
  {
    text: 'folow akun tiktok caleg nasdem',
    acts: ['follow'],
    kind: 'caleg',
    ref: 'party:NasDem',
    channel: 'tiktok',
  },
  { text: 'gabung grup wa relawan ganjar', acts: ['join_group'], ref: 'pilpres-03', channel: 'whatsapp' },
  {
    text: 'masuk grup telegram pendukung amin',
    acts: ['join_group'],
    ref: 'pilpres-01',
    channel: 'telegram',
  },
  { text: 'dimasukin ke grup wa caleg golkar', acts: ['join_group'], kind: 'caleg', ref: 'party:Golkar' },
  // posting support
  {
    text: 'posting dukungan buat prabowo gibran di fb',
    acts: ['post_support'],
    ref: 'pilpres-02',
    channel: 'facebook',
  },
  { text: 'bikin status wa pilih nomor 1', acts: ['post_support'], ref: 'pilpres-01', channel: 'whatsapp' },
  { text: 'pasang twibbon paslon 03', acts: ['post_support'], ref: 'pilpres-03' },
  { text: 'bikin video tiktok joget gemoy', acts: ['post_support'], channel: 'tiktok' },
  { text: 'upload story #GanjarMahfud2024', acts: ['post_support'], ref: 'pilpres-03' },
  { text: 'nge-tweet dukung anies', acts: ['post_support'], ref: 'pilpres-01', channel: 'x' },
  { text: 'kampanyein caleg PKS di medsos', acts: ['post_support'], kind: 'caleg', ref: 'party:PKS' },
  { text: 'nulis caption pilih rudy seno', acts: ['post_support'], ref: 'kaltim-gub-02', date: PILKADA },
  // photos and gestures
  {
    text: 'foto bareng cabup sambil salam dua jari',
    acts: ['gesture', 'photo_with_candidate'],
    kind: 'candidate',
    flags: { active_support: true },
    date: PILKADA,
  },
  { text: 'selfie sama capres', acts: ['photo_with_candidate'], kind: 'candidate' },
  {
    text: 'foto bareng isran noor di acara dinas',
    acts: ['photo_with_candidate'],
    ref: 'kaltim-gub-01',
    flags: { on_duty: true },
    date: PILKADA,
  },
  {
    text: 'poto bareng caleg pake pose ✌️',
    acts: ['gesture', 'photo_with_candidate'],
    kind: 'caleg',
    flags: { active_support: true },
  },
  {
    text: 'swafoto dengan paslon 1 sambil acungkan satu jari',
    acts: ['gesture', 'photo_with_candidate'],
    ref: 'pilpres-01',
  },
  { text: 'foto salam 3 jari', acts: ['gesture', 'photo_with_candidate'] },
  { text: 'pose 🤟 di depan baliho ganjar', acts: ['banner', 'gesture'], ref: 'pilpres-03' },
  {
    text: 'salam dua jari bareng timses rudy',
    acts: ['campaign_team', 'gesture'],
    ref: 'kaltim-gub-02',
    date: PILKADA,
  },
  { text: 'pakai kaos partai gerindra', acts: ['party_attribute'], kind: 'party', ref: 'party:Gerindra' },
  { text: 'pake topi kampanye paslon 02 waktu jalan sehat', acts: ['party_attribute'], ref: 'pilpres-02' },
  { text: 'foto pakai atribut PDIP', acts: ['party_attribute', 'photo_with_candidate'], ref: 'party:PDIP' },
  // banners
  {
    text: 'pasang baliho capres di depan rumah',
    acts: ['banner'],
    kind: 'candidate',
    contestId: 'pemilu-2024-presiden',
  },
  { text: 'pasang spanduk caleg golkar di pagar', acts: ['banner'], kind: 'caleg', ref: 'party:Golkar' },
  { text: 'tempel stiker di mobil paslon 2', acts: ['banner'], ref: 'pilpres-02' },
  {
    text: 'bantu masang APK cawalkot samarinda',
    acts: ['banner'],
    kind: 'candidate',
    contestId: 'pilkada-2024-samarinda',
    date: PILKADA,
  },
  // attending
  {
    text: 'ikut kampanye akbar 02 pakai seragam dinas',
    acts: ['attend_campaign'],
    ref: 'pilpres-02',
    flags: { uniform_or_state_attributes: true },
  },
  { text: 'hadir di kampanye paslon 1 cuma nonton', acts: ['attend_campaign'], ref: 'pilpres-01' },
  { text: 'datang ke rapat umum capres', acts: ['attend_campaign'], kind: 'candidate' },
  {
    text: 'nonton konser kampanye sambil teriak yel yel',
    acts: ['attend_campaign'],
    flags: { active_support: true },
  },
  {
    text: 'ikut deklarasi bakal calon bupati',
    acts: ['attend_declaration'],
    kind: 'bakal_calon',
    date: '2024-06-01',
  },
  {
    text: 'menghadiri deklarasi dukungan rudy seno',
    acts: ['attend_declaration'],
    ref: 'kaltim-gub-02',
    flags: { active_support: true },
    date: PILKADA,
  },
  {
    text: 'jadi MC di acara deklarasi paslon',
    acts: ['attend_declaration', 'speaker_at_party_event'],
    kind: 'pair',
    flags: { active_support: true },
  },
  {
    text: 'jadi pembicara di acara partai nasdem',
    acts: ['speaker_at_party_event'],
    kind: 'party',
    ref: 'party:NasDem',
  },
  {
    text: 'kasih sambutan di acara caleg waktu jam kerja',
    acts: ['speaker_at_party_event'],
    kind: 'caleg',
    flags: { on_duty: true },
  },
  {
    text: 'ikut sosialisasi bacaleg PKB di kampung',
    acts: ['attend_campaign'],
    kind: 'bakal_calon',
    ref: 'party:PKB',
    date: '2023-06-01',
  },
  {
    text: 'datang ke pengajian yang diadakan cagub',
    acts: ['attend_campaign'],
    kind: 'candidate',
    date: PILKADA,
  },
  {
    text: 'ikut kampanye suami saya yang nyaleg, belum cltn',
    acts: ['attend_campaign', 'candidacy_without_resign'],
    flags: { spouse_is_candidate: true, on_cltn: false },
  },
  // campaign team
  { text: 'jadi timses caleg PDIP', acts: ['campaign_team'], kind: 'caleg', ref: 'party:PDIP' },
  {
    text: 'masuk tim sukses cabup kukar',
    acts: ['campaign_team'],
    kind: 'candidate',
    contestId: 'pilkada-2024-kutai-kartanegara',
    date: PILKADA,
  },
  {
    text: 'diminta jadi tim pemenangan paslon 01',
    acts: ['campaign_team'],
    ref: 'kaltim-gub-01',
    date: PILKADA,
  },
  {
    text: 'jadi konsultan politik bacagub',
    acts: ['campaign_team'],
    kind: 'bakal_calon',
    date: '2024-05-01',
  },
  { text: 'jadi jurkam ganjar mahfud', acts: ['campaign_team'], ref: 'pilpres-03' },
  { text: 'jadi relawan anies', acts: ['campaign_team'], ref: 'pilpres-01' },
  // mobilising, facilities, decisions
  { text: 'ajak bawahan pilih paslon 1', acts: ['mobilize_subordinates'], ref: 'pilpres-01' },
  {
    text: 'ngajakin guru guru milih caleg gerindra',
    acts: ['mobilize_subordinates'],
    kind: 'caleg',
    ref: 'party:Gerindra',
  },
  {
    text: 'bagi bagi sembako bergambar cagub',
    acts: ['mobilize_subordinates'],
    kind: 'candidate',
    date: PILKADA,
  },
  {
    text: 'kumpulkan pegawai untuk menangkan paslon 2',
    acts: ['mobilize_subordinates'],
    ref: 'pilpres-02',
    flags: { active_support: true },
  },
  {
    text: 'pakai mobil dinas ke acara partai gerindra',
    acts: ['state_facilities'],
    kind: 'party',
    ref: 'party:Gerindra',
  },
  {
    text: 'pinjamkan aula kantor buat rapat relawan capres',
    acts: ['campaign_team', 'state_facilities'],
    kind: 'candidate',
  },
  { text: 'antar caleg pakai mobnas', acts: ['state_facilities'], kind: 'caleg' },
  {
    text: 'bikin SK bantuan untuk desa pendukung paslon 2',
    acts: ['decision_benefiting_candidate'],
    ref: 'pilpres-02',
  },
  {
    text: 'mempersulit izin kampanye paslon 1',
    acts: ['decision_benefiting_candidate'],
    ref: 'kaltim-gub-01',
    date: PILKADA,
  },
  {
    text: 'cairkan bansos atas nama cabup petahana',
    acts: ['decision_benefiting_candidate'],
    kind: 'candidate',
    date: PILKADA,
  },
  // candidacy, party membership, KTP support
  {
    text: 'kasih fotokopi KTP ke calon DPD',
    acts: ['ktp_support'],
    kind: 'caleg',
    contestId: 'pemilu-2024-dpd',
  },
  { text: 'kumpulin fc ktp warga buat calon independen', acts: ['ktp_support'], kind: 'pair' },
  { text: 'kasih surat dukungan ke bakal calon perseorangan', acts: ['ktp_support'], kind: 'bakal_calon' },
  { text: 'saya kader PDIP', acts: ['party_member'], kind: 'party', ref: 'party:PDIP' },
  { text: 'jadi pengurus partai di kecamatan', acts: ['party_member'], kind: 'party' },
  { text: 'punya KTA partai golkar', acts: ['party_member'], kind: 'party', ref: 'party:Golkar' },
  { text: 'nama saya tercatut di sipol', acts: ['party_member'] },
  {
    text: 'daftar jadi bacaleg lewat partai tanpa cltn',
    acts: ['candidacy_without_resign'],
    kind: 'bakal_calon',
    flags: { on_cltn: false },
  },
  { text: 'mau nyalon bupati, sudah cltn', acts: ['candidacy_without_resign'], flags: { on_cltn: true } },
  {
    text: 'ambil formulir penjaringan cawalkot di partai',
    acts: ['candidacy_without_resign'],
    kind: 'candidate',
  },
  // no political act
  { text: 'foto sama teman kantor', acts: ['photo_with_candidate'], kind: 'none' },
  { text: 'like postingan resep masakan', acts: ['like'], kind: 'none' },
  { text: 'ikut pengajian di masjid', acts: ['other'], kind: 'none' },
  { text: 'rapat jam 08 di kantor camat', acts: ['other'], kind: 'none' },
];

describe('description parser: phrasings as people type them', () => {
  it('has at least 60 phrasings', () => expect(rows.length).toBeGreaterThanOrEqual(60));

  it.each(rows.map((r) => [r.text, r] as const))('%s', (_t, r) => {
    const actions = parseDescription(r.text, { packs, date: r.date ?? PEMILU, actor: 'pns' });
    expect(actions.map((a) => a.act).sort()).toEqual([...r.acts].sort());
    const a = actions[0]!;
    if (r.kind !== undefined) expect(a.target.kind).toBe(r.kind);
    if (r.ref !== undefined) expect(a.target.ref).toBe(r.ref);
    if (r.contestId !== undefined) expect(a.target.contestId).toBe(r.contestId);
    if (r.channel !== undefined) expect(a.channel).toBe(r.channel);
    if (r.flags) expect(a.context).toMatchObject(r.flags);
    for (const x of actions) {
      expect(x.actor).toBe('pns');
      expect(x.date).toBe(r.date ?? PEMILU);
    }
  });
});

describe('normalisation', () => {
  it.each([
    ['Nge-Like!!', 'like'],
    ['di-share', 'share'],
    ['✌️', 'salam dua jari'],
    ['salam 3 jari', 'salam tiga jari'],
    ["Rudy Mas'ud", 'rudy masud'],
    ['likeeeee', 'likee'],
  ])('%s → %s', (input, out) => expect(normalizeText(input)).toBe(out));
});
