import { describe, expect, it } from 'vitest';
import { coreName, matchNames } from './name-match.ts';

// Synthetic names written the ways they appear in SIASN rosters and on social profiles.
const SAME_PERSON: [asn: string, account: string][] = [
  ['Drs. H. Ahmad Fauzan Hidayat, M.Si', 'Ahmad Fauzan Hidayat'],
  ['Hj. Siti Rahmawati, S.Pd.', 'Siti Rahmawati'],
  ['Siti Rahmawati, S.Pd', 'Rahmawati Siti'],
  ['Muhammad Rizky Pratama, S.E.', 'M. Rizky Pratama'],
  ['Muhammad Rizky Pratama', 'Moh Rizky Pratama'],
  ['Muhammad Rizky Pratama, S.Kom', 'M.Rizky Pratama'],
  ['Ir. Bambang Soetrisno, M.T.', 'Bambang Sutrisno'],
  ['Djoko Santoso, S.H., M.H.', 'Joko Santoso SH MH'],
  ['dr. Nurul Aisyah, Sp.A', 'Nurul Aisyah'],
  ['Ns. Dewi Lestari, S.Kep', 'dewi lestari'],
  ['Prof. Dr. Ir. H. Agus Salim Nasution, M.Sc., Ph.D', 'Agus Salim Nasution'],
  ['Yohanes Paulus Ndruru, S.Sos', 'Yohanes P. Ndruru'],
  ['I Gusti Ayu Made Sartini, S.Pd.SD', 'Ayu Made Sartini'],
  ['Rina Marlina Tjahjono, A.Md.Keb', 'Rina Marlina Cahyono'],
  ['Andi Muh. Ikhsan, S.IP', 'Andi Muhammad Ikhsan'],
  ['Budi Santoso, S.T.', 'budisantoso88'],
  ['Fitriani Nur Hasanah, S.Pd.I', 'Fitriani Noor Hasanah'],
];

const DIFFERENT_PEOPLE: [asn: string, account: string][] = [
  ['Siti Rahmawati, S.Pd.', 'Siti Nurhaliza'],
  ['Muhammad Rizky Pratama', 'Muhammad Fadli'],
  ['Ahmad Fauzan Hidayat', 'Fauziah Hidayati Putri'],
  ['Dewi Lestari', 'Lestari Mandiri Store'],
  ['Budi Santoso', 'Agus Salim'],
  ['Hj. Siti Aminah', 'Siti'],
];

describe('coreName', () => {
  it.each([
    ['Drs. H. Ahmad Fauzan Hidayat, M.Si', 'ahmad fauzan hidayat'],
    ['Hj.Siti Rahmawati S.Pd.', 'siti rahmawati'],
    ['Ir. Bambang Soetrisno, M.T.', 'bambang sutrisno'],
    ['Djoko Tjahjono', 'joko cahyono'],
    ['M. Rizky', 'm rizky'],
    ['Ahmad H. Yani', 'ahmad h yani'],
    ['Muh. Ikhsan SE MM', 'muhamad ikhsan'],
  ])('%s → %s', (raw, want) => {
    expect(coreName(raw).map((t) => t.word).join(' ')).toBe(want);
  });
});

describe('matchNames', () => {
  it.each(SAME_PERSON)('same person: %s ~ %s', (asn, account) => {
    const m = matchNames(asn, account);
    expect(m.score, JSON.stringify(m)).toBeGreaterThanOrEqual(0.7);
    expect(m.reasons.length).toBeGreaterThan(0);
  });
  it.each(DIFFERENT_PEOPLE)('different people: %s vs %s', (asn, account) => {
    const m = matchNames(asn, account);
    expect(m.score, JSON.stringify(m)).toBeLessThan(0.6);
  });
  it('explains initials and spelling', () => {
    expect(matchNames('Muhammad Rizky Pratama', 'M. Rizky Pratama').reasons.join(' ')).toMatch(/inisial/);
    expect(matchNames('Bambang Sutrisno', 'Bambang Sutrisna').reasons.join(' ')).toMatch(/ejaan mirip/);
  });
});
