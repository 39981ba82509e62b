// Description parser: Indonesian free text as an ASN would type it ("saya nge-like postingan caleg PDIP di fb",
// "foto bareng cabup sambil ✌️") → one Action per act found, sharing one target, channel and context.
// Pure: names, parties, ballot numbers and regions come from the election packs passed in; the date decides
// which contest a bare "02" or "cagub" refers to. Unrecognised text yields a single act 'other'.
import type {
  Act,
  Action,
  ActorKind,
  ContestOffice,
  ContextFlag,
  ElectionPack,
  SocialPlatform,
  TargetKind,
} from '@netra/shared';
import { OFFICE_PREFIX, pickContest, type ContestHit } from '../contest.ts';
import { normalizeText, wordsRe } from './normalize.ts';

export interface DescribeOptions {
  packs: readonly ElectionPack[];
  /** YYYY-MM-DD: the day of the act (defaults are the caller's business) */
  date: string;
  actor: ActorKind;
}

const re = (src: string) => new RegExp(`(?:^|\\s)(?:${src})(?=$|\\s)`);

const ATTEND_VERBS =
  '(?:hadir|datang|dateng|ikut|ikutan|nonton|menonton|menghadiri|mengikuti|nimbrung|pergi ke|join)';

/** Act patterns over normalised text. Order matters only for the output order. */
const ACT_PATTERNS: [Act, RegExp][] = [
  [
    'party_member',
    re(
      '(?:jadi|menjadi|sebagai|masih|udah|sudah|terdaftar (?:jadi|sebagai)?)? ?(?:anggota|kader|pengurus|bendahara|sekretaris|ketua (?:dpc|dpd|ranting|pac)) (?:partai|parpol|dpc|dpd|ranting)|(?:punya|pegang|bikin|buat) kta|kta (?:partai|parpol)|kartu (?:tanda )?anggota (?:partai|parpol)|(?:masuk|gabung|bergabung|daftar) (?:ke |jadi anggota )?(?:partai|parpol)|nama (?:saya )?(?:ada |tercatat |tercatut |terdaftar )?di sipol',
    ),
  ],
  [
    'ktp_support',
    re(
      '(?:kasih|ngasih|kirim|kumpulin|kumpulkan|mengumpulkan|memberi|memberikan|serahkan|setor|nyerahin|minta|mintain) (?:fotokopi |fotocopy |foto kopi |fc |copy |salinan |foto )?(?:ktp|e ktp|ektp)|(?:fotokopi|fotocopy|fc|copy) ktp|dukungan ktp|surat dukungan|ktp (?:untuk|buat|ke) (?:calon|paslon|cabup|cagub|cawalkot|dpd|independen|perseorangan)',
    ),
  ],
  [
    'campaign_team',
    re(
      'timses|tim ses|tim sukses|tim pemenangan|tim kampanye|tim relawan|relawan|jurkam|juru kampanye|konsultan (?:politik|pemenangan|kampanye)|tim ahli (?:calon|paslon|capres|cagub|cabup|cawalkot)|koordinator (?:relawan|pemenangan|kampanye|saksi)|korlap (?:relawan|kampanye)|saksi (?:partai|paslon)|tkn|tpn|timnas amin',
    ),
  ],
  [
    'speaker_at_party_event',
    re(
      '(?:jadi|menjadi|sebagai|jd) (?:mc|pembawa acara|moderator|pembicara|narasumber|narsum|penceramah|host|jubir|juru bicara|pemateri)|(?:kasih|memberi|memberikan|beri) (?:sambutan|orasi|pidato|materi)|orasi|pidato (?:di|politik)',
    ),
  ],
  [
    'mobilize_subordinates',
    re(
      '(?:ajak|ajakin|ngajak|ngajakin|mengajak|suruh|nyuruh|menyuruh|minta|arahkan|mengarahkan|arahin|instruksikan|kerahkan|mengerahkan|kumpulkan|mengumpulkan|kumpulin) (?:semua |para |seluruh )?(?:bawahan|staf|staff|pegawai|anak buah|teman kantor|temen kantor|rekan kerja|rekan|guru|murid|siswa|ortu murid|orang tua murid|warga|keluarga|asn|pns|honorer|kader|karyawan|tetangga|ibu ibu|bapak bapak)|bagi(?: bagi|kan|in)? (?:sembako|kaos|kaus|amplop|uang|duit|barang|beras|bingkisan|kalender|stiker)|imbau(?:an)? (?:memilih|pilih|untuk memilih)|serangan fajar|money politic',
    ),
  ],
  [
    'state_facilities',
    re(
      '(?:mobil|kendaraan|motor|laptop|printer|hp|rumah|ruang|aula|gedung|kantor|fasilitas|anggaran|dana|uang) (?:dinas|kantor|negara|pemda|pemerintah|daerah)|mobnas|plat merah|pelat merah|fasilitas (?:negara|kantor|dinas|pemerintah)|aula kantor|ruang rapat kantor|pakai kantor|di kantor dinas|apbd|apbn',
    ),
  ],
  [
    'decision_benefiting_candidate',
    re(
      '(?:bikin|buat|membuat|keluarkan|mengeluarkan|terbitkan|menerbitkan|teken|tanda tangan|tandatangani) (?:sk|surat keputusan|surat edaran|keputusan|kebijakan|izin|program|rekomendasi)|(?:percepat|perlambat|persulit|mempersulit|hambat|menghambat|tolak|menolak|tahan|menahan) (?:izin|perizinan|bantuan|pencairan)|cairkan (?:bantuan|bansos|dana)|bansos (?:atas nama|bergambar|berstiker|dengan stiker|untuk)|(?:mutasi|memutasi|copot|mencopot|nonjobkan) (?:pegawai|pejabat|kepala|staf)|(?:menangkan|memenangkan|atur) tender|program (?:dinas|kantor) (?:untuk|buat) (?:menang|calon|paslon)',
    ),
  ],
  [
    'candidacy_without_resign',
    re(
      'nyalon|nyaleg|mencalonkan diri|(?:mau|ingin|akan|berencana|rencana)? ?maju (?:jadi |sebagai |di |ke )?(?:caleg|cabup|cawabup|cagub|cawagub|cawalkot|calon|pilkada|pileg|bupati|wakil bupati|walikota|wali kota|gubernur|dpr|dprd|dpd|legislatif|kepala daerah)|(?:daftar|mendaftar|ndaftar|mendaftarkan diri) (?:jadi |sebagai |ke partai )?(?:caleg|calon|bakal calon|bacaleg|bacalon|cabup|cagub|cawalkot|dpd)|ambil formulir|penjaringan (?:calon|cakada|bakal calon)|(?:mendekati|dekati|deketin|melamar ke|lamar ke|minta rekomendasi|cari rekomendasi|cari perahu|cari dukungan) (?:partai|parpol|ke partai)|fit and proper test|uji kelayakan partai',
    ),
  ],
  [
    'banner',
    re(
      'baliho|spanduk|banner|poster|billboard|umbul umbul|alat peraga(?: kampanye)?|apk|stiker (?:di|ke) (?:mobil|motor|rumah|kaca)|pamflet|flyer|selebaran',
    ),
  ],
  [
    'party_attribute',
    re(
      'atribut(?! (?:pns|asn|dinas|korpri))|(?:kaos|kaus|topi|jaket|rompi|bendera|pin|syal|seragam|baju|stiker|masker) (?:partai|parpol|kampanye|calon|paslon|capres|caleg|cagub|cabup|cawalkot|relawan|pemenangan|bergambar)',
    ),
  ],
  [
    'gesture',
    re(
      'salam (?:satu|dua|tiga|empat) jari|(?:satu|dua|tiga|empat) jari|pose jari|acung(?:kan|in)? jari|salam metal|pose metal|jari (?:satu|dua|tiga|metal)|pose (?:nomor|angka)|simbol jari|peace',
    ),
  ],
  ['photo_with_candidate', re('foto|poto|photo|selfie|swafoto|wefie|berfoto|fotbar')],
  [
    'join_group',
    re(
      '(?:gabung|join|masuk|bergabung|jadi anggota|jadi admin|admin|ikut|ikutan|dimasukin|dimasukkan|masukin) (?:ke |di |dalam )?(?:grup|group|grub|gc|komunitas|channel|saluran)',
    ),
  ],
  [
    'follow',
    re('follow|folow|fol|ngikutin akun|ikuti akun|mengikuti akun|subscribe|subscribe|subskrib|sub channel'),
  ],
  [
    'like',
    re('like|likes|lik|laik|lke|likee|love|jempol|nyukain|sukain|menyukai|kasih love|kasi like|tap love'),
  ],
  [
    'comment',
    re('komen|koment|komentar|komenin|berkomentar|coment|comment|comen|reply|balas komen|bales komen'),
  ],
  [
    'share',
    re(
      'share|sher|shere|sharing|repost|reshare|retweet|regram|bagikan|membagikan|bagiin|nyebarin|sebarin|menyebarkan|sebarkan|forward|terusin|teruskan|lanjutkan pesan|broadcast|bc|nyebar',
    ),
  ],
  [
    'post_support',
    re(
      'posting|post|memposting|upload|unggah|mengunggah|update status|bikin status|buat status|pasang status|status wa|story|stori|snapgram|sw|twibbon|bikin konten|buat konten|bikin video|buat video|bikin postingan|buat postingan|nge tweet|tweet|twit|cuit|caption|tagar|hashtag|kampanye(?:in)? di (?:medsos|media sosial|fb|facebook|ig|instagram|tiktok|wa|twitter|x|youtube)|kampanyein|promosiin|promosikan|mempromosikan|endorse|dukung(?:an)? (?:di|lewat|via) (?:medsos|fb|ig|tiktok|wa|status)',
    ),
  ],
  ['attend_declaration', re('deklarasi')],
  [
    'attend_campaign',
    re(
      `${ATTEND_VERBS}(?: \\S+){0,3} (?:kampanye|rapat umum|konser kampanye)|kampanye akbar|rapat umum|temu kader|kopdar relawan`,
    ),
  ],
];

