/**
 * What kind of thing a question asks for, and whether a sentence holds one: "¿Cuándo…?" wants a
 * date, "¿Cuántos…?" a number, "¿Dónde…?" a place, "¿Quién…?" a person or an organisation,
 * "¿Qué año…?" / "What company…?" the kind its noun names, and "¿Qué dijo…?" / "What did … say?"
 * a statement, as does "How did X describe…?" / "¿Cómo calificó X…?". The word lists are closed classes of each language (interrogatives, months, number
 * words, prepositions of place, nouns that name a kind, the quote rules' verbs of saying), not
 * vocabulary taken from any corpus.
 */
import type { Language } from '../corpus/types.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_SPELLINGS, WEEKDAY_NAMES } from '../corpus/dates.js';
import { COMPLEMENTISERS, nounFormVerb, speechVerb } from '../quotes/lexicon.js';
import { foldAccents, WORD, words } from '../text/words.js';
import { keysOfWord, SKELETON_MARK, type QuestionWords } from '../search/analyze.js';
import { OTHER_INTERROGATIVES } from '../text/interrogatives.js';
import { functionWordsOf, STOP_WORDS } from '../text/stop-words.js';
import { CURRENCIES, CURRENCY_CODES, CURRENCY_SIGNS, MEASURE_UNITS } from './units.js';

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
  date: ['ano', 'anos', 'fecha', 'dia', 'mes', 'siglo', 'decada', 'epoca', 'hora', 'momento', 'periodo', 'year', 'years', 'date', 'day', 'month', 'century', 'decade', 'hour', 'moment', 'period'],
  number: [
    'porcentaje', 'cantidad', 'numero', 'cifra', 'precio', 'coste', 'costo', 'edad', 'distancia', 'altura', 'temperatura', 'velocidad', 'poblacion', 'superficie', 'proporcion', 'monto', 'importe', 'valor', 'multa',
    'percentage', 'percent', 'amount', 'number', 'figure', 'price', 'cost', 'age', 'distance', 'height', 'temperature', 'speed', 'population', 'proportion', 'sum', 'value', 'fine',
  ],
  place: [
    'ciudad', 'pais', 'paises', 'lugar', 'region', 'provincia', 'estado', 'continente', 'rio', 'isla', 'zona', 'capital', 'localidad', 'municipio', 'barrio', 'calle', 'sitio',
    'ciudades', 'lugares', 'regiones', 'provincias', 'localidades', 'municipios', 'barrios', 'sitios',
    'city', 'country', 'countries', 'place', 'region', 'province', 'state', 'continent', 'river', 'island', 'zone', 'capital', 'town', 'site', 'location', 'street',
    'cities', 'places', 'regions', 'provinces', 'towns', 'sites', 'locations', 'destination', 'destinations',
  ],
  person: [
    'persona', 'personas', 'empresa', 'empresas', 'organizacion', 'compania', 'equipo', 'grupo', 'partido', 'institucion', 'presidente', 'lider', 'autor', 'ministro', 'ministra', 'entidad', 'banco', 'organismo',
    'person', 'people', 'company', 'companies', 'organization', 'organisation', 'team', 'group', 'party', 'institution', 'president', 'leader', 'author', 'minister', 'body', 'bank', 'agency',
    // News outlets: "¿Qué diario informó…?", "Which newspaper reported…?"
    'agencia', 'diario', 'periodico', 'medio', 'cadena', 'emisora', 'newspaper', 'paper', 'outlet', 'network', 'broadcaster',
  ],
};
/**
 * Nouns of the share of a body that took part or stayed away (turnout, attendance, abstention), folded: asked what it was
 * ("¿Cuál fue la participación…?"), a figure beside the noun answers, as a count's beside its noun does.
 */
const SHARE_NOUNS = new Set(['participacion', 'concurrencia', 'afluencia', 'asistencia', 'abstencion', 'turnout', 'attendance', 'abstention']);
/** Forms of "ser"/"be" between "cuál"/"what" and the noun it asks ("¿Cuál fue la participación…?"), folded. */
const COPULAS = new Set(['es', 'son', 'era', 'eran', 'fue', 'fueron', 'sera', 'ha', 'sido', 'is', 'are', 'was', 'were', 'will', 'be', 'has', 'been']);
/** The nouns of KIND_NOUNS.person that name a news outlet: "¿En qué emisora…?" asks for a station's name. */
const OUTLET_NOUNS = new Set(['agencia', 'diario', 'periodico', 'medio', 'cadena', 'emisora', 'newspaper', 'paper', 'outlet', 'network', 'broadcaster']);
/**
 * Place nouns that every place is ("¿Qué lugares visitará?", "Which places…?"): like the noun of a date, they only ask, as
 * "Punta Arenas" is a place without saying "lugar"; "ciudad" or "capital" say more of the answer and stay words it holds.
 */
const ANY_PLACE = new Set(['lugar', 'lugares', 'sitio', 'sitios', 'place', 'places', 'site', 'sites', 'location', 'locations', 'destination', 'destinations']);
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
  /**
   * True when a who-question asks who said or reported something ("¿Quién informó de la visita?",
   * "Who announced the deal?"): its answer is the source of a reported clause that holds the rest of
   * the question, not any name beside the question's words.
   */
  reported?: boolean;
  /**
   * For "¿Cuántos misiles…?" / "How many missiles…?", the counted noun, folded: the answer holds a
   * number, beside that noun when it names it.
   */
  counted?: string;
  /**
   * The word that narrows the counted noun to a part of what it counts, folded: the noun of its "de" complement
   * ("riñón" in "¿Cuántos trasplantes de riñón…?") or the English modifier before it ("kidney" in "How many kidney
   * transplants did…?"). A story may lead with the whole ("6.120 trasplantes de órganos") and give the part's figure
   * beside that word alone ("Los de riñón…, con 3.910").
   */
  qualifier?: string;
  /**
   * True when the number asked for is someone's or something's age ("¿Cuántos años tiene…?", "¿Qué edad…?", "How
   * old…?"): only an age answers it ("de 52 años", "aged 52", "(52)"), not a year or any other figure (`carriesAge`).
   */
  age?: boolean;
  /**
   * For "¿Quiénes son los abogados de X?" / "Who is the coach of X?", the noun of the role asked about, folded: the name
   * written beside that noun ("los abogados Raúl Colón y Dina Pérez") answers it, more than a name elsewhere.
   */
  roleNoun?: string;
  /**
   * True when the noun asked names a news outlet ("¿En qué emisora…?", "Which newspaper…?"): the name of a station, a
   * channel or a paper answers it ("Radio Sil Norte", "Aragón TV", `namesOutlet`), more than any other name.
   */
  outlet?: boolean;
  /** True when the counted noun is a share of a body that took part or stayed away (SHARE_NOUNS): a percentage answers it. */
  share?: boolean;
  /**
   * True when the number asked for is how long something lasts or lasted ("¿Cuánto tiempo durará…?", "How long did …
   * hold…?"): only a stretch of time answers it (`carriesDuration`), not a temperature or a count.
   */
  duration?: boolean;
}

/**
 * The kind of answer a question expects, from its first interrogative (and the noun after "qué",
 * "cuál", "what", "which", or a verb of saying after them); undefined when it asks for something
 * else (why, how it happened, what … do).
 */
