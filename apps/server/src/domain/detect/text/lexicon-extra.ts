// Forms the election packs do not carry: pair names written together, street nicknames and insults,
// campaign jargon seen in real posts, Jakarta/other Pilkada 2024 prospective candidates (bakal calon, June
// 2024: the Pilkada corpus predates the Kaltim ballot), and generic election words. Each form is
// normalised exactly like post text before it enters the automaton, so spelling here is free-form.
// `target` uses the label scheme: '01' | '02' | '03' | 'party:<short>' | 'cakada' | 'caleg' | 'generic:<x>'.
export interface ExtraForm {
  target: string;
  kind: 'name' | 'nickname' | 'misspelling' | 'slogan' | 'jargon' | 'hashtag' | 'hand_sign' | 'number' | 'generic';
  label: string;
  forms: string[];
}

export const EXTRA_FORMS: ExtraForm[] = [
  {
    target: '01',
    kind: 'name',
    label: 'Anies–Muhaimin (01)',
    forms: ['Anies Muhaimin', 'Anies-Imin', 'Anies Imin', 'AMIN', 'Anies Rasyid Baswedan', 'Timnas AMIN', 'AniesMuhaimin2024', 'Anies Presiden', 'Koalisi Perubahan'],
  },
  { target: '01', kind: 'misspelling', label: 'Anies Baswedan (01)', forms: ['Anis Baswedan', 'Anies Baswedan', 'Anis', 'Abah Anis', 'Anus Baswedan', 'Anies', 'Aniez', 'Gubernur Indonesia'] },
  { target: '01', kind: 'jargon', label: 'jargon 01', forms: ['salam perubahan', 'AMIN aja dulu', 'menang satu putaran AMIN', 'wakanda no more', 'slepet', 'slepet imin', 'desak anies', 'anak abah'] },
  {
    target: '02',
    kind: 'name',
    label: 'Prabowo–Gibran (02)',
    forms: ['Prabowo Gibran', 'Prabowo-Gibran', 'PraGib', 'Prabowo Subianto', 'Gibran Rakabuming', 'PrabowoGibran2024', 'Koalisi Indonesia Maju', 'KIM', 'TKN', 'Bowo', 'Pak Bowo', 'Om Wowo', 'Mas Gibran', 'Gibran Rakabuming Raka'],
  },
  { target: '02', kind: 'jargon', label: 'jargon 02', forms: ['satu putaran', 'sekali putaran', '1 putaran', 'satu putaran saja', 'gemoy', 'joget gemoy', 'prabowo gemoy', 'samsul', 'asam sulfat', 'makan siang gratis', 'lanjutkan', 'keberlanjutan', 'Indonesia Maju', 'Prabowo Gibran Istimewa', 'PrabowoGibranIstimewa', 'all in prabowo', 'Prabowo Presiden', 'anak haram konstitusi'] },
  {
    target: '03',
    kind: 'name',
    label: 'Ganjar–Mahfud (03)',
    forms: ['Ganjar Mahfud', 'Ganjar-Mahfud', 'GaMa', 'Ganjar Pranowo', 'Mahfud MD', 'TPN', 'TPN Ganjar', 'Ganjar Presiden', 'GanjarMahfud2024', 'Pak Ganjar', 'Ganjar'],
  },
  { target: '03', kind: 'jargon', label: 'jargon 03', forms: ['sat set', 'sat set tas tes', 'gerak cepat', 'tuntas', 'KTP sakti', 'salam metal', 'Ganjar Mahfud Menang', 'penguasa rambut putih'] },
  { target: 'generic:anti02', kind: 'jargon', label: 'gerakan anti-02', forms: ['asal bukan 02', 'asal bukan prabowo', 'salam 4 jari', 'salam empat jari', 'empat jari', '4 jari', 'ABP'] },
  // Pilkada 2024 prospective and determined candidates outside the shipped Kaltim pack
  {
    target: 'cakada',
    kind: 'name',
    label: 'calon kepala daerah',
    forms: [
      'Ridwan Kamil', 'Kang Emil', 'RK', 'Suswono', 'RIDO', 'Pramono Anung', 'Pramono', 'Rano Karno', 'Bang Doel', 'Si Doel',
      'Dharma Pongrekun', 'Kun Wardana', 'Kaesang', 'Kaesang Pangarep', 'Sohibul Iman', 'Ahok', 'Basuki Tjahaja Purnama', 'BTP',
      'Heru Budi', 'Sudirman Said', 'Ahmad Sahroni', 'Andika Perkasa', 'Ahmad Luthfi', 'Sudaryono', 'Airin', 'Airin Rachmi Diany',
      'Khofifah', 'Risma', 'Tri Rismaharini', 'Bobby Nasution', 'Edy Rahmayadi', 'Dedi Mulyadi', 'KDM', 'Ilham Habibie', 'Andra Soni',
      'Anies Sohibul', 'Anies maju pilkada', 'Anies gubernur',
    ],
  },
  { target: 'generic:pres', kind: 'generic', label: 'istilah pilpres', forms: ['capres', 'cawapres', 'pilpres', 'paslon', 'pasangan calon', 'calon presiden', 'calon wakil presiden', 'presiden 2024', 'RI 1', 'debat capres', 'quick count', 'real count'] },
  { target: 'generic:cakada', kind: 'generic', label: 'istilah pilkada', forms: ['pilkada', 'pilgub', 'pilbup', 'pilwalkot', 'cagub', 'cawagub', 'cabup', 'cawabup', 'cawalkot', 'cawawalkot', 'calon gubernur', 'calon bupati', 'calon wali kota', 'calon walikota', 'bakal calon', 'pilkada serentak', 'pilkada jakarta', 'pilkada dki', 'pilkada 2024'] },
  { target: 'generic:caleg', kind: 'generic', label: 'istilah pileg', forms: ['caleg', 'pileg', 'dapil', 'DPR RI', 'DPRD', 'DPD RI', 'calon legislatif', 'calon anggota DPR', 'nyaleg', 'anggota dewan'] },
  { target: 'generic:election', kind: 'generic', label: 'istilah pemilu', forms: ['pemilu', 'pemilu 2024', 'coblos', 'kampanye', 'timses', 'tim sukses', 'relawan', 'tim pemenangan', 'suara', 'menang', 'pilih', 'dukung', 'koalisi', 'partai', 'parpol', 'KPU', 'Bawaslu', 'TPS', 'surat suara', 'golput', 'hak pilih'] },
];