/** Gatherings that are campaign events only when a candidate, party or election is named. */
const WEAK_ATTEND = re(
  `${ATTEND_VERBS}(?: \\S+){0,3} (?:acara|pertemuan|temu|silaturahmi|sosialisasi|blusukan|pengajian|jalan sehat|senam|kopdar|konsolidasi|konser|ramah tamah|syukuran)|blusukan|sosialisasi`,
);

const FLAG_PATTERNS: [ContextFlag, boolean, RegExp][] = [
  [
    'intentional',
    false,
    re(
      '(?:tidak|nggak|ngga|gak|ga|enggak|tak|tanpa) sengaja|kepencet|kepencel|salah pencet|salah klik|keklik|kesentuh|ke tap|ketap|auto like|refleks',
    ),
  ],
  ['intentional', true, re('sengaja|dengan sadar')],
  ['on_cltn', false, re('(?:tanpa|tidak|belum|nggak|gak|ga|bukan) (?:sedang )?(?:cltn|cuti)')],
  [
    'on_cltn',
    true,
    re('cltn|cuti di ?luar tanggungan(?: negara)?|cuti besar|sudah cuti|lagi cuti|sedang cuti'),
  ],
  [
    'on_duty',
    true,
    re(
      'jam kerja|jam kantor|saat dinas|sedang dinas|waktu dinas|lagi dinas|saat bertugas|sedang bertugas|tugas kantor|ditugaskan|surat tugas|undangan resmi|acara dinas|acara resmi|acara pemda|acara kantor|mewakili (?:kantor|dinas|pimpinan|bupati|walikota|gubernur)|menjelaskan kebijakan',
    ),
  ],
  [
    'uniform_or_state_attributes',
    true,
    re(
      'seragam(?! partai)|baju dinas|pakaian dinas|pdh|pdl|korpri|batik korpri|atribut (?:pns|asn|dinas|korpri)|id card|name tag|nametag|kartu pegawai|seragam (?:dinas|pns|asn|guru|nakes)',
    ),
  ],
  [
    'spouse_is_candidate',
    true,
    re(
      '(?:suami|istri|isteri|bini|laki) (?:saya |aku |gue |gw )?(?:yang |yg )?(?:jadi |menjadi |sebagai |adalah |nyalon|nyaleg|maju|caleg|calon|cabup|cagub|cawalkot|paslon|kandidat)',
    ),
  ],
  [
    'active_support',
    true,
    re(
      'teriak|yel yel|yel|sorak|bersorak|joget|kibarkan|kibarin|angkat tangan|semangat menang|menangkan|memenangkan|dukung|mendukung|dukungan|pro|coblos|pilih nomor|ajak pilih|tepuk tangan',
    ),
  ],
];