export function askedKind(whole: string, language: Language): AskedKind | undefined {
  const question = language === 'es' ? fromOpeningMark(whole) : whole;
  const folded = words(question);
  const spelt = speltWords(question);
  for (const [i, word] of folded.entries()) {
    const other = opensQuestion(folded, i) ? otherLanguageAsked(folded, i) : undefined;
    if (other) return other;
    if (!interrogativeAt(spelt, i, language)) continue;
    if (word === 'how' && folded[i + 1] === 'old') return { type: 'number', asking: ['old'], age: true };
    if (word === (language === 'en' ? 'how' : 'como')) return language === 'en' && HOW_MEASURE.has(folded[i + 1] ?? '') ? countAsked(folded, i + 1) : mannerAsked(question, i);
    const kind = INTERROGATIVES[language][word];
    if (kind === undefined) continue;
    if (kind === 'person') return personAsked(question, i);
    if (kind === 'number') return countAsked(folded, i);
    if (kind !== 'noun') return { type: kind, asking: [] };
    let head: string | undefined;
    for (const [j, next] of folded.slice(i + 1, i + 1 + NOUN_REACH).entries()) {
      // "¿Cuál fue la participación…?", "What was the turnout…?": a share of the voters, given beside its noun.
      if (SHARE_NOUNS.has(next) && folded.slice(i + 1, i + 1 + j).some((word) => COPULAS.has(word))) return { type: 'number', asking: [], counted: next, share: true };
      const named = KIND_OF.get(next);
      if (named === 'person') return { ...personAsked(question, i), ...(OUTLET_NOUNS.has(next) && { outlet: true }) };
      if (named) return { type: named, asking: named === 'date' || named === 'number' || ANY_PLACE.has(next) ? [next] : [], ...(AGE_NOUNS.has(next) && { age: true }) };
      if (!FILLERS.has(next)) {
        head = next;
        break;
      }
    }
    const saying = verbOfSaying(question, i);
    if (saying === undefined || (head !== undefined && namesAskedThing(head, saying.verb, language))) return undefined;
    return { type: 'statement', asking: saying.onlyAsks ? [saying.verb] : [] };
  }
  return undefined;
}

/**
 * A Spanish question from its opening mark when words stand before it: "Cuando se detiene a mucha gente, ¿cuál es…?"
 * asks what "¿cuál…?" asks, and the clause before the mark only sets the scene.
 */
function fromOpeningMark(question: string): string {
  const mark = question.indexOf('¿');
  return mark > 0 && /\p{L}/u.test(question.slice(0, mark)) ? question.slice(mark) : question;
}

/** Words that may stand before a Spanish interrogative in its question: "¿En qué año…?", "¿Y cuándo…?". */
const BEFORE_INTERROGATIVE = new Set(['de', 'del', 'y', 'e', 'por', 'a', 'al', 'en', 'desde', 'hasta', 'hacia', 'para', 'con', 'sin', 'sobre', 'entre', 'contra', 'durante', 'tras', 'segun']);

/**
 * The other languages' interrogatives (text/interrogatives.ts), all in one: a question in Portuguese, Italian, French or
 * German is read as Spanish or English, the languages the bot speaks, and without them it asked for no kind of answer
 * and kept its interrogative as a word the answer should repeat ("Quanto tempo durou a reunião?" beside "A reunião
 * durou 45 minutos"). Read only where they open the question (opensQuestion), as some are words of another language
 * elsewhere ("dove", "ou").
 */
const OTHER_INTERROGATIVE_KINDS = new Map(Object.values(OTHER_INTERROGATIVES).flatMap((words) => Object.entries(words)));
/** German words of measure after "wie" ("wie viele", "wie lange", "wie alt"), folded; "viele" counts the noun after it. */
const WIE_MEASURE = new Set(['viel', 'viele', 'lange', 'alt', 'oft', 'weit', 'hoch']);
/** Units of time of those languages, folded, which after "quanto", "combien de" only ask how long ("Quanto tempo…?"). */
const OTHER_TIME_UNITS = new Set([
  'tempo', 'temps', 'anos', 'anni', 'ans', 'jahre', 'meses', 'mesi', 'mois', 'monate', 'semanas', 'settimane', 'semaines', 'wochen',
  'dias', 'giorni', 'jours', 'tage', 'horas', 'ore', 'heures', 'stunden', 'minutos', 'minuti', 'minutes', 'minuten',
]);
/** Prepositions of those languages that may stand before their interrogative ("Em que…", "Depuis quand…", "Seit wann…"), folded. */
const OTHER_BEFORE_INTERROGATIVE = new Set(['em', 'no', 'na', 'da', 'do', 'ate', 'di', 'in', 'per', 'fino', 'depuis', 'pendant', 'pour', 'dans', 'avec', 'seit', 'bis', 'fur', 'von', 'mit', 'zu']);

/** Whether the `at`-th of a question's folded words opens it: only prepositions (or "y", "e") stand before it. */
function opensQuestion(folded: string[], at: number): boolean {
  return folded.slice(0, at).every((before) => BEFORE_INTERROGATIVE.has(before) || OTHER_BEFORE_INTERROGATIVE.has(before));
}

/**
 * The kind asked by another language's interrogative at the `at`-th of the question's folded words (OTHER_INTERROGATIVE_KINDS,
 * and German "wie" before a word of measure);
 * the interrogative, and a unit of time or word of measure after it, only ask. Undefined when it is none.
 */
function otherLanguageAsked(folded: string[], at: number): AskedKind | undefined {
  const word = folded[at] ?? '';
  const next = folded[at + 1];
  if (word === 'wie') {
    if (next === undefined || !WIE_MEASURE.has(next)) return undefined;
    const noun = next === 'viele' ? folded[at + 2] : undefined;
    return { type: 'number', asking: [word, next], ...(noun !== undefined && { counted: noun }), ...(next === 'alt' && { age: true }) };
  }
  const kind = OTHER_INTERROGATIVE_KINDS.get(word);
  if (kind === undefined) return undefined;
  if (kind !== 'number' && kind !== 'count') return { type: kind, asking: [word] };
  const linked = word === 'combien' && next === 'de' ? ['de'] : [];
  const noun = folded[at + 1 + linked.length];
  if (noun !== undefined && OTHER_TIME_UNITS.has(noun)) return { type: 'number', asking: [word, ...linked, noun] };
  return { type: 'number', asking: [word], ...(kind === 'count' && noun !== undefined && { counted: noun }) };
}

/**
 * Whether the `at`-th of a question's `spelt` words (lower case, accents kept) may be its interrogative. A Spanish
 * interrogative carries its accent ("qué", "cuándo", "cómo"); spelt without it, "que", "cuando", "cuanto", "como" are
 * relatives and conjunctions ("En cuanto a la codificación…", "…una población que supera qué número?"), read as
 * asking only where they open the question, after nothing but prepositions or "y" (an asker who types no accents: "¿en
 * que año…?"). Every English word may be.
 */
function interrogativeAt(spelt: string[], at: number, language: Language): boolean {
  const word = spelt[at] ?? '';
  return language === 'en' || foldAccents(word) !== word || spelt.slice(0, at).every((before) => BEFORE_INTERROGATIVE.has(foldAccents(before)));
}

/**
 * "How did Kim describe…?", "¿Cómo calificó el ministro…?": a verb of saying or naming after "how"
 * asks for the speaker's words, as "What did Kim say?" does; the verb only asks (the description is
 * the answer, whatever verb reports it). Undefined for any other manner question ("How did it end?").
 */
function mannerAsked(question: string, at: number): AskedKind | undefined {
  const saying = verbOfSaying(question, at);
  if (saying === undefined) return undefined;
  // "¿Cómo se llama…?", "How is it called?": a name, not someone's words (a reflexive or a passive has no speaker).
  const before = speltWords(question).slice(at + 1, at + 1 + VERB_REACH);
  const verbAt = before.findIndex((word) => foldAccents(word) === saying.verb);
  if (before.slice(0, Math.max(0, verbAt)).some((word) => IMPERSONAL.has(word))) return undefined;
  return { type: 'statement', asking: [saying.verb] };
}

/** Words that make a verb of naming impersonal or passive: "se llama", "is called", "was described". */
const IMPERSONAL = new Set(['se', 'is', 'are', 'was', 'were', 'be', 'been']);

/** Units of elapsed time: "¿Cuántos años…?" is answered by "hace 78 años" or "el 78 aniversario" alike. */
const TIME_UNITS = new Set(['anos', 'meses', 'semanas', 'dias', 'horas', 'siglos', 'decadas', 'years', 'months', 'weeks', 'days', 'hours', 'centuries', 'decades']);
/**
 * Verbs that say time has gone by ("se cumplen", "han pasado", "hace", "have passed"): with a unit of
 * time after "cuántos"/"how many", they only ask how long, and an anniversary ("el 78 aniversario",
 * "the 78th anniversary") answers without them. Folded stems.
 */
const ELAPSING = /^(?:cumpl|transcurr|pasad|pasaron|paso|pasan|hace|hacen|hacia|passed|elapsed|gone)/u;
/** Number interrogatives that count a noun: "cuántos"/"cuántas", and "how many" (not "cuánto", "how much", "how long"). */
const COUNTING = new Set(['cuantos', 'cuantas', 'many']);

