/**
 * One person's name spelt two ways in one article ("Trevor Houser" said…, "Hauser said"): the slip is read as the
 * spelling the article uses more, so that the person is one actor. Only where it is safe (the brief of issue 16's
 * precision round): the surnames differ by one edit (Levenshtein), begin alike and are long enough not to be two common
 * short names; two full names must share every other word (the first name); a surname written alone must be nobody's
 * short form and near exactly one person's surname.
 */
import { distance } from 'fastest-levenshtein';

/** Letters a surname needs before one edit can be a slip rather than another name ("Kim"/"Kin", "Lee"/"Lea"). */
const MIN_SURNAME_LETTERS = 5;

/**
 * Particles that open surnames in many languages (folded: "Al-Kahlout", "van Dijk", "Abu Hatab", "de la Torre"): a name
 * whose other words are only these shares no first name with another ("Al-Kahlot" is not "Al-Kahlout"'s first name).
 */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'abu', 'abd', 'bin', 'ben', 'ibn', 'van', 'von', 'der', 'den', 'de', 'del', 'la', 'las', 'los', 'da', 'do', 'dos', 'das', 'di', 'du', 'le', 'st']);

/** Whether two folded surnames are one slip apart: one edit, same first letter, long enough. */
function oneSlipApart(a: string, b: string): boolean {
  return a !== b && a[0] === b[0] && Math.min(a.length, b.length) >= MIN_SURNAME_LETTERS && distance(a, b) === 1;
}

/**
 * The variant spellings among an article's names (keys, folded and space-separated, as `nameKey` gives them), each mapped
 * to the key of the spelling kept: the one written more often (`writtenAt`: the starts of the sentences that write each
 * key, in text order), else the one written first (the order of `keys`). Names that are no person's (`isPerson` false:
 * media, bodies) take part in nothing.
 */
export function nameVariants(keys: string[], writtenAt: (key: string) => number[], isPerson: (key: string) => boolean): Map<string, string> {
  const uses = (key: string) => writtenAt(key).length;
  const variants = new Map<string, string>();
  const people = keys.filter(isPerson);
  const full = people.filter((key) => key.includes(' '));
  const kept = (a: string, b: string) => (uses(b) > uses(a) ? b : a);
  // Full names: every word alike but the surname, which is one slip apart.
  full.forEach((a, i) => {
    for (const b of full.slice(i + 1)) {
      const [wordsA, wordsB] = [a.split(' '), b.split(' ')];
      const given = wordsA.slice(0, -1);
      if (wordsA.length !== wordsB.length || given.join(' ') !== wordsB.slice(0, -1).join(' ') || given.every((word) => SURNAME_PARTICLES.has(word)) || !oneSlipApart(wordsA.at(-1)!, wordsB.at(-1)!)) continue;
      const keep = kept(a, b);
      variants.set(keep === a ? b : a, keep);
    }
  });
  // A surname alone, written once, that shortens no full name, near exactly one person's surname, where the name the
  // article wrote last before it is that person's (in full or by surname): a slip in the run of their words, not
  // someone else named in passing.
  const lastNamedBefore = (at: number) => keys.map((key) => ({ key, last: Math.max(-1, ...writtenAt(key).filter((start) => start < at)) })).reduce((a, b) => (b.last > a.last ? b : a)).key;
  for (const single of people.filter((key) => !key.includes(' ') && uses(key) === 1)) {
    if (full.some((name) => name.endsWith(` ${single}`))) continue;
    const near = new Set(full.filter((name) => oneSlipApart(single, name.split(' ').at(-1)!)).map((name) => variants.get(name) ?? name));
    if (near.size !== 1) continue;
    const person = [...near][0]!;
    const last = lastNamedBefore(writtenAt(single)[0]!);
    const forms = full.filter((name) => (variants.get(name) ?? name) === person).flatMap((name) => [name, name.split(' ').at(-1)!]);
    if (forms.includes(last)) variants.set(single, person);
  }
  return variants;
}
