/**
 * What kind of thing a question asks for, and whether a sentence holds one: "¿Cuándo…?" wants a
 * date, "¿Cuántos…?" a number, "¿Dónde…?" a place, "¿Quién…?" a person or an organisation,
 * "¿Qué año…?" / "What company…?" the kind its noun names, and "¿Qué dijo…?" / "What did … say?"
 * a statement. The word lists are closed classes of each language (interrogatives, months, number
 * words, prepositions of place, nouns that name a kind, the quote rules' verbs of saying), not
 * vocabulary taken from any corpus.
 */
import type { Language } from '../corpus/types.js';
import { speechVerb } from '../quotes/lexicon.js';
import { foldAccents, WORD, words } from '../text/words.js';

/**
 * 'statement': what someone said. Unlike the other kinds it cannot be told from a sentence's words
 * alone (whose words they are is the quote rules' business), so `carriesAnswerType` does not take it.
 */
export type AnswerType = 'date' | 'number' | 'place' | 'person' | 'statement';

const INTERROGATIVES: Record<Language, Record<string, AnswerType | 'noun'>> = {
  es: { cuando: 'date', cuanto: 'number', cuanta: 'number', cuantos: 'number', cuantas: 'number', donde: 'place', adonde: 'place', quien: 'person', quienes: 'person', que: 'noun', cual: 'noun', cuales: 'noun' },
  en: { when: 'date', where: 'place', who: 'person', whom: 'person', whose: 'person', what: 'noun', which: 'noun' },
};

/** English "how" asks for a number when an adjective or quantifier of measure follows it. */
const HOW_MEASURE = new Set(['many', 'much', 'long', 'old', 'far', 'big', 'large', 'tall', 'high', 'often', 'deep', 'wide']);

// Nouns that name the kind of their answer ("¿En qué año…?", "What percentage…?"), folded.
const KIND_NOUNS: Record<Exclude<AnswerType, 'statement'>, readonly string[]> = {
  date: ['ano', 'anos', 'fecha', 'dia', 'mes', 'siglo', 'decada', 'epoca', 'hora', 'year', 'years', 'date', 'day', 'month', 'century', 'decade', 'hour'],
  number: [
    'porcentaje', 'cantidad', 'numero', 'cifra', 'precio', 'coste', 'costo', 'edad', 'distancia', 'altura', 'temperatura', 'velocidad', 'poblacion', 'superficie', 'proporcion', 'monto', 'importe',
    'percentage', 'percent', 'amount', 'number', 'figure', 'price', 'cost', 'age', 'distance', 'height', 'temperature', 'speed', 'population', 'proportion', 'sum',
  ],
  place: [
    'ciudad', 'pais', 'paises', 'lugar', 'region', 'provincia', 'estado', 'continente', 'rio', 'isla', 'zona', 'capital', 'localidad', 'municipio', 'barrio', 'calle', 'sitio',
    'city', 'country', 'countries', 'place', 'region', 'province', 'state', 'continent', 'river', 'island', 'zone', 'capital', 'town', 'site', 'location', 'street',
  ],
  person: [
    'persona', 'personas', 'empresa', 'empresas', 'organizacion', 'compania', 'equipo', 'grupo', 'partido', 'institucion', 'presidente', 'lider', 'autor', 'ministro', 'ministra', 'entidad', 'banco', 'organismo',
    'person', 'people', 'company', 'companies', 'organization', 'organisation', 'team', 'group', 'party', 'institution', 'president', 'leader', 'author', 'minister', 'body', 'bank', 'agency',
  ],
};
const KIND_OF = new Map<string, AnswerType>(Object.entries(KIND_NOUNS).flatMap(([kind, nouns]) => nouns.map((noun) => [noun, kind as AnswerType] as const)));

/** Words that may stand between "qué/what" and its noun: copulas, articles, auxiliaries. */
const FILLERS = new Set(['es', 'son', 'era', 'eran', 'fue', 'fueron', 'el', 'la', 'los', 'las', 'un', 'una', 'is', 'are', 'was', 'were', 'the', 'a', 'an', 'de', 'of', 'tipo', 'kind', 'sort']);
/** How many words after the interrogative its noun is looked for. */
const NOUN_REACH = 3;
/** How many words after "qué"/"what" a verb of saying is looked for ("What did the Russian president say"). */
const VERB_REACH = 6;

/** The kind of answer a question expects, and the words of the question that ask for it. */
export interface AskedKind {
  type: AnswerType;
  /**
   * Folded words that only ask for the kind: the noun of a date or a figure after "qué" ("año" in
   * "¿En qué año…?"), or the verb of saying ("dijo"). Like the interrogative, the answer need not
   * repeat them: "en 1910" says it is a year. A name does not say it is a capital or a company, so
   * the nouns of places and people stay words the answer should hold.
   */
  asking: string[];
}

/**
 * The kind of answer a question expects, from its first interrogative (and the noun after "qué",
 * "cuál", "what", "which", or a verb of saying after them); undefined when it asks for something
 * else (why, how, what … do).
 */