/**
 * A number question. After "cuántos"/"cuántas"/"how many", the next word is what is counted
 * (`counted`); when it is a unit of time, it and a verb of elapsing only ask ("¿Cuántos años se
 * cumplen de…?" is answered by "el 78 aniversario de…").
 */
function countAsked(folded: string[], at: number): AskedKind {
  if (asksHowLong(folded, at)) return { type: 'number', asking: folded[at] === 'cuanto' ? ['tiempo'] : [], duration: true };
  const noun = COUNTING.has(folded[at] ?? '') ? countedNoun(folded, at + 1) : undefined;
  if (noun === undefined) return { type: 'number', asking: [] };
  if (!TIME_UNITS.has(noun)) {
    const qualifier = qualifierOf(folded, at + 1, noun);
    return { type: 'number', asking: [], counted: noun, ...(qualifier !== undefined && { qualifier }) };
  }
  if (AGE_UNITS.has(noun) && AGE_VERBS.has(folded[at + 2] ?? '')) return { type: 'number', asking: [noun, folded[at + 2]!], counted: noun, age: true };
  const elapsing = folded.slice(at + 2, at + 2 + VERB_REACH).filter((word) => ELAPSING.test(word));
  return { type: 'number', asking: [noun, ...elapsing], counted: noun };
}
/**
 * Whether the number word at `at` of a question's folded words asks how long: "cuánto tiempo", or "how long" before an
 * auxiliary ("How long did/will/has…"), or before a form of "be" in a passive ("How long was Penrose jailed for?", "How
 * long were the miners trapped?"); "How long is the bridge?" and "How long is the planned tunnel?" ask a length.
 */
