/**
 * Slips in the words an English question opens with: "whn wil putin go to vietnam" asks "when will putin go to
 * vietnam". Misspelt content words are read against the words the articles hold (spelling.ts), but an English
 * question over Spanish articles has none of its interrogatives or auxiliaries there, and without them it asks for no
 * kind of answer and its translation garbles. Those words are a closed class of the language, so a slip in them is
 * read against the class itself.
 */
/** English interrogatives (also what asked-part.ts reads an embedded question by), and the auxiliaries that open a question or follow its interrogative. */
export const ENGLISH_INTERROGATIVES: readonly string[] = ['what', 'when', 'where', 'who', 'whom', 'whose', 'which', 'why', 'how'];
const AUXILIARIES = ['will', 'would', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'should', 'shall', 'may', 'might', 'must'];
const OPENERS = new Set([...ENGLISH_INTERROGATIVES, ...AUXILIARIES]);
/** Shorter words are never read as slips ("hw", "wo": too many openers lie one slip from them). */
const MIN_LENGTH = 3;

/**
 * `question` (English) with its first word, when it is no opener but one slip (a missing, extra, wrong or swapped
 * letter) from an interrogative or an auxiliary, read as that word, and likewise its second word as an auxiliary
 * after an interrogative ("whn wil…" → "when will…"); not after "how", whose next word measures ("how many"). Among
 * several, one that holds all the typed letters in order (a letter left out: "whn" is "when", not "who") wins; a word
 * still left between two is kept as typed, as is any word shorter than MIN_LENGTH or not written in ASCII letters.
 * The typed word's case is kept.
 */
export function withOpeningSlipsRead(question: string): string {
  const read: string[] = [];
  return question.replace(/[\p{L}\p{M}'’]+/gu, (word) => {
    const at = read.length;
    const first = read[0];
    const openers = at === 0 ? [...ENGLISH_INTERROGATIVES, ...AUXILIARIES] : at === 1 && first !== undefined && ENGLISH_INTERROGATIVES.includes(first) && first !== 'how' ? AUXILIARIES : [];
    const typed = word.toLowerCase();
    const repaired = openers.length === 0 || OPENERS.has(typed) ? undefined : slipOf(typed, openers);
    read.push(repaired ?? typed);
    if (repaired === undefined) return word;
    return word === word.toUpperCase() ? repaired.toUpperCase() : /^\p{Lu}/u.test(word) ? repaired.charAt(0).toUpperCase() + repaired.slice(1) : repaired;
  });
}

/** The one of `openers` that `typed` is a slip of (see withOpeningSlipsRead); undefined when none or no one. */
function slipOf(typed: string, openers: readonly string[]): string | undefined {
  if (typed.length < MIN_LENGTH || !/^[a-z]+$/u.test(typed)) return undefined;
  const near = openers.filter((opener) => oneSlip(typed, opener));
  const leftOut = near.filter((opener) => holdsInOrder(opener, typed));
  return leftOut.length === 1 ? leftOut[0] : near.length === 1 ? near[0] : undefined;
}

/** Whether `a` and `b` differ by one letter missing, extra or wrong, or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
    return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return [...long].some((_letter, i) => long.slice(0, i) + long.slice(i + 1) === short);
}

/** Whether every letter of `part` stands in `whole` in the same order. */
function holdsInOrder(whole: string, part: string): boolean {
  let at = 0;
  for (const letter of whole) if (letter === part[at]) at += 1;
  return at === part.length;
}