const CHANNELS: [SocialPlatform, RegExp][] = [
  ['facebook', re('fb|facebook|face book|fesbuk|fesbuk|efbe')],
  ['instagram', re('ig|instagram|insta|igs|snapgram|reels|reel')],
  ['tiktok', re('tiktok|tik tok|tt|fyp')],
  ['whatsapp', re('wa|whatsapp|whats app|watsap|wasap|sw|status wa|grup wa')],
  ['x', re('twitter|x|twiter|tweet|twit|cuit|retweet')],
  ['youtube', re('youtube|yt|yutub|channel')],
  ['telegram', re('telegram|tele|tg')],
  ['threads', re('threads')],
];

const OFFICE_WORDS: [ContestOffice | 'legislative', boolean, RegExp][] = [
  // [office, bakal (prospective) form?, pattern]
  [
    'presiden',
    true,
    re('bacapres|bacawapres|bakal capres|bakal cawapres|bakal calon presiden|bakal calon wakil presiden'),
  ],
  ['gubernur', true, re('bacagub|bacawagub|bakal cagub|bakal calon gubernur')],
  ['bupati', true, re('bacabup|bacawabup|bakal cabup|bakal calon bupati')],
  ['walikota', true, re('bacawalkot|bacawawalkot|bakal cawalkot|bakal calon wali kota|bakal calon walikota')],
  [
    'legislative',
    true,
    re('bacaleg|bakal caleg|bakal calon legislatif|bakal calon anggota (?:dpr|dprd|dewan)'),
  ],
  ['presiden', false, re('capres|cawapres|calon presiden|calon wakil presiden|pilpres|presiden|wapres')],
  ['gubernur', false, re('cagub|cawagub|calon gubernur|calon wakil gubernur|pilgub|gubernur')],
  ['bupati', false, re('cabup|cawabup|calon bupati|calon wakil bupati|pilbup|bupati')],
  [
    'walikota',
    false,
    re(
      'cawalkot|cawawalkot|calon walikota|calon wali kota|calon wakil wali kota|pilwali|pilwalkot|wali kota|walikota',
    ),
  ],
  ['dpd', false, re('calon dpd|calon anggota dpd|caleg dpd|senator')],
  [
    'legislative',
    false,
    re(
      'caleg|calon legislatif|calon anggota (?:dpr|dprd|dewan|dpd)|calon dpr|calon dprd|calon dpd|anggota dewan|pileg|dpd|dprd|dpr',
    ),
  ],
];
const BAKAL_GENERIC = re(
  'bakal calon|bacalon|balon|bapaslon|bakal paslon|bakal pasangan calon|calon potensial|akan maju|mau maju|digadang gadang',
);
const PAIR_GENERIC = re(
  'paslon|pasangan calon|kandidat|calon|cakada|calon kepala daerah|petahana|incumbent|kontestan',
);
const PARTY_GENERIC = re('partai|parpol|partai politik');
// "paslon 2", "nomor urut 02", or a bare "01".."05" (not a time or a date: "jam 08", "tanggal 02").
const BALLOT =
  /(?:^|\s)(?:(?:paslon|pasangan calon|nomor urut|no urut|nomer urut|nomor|nomer|no|calon|capres|cagub|cabup|cawalkot|kandidat|urut)\s*0?([1-9])|(?<!(?:jam|pukul|tanggal|tgl|bulan|lantai|rt|rw) )0([1-5]))(?=$|\s)/;

