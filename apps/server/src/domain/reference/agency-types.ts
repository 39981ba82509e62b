// Agency (instansi) types, central and regional (DOMAIN.md §5.4). Central agencies' PPK is the minister or
// agency head; regional agencies' PPK is the governor, regent or mayor, whatever unit (OPD) the ASN works in.
export const AGENCY_SCOPES = ['central', 'regional'] as const;
export type AgencyScope = (typeof AGENCY_SCOPES)[number];

export interface AgencyType {
  code: string;
  nameId: string;
  nameEn: string;
  scope: AgencyScope;
}

export const AGENCY_TYPES: readonly AgencyType[] = [
  // Instansi pusat
  { code: 'kementerian', nameId: 'Kementerian', nameEn: 'Ministry', scope: 'central' },
  {
    code: 'lpnk',
    nameId: 'Lembaga Pemerintah Nonkementerian (LPNK)',
    nameEn: 'Non-ministerial government agency',
    scope: 'central',
  },
  {
    code: 'kesekretariatan_lembaga_negara',
    nameId: 'Kesekretariatan Lembaga Negara',
    nameEn: 'Secretariat of a state institution',
    scope: 'central',
  },
  {
    code: 'lembaga_nonstruktural',
    nameId: 'Lembaga Nonstruktural (LNS)',
    nameEn: 'Non-structural body',
    scope: 'central',
  },
  {
    code: 'instansi_vertikal',
    nameId: 'Instansi Vertikal (Kantor Wilayah/Kantor Pusat di Daerah)',
    nameEn: 'Regional office of a central agency',
    scope: 'central',
  },
  // Instansi daerah: the governments
  { code: 'pemprov', nameId: 'Pemerintah Provinsi', nameEn: 'Provincial government', scope: 'regional' },
  { code: 'pemkab', nameId: 'Pemerintah Kabupaten', nameEn: 'Regency government', scope: 'regional' },
  { code: 'pemkot', nameId: 'Pemerintah Kota', nameEn: 'City government', scope: 'regional' },
  // Instansi daerah: units (perangkat daerah / OPD) inside a government
  {
    code: 'sekretariat_daerah',
    nameId: 'Sekretariat Daerah',
    nameEn: 'Regional secretariat',
    scope: 'regional',
  },
  {
    code: 'sekretariat_dprd',
    nameId: 'Sekretariat DPRD',
    nameEn: 'Secretariat of the regional parliament',
    scope: 'regional',
  },
  { code: 'inspektorat', nameId: 'Inspektorat Daerah', nameEn: 'Regional inspectorate', scope: 'regional' },
  { code: 'dinas', nameId: 'Dinas', nameEn: 'Service office (dinas)', scope: 'regional' },
  { code: 'badan', nameId: 'Badan', nameEn: 'Agency (badan)', scope: 'regional' },
  {
    code: 'satpol_pp',
    nameId: 'Satuan Polisi Pamong Praja',
    nameEn: 'Civil service police unit',
    scope: 'regional',
  },
  { code: 'rsud', nameId: 'Rumah Sakit Umum Daerah', nameEn: 'Regional public hospital', scope: 'regional' },
  { code: 'kecamatan', nameId: 'Kecamatan', nameEn: 'District office', scope: 'regional' },
  { code: 'kelurahan', nameId: 'Kelurahan', nameEn: 'Urban village office', scope: 'regional' },
  {
    code: 'upt',
    nameId: 'Unit Pelaksana Teknis Daerah (UPTD)',
    nameEn: 'Regional technical unit',
    scope: 'regional',
  },
  { code: 'satuan_pendidikan', nameId: 'Satuan Pendidikan (Sekolah)', nameEn: 'School', scope: 'regional' },
  {
    code: 'puskesmas',
    nameId: 'Pusat Kesehatan Masyarakat (Puskesmas)',
    nameEn: 'Community health centre',
    scope: 'regional',
  },
];