function asksHowLong(folded: readonly string[], at: number): boolean {
  const [word, next] = [folded[at], folded[at + 1] ?? ''];
  if (word === 'cuanto' && next === 'tiempo') return true;
  if (word !== 'long' || !ENGLISH_AUXILIARIES.has(next)) return false;
  return !COPULAS_EN.has(next) || folded.slice(at + 3).some((participle, i) => PARTICIPLE_EN.test(participle) && !BEFORE_ADJECTIVE_EN.test(folded[at + 2 + i] ?? ''));
}
/** An English past participle: regular, or one of the irregular ones a stretch of time is asked of ("shut", "held", "kept"). */
const PARTICIPLE_EN = /^(?:\p{L}{2,}ed|shut|held|kept|stuck|hit|sent|left|cut|laid|frozen|closed|run)$/u;
/** A determiner or an adverb in -ly before a participle makes it an adjective of a noun ("the planned tunnel", "the newly opened road"). */
const BEFORE_ADJECTIVE_EN = /^(?:the|a|an|its|their|his|her|this|that|these|those|\p{L}+ly)$/u;
/** English forms of "be": after "how long" they ask a length as often as a time. */
const COPULAS_EN = new Set(['is', 'are', 'was', 'were']);
/** English auxiliaries that close the subject or object a "how many" question counts ("How many coronavirus deaths did…"). */
const ENGLISH_AUXILIARIES = new Set(['did', 'do', 'does', 'have', 'has', 'had', 'are', 'were', 'is', 'was', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);

/**
 * Words that stand between "qué"/"what" and its verb without naming what is asked: clitics, auxiliaries, "no" and the
 * adverbs "más", "else", "exactly" ("¿Qué le dijo…?", "¿Qué ha afirmado…?", "What else did … say?"), folded.
 */
const BEFORE_VERB = new Set([
  'le', 'les', 'se', 'me', 'te', 'nos', 'os', 'lo', 'ha', 'han', 'he', 'has', 'hemos', 'habia', 'habian', 'habra', 'habran', 'habria', 'hubo',
  'no', 'mas', 'exactamente', 'entonces', 'else', 'exactly', 'then', 'not', ...ENGLISH_AUXILIARIES,
]);
/** A Spanish infinitive, which a verb before it governs ("¿Qué quiso decir…?"): that verb is no noun. */
const SPANISH_INFINITIVE = /(?:ar|er|ir)$/;

/**
 * Whether `head`, the first word after "qué"/"what" and its fillers (folded), names the thing asked for, so that the
 * verb of saying or writing after it (`verb`, folded) is the question's own verb: "¿Qué libro escribió X?", "¿Qué premio
 * anunció el jurado?", "What book did X write?" ask which book or prize, not what X wrote or said (newcomer 22's D4).
 * Not such a noun: the verb itself ("¿Qué dijo…?"), a word of BEFORE_VERB, or a Spanish verb before an infinitive.
 */
function namesAskedThing(head: string, verb: string, language: Language): boolean {
  if (head === verb || BEFORE_VERB.has(head)) return false;
  return language !== 'es' || !SPANISH_INFINITIVE.test(verb);
}

/** How many words an English counted noun's modifiers may take before it ("how many *new coronavirus* cases"). */
const MODIFIER_REACH = 3;

/**
 * The counted noun, from the `from`-th of a question's folded words on: the word after "cuántos"/"how many", except that
 * an English noun phrase closed by an auxiliary counts its last word, its head ("How many coronavirus deaths did…"
 * counts deaths, not coronavirus). Without an auxiliary to close it, the word after is taken: a verb may follow the
 * noun ("How many people died…?").
 */
function countedNoun(folded: string[], from: number): string | undefined {
  const closing = folded.slice(from + 1, from + 1 + MODIFIER_REACH).findIndex((word) => ENGLISH_AUXILIARIES.has(word));
  return folded[closing > 0 ? from + closing : from];
}

/** Articles that may stand between "de" and the noun of a counted noun's complement ("de la provincia"). */
const COMPLEMENT_ARTICLES = new Set(['el', 'la', 'los', 'las']);

/**
 * The word narrowing a counted noun (`noun`, one of the folded words from the `from`-th on): the noun after "de"/"del"
 * (and an article) right after it, or the English modifier right before it when it closes a noun phrase ("kidney
 * transplants"). Undefined when there is none, or when the word is a function word ("de los que…").
 */
function qualifierOf(folded: string[], from: number, noun: string): string | undefined {
  const at = folded.indexOf(noun, from);
  const preposition = folded[at + 1];
  const after = preposition === 'de' || preposition === 'del' ? folded.slice(at + 2, at + 4).find((word) => !COMPLEMENT_ARTICLES.has(word)) : undefined;
  const word = after ?? (at > from ? folded[at - 1] : undefined);
  return word !== undefined && !STOP_WORDS.es.has(word) && !STOP_WORDS.en.has(word) && !COUNTING.has(word) ? word : undefined;
}

/** Nouns of age after "qué"/"what" ("¿Qué edad tiene…?", "What age was…?"), folded. */
const AGE_NOUNS = new Set(['edad', 'age']);
/** Units an age is counted in, and the verbs that, right after "cuántos años", ask one ("¿Cuántos años tiene/cumplió…?"), folded. */
const AGE_UNITS = new Set(['anos', 'meses', 'years', 'months']);
const AGE_VERBS = new Set(['tiene', 'tienen', 'tenia', 'tenian', 'tendra', 'tendria', 'cumple', 'cumplen', 'cumplio', 'cumplira', 'cumplia']);

/** Shortest asking word whose consonants are trusted to find it again in a translation. */
const MIN_COGNATE_LENGTH = 5;

/**
 * The words of `reading` (the question as looked up: its own words, or a translation's) that only ask
 * for the kind of answer (`askedKind`), read in the question and in the reading. A translator may
 * render the asking verb as a noun of the same root ("What did Kim promise…?" → "Qué Kim promesa…"):
 * a word of the reading that shares its consonant skeleton (a cross-lingual key of the index,
 * src/search/analyze.ts) with an asking word of the question of five letters or more counts too.
 */
export function askingWords(question: string, language: Language, reading: QuestionWords): Set<string> {
  const own = askedKind(question, language)?.asking ?? [];
  const found = reading.text === question ? own : (askedKind(reading.text, reading.language)?.asking ?? []);
  const skeletons = new Set(own.filter((word) => word.length >= MIN_COGNATE_LENGTH).map(skeletonOf));
  const cognates = reading.content.filter((word) => word.length >= MIN_COGNATE_LENGTH && skeletons.has(skeletonOf(word)));
  return new Set([...found, ...own, ...cognates, ...doSupport(question, language, reading)]);
}

// English "do" right after an interrogative ("How did…", "Why does…") is an auxiliary; a translator may render it
// as the Spanish verb "hacer" ("How did Kim describe…" → "Qué hizo Kim describe…"), which asks nothing.
const DO_SUPPORT = /^\W*(?:how|what|why|where|when|who|which)\s+(?:did|does|do)\b/iu;
const HACER = new Set(['hizo', 'hace', 'hacen', 'hicieron', 'hacia', 'hacian', 'haces', 'hago', 'hecho']);
/** How many words of a translation an auxiliary's rendering may stand within from its start. */
const AUXILIARY_REACH = 2;

/** The reading's forms of "hacer" standing for an English question's auxiliary "do" (none otherwise). */
function doSupport(question: string, language: Language, reading: QuestionWords): string[] {
  if (language !== 'en' || reading.language !== 'es' || !DO_SUPPORT.test(question)) return [];
  return words(reading.text).slice(0, AUXILIARY_REACH + 1).filter((word) => HACER.has(word));
}

function skeletonOf(word: string): string | undefined {
  return keysOfWord(word).find((key) => key.startsWith(SKELETON_MARK));
}

/**
 * A who-question (or "¿Qué diario…?"), and whether it asks who said or reported something: then the
 * verb only asks, since the answer names a source whatever verb it reports with ("dio a conocer que…").
 */
function personAsked(question: string, at: number): AskedKind {
  const reporting = verbOfSaying(question, at);
  if (reporting !== undefined) return { type: 'person', asking: reporting.onlyAsks ? [reporting.verb] : [], reported: true };
  const held = heldRole(words(question), at);
  return { type: 'person', asking: [], ...(held !== undefined && { roleNoun: held }) };
}

/** Forms of "ser"/"be" between a who-interrogative and the role it asks who holds, folded. */
const ROLE_COPULAS = new Set(['es', 'son', 'era', 'eran', 'fue', 'fueron', 'sera', 'seran', 'is', 'are', 'was', 'were']);
/** Articles before that role's noun. */
const ROLE_ARTICLES = new Set(['el', 'la', 'los', 'las', 'the']);
/** Words after the article that are no role's noun: "¿Quién es el que…?", "Who was the first…?". */
const NO_ROLE = new Set(['que', 'primero', 'primera', 'primeros', 'primeras', 'ultimo', 'ultima', 'unico', 'unica', 'mayor', 'menor', 'mejor', 'first', 'last', 'only', 'one', 'best']);

/** Spanish adjectives that stand before the role's noun ("el actual alcalde", "la nueva ministra"), folded. */
const BEFORE_ROLE = new Set(['actual', 'actuales', 'nuevo', 'nueva', 'nuevos', 'nuevas', 'antiguo', 'antigua', 'antiguos', 'antiguas', 'ex', 'futuro', 'futura', 'proximo', 'proxima']);
/** Words that close an English noun phrase after its head: prepositions, relatives, conjunctions ("the coach of…", "the whip who…"). */
const AFTER_ENGLISH_HEAD = new Set(['of', 'who', 'whom', 'whose', 'that', 'which', 'in', 'at', 'for', 'on', 'to', 'from', 'with', 'under', 'behind', 'and', 'or', 'now', 'currently']);
/** How many words an English role's noun phrase may take after its article ("the former chief whip"). */
const ROLE_PHRASE_REACH = 4;

/**
 * The noun of the role a who-question asks who holds, folded: the head of the noun phrase after "quién es el", "quiénes
 * son los", "who is the". A Spanish phrase opens with its head, after a prenominal adjective (BEFORE_ROLE: "¿Quién es el
 * actual alcalde de X?" gives "alcalde"); an English one ends with it, before a preposition or a relative ("Who is the
 * former chief whip who…?" gives "whip": Quirk et al. §17.2, premodifiers precede the head). Undefined for any other
 * who-question.
 */
function heldRole(folded: string[], at: number): string | undefined {
  const [copula, article, ...rest] = folded.slice(at + 1);
  if (copula === undefined || !ROLE_COPULAS.has(copula) || article === undefined || !ROLE_ARTICLES.has(article)) return undefined;
  const noun = article === 'the' ? englishHead(rest) : rest.find((word) => !BEFORE_ROLE.has(word));
  return noun === undefined || NO_ROLE.has(noun) ? undefined : noun;
}

/** The last word of an English noun phrase's first ROLE_PHRASE_REACH words before AFTER_ENGLISH_HEAD closes it. */
function englishHead(words: string[]): string | undefined {
  const phrase = words.slice(0, ROLE_PHRASE_REACH);
  const closing = phrase.findIndex((word) => AFTER_ENGLISH_HEAD.has(word));
  return closing === 0 ? undefined : (closing > 0 ? phrase.slice(0, closing) : phrase).at(-1);
}

/** The kind of answer a question expects (see `askedKind`). */
export function expectedAnswerType(question: string, language: Language): AnswerType | undefined {
  return askedKind(question, language)?.type;
}

/**
 * The verb of saying that closely follows the `at`-th word of the question ("¿Qué dijo Putin?",
 * "What has the minister said?"), folded, and whether it only asks: a verb that says nothing but that
 * words were said ("dijo", "afirmó", "said", "announced": the quote rules' 'clause' frame) need not be
 * repeated by the answer, while one that says what kind of statement ("prometió", "acusó", "promise",
 * "deny": the 'complement' and 'naming' frames) is what the answer is about. Undefined when none
 * follows. The question's own spelling is read: the lexicon tells "afirmó" (said) from "afirmo" (I say)
 * by its accent. Verbs of saying are the quote rules' cue verbs (src/quotes/lexicon.ts).
 */
function verbOfSaying(question: string, at: number): { verb: string; onlyAsks: boolean } | undefined {
  // A capitalised word of a question not all in capitals is part of a name, not the verb ("Who founded the Reckoning Crew?").
  const cased = Array.from(question.matchAll(WORD), ([word]) => word);
  const named = (offset: number) => /\p{Ll}/u.test(question) && /^\p{Lu}/u.test(cased[at + 1 + offset] ?? '');
  const following = speltWords(question).slice(at + 1, at + 1 + VERB_REACH).filter((_, offset) => !named(offset));
  const spoken = following.find((word) => speechVerb(word) !== undefined);
  // A form more often a noun ("promise", "report", "claim") is the verb once something stands between it and "what":
  // "What did Kim promise?", not "What promise…?" (there the noun names the kind).
  const verb = spoken ?? following.slice(1).find((word) => nounFormVerb(word) !== undefined);
  if (verb === undefined) return undefined;
  const frame = (speechVerb(verb) ?? nounFormVerb(verb))?.frame;
  return { verb: foldAccents(verb), onlyAsks: frame === 'clause' };
}

/** The words of a text as `words` cuts them, lower case but with their accents. */
function speltWords(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(WORD), ([word]) => word);
}

const MONTHS = [...MONTH_NAMES.es, ...Object.keys(MONTH_SPELLINGS), ...MONTH_NAMES.en].join('|');
const WEEKDAYS = [...WEEKDAY_NAMES.es, ...WEEKDAY_NAMES.en].join('|');
const RELATIVE_DAYS = 'ayer|hoy|manana|anoche|anteayer|yesterday|today|tomorrow|tonight';
/** Spanish and English number words (cardinals, magnitudes, a dozen, fractions), folded, as one pattern's alternatives. */
export const NUMBER_WORDS =
  'dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\\p{L}+|veinte|veinti\\p{L}+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|' +
  'cien|ciento|cientos|\\p{L}+cient[oa]s|quinient[oa]s|mil|miles|millon|millones|billon|docena|mitad|tercio|cuarto|' +
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|' +
  'hundred|hundreds|thousand|thousands|million|millions|billion|dozen|half|third|quarter';

/**
 * The cardinal numbers (and the nouns of a round count or a share) of the other languages whose number words are known,
 * folded, each written as its grammar spells it. They are read only in text of that language, as some are words of
 * another ("due" in English, "sept" an English month's abbreviation); Italian "sei", "otto" and "metà" ("you are", a
 * name, a goal) are left out.
 */
