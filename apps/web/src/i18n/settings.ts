export const settings = {
  id: {
    letterSettings: {
      nav: 'Pengaturan surat',
      title: 'Pengaturan surat dan rekomendasi',
      intro:
        'Kop surat, penanda tangan dan awalan nomor surat per kantor penerbit, serta lembaga penerima rekomendasi per periode.',
      issuers: 'Kantor penerbit surat',
      region: 'Wilayah',
      edit: 'Ubah',
      field: {
        name: 'Nama kantor',
        parentName: 'Instansi induk',
        address: 'Alamat',
        city: 'Kota (tempat surat)',
        signatoryName: 'Nama penanda tangan',
        signatoryTitle: 'Jabatan penanda tangan',
        numberPrefix: 'Awalan nomor surat',
      },
      bodies: 'Lembaga penerima rekomendasi',
      validFrom: 'Berlaku sejak (YYYY-MM-DD)',
      body: 'Lembaga',
      basis: 'Dasar hukum',
      addPeriod: 'Tambah periode',
      bodyName: { kasn: 'KASN', bkn: 'BKN', independent_body: 'Lembaga independen (Putusan MK 121/2024)' },
    },
  },
  en: {
    letterSettings: {
      nav: 'Letter settings',
      title: 'Letter and recommendation settings',
      intro:
        'Letterhead, signatory and letter-number prefix per issuing office, and the body that receives recommendations by period.',
      issuers: 'Issuing offices',
      region: 'Region',
      edit: 'Edit',
      field: {
        name: 'Office name',
        parentName: 'Parent institution',
        address: 'Address',
        city: 'City (place of issue)',
        signatoryName: 'Signatory name',
        signatoryTitle: 'Signatory title',
        numberPrefix: 'Letter-number prefix',
      },
      bodies: 'Recommending body',
      validFrom: 'Valid from (YYYY-MM-DD)',
      body: 'Body',
      basis: 'Legal basis',
      addPeriod: 'Add period',
      bodyName: {
        kasn: 'KASN',
        bkn: 'BKN',
        independent_body: 'Independent body (Constitutional Court 121/2024)',
      },
    },
  },
};
