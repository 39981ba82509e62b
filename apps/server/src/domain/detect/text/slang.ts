// Slang and abbreviations of Indonesian social media → standard form. Keys are lower-case tokens after
// repeat-collapsing; values may be several words. Election words are canonicalised too, so that the
// lexicon and the classifier see one form ("nyoblos" → "coblos", "no" stays: it is also English "no").
export const SLANG: Record<string, string> = {
  // negation
  gk: 'tidak', ga: 'tidak', gak: 'tidak', nggak: 'tidak', ngga: 'tidak', enggak: 'tidak', engga: 'tidak',
  tdk: 'tidak', tak: 'tidak', kagak: 'tidak', kaga: 'tidak', gx: 'tidak', gag: 'tidak',
  blm: 'belum', blom: 'belum', belom: 'belum',
  // function words
  yg: 'yang', yng: 'yang', dgn: 'dengan', dg: 'dengan', utk: 'untuk', untk: 'untuk',
  dr: 'dari', dri: 'dari', sm: 'sama', ama: 'sama', krn: 'karena', karna: 'karena', krna: 'karena',
  tp: 'tapi', tpi: 'tapi', jg: 'juga', jga: 'juga', aja: 'saja', aj: 'saja', doang: 'saja',
  klo: 'kalau', kalo: 'kalau', kl: 'kalau', klu: 'kalau', dlm: 'dalam', sbg: 'sebagai', msh: 'masih',
  masi: 'masih', skrg: 'sekarang', skrng: 'sekarang', sekrg: 'sekarang', udh: 'sudah', udah: 'sudah',
  sdh: 'sudah', dah: 'sudah', uda: 'sudah', bgt: 'banget', bngt: 'banget', bener: 'benar', bnr: 'benar',
  org: 'orang', orng: 'orang', gmn: 'bagaimana', gimana: 'bagaimana', gmna: 'bagaimana', knp: 'kenapa',
  kenapa: 'kenapa', napa: 'kenapa', emg: 'memang', emang: 'memang', bs: 'bisa', bsa: 'bisa', lg: 'lagi',
  lgi: 'lagi', trs: 'terus', trus: 'terus', sj: 'saja', spt: 'seperti', kyk: 'seperti', kayak: 'seperti', kek: 'seperti', sy: 'saya', gw: 'saya', gue: 'saya', gua: 'saya', aku: 'saya',
  km: 'kamu', lu: 'kamu', lo: 'kamu', loe: 'kamu', elu: 'kamu', kalian: 'kalian', kita: 'kita', kt: 'kita',
  pd: 'pada', pda: 'pada', sdg: 'sedang', lagi2: 'lagi', hrs: 'harus', hrus: 'harus', bkn: 'bukan',
  bukn: 'bukan', ttg: 'tentang', tntg: 'tentang', sbb: 'sebab', stlh: 'setelah', sblm: 'sebelum',
  smua: 'semua', smw: 'semua', sma: 'sama', mau: 'mau', mo: 'mau', pengen: 'ingin', pgn: 'ingin',
  pingin: 'ingin', pen: 'ingin', tau: 'tahu', tw: 'tahu', thu: 'tahu', liat: 'lihat', lht: 'lihat',
  bikin: 'buat', bkin: 'buat', dpt: 'dapat', dapet: 'dapat', mkn: 'makan', jd: 'jadi', jdi: 'jadi',
  sampe: 'sampai', smpe: 'sampai', smp: 'sampai', ky: 'seperti', ad: 'ada', dl: 'dulu', dulu: 'dulu',
  slalu: 'selalu', sll: 'selalu', kmrn: 'kemarin', kemaren: 'kemarin', bsk: 'besok', td: 'tadi',
  wkt: 'waktu', tgl: 'tanggal', thn: 'tahun', th: 'tahun', bln: 'bulan', hr: 'hari', mggu: 'minggu',
  // address
  pak: 'bapak', bpk: 'bapak', bp: 'bapak', bu: 'ibu', mas: 'mas', mbak: 'mbak', mba: 'mbak', kak: 'kakak',
  min: 'admin', gan: 'juragan',
  // election vocabulary
  nyoblos: 'coblos', nyoblosnya: 'coblos', mencoblos: 'coblos', dicoblos: 'coblos', coblosan: 'coblos',
  nyapres: 'capres', nyaleg: 'caleg', pilih: 'pilih', milih: 'pilih', memilih: 'pilih', dipilih: 'pilih',
  pemilu: 'pemilu', pileg: 'pileg', pilpres: 'pilpres', pilgub: 'pilgub', pilbup: 'pilbup',
  pilwalkot: 'pilwalkot', pilkades: 'pilkades', cagub: 'cagub', cawagub: 'cawagub', cabup: 'cabup',
  cawabup: 'cawabup', cawalkot: 'cawalkot', cawawalkot: 'cawawalkot', paslon: 'paslon', pasion: 'paslon',
  cawapres: 'cawapres', capres: 'capres', timses: 'timses', tps: 'tps', nomer: 'nomor', nmr: 'nomor',
  nomr: 'nomor', nmor: 'nomor', nourut: 'nomor urut', dukung: 'dukung', dkg: 'dukung', dukungg: 'dukung',
  menang: 'menang', mnang: 'menang', menangkan: 'menangkan', pilihanku: 'pilihan saya', pilihanmu: 'pilihan kamu',
  presidenku: 'presiden saya', capresku: 'capres saya', jkw: 'jokowi', jokowii: 'jokowi', wowo: 'prabowo',
  gemoi: 'gemoy', gemoyy: 'gemoy',  // laughter and fillers collapse to one token each
  wkwk: 'wkwk', wkwkwk: 'wkwk', wkwkwkwk: 'wkwk', wk: 'wkwk', haha: 'haha', hahaha: 'haha', hehe: 'hehe',
  hehehe: 'hehe', xixi: 'haha', awokwok: 'wkwk', anjir: 'anjir', anjay: 'anjir',
};
