// Regenerates apps/server/src/domain/reference/data/regions.json from the npm package idn-area-data
// (Kemendagri codes, dotted: "64", "64.72"). Run after upgrading the package: node scripts/generate-regions.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'apps/server/package.json'));
const pkgDir = path.dirname(require.resolve('idn-area-data/package.json'));
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));

function csv(file) {
  const [head, ...lines] = fs.readFileSync(path.join(pkgDir, 'data', file), 'utf8').trim().split(/\r?\n/);
  const cols = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v.trim()])));
}

// Acronyms and particles that keep their own case in official names.
const KEEP = new Set(['DKI']);
function titleCase(s) {
  return s
    .toLowerCase()
    .split(' ')
    .map((w) => (KEEP.has(w.toUpperCase()) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

const regions = [];
for (const p of csv('provinces.csv')) {
  regions.push({ code: p.code, parent: null, level: 'province', kind: 'provinsi', name: titleCase(p.name) });
}
for (const r of csv('regencies.csv')) {
  const kind = r.name.startsWith('KOTA ') ? 'kota' : r.name.startsWith('KABUPATEN ') ? 'kabupaten' : null;
  if (!kind) throw new Error(`regencies.csv: cannot tell kabupaten/kota for ${r.code} ${r.name}`);
  regions.push({ code: r.code, parent: r.province_code, level: 'regency', kind, name: titleCase(r.name) });
}
const out = {
  source: `idn-area-data ${pkg.version} (Kemendagri codes)`,
  regions,
};
const file = path.join(root, 'apps/server/src/domain/reference/data/regions.json');
fs.writeFileSync(file, JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`wrote ${regions.length} regions to ${path.relative(root, file)}`);
