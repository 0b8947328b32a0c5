/**
 * The noun a compound question's later part refers back to with a pronoun: "¿Cuánto es la fianza y quién la
 * financiaría?" asks who would pay the bail, "What is the bail and who would pay it?" too. Looked up alone, "¿quién la
 * financiaría?" holds no word of what it asks about; the part is asked with the noun the pronoun stands for ("¿quién
 * financiaría la fianza?").
 *
 * The antecedent is the last noun phrase of the earlier parts that agrees with the pronoun: in Spanish a determiner of
 * the pronoun's gender and number ("la" ← "la fianza", "los" ← "los contratos"), in English any determiner for "it",
 * and a plural noun for "they"/"them". Closed classes of each language only: object clitics before a verb or joined
 * to an infinitive ("la financiaría", "pagarla"), English personal pronouns, determiners, and the function words that
 * end a noun phrase.
 */
import type { Language } from '../corpus/types.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { foldAccents, WORD } from '../text/words.js';

type Agreement = 'fs' | 'ms' | 'fp' | 'mp' | 'singular' | 'plural';

/** Spanish determiners by the gender and number they agree with ("del"/"al" hold "el"). */
const SPANISH_DETERMINERS: Readonly<Record<string, { agreement: Agreement; written: string }>> = {
  la: { agreement: 'fs', written: 'la' }, una: { agreement: 'fs', written: 'una' }, esta: { agreement: 'fs', written: 'esta' }, esa: { agreement: 'fs', written: 'esa' },
  el: { agreement: 'ms', written: 'el' }, del: { agreement: 'ms', written: 'el' }, al: { agreement: 'ms', written: 'el' }, un: { agreement: 'ms', written: 'un' },
  este: { agreement: 'ms', written: 'este' }, ese: { agreement: 'ms', written: 'ese' },
  las: { agreement: 'fp', written: 'las' }, unas: { agreement: 'fp', written: 'unas' }, estas: { agreement: 'fp', written: 'estas' }, esas: { agreement: 'fp', written: 'esas' },
  los: { agreement: 'mp', written: 'los' }, unos: { agreement: 'mp', written: 'unos' }, estos: { agreement: 'mp', written: 'estos' }, esos: { agreement: 'mp', written: 'esos' },
};
/** Spanish object clitics (third person, direct object) and the agreement of the noun they stand for. */
const SPANISH_CLITICS: Readonly<Record<string, Agreement>> = { lo: 'ms', la: 'fs', los: 'mp', las: 'fp' };
const ENGLISH_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);
const ENGLISH_PRONOUNS: Readonly<Record<string, Agreement>> = { it: 'singular', they: 'plural', them: 'plural' };

/** A clitic before the verb at the start of a part's body ("la financiaría"), or one joined to an infinitive ("pagarla"). */
const SPANISH_PROCLITIC = /^(lo|la|los|las)\s+(?=\p{L})/iu;
const SPANISH_ENCLITIC = /(?<=\p{L}{2}(?:ar|er|ir))(lo|la|los|las)(?![\p{L}\p{M}])/iu;

/** The noun phrases of `text` with their agreement, in order: a determiner and the content words after it. */
function nounPhrases(text: string, language: Language): Array<{ phrase: string; agreement: Agreement }> {
  const words = Array.from(text.matchAll(WORD), ([word]) => word);
  const phrases: Array<{ phrase: string; agreement: Agreement }> = [];
  words.forEach((word, at) => {
    const folded = foldAccents(word);
    const determiner = language === 'es' ? SPANISH_DETERMINERS[folded] : ENGLISH_DETERMINERS.has(folded) ? { agreement: 'singular' as const, written: folded } : undefined;
    if (!determiner) return;
    const nouns: string[] = [];
    for (const next of words.slice(at + 1)) {
      if (STOP_WORDS[language].has(foldAccents(next))) break;
      nouns.push(next);
    }
    const last = nouns.at(-1);
    if (last === undefined) return;
    const agreement = language === 'es' ? determiner.agreement : /s$/iu.test(last) ? 'plural' : 'singular';
    phrases.push({ phrase: [determiner.written, ...nouns].join(' '), agreement });
  });
  return phrases;
}

const antecedentOf = (earlier: string, language: Language, agreement: Agreement) => nounPhrases(earlier, language).filter((phrase) => phrase.agreement === agreement).at(-1)?.phrase;

/**
 * `body` (a part's words after its interrogative) with its pronoun replaced by the noun phrase of `earlier` (the parts
 * before it) that the pronoun stands for; `body` unchanged when it has no such pronoun or no phrase agrees with it.
 */
export function withAntecedent(body: string, earlier: string, language: Language): string {
  if (language === 'es') {
    const before = SPANISH_PROCLITIC.exec(body);
    if (before) {
      const antecedent = antecedentOf(earlier, language, SPANISH_CLITICS[before[1]!.toLowerCase()]!);
      // The verb first, then its object: "la financiaría" → "financiaría la fianza".
      const [verb = '', ...rest] = body.slice(before[0].length).split(/\s+/u);
      return antecedent === undefined ? body : [verb, antecedent, ...rest].join(' ');
    }
    const joined = SPANISH_ENCLITIC.exec(body);
    if (!joined) return body;
    const antecedent = antecedentOf(earlier, language, SPANISH_CLITICS[joined[1]!.toLowerCase()]!);
    return antecedent === undefined ? body : `${body.slice(0, joined.index)} ${antecedent}${body.slice(joined.index + joined[0].length)}`;
  }
  return body.replace(WORD, (word) => {
    const agreement = ENGLISH_PRONOUNS[word.toLowerCase()];
    return agreement === undefined ? word : (antecedentOf(earlier, language, agreement) ?? word);
  });
}