const OTHER_NUMBER_WORDS: Readonly<Record<string, string>> = {
  pt:
    'dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|catorze|quatorze|quinze|dezesseis|dezasseis|dezessete|dezassete|dezoito|dezenove|dezanove|' +
    'vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa|cem|cento|\\p{L}+cent[oa]s|\\p{L}+zent[oa]s|quinhent[oa]s|mil|milhao|milhoes|bilhao|bilhoes|dezenas?|duzias?|metade|terco',
  fr:
    'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|' +
    'millions?|milliards?|dizaines?|douzaines?|centaines?|milliers|moitie',
  de:
    'zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|dreizehn|vierzehn|funfzehn|sechzehn|siebzehn|achtzehn|neunzehn|' +
    '(?:\\p{L}+und)?(?:zwanzig|dreissig|dreißig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig)|(?:ein|zwei|drei|vier|funf|sechs|sieben|acht|neun)?hundert|' +
    '(?:\\p{L}+)?tausend|millionen|million|milliarden?|dutzend|halfte|drittel|viertel',
  it:
    'due|tre|quattro|cinque|sette|nove|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|' +
    'venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta|cento|\\p{L}+cento|mille|mila|milione|milioni|miliardo|miliardi|dozzina|decine',
};
const OTHER_NUMBER = new Map(Object.entries(OTHER_NUMBER_WORDS).map(([language, words]) => [language, new RegExp(`\\b(?:${words})\\b`, 'u')]));

/**
 * Whether the number words of a text's language (ISO 639-1) are known, so that a sentence of it with no figure can be
 * told to give none: Spanish, English (read in any text) and OTHER_NUMBER_WORDS's languages.
 */
export function numberWordsKnown(language: string): boolean {
  return language === 'es' || language === 'en' || OTHER_NUMBER.has(language);
}