interface Lexicon {
  pairs: { re: RegExp; hit: ContestHit }[];
  parties: { re: RegExp; name: string }[];
  regions: { re: RegExp; hit: ContestHit }[];
}

const lexiconCache = new WeakMap<readonly ElectionPack[], Lexicon>();

function buildLexicon(packs: readonly ElectionPack[]): Lexicon {
  const cached = lexiconCache.get(packs);
  if (cached) return cached;
  const lex: Lexicon = { pairs: [], parties: [], regions: [] };
  const partyNames = new Map<string, string>();
  for (const pack of packs) {
    for (const party of pack.parties) {
      const terms = [
        party.shortName,
        party.longName,
        ...party.aliases,
        ...party.hashtags.map((h) => h.replace(/^#/, '')),
      ];
      for (const t of terms) {
        const n = normalizeText(t);
        // Two-letter party names ("PA") collide with everyday words; only longer forms are matched.
        if (n.length >= 3 && !partyNames.has(n)) partyNames.set(n, party.shortName);
      }
    }
    for (const contest of pack.contests) {
      const hit = { pack, contest, pair: null };
      const regionTerms = contest.aliases.map(normalizeText).filter((t) => t.length >= 3);
      if (regionTerms.length) lex.regions.push({ re: wordsRe(regionTerms), hit });
      for (const pair of contest.pairs) {
        const people = pair.people.flatMap((p) =>
          pair.synthetic
            ? [p.name]
            : [p.name, ...p.nicknames, ...p.misspellings, p.name.split(' ').at(-1) ?? ''],
        );
        const terms = [pair.label, ...people, ...pair.hashtags.map((h) => h.replace(/^#/, ''))]
          .map(normalizeText)
          .filter((t) => t.length >= 4);
        if (terms.length) lex.pairs.push({ re: wordsRe([...new Set(terms)]), hit: { pack, contest, pair } });
      }
    }
  }
  // One regex per party short name, so the name reported is the canonical one.
  const byParty = new Map<string, string[]>();
  for (const [term, name] of partyNames) byParty.set(name, [...(byParty.get(name) ?? []), term]);
  for (const [name, terms] of byParty) lex.parties.push({ re: wordsRe(terms), name });
  lexiconCache.set(packs, lex);
  return lex;
}

function findOffice(text: string): { office: ContestOffice | 'legislative'; bakal: boolean } | null {
  for (const [office, bakal, pattern] of OFFICE_WORDS) if (pattern.test(text)) return { office, bakal };
  return null;
}

const LEGISLATIVE: readonly ContestOffice[] = ['dpr', 'dprd_provinsi', 'dprd_kabkota', 'dpd'];

function resolveTarget(text: string, opts: DescribeOptions): Action['target'] {
  const lex = buildLexicon(opts.packs);
  const named = lex.pairs.find((p) => p.re.test(text));
  if (named)
    return {
      kind: 'pair',
      contestId: named.hit.contest.id,
      ref: named.hit.pair!.id,
      label: named.hit.pair!.label,
    };

  const office = findOffice(text);
  const region = lex.regions.find(
    (r) => r.re.test(text) && (!office || office.office === r.hit.contest.office),
  );
  const party = lex.parties.find((p) => p.re.test(text));
  const bakal = office?.bakal || BAKAL_GENERIC.test(text);
  const offices: readonly ContestOffice[] | undefined = office
    ? office.office === 'legislative'
      ? LEGISLATIVE
      : [office.office]
    : undefined;
  // Regency and city races are many: without a region name the contest would be a guess.
  const ambiguous = !region && !!offices && offices.some((o) => o === 'bupati' || o === 'walikota');
  const contest =
    region?.hit ??
    (!ambiguous && (offices || BALLOT.test(text)) ? pickContest(opts.packs, opts.date, { offices }) : null);

  const ballot = BALLOT.exec(text);
  if (ballot && contest && !bakal) {
    const n = Number(ballot[1] ?? ballot[2]);
    const pair = contest.contest.pairs.find((p) => p.ballotNumber === n);
    // A bare regency number without a region would be a guess; only unique contests resolve.
    if (pair) return { kind: 'pair', contestId: contest.contest.id, ref: pair.id, label: pair.label };
  }
  const partyLabel = party ? ` ${party.name}` : '';
  const partyRef = party ? `party:${party.name}` : null;
  let kind: TargetKind;
  if (bakal) kind = 'bakal_calon';
  else if (office?.office === 'legislative' || office?.office === 'dpd') kind = 'caleg';
  else if (office) kind = 'candidate';
  else if (ballot || PAIR_GENERIC.test(text)) kind = 'pair';
  else if (party || PARTY_GENERIC.test(text)) kind = 'party';
  else kind = 'none';
  if (kind === 'none') return { kind, contestId: null, ref: null, label: null };
  const officeLabel = office ? (office.office === 'legislative' ? 'caleg' : office.office) : kind;
  return {
    kind,
    contestId:
      kind === 'party'
        ? null
        : (contest?.contest.id ??
          (office && office.office !== 'legislative' && office.office !== 'dpd'
            ? `${OFFICE_PREFIX}${office.office}`
            : null)),
    ref: partyRef,
    label: `${officeLabel}${partyLabel}`.trim(),
  };
}

function findFlags(text: string): Partial<Record<ContextFlag, boolean>> {
  const flags: Partial<Record<ContextFlag, boolean>> = {};
  // First matching pattern per flag wins: negated forms are listed before plain ones.
  for (const [flag, value, pattern] of FLAG_PATTERNS)
    if (flags[flag] === undefined && pattern.test(text)) flags[flag] = value;
  return flags;
}

function findChannel(text: string): SocialPlatform | null {
  for (const [platform, pattern] of CHANNELS) if (pattern.test(text)) return platform;
  return null;
}

export function findActs(text: string, political: boolean, partyNamed: boolean): Act[] {
  const acts = new Set<Act>();
  for (const [act, pattern] of ACT_PATTERNS) if (pattern.test(text)) acts.add(act);
  if (political && WEAK_ATTEND.test(text))
    acts.add(/deklarasi/.test(text) ? 'attend_declaration' : 'attend_campaign');
  // "kader PDIP" is membership; "kader posyandu" is not.
  if (partyNamed && /(?:^|\s)(?:kader|anggota|pengurus)(?:\s|$)/.test(text)) acts.add('party_member');
  // "jadi timses": the team word is the act; "tim kampanye", "kaos kampanye" are not attendance.
  if (
    acts.has('campaign_team') &&
    !/(?:hadir|datang|ikut|nonton|menghadiri) (?:ke |di )?(?:acara )?kampanye/.test(text)
  )
    acts.delete('attend_campaign');
  // Being in a volunteers' chat group is joining a group, not serving on the team.
  if (
    acts.has('join_group') &&
    /(?:grup|group|grub|gc) (?:\S+ )?relawan/.test(text) &&
    !/(?:jadi|menjadi|sebagai|daftar) (?:relawan|timses|tim)/.test(text)
  )
    acts.delete('campaign_team');
  // A photo act already covers publishing it.
  if (acts.has('photo_with_candidate') || acts.has('banner') || acts.has('party_attribute'))
    acts.delete('post_support');
  // "kasih like" / "postingan" are objects, not posting.
  if (
    (acts.has('like') || acts.has('comment') || acts.has('share')) &&
    !/(?:^|\s)(?:posting|upload|unggah|bikin|buat|update) /.test(text)
  )
    acts.delete('post_support');
  // "share ke grup wa" is sharing, not joining.
  if (acts.has('share') && !/(?:gabung|join|masuk|bergabung|jadi anggota|jadi admin)/.test(text))
    acts.delete('join_group');
  // Speaking at a declaration or campaign event is also attending it.
  if (acts.has('speaker_at_party_event') && /kampanye/.test(text) && !acts.has('campaign_team'))
    acts.add('attend_campaign');
  // Party membership words ("kader PDIP") are not a photo or group.
  if (acts.has('mobilize_subordinates') && /(?:^|\s)(?:ajak|ajakin|ngajak|mengajak)(?:\s|$)/.test(text))
    acts.delete('post_support');
  if (acts.has('ktp_support')) acts.delete('photo_with_candidate');
  return [...acts];
}

/** One Action per act found in the description; act 'other' when none is recognised. */
export function parseDescription(description: string, opts: DescribeOptions): Action[] {
  const text = normalizeText(description);
  const target = resolveTarget(text, opts);
  const partyNamed = buildLexicon(opts.packs).parties.some((p) => p.re.test(text));
  const acts = findActs(text, target.kind !== 'none', partyNamed);
  const flags = findFlags(text);
  const channel = findChannel(text);
  // A hand sign, a party attribute or a speech at the event are active support there.
  if (acts.some((a) => a === 'gesture' || a === 'party_attribute' || a === 'speaker_at_party_event'))
    flags.active_support ??= true;
  const list: Act[] = acts.length ? acts : ['other'];
  return list.map((act) => ({
    actor: opts.actor,
    act,
    target:
      act === 'party_member' && target.kind !== 'party' && target.ref?.startsWith('party:')
        ? { ...target, kind: 'party' }
        : target,
    date: opts.date,
    channel,
    context: { ...flags },
  }));
}
