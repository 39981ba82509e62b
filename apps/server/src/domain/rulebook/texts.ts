// Advice and labels the verdict engine writes, Indonesian first. One entry per act of the closed set.
import type { Act } from '@netra/shared';

export type Bi = { id: string; en: string };
export const say = (id: string, en: string): Bi => ({ id, en });

export const ACT_ADVICE: Record<Act, Bi> = {
  like: say(
    'Jangan menyukai (like) unggahan calon, partai, atau akun tim pemenangan. Jika sudah terlanjur, batalkan like sekarang.',
    'Do not like posts of candidates, parties or winning-team accounts. If you already did, undo the like now.',
  ),
  comment: say(
    'Jangan berkomentar yang mendukung atau menjatuhkan calon/partai. Hapus komentar yang sudah terlanjur.',
    'Do not comment in support of or against a candidate or party. Delete any such comment.',
  ),
  share: say(
    'Jangan membagikan (share/repost) konten calon atau partai, termasuk ke grup WA. Hapus yang sudah dibagikan.',
    'Do not share or repost candidate or party content, including to WhatsApp groups. Delete what you shared.',
  ),
  follow: say(
    'Jangan mengikuti (follow) akun pemenangan calon. Akun resmi pejabat untuk informasi boleh diikuti tanpa interaksi dukungan; berhenti mengikuti akun tim pemenangan.',
    'Do not follow a candidate’s winning-team account. Unfollow such accounts; following officials for information without showing support is safer.',
  ),
  join_group: say(
    'Keluar dari grup relawan/pemenangan calon atau partai (WA, Telegram, Facebook).',
    'Leave volunteer or winning-team groups of candidates or parties (WhatsApp, Telegram, Facebook).',
  ),
  post_support: say(
    'Jangan mengunggah ajakan memilih, foto kampanye, atau tagar calon/partai. Hapus unggahan tersebut.',
    'Do not post calls to vote, campaign pictures or candidate/party hashtags. Delete such posts.',
  ),
  photo_with_candidate: say(
    'Hindari berfoto dengan calon; jika tak terhindarkan (acara dinas), jangan berpose jari, jangan memakai atribut, dan jangan mengunggahnya.',
    'Avoid photos with candidates; if unavoidable (official event), no finger poses, no attributes, and do not publish it.',
  ),
  gesture: say(
    'Jangan berpose jari yang melambangkan nomor urut (satu, dua, tiga jari, metal) di foto, terutama bersama calon atau atribut kampanye.',
    'Do not make finger poses that stand for a ballot number (one, two, three fingers, metal) in photos, especially with candidates or campaign attributes.',
  ),
  party_attribute: say(
    'Jangan memakai atau memasang atribut partai/calon (kaos, topi, stiker, bendera).',
    'Do not wear or display party or candidate attributes (shirts, caps, stickers, flags).',
  ),
  banner: say(
    'Jangan memasang spanduk, baliho, atau alat peraga kampanye, termasuk di rumah sendiri. Turunkan yang sudah terpasang.',
    'Do not put up banners, billboards or campaign props, including at your own home. Take down any already up.',
  ),
  attend_campaign: say(
    'Sebaiknya tidak hadir. Jika hadir sebagai pemilih: tanpa seragam/atribut dinas, tanpa fasilitas negara, tanpa pose jari, tanpa sorakan dukungan, dan jangan mengunggahnya.',
    'Better not to attend. If you attend as a voter: no uniform or official attributes, no state facilities, no finger poses, no cheering, and do not post about it.',
  ),
  attend_declaration: say(
    'Jangan menghadiri deklarasi calon, kecuali mendampingi suami/istri dengan status CLTN.',
    'Do not attend a candidate’s declaration, except accompanying your spouse while on unpaid leave (CLTN).',
  ),
  campaign_team: say(
    'Jangan menjadi anggota tim sukses, tim pemenangan, relawan, atau konsultan calon/partai dalam bentuk apa pun. Mundur sekarang.',
    'Do not serve on a campaign or winning team, as volunteer or consultant for a candidate or party in any form. Withdraw now.',
  ),
  mobilize_subordinates: say(
    'Jangan mengajak bawahan, rekan, keluarga, atau warga memilih calon tertentu, dan jangan membagikan barang untuk itu.',
    'Do not urge subordinates, colleagues, family or the public to vote for a candidate, and do not hand out goods for it.',
  ),
  state_facilities: say(
    'Jangan memakai kendaraan dinas, kantor, anggaran, atau fasilitas negara lain untuk kegiatan calon/partai.',
    'Do not use official vehicles, offices, budget or other state facilities for candidate or party activities.',
  ),
  candidacy_without_resign: say(
    'Ajukan cuti di luar tanggungan negara (CLTN) sebelum mendekati partai atau masyarakat untuk mencalonkan diri, dan mundur setelah ditetapkan sebagai calon.',
    'Take unpaid leave (CLTN) before approaching a party or the public to run, and resign once determined as a candidate.',
  ),
  party_member: say(
    'ASN tidak boleh menjadi anggota atau pengurus partai politik. Keluar dari keanggotaan dan cek namamu di SIPOL KPU.',
    'An ASN may not be a party member or officer. End the membership and check your name in KPU’s SIPOL.',
  ),
  ktp_support: say(
    'Jangan memberikan fotokopi KTP atau surat dukungan kepada bakal calon perseorangan, dan jangan mengumpulkannya.',
    'Do not give or collect ID-card copies or support letters for independent candidates.',
  ),
  decision_benefiting_candidate: say(
    'Jangan membuat keputusan, program, atau tindakan dinas yang menguntungkan atau merugikan calon/partai. Libatkan atasan dan inspektorat bila ada tekanan.',
    'Do not make official decisions, programmes or actions that favour or harm a candidate or party. Involve your superior and the inspectorate if pressed.',
  ),
  speaker_at_party_event: say(
    'Tolak menjadi pembicara/MC di acara partai atau calon, kecuali menjelaskan kebijakan pemerintah sesuai tugas.',
    'Decline to speak or host at party or candidate events, except to explain government policy within your duties.',
  ),
  other: say(
    'Jika ragu, jangan lakukan. Netralitas berarti tidak menunjukkan dukungan kepada calon atau partai mana pun, di dunia nyata maupun media sosial.',
    'When in doubt, don’t. Neutrality means showing no support for any candidate or party, offline or on social media.',
  ),
};
