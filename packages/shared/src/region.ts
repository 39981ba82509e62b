// Kemendagri region codes: "64" province, "64.72" regency/city, "64.72.01" district.
export function isRegionCode(code: string): boolean {
  return /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(code);
}

/** Normalises "6472" or "64.72" to the dotted form; returns null when it is not a code. */
export function normaliseRegionCode(raw: string): string | null {
  const s = raw.trim();
  if (isRegionCode(s)) return s;
  if (/^\d{2}(\d{2}){0,2}$/.test(s)) return s.match(/\d{2}/g)!.join('.');
  return null;
}

/** True when `code` lies inside any of `scope` (empty scope = national = everything). */
export function regionInScope(code: string, scope: readonly string[]): boolean {
  if (scope.length === 0) return true;
  return scope.some((s) => code === s || code.startsWith(s + '.'));
}
