// Text normalisation for Indonesian descriptions as people type them: emoji hand signs become words,
// the colloquial "nge-"/"di-" verb prefixes are stripped from known verbs, punctuation becomes space.
// The same function normalises pack names, so "Mas'ud" in a pack and "masud" typed by a user can meet.

const EMOJI: [RegExp, string][] = [
  [/✌️|✌/gu, ' salam dua jari '],
  [/☝️|☝|👆/gu, ' salam satu jari '],
  [/🤟|🤘/gu, ' salam tiga jari '],
  [/👍/gu, ' jempol '],
];

const PREFIXED_VERBS =
  'like|lik|laik|share|sher|follow|folow|post|posting|repost|komen|coment|comment|retweet|tag|upload|unggah';

export function normalizeText(input: string): string {
  let s = input;
  for (const [re, word] of EMOJI) s = s.replace(re, word);
  s = s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  // Apostrophes join a word ("mas'ud" → "masud"), other punctuation separates words.
  s = s.replace(/['’`]/g, '');
  s = s.replace(/[^\p{L}\p{N}#@\s-]/gu, ' ');
  // nge-like, ngelike, ng-share, di-like, dilike, ke-like (accidentally liked), kelike
  s = s.replace(new RegExp(`\\b(?:nge|ng|di|ke)-?(${PREFIXED_VERBS})`, 'g'), '$1');
  // "salam 2 jari" → "salam dua jari"
  s = s.replace(
    /\b([1-4]) ?jari\b/g,
    (_m, d: string) => `${['', 'satu', 'dua', 'tiga', 'empat'][Number(d)]} jari`,
  );
  s = s.replace(/-/g, ' ');
  // likeee → likee; keeps doubled letters that are real (e.g. "saat")
  s = s.replace(/(\p{L})\1{2,}/gu, '$1$1');
  return s.replace(/\s+/g, ' ').trim();
}

/** Escape for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex that matches any of the phrases as whole words. */
export function wordsRe(phrases: readonly string[]): RegExp {
  const alts = [...phrases].sort((a, b) => b.length - a.length).map(escapeRe);
  return new RegExp(`(?:^|[\\s#@])(?:${alts.join('|')})(?=$|\\s)`);
}