// A date that says which day, month, year or hour, unlike a weekday or "ayer", which leave the week or the month open.
const SPECIFIC_DATE_WORDS = `1\\d{3}|20\\d{2}|${MONTHS}|siglos?|century|centuries|decadas?|decades?|\\d{1,2}:\\d{2}|\\d{1,2}(?:st|nd|rd|th)`;
const DECADE = '\\b\\d{2,4}s\\b';
// Searched in folded text (lower case, no accents), so that "1990", "marzo" or "siglo XIX" count wherever they stand.
const DATE = new RegExp(`\\b(?:${SPECIFIC_DATE_WORDS}|${WEEKDAYS}|${RELATIVE_DAYS})\\b|${DECADE}`, 'u');
const SPECIFIC_DATE = new RegExp(`\\b(?:${SPECIFIC_DATE_WORDS})\\b|${DECADE}`, 'u');
const NUMBER = new RegExp(`\\p{N}|%|\\b(?:${NUMBER_WORDS}|por ciento|percent)\\b`, 'u');
// Searched in the original text: a preposition of place before a capitalised word ("en Hanói", "from Seoul").
const PLACE = /\b(?:en|de|del|desde|hacia|hasta|al|a|cerca de|in|at|from|to|near|into|across)\s+(?:(?:el|la|los|las|the)\s+)?\p{Lu}/u;
// A capitalised word that neither opens the sentence nor follows a preposition of place (a name:
// "dijo Ana Soto", not "la central de Valdelobos"), or the agent of a passive ("financiada por…", "built by…").
const NAME_INSIDE = /(?<!\b(?:en|de|del|desde|hacia|hasta|al|a|in|at|from|to|near|into|of)\s+(?:(?:el|la|los|las|the)\s+)?)(?<=[^\s¿¡"«“(]\s+)(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})/u;
const PASSIVE_AGENT = /\b(?:\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|ed|en))\s+(?:por|by)\s+\p{L}/u;

/**
 * Whether `sentence` holds something of the expected kind besides the question's own words
 * (`questionWords`, folded): the question's own year or name is not an answer to it. `language` (the text's, ISO
 * 639-1) adds its own number words to Spanish and English ones (OTHER_NUMBER_WORDS).
 */
export function carriesAnswerType(sentence: string, type: Exclude<AnswerType, 'statement'>, questionWords: ReadonlySet<string>, language?: string): boolean {
  const rest = withoutWords(sentence, questionWords);
  switch (type) {
    case 'date':
      return DATE.test(foldAccents(withoutNamedYears(rest)));
    case 'number': {
      const folded = withoutDates(foldAccents(withoutFunctionWords(rest, language)));
      return NUMBER.test(folded) || VAGUE_DURATION.test(folded) || otherNumber(folded, language);
    }
    case 'place':
      return PLACE.test(rest);
    case 'person':
      return NAME_INSIDE.test(rest) || PASSIVE_AGENT.test(rest);
  }
}

/**
 * Whether `sentence` holds a place besides the question's own words (`questionWords`, folded), a common noun's too: a
 * named one (`carriesAnswerType`'s "en Hanói"), or a preposition of location before an article and a noun that is no
 * time or manner noun ("en el almacén", "at the depot"; not "en la madrugada", "in the end"). Only for a sentence known
 * to tell of the very thing asked where (a compound question's other part's answer): elsewhere a common noun after
 * "en" is as often no place.
 */
export function carriesLocative(sentence: string, questionWords: ReadonlySet<string>): boolean {
  if (carriesAnswerType(sentence, 'place', questionWords)) return true;
  return [...foldAccents(withoutWords(sentence, questionWords).toLowerCase()).matchAll(LOCATIVE)].some(([, noun = '']) => !NOT_PLACES.has(noun));
}

// A preposition of location, an article and a noun (group 1), folded and lower-cased.
const LOCATIVE = /(?<![\p{L}\p{M}])(?:en|dentro\s+de|junto\s+a|frente\s+a|in|at|inside|outside|near)\s+(?:el|la|los|las|un|una|unos|unas|the|a|an)\s+(\p{L}+)/gu;
// Nouns after such a preposition that tell a time, a manner or a frame, not a place: a closed class, folded.
const NOT_PLACES = new Set([
  ...TIME_UNITS, 'ano', 'mes', 'semana', 'dia', 'hora', 'siglo', 'decada', 'manana', 'tarde', 'noche', 'madrugada', 'mediodia', 'momento', 'fecha', 'epoca', 'actualidad',
  'caso', 'marco', 'medida', 'forma', 'manera', 'mayoria', 'mitad', 'final', 'inicio', 'principio', 'primera', 'segunda', 'ultima', 'ultimo',
  'year', 'month', 'week', 'day', 'hour', 'century', 'decade', 'morning', 'afternoon', 'evening', 'night', 'moment', 'time', 'end', 'beginning', 'meantime', 'past', 'future', 'case', 'way', 'first', 'second', 'last',
]);

// How many, in words that are no figure: none at all, or a vague count ("muchas veces", "several times").
const NONE = 'ninguno|ninguna|ningun|ningunos|ningunas|nadie|none|nobody';
const QUANTIFIERS = `${NONE}|varios|varias|muchos|muchas|numerosos|numerosas|pocos|pocas|decenas|centenares|cientos|miles|several|many|numerous|few|dozens|scores`;
const COUNT = new RegExp(`${NUMBER.source}|\\b(?:${QUANTIFIERS})\\b`, 'u');
// A count that says how many of whatever it stands beside: a number or none, not a vague "muchos" or "many".
const DEFINITE_COUNT = new RegExp(`${NUMBER.source}|\\b(?:${NONE})\\b`, 'u');
// How long, in words that are no figure: a vague count of a unit of time ("varios años", "muchos meses", "several
// years"), or a plural unit of time that a preposition of duration governs ("durante décadas", "for centuries"). Folded.
const VAGUE_DURATION = new RegExp(`\\b(?:(?:${QUANTIFIERS})|durante|during|for)\\s+(?:${[...TIME_UNITS].join('|')})\\b`, 'u');
// A number of units of time, folded: "ocho anos", "3 days", "veinte dias".
const DURATION = new RegExp(`(?:\\p{N}+(?:[.,]\\p{N}+)*|\\b(?:${NUMBER_WORDS}))\\s+(?:${[...TIME_UNITS].join('|')})\\b`, 'gu');

// A figure, or a range of two ("entre 2 y 6", "10 to 15"; the function words may be gone), in a unit of measure, folded.
const MEASURE_FIGURE = `(?:\\p{N}+(?:[.,\\s]\\p{N}+)*|\\b(?:${NUMBER_WORDS}))`;
const MEASURE = new RegExp(`${MEASURE_FIGURE}(?:[\\s–-]+(?:(?:a|y|o|to|and|or)\\s+)?${MEASURE_FIGURE})?\\s*(?:[°º]|\\b(?:${MEASURE_UNITS.join('|')})\\b)`, 'gu');

// A share, folded: a figure or a range in percent ("el 90% de los vehiculos", "un 89 o 90%", "40 percent") tells what part of
// something, not how many of it.
const SHARE = new RegExp(`${MEASURE_FIGURE}(?:[\\s–-]+(?:(?:a|y|o|to|and|or)\\s+)?${MEASURE_FIGURE})?\\s*(?:%|\\b(?:por ciento|porciento|percent|per cent)\\b)`, 'gu');

// A sum of money, folded: a figure or a range after a currency's sign ("$40 to $250", "us$ 3 millones") or before its name
// or code, maybe with a word of magnitude ("entre 50 a 300 dolares", "3 millones de euros", "40 usd"): it tells what
// something costs, not how many of anything. The function words ("a", "de") may be gone.
const MONEY_MAGNITUDE = '(?:mil\\s+millones|mil|millones|millon|billones|billon|millardos?|thousand|million|millions|billion|billions|bn|mn|m)';
const MONEY = new RegExp(
  `[${CURRENCY_SIGNS}]\\s?${MEASURE_FIGURE}(?:[\\s–-]+(?:(?:a|y|o|to|and|or)\\s+)?[${CURRENCY_SIGNS}]?\\s?${MEASURE_FIGURE})?(?:\\s*${MONEY_MAGNITUDE}\\b)?` +
    `|${MEASURE_FIGURE}(?:[\\s–-]+(?:(?:a|y|o|to|and|or)\\s+)?${MEASURE_FIGURE})?(?:\\s+${MONEY_MAGNITUDE})?(?:\\s+de)?\\s*\\b(?:${CURRENCIES}|${CURRENCY_CODES})\\b`,
  'gu',
);
const CURRENCY_WORD = new RegExp(`^(?:${CURRENCIES}|${CURRENCY_CODES})$`, 'u');

// A multiple, folded: "14 veces su beneficio", "three times its earnings", "tres veces más" say how much more, not how many
// ("la seis veces ganadora" counts wins; a question counting "veces" or "times" has the word among its own, left out first).
const MULTIPLE = new RegExp(`(?:\\p{N}+(?:[.,]\\p{N}+)*|\\b(?:${NUMBER_WORDS}))\\s+(?:veces|times)\\s+(?:su|sus|el|la|los|las|lo|its|their|his|her|the|mas|more|menos|less|as)\\b`, 'gu');
// A rank before a superlative, folded: "the third-largest dairy group", "its 2nd biggest market" say which place, not how many.
const RANK = /\b(?:third|\d+(?:st|nd|rd|th))[\s-]+(?:\p{L}+est|most)\b/gu;

/**
 * Whether `text` says how many of something besides the question's own words: a number (as for
 * 'number'), none ("ninguno de los tratados"), or, unless `vague` is false, a vague count ("muchas veces"). Without
 * `durations`, a number of units of time ("ocho años", "three days") or of a unit of measure ("entre 2 y 6 grados", "300
 * metros": units.ts `MEASURE_UNITS`) is no count: it says how long or how big, not how many votes or patients (a question
 * that counts the unit itself has it among its own words, left out first), nor is a share ("el 90 % de los vehículos") or a
 * sum of money ("pagar entre 50 a 300 dólares", "$40 to $250"), unless the question counts a currency ("¿Cuántos
 * dólares…?"); nor is a multiple ("14 times its earnings") or a rank before a superlative ("the third-largest group"). `language` (the text's) adds its own number
 * words, as for carriesAnswerType.
 */
export function carriesCount(text: string, questionWords: ReadonlySet<string>, durations = true, language?: string, vague = true): boolean {
  const folded = withoutDates(foldAccents(withoutFunctionWords(withoutWords(text, questionWords), language)));
  const countsCurrency = [...questionWords].some((word) => CURRENCY_WORD.test(word));
  const counted = (durations ? folded : (countsCurrency ? folded : folded.replace(MONEY, ' ')).replace(DURATION, ' ').replace(MEASURE, ' ').replace(SHARE, ' ').replace(MULTIPLE, ' ')).replace(RANK, ' ');
  return (vague ? COUNT : DEFINITE_COUNT).test(counted) || otherNumber(counted, language);
}

/**
 * `text` without the function words of its language (ISO 639-1) where they are listed (stop-words.ts `functionWordsOf`):
 * Spanish and English number words are read in any text, and Portuguese "dos" ("of the") is no Spanish "two".
 */
function withoutFunctionWords(text: string, language: string | undefined): string {
  const functionWords = language === undefined ? undefined : functionWordsOf(language);
  return functionWords === undefined ? text : withoutWords(text, functionWords);
}

/** Whether folded text of `language` holds one of that language's number words (OTHER_NUMBER_WORDS); false for any other language. */
function otherNumber(folded: string, language: string | undefined): boolean {
  return language !== undefined && (OTHER_NUMBER.get(language)?.test(folded) ?? false);
}

// An age, folded: a number of years or months, of any size ("de 52 años", "a los cincuenta y dos años", "52-year-old",
// "hace 515 millones de años"), "aged 52", "edad de 52", or a number in brackets ("Ana Soto (52)"). A year ("en 1902") is none.
const AGE_COUNT = `(?:\\p{N}+(?:[.,]\\p{N}+)*|(?:${NUMBER_WORDS})(?:\\s+y\\s+(?:${NUMBER_WORDS}))?)(?:\\s+(?:mil|miles|millon|millones|billones|thousand|million|millions|billion)(?:\\s+de)?)?`;
const AGE = new RegExp(`\\b${AGE_COUNT}(?:\\s+|-)(?:anos|meses|years?|months?)\\b|\\b(?:aged|edad de|age of)\\s+${AGE_COUNT}\\b|\\(\\s*\\d{1,3}\\s*\\)`, 'gu');
/**
 * Whether `text` gives an age besides the question's own words (`questionWords`, folded): what answers "¿Cuántos años
 * tiene…?" or "How old…?", where a year or another figure of the sentence does not.
 */
export function carriesAge(text: string, questionWords: ReadonlySet<string>): boolean {
  // The question's unit ("¿Cuántos años…?") is part of the answer's age, not one of its words to leave out.
  const own = new Set([...questionWords].filter((word) => !AGE_UNITS.has(word)));
  const folded = foldAccents(withoutWords(text, own));
  return [...folded.matchAll(AGE)].some((match) => !SPAN_BEFORE.test(folded.slice(0, match.index))) || ageAfterName(text, questionWords);
}

/** Units a stretch of time is counted in, singular and plural, folded. */
const SPAN_UNITS = 'segundos?|minutos?|horas?|dias?|semanas?|mes|meses|anos?|seconds?|minutes?|hours?|days?|weeks?|months?|years?';
/** A number of units of time, folded: "90 días", "43 seconds", "dos semanas", "un año y medio". */
const SPAN = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\p{N}+(?:[.,]\\p{N}+)*|(?:${NUMBER_WORDS})|una?|an?|one)\\s+(?:${SPAN_UNITS})(?![\\p{L}])`, 'gu');
/**
 * A stretch of time told by its ends, folded: "hasta 1796", "desde la década de 1960", "de 1870 a 1939", "until the 19th
 * century", "hasta bien entrado el siglo XIX"; or a clock's "3 min 8 s". Encyclopaedias give a how-long so as often as
 * by a count of units (Spanish XQuAD's and SQuAD-es v2's "¿Cuánto tiempo…?" questions).
 */
const SPAN_BY_ENDS = /(?:^|[^\p{L}])(?:hasta|desde|entre|until|till|since|from|between|through)\s+(?:\p{L}+\s+){0,4}?(?:\d{3,4}|siglo|siglos|decada|century|centuries)(?![\p{L}\p{N}])|\b\d+\s+(?:min|s|h)\b/u;
/**
 * A noun and the "de"/"of" before a stretch of time that then measures that noun ("un retraso de 14 meses", "a delay of
 * 14 months"), folded; nouns of a stretch itself ("un plazo de 90 días", "a period of two weeks") and quantifiers ("más
 * de", "cerca de") measure nothing else.
 */
const MEASURED_BY = /([\p{L}]+)\s+(?:de|of)\s+$/u;
const SPAN_NOUNS = new Set(['plazo', 'periodo', 'lapso', 'duracion', 'termino', 'espacio', 'tiempo', 'total', 'mas', 'menos', 'cerca', 'alrededor', 'period', 'span', 'term', 'total', 'more', 'less', 'excess', 'upwards', 'lo', 'largo', 'course', 'spell', 'stretch']);

/**
 * Whether `text` says how long something lasts or lasted: by its ends (SPAN_BY_ENDS), or by a number of units of time
 * (SPAN) or a vague one ("durante décadas", "for several years") that measures no other noun than one of the question's (`questionWords`, folded):
 * "una suspensión de 90 días" answers "¿Cuánto tiempo durará la suspensión?", "un retraso de 14 meses" does not.
 */
export function carriesDuration(text: string, questionWords: ReadonlySet<string>): boolean {
  const folded = foldAccents(text);
  if (VAGUE_DURATION.test(folded) || SPAN_BY_ENDS.test(folded)) return true;
  return [...folded.matchAll(SPAN)].some((match) => {
    const noun = MEASURED_BY.exec(folded.slice(Math.max(0, match.index - 40), match.index))?.[1];
    return noun === undefined || SPAN_NOUNS.has(noun) || questionWords.has(noun);
  });
}

// A question asking how long something has gone on until now, folded: a form of "llevar" or "hace cuánto" with a Spanish
// how-long, or "have"/"has" right after an English one ("¿Cuántos días lleva cortada…?", "How long has the bridge been
// closed?", "How many weeks have the nurses…").
const ELAPSED_ES = /\b(?:cuanto tiempo|cuant[oa]s\s+(?:anos|meses|semanas|dias|horas|decadas))\b.*\bllev(?:a|an|as|amos|aba|aban)\b|\bllev(?:a|an|as|amos|aba|aban)\b.*\b(?:cuanto tiempo|cuant[oa]s\s+(?:anos|meses|semanas|dias|horas|decadas))\b|\bhace\s+cuanto\b/u;
const ELAPSED_EN = /\bhow\s+(?:long|many\s+(?:years|months|weeks|days|hours|decades))\s+(?:have|has|had)\b/u;

/**
 * Whether a question asks how long something has gone on until now (ELAPSED_ES, ELAPSED_EN): the day it began answers it
 * as a count of days does ("cerrado desde el pasado lunes", "closed since last Tuesday": `givesStart`).
 */
export function asksElapsed(question: string): boolean {
  const folded = foldAccents(question.toLowerCase());
  return ELAPSED_ES.test(folded) || ELAPSED_EN.test(folded);
}

// "desde" or "since" before where a stretch of time begins; how far (characters) after it a date is looked for
// ("since she failed to return from the trail on 2 November").
const SINCE = /(?:^|[^\p{L}])(?:desde|since)\s/gu;
const SINCE_REACH = 80;

/**
 * Whether `sentence` says when something that still goes on began, besides the question's own words (`questionWords`,
 * folded): "desde" or "since" with a date of any kind within SINCE_REACH characters after it, in its clause (a day, a
 * month, a year, a weekday, "ayer", "last week"): what a question asking how long until now (`asksElapsed`) is answered by.
 */
export function givesStart(sentence: string, questionWords: ReadonlySet<string>): boolean {
  const folded = foldAccents(withoutWords(sentence, questionWords).toLowerCase());
  return [...folded.matchAll(SINCE)].some((since) => {
    const after = folded.slice(since.index + since[0].length, since.index + since[0].length + SINCE_REACH).split(CLAUSE_END)[0] ?? '';
    return DATE.test(after) || A_DAY_OF_MONTH.test(after) || LAST_PERIOD.test(after);
  });
}
// A period named relative to now, folded: "el pasado lunes", "la semana pasada", "last week", "el mes pasado".
const LAST_PERIOD = /\b(?:pasad[oa]s?|last|past)\b/u;

// A preposition of a stretch of time before a number of years, folded: "se jubila tras veinte años al frente del museo",
// "durante 12 años", "for 20 years" tell how long, not how old ("hace 52 años" may date a birth, and stays an age).
const SPAN_BEFORE = /(?:^|[^\p{L}])(?:tras|durante|despues de|en|por|hasta|for|after|over|during|within|in)\s+$/u;

// A number set off by commas after a capitalised word, the press's apposition of an age ("Montoya-Lewis, 51, to serve");
// read in the text as written. After an address's noun it is a house number ("la calle Mayor, 12, de Brava").
const AGE_APPOSITION = /(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)*),\s+(\d{1,3}),/gu;
const ADDRESS_NOUN = /(?:^|\s)(?:calle|avenida|av|avda|plaza|paseo|carrera|camino|street|st|road|rd|avenue|lane|square|no|num|numero)\.?\s+$/u;
/** Oldest age read from an apposition. */
const MAX_AGE = 120;

/**
 * Whether `text` gives an age as an apposition after a name (AGE_APPOSITION), not a house number. The age is that name's:
 * when `text` names someone of the question (a capitalised word among `questionWords`, folded) and the apposition's name
 * is none of theirs, it is another person's age ("Governor Jay Inslee appointed Montoya-Lewis, 51," does not tell how old
 * Inslee is: blind newcomer 24's D1).
 */
function ageAfterName(text: string, questionWords: ReadonlySet<string>): boolean {
  const asked = (name: string) => words(name).some((word) => questionWords.has(word));
  const namesAsked = (text.match(CAPITALISED_WORD) ?? []).some(asked);
  return [...text.matchAll(AGE_APPOSITION)].some((match) => Number(match[2]) <= MAX_AGE && !ADDRESS_NOUN.test(foldAccents(text.slice(0, match.index).toLowerCase())) && (!namesAsked || asked(match[1] ?? '')));
}
const CAPITALISED_WORD = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]*/gu;
// Month names and their abbreviations, folded: "oct.", "sept", "ago".
const MONTH_WORDS = `(?:${MONTHS}|${Object.keys(MONTH_ABBREVIATIONS).join('|')})\\.?`;
/**
 * A day of a month, with its year if given: "3 de octubre de 2025", "Oct 3, 2025", "3rd May", "15/08/2023". Its
 * figures date something; they do not say how many or how much.
 */
const DAY_OF_MONTH = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th|º)?\\s+(?:de\\s+|of\\s+)?${MONTH_WORDS}(?:,?\\s+(?:de(?:l)?\\s+)?\\d{4})?(?![\\p{L}\\p{N}])|\\b${MONTH_WORDS}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?![\\p{L}\\p{N}])|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b`,
  'gu',
);

