/**
 * What-is questions and the sentences that say what their subject is. "¿Qué es la JEP?" shares its one word with every
 * sentence that names the JEP, while the answer is the one that defines it: an apposition ("la JEP, Jurisdicción
 * Especial para la Paz,"), a parenthesised long or short form ("La Jurisdicción Especial para la Paz (JEP)"), a copula
 * with a determiner ("El RWB es el organismo que…") or a verb of meaning ("significa", "stands for"), or the subject
 * after "conocida como" / "known as". These are the definitional patterns of extractive QA (Hearst 1992's lexico-syntactic
 * patterns; TREC's definition questions, Voorhees 2003).
 */
import type { Language, TextSpan } from '../corpus/types.js';

// "¿Qué es (la) X?", "¿Qué significa X?", "What is (the) X?", "What does X mean / stand for?"; X up to MAX_SUBJECT_WORDS
// words. "lo" ("¿Qué es lo que…?") and a relative clause ("¿Qué es la empresa que compró…?") ask something else.
const WHAT_IS: Record<Language, RegExp[]> = {
  es: [/^\s*¿?\s*(?:y\s+)?qu[eé]\s+(?:es|son|era|eran|fue|fueron|significa|significan|quiere\s+decir)\s+(?:(?:el|la|los|las|un|una)\s+)?(?<subject>[^?¿]+?)\s*[?]*\s*$/iu],
  en: [
    /^\s*(?:and\s+)?what\s+(?:is|are|was|were)\s+(?:(?:the|a|an)\s+)?(?<subject>[^?]+?)\s*[?]*\s*$/iu,
    /^\s*(?:and\s+)?what\s+(?:does|do|did)\s+(?:(?:the|a|an)\s+)?(?<subject>[^?]+?)\s+(?:mean|stand\s+for)\s*[?]*\s*$/iu,
  ],
};
const MAX_SUBJECT_WORDS = 4;
const NOT_A_SUBJECT = /^(?:lo|que|this|that|it|there)\b|\b(?:que|qui[eé]n|cu[aá]l|which|who|that)\b/iu;

/** The subject a what-is question asks about ("JEP" in "¿Qué es la JEP?"), as written; undefined for any other question. */
export function definedSubject(question: string, language: Language): string | undefined {
  for (const pattern of WHAT_IS[language]) {
    const subject = pattern.exec(question)?.groups?.subject;
    if (subject === undefined) continue;
    const words = subject.split(/\s+/u).filter(Boolean);
    return words.length > 0 && words.length <= MAX_SUBJECT_WORDS && !NOT_A_SUBJECT.test(subject) ? subject : undefined;
  }
  return undefined;
}

// What follows the subject when the sentence says what it is: a parenthesised form, an apposition opened by a
// determiner or a capitalised long form, a copula with a determiner, a verb of meaning.
const AFTER = /^\s*(?:\([^)]*\p{L}[^)]*\)|,\s+(?:(?:el|la|los|las|un|una|the|a|an)\s|\p{Lu})|[–—]\s|(?:es|son|era|eran|fue|fueron|is|are|was|were)\s+(?:(?:el|la|los|las|un|una|uno|the|a|an)\s|\p{Lu})|(?:significa|quiere\s+decir|se\s+define\s+como|se\s+refiere\s+a|means|stands\s+for|refers\s+to)\b)/u;
// What precedes it: an opening parenthesis after the long form, or a verb of naming.
const BEFORE = /(?:\p{L}\s*\(\s*|(?:conocid[oa]s?|llamad[oa]s?|denominad[oa]s?|known|called|named)\s+(?:como\s+|as\s+)?["'«“]?\s*)$/u;
/** How many characters may part two words of the subject ("Jurisdicción Especial para la Paz": " para la "). */
const SUBJECT_GAP = 9;

/**
 * Whether the sentence `span` of `text` says what the subject is: `matches` holds the offsets (into `text`) of each
 * of the sentence's words matching one of the subject's `terms`, with the term it matches; the
 * subject stands where its terms follow one another (SUBJECT_GAP) and AFTER or BEFORE frames it.
 */
export function definesSubject(text: string, span: TextSpan, terms: readonly string[], matches: ReadonlyArray<TextSpan & { term: string }>): boolean {
  if (terms.length === 0) return false;
  const [first, ...rest] = terms;
  return matches
    .filter((match) => match.term === first)
    .some((start) => {
      let end = start.end;
      for (const term of rest) {
        const next = matches.find((match) => match.term === term && match.start >= end && match.start - end <= SUBJECT_GAP);
        if (next === undefined) return false;
        end = next.end;
      }
      return AFTER.test(text.slice(end, span.end)) || BEFORE.test(text.slice(span.start, start.start));
    });
}
