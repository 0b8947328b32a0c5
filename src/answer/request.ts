/**
 * A request is not an outcome. "¿Cuántos años de prisión recibió finalmente Ruiz?" shares its words with "La fiscalía
 * pidió doce años de prisión para Ruiz", and that sentence holds a number; but what the prosecutor asked for is not what
 * the court gave. A question about what happened is not answered by a sentence whose only answer of the asked kind
 * stands in what someone asked for, proposed, demanded or expects ("pidió", "solicitó", "propuso", "reclamó", "espera",
 * "asked for", "sought", "proposed", "expects"); it is refused, the passage cited as a lead. A question that itself asks
 * about a request ("¿Cuántos años pidió la fiscalía?") is answered by it as before.
 *
 * The words are closed classes of Spanish and English: verbs and nouns of asking, proposing, demanding and expecting,
 * and what ends the clause they govern (punctuation, a coordinating or adversative conjunction).
 */
import { foldAccents } from '../text/words.js';
import { carriesAnswerType, type AnswerType } from './answer-type.js';

/**
 * Forms of the verbs and nouns that state a request, a proposal or a demand (ASKING) or an expectation (EXPECTING), folded.
 * Spanish stems take their endings ("pid" → pidió, pidieron, pide); English forms are whole, "ask"/"call" only with "for".
 */
const ASKING = [
  '\\bpid(?:e|en|io|ieron|iera|ieran|iendo)\\b', '\\bped(?:ir|ia|ian|ido|imos)\\b', '\\bpeticion(?:es)?\\b',
  '\\bsolicit\\p{L}*', '\\bpropu(?:so|sieron|siera|esta|estas|esto)\\b', '\\bpropon\\p{L}*', '\\breclam\\p{L}*', '\\bexig\\p{L}*',
  '\\bdemand(?:a|an|o|aron|aba|aban|ando)\\b', '\\bpretend(?:e|en|ia|ian|io|ieron)\\b',
  '\\b(?:asks?|asked|asking|calls?|called|calling) for\\b', '\\bs(?:eeks?|eeking|ought)\\b', '\\bpropos(?:e|es|ed|ing|al|als)\\b',
  '\\bdemand(?:s|ed|ing)?\\b', '\\brequest(?:s|ed|ing)?\\b', '\\burg(?:e|es|ed|ing)\\b',
];
/** The forms that state an expectation: what someone expects is no outcome, but it answers a question about what is ahead. */
const EXPECTING = [
  '\\bespera(?:n|ba|ban)?\\b', '\\besperaron\\b', '\\besperando\\b', '\\bpreve(?:n|ia|ian)?\\b', '\\baspira(?:n|ba|ban)?\\b',
  '\\bexpect(?:s|ed|ing|ation|ations)?\\b', '\\bhop(?:e|es|ed|ing)\\b',
];
const REQUEST = new RegExp([...ASKING, ...EXPECTING].join('|'), 'gu');
const ASKING_ONLY = new RegExp(ASKING.join('|'), 'gu');
/** The same forms, for a test of the whole text (a global expression keeps its place between tests). */
const HOLDS_REQUEST = new RegExp(REQUEST.source, 'u');
/**
 * Where the clause a request verb governs ends: punctuation, or a conjunction that opens another clause. A stop or a comma
 * between digits is a figure's separator ("20.000", "1,400"), which ends nothing.
 */
const CLAUSE_END = /(?<!\p{N})[,.]|[,.](?!\p{N})|[;:!?()]|\b(?:y|e|pero|sino|mientras|aunque|and|but|while|whereas|although)\b/u;

/** Whether `question` asks about a request itself ("¿Cuántos años pidió la fiscalía?", "What did the union demand?"). */
export function asksForRequest(question: string): boolean {
  return HOLDS_REQUEST.test(foldAccents(question));
}

/**
 * Whether `sentences` (what an answer would quote) hold an answer of the asked kind only where they state a request:
 * one of them carries one (besides the question's own words, `questionWords`), and none does once what their request
 * verbs govern is left out. A question about what is ahead (`ahead`: "When will supply return?") is answered by an
 * expectation ("Engineers expect to restore it by Thursday"), not by a request.
 */
export function answersOnlyByRequest(sentences: readonly string[], type: Exclude<AnswerType, 'statement'>, questionWords: ReadonlySet<string>, ahead = false): boolean {
  const forms = ahead ? ASKING_ONLY : REQUEST;
  return sentences.some((sentence) => carriesAnswerType(sentence, type, questionWords)) && !sentences.some((sentence) => carriesAnswerType(withoutRequests(sentence, forms), type, questionWords));
}

/**
 * `sentence` with what its request verbs govern blanked out (same length): from each verb or noun of asking,
 * proposing, demanding or expecting to the end of its clause. "La fiscalía pidió doce años, pero el tribunal le impuso
 * ocho" keeps "el tribunal le impuso ocho".
 */
function withoutRequests(sentence: string, forms: RegExp): string {
  const folded = foldAccents(sentence);
  // foldAccents keeps the length of Spanish and English letters (one mark dropped per letter), so offsets agree.
  if (folded.length !== sentence.length) return sentence;
  let kept = sentence;
  for (const match of folded.matchAll(forms)) {
    const from = match.index;
    const rest = folded.slice(from + match[0].length);
    const stop = rest.search(CLAUSE_END);
    const to = stop < 0 ? sentence.length : from + match[0].length + stop;
    kept = kept.slice(0, from) + ' '.repeat(to - from) + kept.slice(to);
  }
  return kept;
}