/** Folded text without the days of a month it names (DAY_OF_MONTH). */
function withoutDates(folded: string): string {
  return folded.replace(DAY_OF_MONTH, ' ');
}

const A_DAY_OF_MONTH = new RegExp(DAY_OF_MONTH.source, 'u');
const MONTH = new RegExp(`\\b(?:${MONTHS})\\b`, 'u');

/** `dateDetail` of a date that names its month (or its day). */
export const MONTH_DETAIL = 2;

/**
 * How precisely `sentence` dates something besides the question's own words: 3 for a day of a month ("el 27 de enero
 * de 1967", "Oct 3"), 2 for a month, 1 for a year, a century, a decade or an hour alone, 0 for no specific date (none,
 * or only a weekday or a relative day: "el lunes", "ayer").
 */
export function dateDetail(sentence: string, questionWords: ReadonlySet<string>): number {
  const folded = foldAccents(withoutNamedYears(withoutWords(sentence, questionWords)));
  if (A_DAY_OF_MONTH.test(folded)) return 3;
  if (MONTH.test(folded)) return 2;
  return SPECIFIC_DATE.test(folded) ? 1 : 0;
}

/** Nouns after "qué"/"what" that ask for the time of day, folded ("¿A qué hora…?", "At what hour…?"). */
const HOUR_NOUNS = new Set(['hora', 'hour']);

/** Whether the kind a question asks for (`askedKind`) is the time of day: "¿A qué hora…?", "At what hour…?". */
export function asksHour(kind: AskedKind | undefined): boolean {
  return kind?.type === 'date' && kind.asking.some((word) => HOUR_NOUNS.has(word));
}

