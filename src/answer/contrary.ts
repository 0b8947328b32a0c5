/**
 * Whether a question asks for one end of a scale and the sentences that would answer it give only the other: "¿Cuál es
 * el segundo productor más pequeño de soja?" beside "Brasil es el segundo mayor productor de soja" repeats the
 * sentence's words but asks the opposite, as a negated question does (negation.ts). SQuAD 2.0's writers made some of
 * their unanswerable questions by such an antonym (Rajpurkar et al., 2018, "Know What You Don't Know"); on the dev
 * groups of SQuAD-es v2 it holds for about thirty unanswerable questions the model answered, and three answerable ones
 * (docs/EVALUATION.md, issue 15, ask16k). The scales are closed classes of Spanish and English (comparison, order in
 * time and in a series, the compass), not vocabulary taken from any corpus. Words with another common sense are left
 * out: Spanish "este" ("this"), "bajo" ("under"), "alto" ("stop") unless graded ("más bajo", GRADED_SCALES); "a lo
 * largo de" is "along", no length; English
 * "first", "last", "before", "after", which mostly date ("last year", "after the war") rather than rank.
 *
 * In Spanish, the open class of qualities is read too: the adjectives and adverbs of antonyms-es.ts (WordNet's antonyms
 * carried into Spanish by Apertium's dictionaries: "formal" / "informal", "público" / "privado", "directamente" /
 * "indirectamente"), compared by stem so that any inflection counts ("escuelas públicas" beside "escuelas privadas").
 * On SQuAD-es v2's dev groups this refuses about forty more unanswerable questions the model answered, and one
 * answerable one (docs/EVALUATION.md, issue 15, squad15).
 */
import type { Language } from '../corpus/types.js';
import { indexTerms, wordTerms } from '../search/analyze.js';
import { foldAccents, words } from '../text/words.js';
import { ANTONYMS_ES } from './antonyms-es.js';

/** Each scale's two ends, folded, in both languages. */
const SCALES: ReadonlyArray<readonly [ReadonlySet<string>, ReadonlySet<string>]> = [
  [['mas', 'more', 'most'], ['menos', 'less', 'least', 'fewer', 'fewest']],
  [
    ['mayor', 'mayores', 'grande', 'grandes', 'maximo', 'maxima', 'maximos', 'maximas', 'larger', 'largest', 'bigger', 'biggest', 'greater', 'greatest', 'maximum'],
    ['menor', 'menores', 'pequeno', 'pequena', 'pequenos', 'pequenas', 'minimo', 'minima', 'minimos', 'minimas', 'smaller', 'smallest', 'minimum'],
  ],
  [['primer', 'primero', 'primera', 'primeros', 'primeras'], ['ultimo', 'ultima', 'ultimos', 'ultimas']],
  [['antes'], ['despues']],
  [['norte', 'septentrional', 'north', 'northern'], ['sur', 'meridional', 'south', 'southern']],
  [['oriental', 'east', 'eastern'], ['occidental', 'west', 'western']],
  [['mejor', 'mejores', 'better', 'best'], ['peor', 'peores', 'worse', 'worst']],
  [['largo', 'larga', 'largos', 'largas', 'longer', 'longest'], ['corto', 'corta', 'cortos', 'cortas', 'shorter', 'shortest']],
  [['higher', 'highest'], ['lower', 'lowest']],
].map(([one, other]) => [new Set(one), new Set(other)] as const);

/**
 * Spanish scales whose words have another common sense on their own ("bajo" is also "under", "alto" "stop", "antiguo"
 * also "former"), read only when graded by "más", "menos", "muy" or "tan": "dosis más altas" beside "dosis más bajas".
 */
const GRADED_SCALES: ReadonlyArray<readonly [ReadonlySet<string>, ReadonlySet<string>]> = [
  [['alto', 'alta', 'altos', 'altas'], ['bajo', 'baja', 'bajos', 'bajas']],
  [['antiguo', 'antigua', 'antiguos', 'antiguas'], ['reciente', 'recientes']],
  [['temprano', 'temprana', 'tempranos', 'tempranas'], ['tardio', 'tardia', 'tardios', 'tardias']],
].map(([one, other]) => [new Set(one), new Set(other)] as const);
/** A word graded by a Spanish adverb of degree, folded. */
const GRADED = /\b(?:mas|menos|muy|tan)\s+(\p{L}+)/gu;

/** The stems of each Spanish pair of antonyms-es.ts, both ways round; a pair whose words share a stem is left out. */
const STEMMED_ES: ReadonlyArray<readonly [string, string]> = ANTONYMS_ES.flatMap((pair) => {
  const [one, other] = pair.split(' ').map((word) => wordTerms(word, 'es')[0]);
  return one && other && one !== other ? [[one, other] as const, [other, one] as const] : [];
});

/** "a lo largo de" ("along") and "along" name no length. */
const ALONG = /\ba\s+lo\s+largo\b/giu;

/**
 * True when `question` (from its opening mark, as negation.ts reads it) holds a word of one end of a scale and none of
 * the other, and `sentences` (the text an answer would quote) hold the other end and none of the question's: the
 * answer would give the opposite of what was asked. Compare in one language: the question as the passages' language
 * reads it.
 */
export function contraryUnmet(question: string, sentences: readonly string[], language: Language): boolean {
  const opening = question.slice(Math.max(0, question.indexOf('¿'))).replace(ALONG, ' ');
  const told = sentences.join('\n').replace(ALONG, ' ');
  const asked = new Set(words(opening));
  const said = new Set(words(told));
  const holds = (found: ReadonlySet<string>, end: ReadonlySet<string>) => [...end].some((word) => found.has(word));
  const opposed = (scales: typeof SCALES, askedWords: ReadonlySet<string>, saidWords: ReadonlySet<string>) =>
    scales.some(([one, other]) =>
      [[one, other] as const, [other, one] as const].some(([asks, opposite]) => holds(askedWords, asks) && !holds(askedWords, opposite) && holds(saidWords, opposite) && !holds(said, asks)),
    );
  const graded = (text: string) => new Set([...foldAccents(text).matchAll(GRADED)].map((match) => match[1] ?? ''));
  return opposed(SCALES, asked, said) || (language === 'es' && (opposed(GRADED_SCALES, graded(opening), graded(told)) || antonymUnmet(new Set(indexTerms(opening, 'es')), new Set(indexTerms(told, 'es')))));
}

/** Whether the question's stems hold one word of a Spanish pair and not the other, and the sentences' stems the other and not the question's. */
function antonymUnmet(asked: ReadonlySet<string>, said: ReadonlySet<string>): boolean {
  return STEMMED_ES.some(([asks, opposite]) => asked.has(asks) && !asked.has(opposite) && said.has(opposite) && !said.has(asks));
}
