// All provinces and regencies/cities with Kemendagri codes, shipped as data generated from idn-area-data
// (scripts/generate-regions.mjs). Note: these are Kemendagri codes (Kukar 64.02, Berau 64.03, Kutai Barat
// 64.07, Kutai Timur 64.08); BPS numbers some Kaltim regencies differently (BPS 6403 is Kukar), so a
// four-digit code from a BPS table must not be read as a Kemendagri code without a crosswalk.
import data from './data/regions.json' with { type: 'json' };

export const REGION_LEVELS = ['province', 'regency', 'district'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];
export const REGION_KINDS = ['provinsi', 'kabupaten', 'kota', 'kecamatan'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export interface RegionRecord {
  code: string;
  parent: string | null;
  level: RegionLevel;
  kind: RegionKind;
  name: string;
}

export const REGIONS_SOURCE: string = data.source;
export const REGIONS: readonly RegionRecord[] = data.regions as RegionRecord[];