// A time of day, in folded text: a clock time ("4:40", "16h30"), an hour after "a las" or before "a.m."/"p.m." or
// "o'clock", or a named time of day ("mediodía", "de la madrugada", "noon"). An hour count alone ("durante 14 horas") is
// a duration; a date names the day, not the time.
const TIME_OF_DAY = new RegExp(
  [
    '(?<![\\p{N}.,:])\\d{1,2}(?::|h)\\d{2}(?![\\p{N}])',
    '\\b(?:a|hacia|desde|hasta|antes\\s+de|despues\\s+de|pasadas)\\s+las?\\s+(?:\\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\\b',
    '\\b\\d{1,2}(?:\\s*(?:a\\.?\\s?m|p\\.?\\s?m)\\b\\.?|\\s+o\'clock\\b)',
    '\\b(?:mediodia|medianoche|madrugada|de\\s+la\\s+(?:manana|tarde|noche)|noon|midnight|dawn|dusk)\\b',
  ].join('|'),
  'u',
);

/**
 * Whether `sentence` tells a time of day besides the question's own words (`questionWords`, folded): what a question
 * asking the hour expects (`asksHour`).
 */
export function givesTimeOfDay(sentence: string, questionWords: ReadonlySet<string>): boolean {
  return TIME_OF_DAY.test(foldAccents(withoutWords(sentence, questionWords).toLowerCase()));
}

// "Until when": "hasta" or "until"/"till" right before the interrogative, folded ("¿Hasta cuándo…?", "Until when…?").
const UNTIL_WHEN = /\b(?:hasta|until|till)\s+(?:cuando|when)\b/u;

/** Whether a question asks until when something lasts ("¿Hasta cuándo prevé lluvias…?", "Until when…?"): an end date answers it. */
export function asksUntil(question: string): boolean {
  return UNTIL_WHEN.test(foldAccents(question.toLowerCase()));
}

// Where a span of time ends, folded: "hasta", "until", "till", "through".
const UNTIL = /\b(?:hasta|until|till|through)\s/gu;
/** How far (characters) after "hasta" or "until" its date is looked for ("hasta el próximo domingo 6 de diciembre"). */
const UNTIL_REACH = 30;

/**
 * Whether `sentence` says when something ends, besides the question's own words (`questionWords`, folded): a date of some
 * detail (`dateDetail`: a year, a month or a day, not a bare weekday) within UNTIL_REACH characters after "hasta", "until",
 * "till" or "through" ("continúen hasta el domingo 6 de diciembre"). What a question asking until when (`asksUntil`)
 * expects; a date after "desde" or "since" tells where a span begins.
 */
export function givesEndDate(sentence: string, questionWords: ReadonlySet<string>): boolean {
  const folded = foldAccents(withoutWords(sentence, questionWords).toLowerCase());
  return [...folded.matchAll(UNTIL)].some((until) => dateDetail(folded.slice(until.index, until.index + until[0].length + UNTIL_REACH), new Set()) > 0);
}

/** Nouns after "qué"/"what" that ask for a year, or a span of years, folded ("¿En qué año…?", "What century…?"). */
const YEAR_NOUNS = new Set(['ano', 'anos', 'siglo', 'decada', 'year', 'years', 'century', 'decade']);

/** Whether the kind a question asks for (`askedKind`) is a year, a decade or a century: "¿En qué año…?", "What year…?". */
export function asksYear(kind: AskedKind | undefined): boolean {
  return kind?.type === 'date' && kind.asking.some((word) => YEAR_NOUNS.has(word));
}

// A number of three or four digits standing alone may be a year ("en 711"); "ese año", "al año siguiente" name one by
// another. Folded.
const YEAR_LIKE = /(?<![\p{L}\p{N}]|\p{N}[.,])\p{N}{3,4}(?![\p{L}\p{N}]|[.,]\p{N})|\b(?:anos?|years?)\b/u;

/**
 * Whether `sentence` can say which year something happened, besides the question's own words (`questionWords`,
 * folded): a date of any detail (`dateDetail`), a number that may be a year, or a year named relative to another. A
 * question that asks for the year is not answered by a sentence without one (the year-asked rule, ask.ts).
 */
export function givesYear(sentence: string, questionWords: ReadonlySet<string>): boolean {
  // The question's "siglo" is part of the answer's "siglo XIX", not one of its words to leave out.
  const own = new Set([...questionWords].filter((word) => !YEAR_NOUNS.has(word)));
  return dateDetail(sentence, own) > 0 || YEAR_LIKE.test(foldAccents(withoutWords(sentence, own)));
}

// Where reported words begin: a complementiser ("dijo que…", "said that…") or a verb of saying ("said the plan…").
const CLAUSE_END = /[,;:.!?]/u;

/**
 * The spans of `sentence` (offsets into it) that report what was said: from a complementiser or a
 * verb of saying (the quote rules' cue verbs) to the next comma or stop, and for a verb placed after a
 * comma ("…, dijo KCNA"), what stands before it. "Vedomosti dio a conocer que Putin visitaría Corea del
 * Norte" reports "Putin visitaría Corea del Norte"; in "…, según informó KCNA, en medio de
 * especulaciones sobre la visita" the visit is not what KCNA reported.
 */
export function reportedSpans(sentence: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of sentence.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (!COMPLEMENTISERS.has(foldAccents(word)) && speechVerb(word) === undefined) continue;
    const start = match.index + word.length;
    const rest = sentence.slice(start);
    const stop = rest.search(CLAUSE_END);
    spans.push({ start, end: stop < 0 ? sentence.length : start + stop });
    // A postposed verb ("…, dijo KCNA", "…”, informó la agencia") reports what comes before it.
    const before = POSTPOSED.exec(sentence.slice(0, match.index));
    if (speechVerb(word) !== undefined && before) spans.push({ start: 0, end: before.index });
  }
  return spans;
}

// The comma before a postposed verb of saying, and what may stand between them: a closing quote, "según", an auxiliary.
const POSTPOSED = /[”»"]?\s*,\s*(?:(?:según|as|ha|han|había|has|have|had)\s+)*$/iu;

// A year right after a capitalised word inside the sentence that is no month's name: the year of a name ("la Copa de
// Naciones de Glasgow 2022", "the Tokyo 2020 Games", "la Agenda 2030"), which dates no event of the sentence, unlike
// "May 2022" or "en 2022". The word must follow another ("In 2022, …" opens a sentence with a preposition).
const YEAR_AFTER_CAPITAL = /(?<=[\p{L}\p{M}\p{N}][ \u00a0]+(\p{Lu}[\p{L}\p{M}]*)[ \u00a0])(?:1\d{3}|20\d{2})(?![\p{L}\p{N}])/gu;
const MONTH_NAME = new RegExp(`^${MONTH_WORDS}$`, 'u');

/** `text` with the years that belong to a name (YEAR_AFTER_CAPITAL) blanked out, same length. */
function withoutNamedYears(text: string): string {
  return text.replace(YEAR_AFTER_CAPITAL, (year, name: string) => (MONTH_NAME.test(foldAccents(name.toLowerCase())) ? year : '_'.repeat(year.length)));
}

/** The sentence with the question's own words blanked out (same length, so nothing new is joined). */
function withoutWords(sentence: string, questionWords: ReadonlySet<string>): string {
  if (questionWords.size === 0) return sentence;
  return sentence.replace(/\p{N}+(?:[.,]\p{N}+)*|\p{L}[\p{L}\p{M}]*/gu, (word) => {
    const folded = foldAccents(word).replace(/[.,]/gu, '');
    return questionWords.has(folded) ? '_'.repeat(word.length) : word;
  });
}

// A name headed by a noun of a news outlet: "Radio Sil Norte", "Cadena SER", "Diario de León", "Aragón TV", "Sky News".
const OUTLET_NAME = /(?<![\p{L}\p{M}])(?:Radio|Onda|Cadena|Canal|Televisión|Television|Diario|Periódico|Revista|Agencia|Channel)\s+(?:(?:de|del|of|the)\s+)?\p{Lu}|\p{Lu}[\p{L}\p{M}]*\s+(?:TV|Radio|Televisión|Television|News|Times|Post)(?![\p{L}\p{M}])/u;

/** Whether a text names a news outlet by a name headed by an outlet's noun (OUTLET_NAME). */
export function namesOutlet(text: string): boolean {
  return OUTLET_NAME.test(text);
}
