/**
 * Names written in another transliteration: a Spanish question's "Pionyang" for the agencies' "Pyongyang",
 * "Zelenski" for "Zelensky", "Jamenei" for "Khamenei", "Gadafi" for "Gaddafi". Spanish writes foreign names by
 * its own spelling (FundéuRAE's recommendations for transliterating names: y between consonants as i, kh as j,
 * doubled letters single), English-language agencies by theirs, and an archive holds both. Two spellings are
 * the same name when their transliteration keys are equal; the spellings of a typed name to look for in an
 * index are those a rewrite or two of these kinds make.
 */

/**
 * The sound a folded, lower-case word spells, as both conventions write it alike: "pyongyang" and
 * "pionyang" → "pioniang", "khamenei" and "jamenei" → "jamenei", "gaddafi" and "gadafi" → "gadafi".
 */
export function transliterationKey(word: string): string {
  return word
    .replace(/kh/g, 'j')
    .replace(/(?<![cs])h/g, '')
    .replace(/y/g, 'i')
    .replace(/w/g, 'u')
    .replace(/k/g, 'c')
    .replace(/v/g, 'b')
    .replace(/z/g, 's')
    .replace(/ng(?=[aeiou])/g, 'n')
    .replace(/(.)\1+/g, '$1');
}

/** One rewrite of a spelling into the other convention's: each a pattern and what it may become. */
const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/i/g, 'y'],
  [/y/g, 'i'],
  [/n(?=[aeiouy])/g, 'ng'],
  [/ng(?=[aeiouy])/g, 'n'],
  [/j/g, 'kh'],
  [/kh/g, 'j'],
  [/k/g, 'c'],
  [/c/g, 'k'],
  [/([bcdfglmnprstz])(?!\1)/g, '$1$1'],
  [/([bcdfglmnprstz])\1/g, '$1'],
  [/u/g, 'w'],
  [/w/g, 'u'],
  [/v/g, 'b'],
  [/b/g, 'v'],
  [/z/g, 's'],
  [/s/g, 'z'],
];

/** Most rewrites that make a spelling of the other convention ("pionyang" → "pyongyang" takes two). */
const MAX_REWRITES = 2;

/**
 * The other spellings of `word` (folded, lower case) with its transliteration key, each made by at most
 * MAX_REWRITES rewrites at one place each: a few hundred for a name of eight letters, each for the caller to
 * look up in an index rather than an index of the whole vocabulary by key to keep up to date.
 */
export function otherTransliterations(word: string): Set<string> {
  const key = transliterationKey(word);
  const found = new Set<string>();
  let round = new Set([word]);
  for (let step = 0; step < MAX_REWRITES; step++) {
    const next = new Set<string>();
    for (const spelling of round) {
      for (const [pattern, replacement] of REWRITES) {
        const first = new RegExp(pattern.source);
        for (const match of spelling.matchAll(pattern)) {
          const at = match.index;
          // The first match in the rest is this one: rewritten there, with what follows it in view (lookaheads).
          const rewritten = spelling.slice(0, at) + spelling.slice(at).replace(first, replacement);
          if (rewritten !== word && !found.has(rewritten)) next.add(rewritten);
        }
      }
    }
    for (const spelling of next) if (transliterationKey(spelling) === key) found.add(spelling);
    round = next;
  }
  return found;
}
