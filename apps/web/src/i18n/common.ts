export const common = {
  id: {
    app: { name: 'Netra', tagline: 'Netralitas ASN' },
    nav: { home: 'Beranda', selfCheck: 'Cek Mandiri', login: 'Masuk', logout: 'Keluar', report: 'Lapor' },
    lang: { toggle: 'English' },
    common: { loading: 'Memuat…', error: 'Terjadi kesalahan', save: 'Simpan', cancel: 'Batal' },
    notifications: { title: 'Notifikasi', markAll: 'Tandai semua dibaca', empty: 'Tidak ada notifikasi' },
  },
  en: {
    app: { name: 'Netra', tagline: 'ASN Neutrality' },
    nav: { home: 'Home', selfCheck: 'Self-check', login: 'Sign in', logout: 'Sign out', report: 'Report' },
    lang: { toggle: 'Bahasa Indonesia' },
    common: { loading: 'Loading…', error: 'Something went wrong', save: 'Save', cancel: 'Cancel' },
    notifications: { title: 'Notifications', markAll: 'Mark all read', empty: 'No notifications' },
  },
};