/** Common words hashtags are segmented into besides the lexicon's own words. */
export const SEGMENT_WORDS = [
  'ayo', 'ayok', 'dukung', 'menang', 'menangkan', 'pilih', 'coblos', 'bersama', 'untuk', 'indonesia', 'rakyat', 'presiden',
  'satu', 'dua', 'tiga', 'empat', 'putaran', 'salam', 'jari', 'lanjutkan', 'maju', 'emas', 'adil', 'makmur', 'semua',
  'perubahan', 'unggul', 'cepat', 'gerak', 'tolak', 'ganti', 'tetap', 'pasti', 'aja', 'saja', 'dulu', 'lagi', 'jadi', 'kita',
  'anak', 'muda', 'milenial', 'gen', 'hebat', 'istimewa', 'gemoy', 'joget', 'bareng', 'damai', 'pemilu', 'pilpres', 'pilkada',
  'jakarta', 'jateng', 'jabar', 'jatim', 'kaltim', 'netral', 'netralitas', 'asn', 'tolak', 'politik', 'dinasti', 'curang',
  'kecurangan', 'hak', 'angket', 'debat', 'capres', 'cawapres', 'menang', 'kemenangan', 'nomor', 'urut', 'paslon', 'calon',
  'gubernur', 'bupati', 'walikota', 'wali', 'kota', 'rakyat', 'berkah', 'jumat', 'pembela', 'koruptor', 'basmi', 'habis',
  'tim', 'relawan', 'sahabat', 'pejuang', 'garda', 'terdepan', 'kawal', 'suara', 'hati', 'sejahtera', 'bangkit', 'kuat',
];