export function askedKind(question: string, language: Language): AskedKind | undefined {
  const folded = words(question);
  for (const [i, word] of folded.entries()) {
    if (language === 'en' && word === 'how') return HOW_MEASURE.has(folded[i + 1] ?? '') ? { type: 'number', asking: [] } : undefined;
    const kind = INTERROGATIVES[language][word];
    if (kind === undefined) continue;
    if (kind !== 'noun') return { type: kind, asking: [] };
    for (const next of folded.slice(i + 1, i + 1 + NOUN_REACH)) {
      const named = KIND_OF.get(next);
      if (named) return { type: named, asking: named === 'date' || named === 'number' ? [next] : [] };
      if (!FILLERS.has(next)) break;
    }
    const saying = verbOfSaying(question, i);
    return saying === undefined ? undefined : { type: 'statement', asking: [saying] };
  }
  return undefined;
}

/** The kind of answer a question expects (see `askedKind`). */
export function expectedAnswerType(question: string, language: Language): AnswerType | undefined {
  return askedKind(question, language)?.type;
}

/**
 * The verb of saying that closely follows the `at`-th word of the question ("¿Qué dijo Putin?",
 * "What has the minister said?"), folded; undefined when none does. The question's own spelling is
 * read: the lexicon tells "afirmó" (said) from "afirmo" (I say) by its accent.
 */
function verbOfSaying(question: string, at: number): string | undefined {
  const verb = speltWords(question)
    .slice(at + 1, at + 1 + VERB_REACH)
    .find((word) => speechVerb(word) !== undefined);
  return verb === undefined ? undefined : foldAccents(verb);
}

/** The words of a text as `words` cuts them, lower case but with their accents. */
function speltWords(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(WORD), ([word]) => word);
}

const MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|january|february|march|april|may|june|july|august|september|october|november|december';
const WEEKDAYS = 'lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const RELATIVE_DAYS = 'ayer|hoy|manana|anoche|anteayer|yesterday|today|tomorrow|tonight';
const NUMBER_WORDS =
  'dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|treinta|cuarenta|cincuenta|cien|ciento|cientos|mil|miles|millon|millones|billon|docena|mitad|tercio|cuarto|' +
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|half|third|quarter';

// Searched in folded text (lower case, no accents), so that "1990", "marzo" or "siglo XIX" count wherever they stand.
const DATE = new RegExp(`\\b(?:1\\d{3}|20\\d{2}|${MONTHS}|${WEEKDAYS}|${RELATIVE_DAYS}|siglos?|century|centuries|decadas?|decades?|\\d{1,2}:\\d{2}|\\d{1,2}(?:st|nd|rd|th))\\b|\\b\\d{2,4}s\\b`, 'u');
const NUMBER = new RegExp(`\\p{N}|%|\\b(?:${NUMBER_WORDS}|por ciento|percent)\\b`, 'u');
// Searched in the original text: a preposition of place before a capitalised word ("en Hanói", "from Seoul").
const PLACE = /\b(?:en|de|del|desde|hacia|hasta|al|a|cerca de|in|at|from|to|near|into|across)\s+(?:(?:el|la|los|las|the)\s+)?\p{Lu}/u;
// A capitalised word that neither opens the sentence nor follows a preposition of place (a name:
// "dijo Ana Soto", not "la central de Valdelobos"), or the agent of a passive ("financiada por…", "built by…").
const NAME_INSIDE = /(?<!\b(?:en|de|del|desde|hacia|hasta|al|a|in|at|from|to|near|into|of)\s+(?:(?:el|la|los|las|the)\s+)?)(?<=[^\s¿¡"«“(]\s+)(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})/u;
const PASSIVE_AGENT = /\b(?:\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|ed|en))\s+(?:por|by)\s+\p{L}/u;

/**
 * Whether `sentence` holds something of the expected kind besides the question's own words
 * (`questionWords`, folded): the question's own year or name is not an answer to it.
 */
export function carriesAnswerType(sentence: string, type: Exclude<AnswerType, 'statement'>, questionWords: ReadonlySet<string>): boolean {
  const rest = withoutWords(sentence, questionWords);
  switch (type) {
    case 'date':
      return DATE.test(foldAccents(rest));
    case 'number':
      return NUMBER.test(foldAccents(rest));
    case 'place':
      return PLACE.test(rest);
    case 'person':
      return NAME_INSIDE.test(rest) || PASSIVE_AGENT.test(rest);
  }
}

/** The sentence with the question's own words blanked out (same length, so nothing new is joined). */
function withoutWords(sentence: string, questionWords: ReadonlySet<string>): string {
  if (questionWords.size === 0) return sentence;
  return sentence.replace(/\p{N}+(?:[.,]\p{N}+)*|\p{L}[\p{L}\p{M}]*/gu, (word) => {
    const folded = foldAccents(word).replace(/[.,]/gu, '');
    return questionWords.has(folded) ? '_'.repeat(word.length) : word;
  });
}
