/**
 * When someone was born or died. "¿En qué año nació Tomás Ferrer?" is not answered by "En 1998, Tomás Ferrer fundó la
 * editorial…": the sentence dates another event of the same person. A question asking when someone was born or died
 * needs a sentence that tells of that birth or death (a word of it: "nació", "nacido", "born", "falleció", "died"), or
 * gives a lifespan ("Tomás Ferrer (1931-2004)") or a birth or death year marked so ("(n. 1931)", "(m. 2004)").
 *
 * The words are closed classes of Spanish and English, read folded (lower case, no accents); not taken from any corpus.
 * Nouns alone do not ask: "la muerte negra" names a plague, "muerte" may be anyone's.
 */
import { foldAccents } from '../text/words.js';

/** The event of a life a question asks the date of. */
export type LifeEvent = 'birth' | 'death';

/** Verbs asking when someone was born or died, folded. */
const ASKED: Record<LifeEvent, RegExp> = {
  birth: /(?<![\p{L}\p{M}])(?:naci(?:o|eron)|nacid[oa]s?|born)(?![\p{L}\p{M}])/u,
  death: /(?<![\p{L}\p{M}])(?:muri(?:o|eron)|falleci(?:o|eron)|die|died)(?![\p{L}\p{M}])/u,
};

/** A life's span in brackets, both years or one marked as its start or end: "(1931-2004)", "(n. 1931)", "(m. 2004)". */
const SPAN = String.raw`\(\s*\d{3,4}\s*[-–]\s*\d{2,4}\s*\)`;
/** Words and brackets telling of a birth or a death, folded. */
const TOLD: Record<LifeEvent, RegExp> = {
  birth: new RegExp(String.raw`(?<![\p{L}\p{M}])(?:nac(?:e|en|io|ieron|ido|ida|idos|idas|imiento|imientos)|born|birth|births|birthday)(?![\p{L}\p{M}])|${SPAN}|\(\s*(?:n|b)\.\s*\d`, 'u'),
  death: new RegExp(
    String.raw`(?<![\p{L}\p{M}])(?:muri(?:o|eron)|muert[oa]s?|muerte|falleci(?:o|eron|do|da|dos|das|miento)|fallece|died|dies|dead|death|killed|asesinad[oa]s?)(?![\p{L}\p{M}])|${SPAN}|\(\s*(?:m|d)\.\s*\d|\(\s*muert[oa]\s+\d`,
    'u',
  ),
};

/** The life event whose date `question` asks, read by its verb (ASKED); undefined when it asks none. */
export function asksLifeEvent(question: string): LifeEvent | undefined {
  const folded = foldAccents(question);
  return (Object.keys(ASKED) as LifeEvent[]).find((event) => ASKED[event].test(folded));
}

/** Whether `text` tells of `event`: a word of it, or a life's span in brackets (TOLD). */
export function tellsLifeEvent(text: string, event: LifeEvent): boolean {
  return TOLD[event].test(foldAccents(text));
}
