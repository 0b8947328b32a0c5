/**
 * The question's names that a text holds in another form than the question writes them. Press and encyclopaedic
 * writing seldom repeat a name the way a reader types it: a country is named by its demonym or in the other language
 * ("Estados Unidos" in a question, "estadounidense" in the story), a body by its acronym or by the words the acronym
 * stands for ("Según la AAA…" beside "La Asociación Americana del Automóvil informó…", and the reverse). Read by the
 * lookup's name checks (a name the quoted passage or the story lacks), so that such a story is not taken for one that
 * never mentions what the question names.
 */
import { countryNamings } from '../quotes/countries.js';
import { nameKey } from '../quotes/normalize.js';

/** The function words a name may hold, or open with at the start of a sentence ("La Asociación…"): no initials of it. */
const FUNCTION_WORDS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'of', 'the', 'and', 'for']);
/**
 * A name as written: capitalised words, joined by the function words names hold ("Asociación Americana del Automóvil",
 * "Corea del Norte", "Bank of England").
 */
const NAME_RUN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+(?:(?:${[...FUNCTION_WORDS].join('|')})\\s+)*\\p{Lu}[\\p{L}\\p{M}]*)*`, 'gu');
/** An acronym as written: two to six capitals ("AAA", "OTAN", "KCNA"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** An acronym spells the initials of a name's capitalised words; fewer than this many spell none anyone writes. */
const MIN_ACRONYM_WORDS = 2;

/** A name of a text, folded: its words; those capitalised (no function word), with whether each is written in capitals. */
interface WrittenName {
  words: string[];
  significant: Array<{ word: string; acronym: boolean }>;
}

function namesWritten(text: string): WrittenName[] {
  return Array.from(text.matchAll(NAME_RUN), ([run]) => {
    const words = run.split(/\s+/u);
    const significant = words.filter((word) => /^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(nameKey(word))).map((word) => ({ word: nameKey(word), acronym: ACRONYM.test(word) }));
    return { words: words.map((word) => nameKey(word)), significant };
  });
}

/**
 * The initials each tail of a name's capitalised words spells, with the words: a word that opens a sentence joins the
 * name it stands before ("Según la Organización Mundial de la Salud"), so the name is any tail of the run.
 */
function spelt(name: WrittenName): Array<{ initials: string; words: string[] }> {
  const words = name.significant.filter((each) => !each.acronym).map((each) => each.word);
  return words.slice(0, 1 - MIN_ACRONYM_WORDS).map((_, at) => ({ initials: words.slice(at).map((word) => word.charAt(0)).join(''), words: words.slice(at) }));
}

const acronymsOf = (name: WrittenName) => name.significant.filter((each) => each.acronym).map((each) => each.word);

/**
 * The folded words of `question`'s names that `text` holds in another form: a country named in `text` by another of
 * its names or its demonym, an acronym whose words `text` spells out, words whose acronym `text` writes. Only what
 * the question writes as a name counts (capitalised, or in capitals).
 */
export function namesHeldOtherwise(question: string, text: string): Set<string> {
  const asked = namesWritten(question);
  const held = new Set<string>();
  if (asked.length === 0) return held;
  const written = namesWritten(text);
  const acronyms = new Set(written.flatMap(acronymsOf));
  const spelledOut = new Set(written.flatMap((name) => spelt(name).map((tail) => tail.initials)));
  let folded: string | undefined;
  const says = (form: string) => (folded ??= ` ${nameKey(text)} `).includes(` ${form} `);
  for (const name of asked) {
    for (const acronym of acronymsOf(name)) if (spelledOut.has(acronym)) held.add(acronym);
    for (const tail of spelt(name)) if (acronyms.has(tail.initials)) tail.words.forEach((word) => held.add(word));
    // A country among the name's words ("Banco Central de Nicaragua"): the whole name or any run of its words.
    const { words } = name;
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 1; end <= words.length; end++) {
        const country = words.slice(start, end).join(' ');
        if (countryNamings(country).some((form) => form !== country && says(form))) words.slice(start, end).forEach((word) => held.add(word));
      }
    }
  }
  return held;
}
