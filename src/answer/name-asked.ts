/**
 * A question asking for the name of a person the story may only describe: "¿Cómo se llama el minero rescatado?", "¿Cuál
 * es el nombre de la conductora?", "What was the name of the older skipper?", "What is the deckhand's name?". A sentence
 * that describes that person ("un picador de 58 años", "his deckhand, aged 24") repeats the question's words but does not
 * answer it: only a name does. The asked noun must name a person: an office or trade the quote rules know (lexicon.ts
 * `isTitleNoun`), a noun of agent by its ending (Spanish "-ero", "-dor", "-ista", "-ante", "-ente"; English "-er", "-or",
 * "-ist", "-ian"; RAE, Nueva gramática §6.5, and Quirk et al. App. I.34), or one of the closed class of nouns for people
 * by age, sex, kinship or bond (PEOPLE). What a thing or a notion is called ("¿Cómo se llama el maestro espiritual en el
 * hinduismo?", "What are the hairs … called?") is a term, often written in lower case, and is not read here.
 */
import { isTitleNoun } from '../quotes/lexicon.js';
import { foldAccents, words as foldedWords } from '../text/words.js';

/** Nouns for people by age, sex, kinship or bond, folded, singular and plural, Spanish and English. */
const PEOPLE = new Set([
  'hombre', 'hombres', 'mujer', 'mujeres', 'nino', 'nina', 'ninos', 'ninas', 'chico', 'chica', 'chicos', 'chicas', 'joven', 'jovenes', 'bebe', 'bebes',
  'anciano', 'anciana', 'ancianos', 'ancianas', 'persona', 'personas', 'victima', 'victimas', 'vecino', 'vecina', 'vecinos', 'vecinas', 'hijo', 'hija',
  'hijos', 'hijas', 'padre', 'madre', 'padres', 'madres', 'hermano', 'hermana', 'hermanos', 'hermanas', 'esposo', 'esposa', 'marido', 'pareja', 'novio',
  'novia', 'companero', 'companera', 'companeros', 'companeras', 'amigo', 'amiga', 'amigos', 'amigas', 'paciente', 'pacientes', 'herido', 'herida',
  'heridos', 'heridas', 'detenido', 'detenida', 'detenidos', 'detenidas', 'sospechoso', 'sospechosa', 'sospechosos', 'sospechosas', 'fallecido',
  'fallecida', 'superviviente', 'supervivientes', 'testigo', 'testigos', 'agente', 'agentes', 'soldado', 'soldados', 'piloto', 'pilotos', 'medico',
  'medica', 'enfermero', 'enfermera', 'alumno', 'alumna', 'alumnos', 'alumnas', 'autor', 'autora', 'ganador', 'ganadora', 'rival', 'rivales',
  'man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls', 'child', 'children', 'baby', 'person', 'people', 'victim', 'victims', 'neighbour',
  'neighbor', 'neighbours', 'neighbors', 'son', 'daughter', 'sons', 'daughters', 'father', 'mother', 'parents', 'brother', 'sister', 'husband', 'wife',
  'partner', 'friend', 'friends', 'patient', 'patients', 'suspect', 'suspects', 'survivor', 'survivors', 'witness', 'witnesses', 'officer', 'officers',
  'soldier', 'soldiers', 'pilot', 'pilots', 'doctor', 'nurse', 'student', 'students', 'conductor', 'conductora', 'deckhand', 'crewmember', 'teenager', 'toddler',
  // English nouns of agent in "-er"/"-or", whose ending alone names as many things ("river", "paper", "motor").
  'driver', 'drivers', 'worker', 'workers', 'miner', 'miners', 'skipper', 'player', 'players', 'farmer', 'manager', 'owner', 'passenger',
  'passengers', 'rider', 'runner', 'climber', 'swimmer', 'hiker', 'winner', 'leader', 'founder', 'author', 'attacker', 'gunman',
]);
/** Endings of nouns of agent, folded ("minero", "conductora", "periodista", "estudiante", "technician", "fisherman"). */
const AGENT_ENDING = /(?:ero|era|eros|eras|dor|dora|dores|doras|ista|istas|ante|antes|ente|entes|ist|ists|ian|ians|man|men|woman|women)$/u;
/** How many words an English noun phrase not closed by AFTER_HEAD is read for its head ("the ship's second engineer"). */
const HEAD_REACH = 3;
/** Words that close an English noun phrase after its head ("the skipper of the trawler", "the man who…"). */
const AFTER_HEAD = new Set(['of', 'in', 'at', 'on', 'off', 'from', 'for', 'with', 'by', 'near', 'aboard', 'during', 'after', 'before', 'who', 'whom', 'that', 'which', 'and', 'or']);
/** An English participle after the head ("the skipper rescued off…", "the man driving the van"). */
const POSTMODIFYING = /\p{L}{3,}(?:ed|ing)$/u;
/** Words of a Spanish or English noun phrase before its noun: articles, possessives, adjectives of age or order. */
const BEFORE_NOUN = new Set([
  'el', 'la', 'los', 'las', 'un', 'una', 'su', 'sus', 'del', 'de', 'the', 'a', 'an', 'his', 'her', 'their', 'its',
  'older', 'oldest', 'younger', 'youngest', 'elder', 'eldest', 'other', 'second', 'first', 'new', 'injured', 'missing', 'dead', 'young', 'old',
  'otro', 'otra', 'segundo', 'segunda', 'primer', 'primera', 'nuevo', 'nueva', 'joven',
]);
/** Words after which the asked noun phrase begins, folded, by how the question asks for a name. */
const NAME_FRAMES: ReadonlyArray<{ pattern: RegExp; headLast: boolean }> = [
  // "¿Cómo se llama(ba) el minero…?", "¿Cuál es el nombre de(l) …?", "¿Qué nombre tiene la …?"
  { pattern: /\bcomo\s+se\s+llama(?:ba|n|ban|ria)?\s+(.+)/u, headLast: false },
  { pattern: /\bnombres?\s+(?:completo\s+)?(?:de\s+la|de\s+los|de\s+las|del|de)\s+(.+)/u, headLast: false },
  { pattern: /\bque\s+nombre\s+(?:tiene|tenia|tienen|tenian|lleva|llevaba)\s+(.+)/u, headLast: false },
  // "What is the name of the skipper?", "What was the deckhand's name?"
  { pattern: /\bnames?\s+of\s+(.+)/u, headLast: true },
  { pattern: /\b(?:what|which)\s+(?:is|was|are|were)\s+(.+?)['’]s?\s+(?:full\s+|first\s+)?names?\b/u, headLast: true },
];

/** What a question asking for a person's name asks: the person's noun and the words that only ask for a name, folded. */
export interface NameAsked {
  noun: string;
  asking: string[];
}

/** The person whose name `question` asks for (module comment), or undefined when it asks for none. */
export function nameAsked(question: string): NameAsked | undefined {
  const folded = foldAccents(question.toLowerCase());
  for (const { pattern, headLast } of NAME_FRAMES) {
    const phrase = pattern.exec(folded)?.[1];
    if (phrase === undefined) continue;
    // A possessive's "s" ("the lifeboat's helmsman") is no word of the phrase.
    const words = (phrase.match(/\p{L}+/gu) ?? []).filter((word) => word !== 's');
    const start = words.findIndex((word) => !BEFORE_NOUN.has(word));
    const closing = words.findIndex((word, at) => at > start && (AFTER_HEAD.has(word) || POSTMODIFYING.test(word)));
    const noun = headLast ? words.slice(start, Math.min(closing > start ? closing : words.length, start + HEAD_REACH)).at(-1) : words[start];
    if (noun === undefined || !isPerson(noun)) return undefined;
    return { noun, asking: folded.match(/\b(?:llama\p{L}*|nombres?|names?|called)\b/gu) ?? [] };
  }
  return undefined;
}

/**
 * Whether `noun` names one person. A plural asks what a class is called ("¿Cómo se llaman los agentes que detecta el
 * sistema inmunitario?"), a term, more often than the names of several people.
 */
function isPerson(noun: string): boolean {
  if (PLURAL.test(noun) || IRREGULAR_PLURALS.has(noun)) return false;
  return PEOPLE.has(noun) || isTitleNoun(noun) || (noun.length > 4 && AGENT_ENDING.test(noun));
}

/** A Spanish or English plural's ending, folded ("mineros", "drivers"; not "boss"). */
const PLURAL = /[^s]s$/u;
const IRREGULAR_PLURALS = new Set(['men', 'women', 'children', 'people']);

/** A run of capitalised words, joined by a particle of names ("Carbones del Sil", "Ana de la Vega", "Jan van Dijk"). */
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|del|de\s+la|de\s+los|van|von|da|di|du|le|la)\s+)?\p{Lu}[\p{L}'’-]*)*/gu;
/** Prepositions of place or origin before a run, folded: "en León", "from Wexford", "to University Hospital Waterford". */
const PLACE_BEFORE = /(?:^|\s)(?:en|de|del|desde|hacia|hasta|a|al|cerca\s+de|in|at|from|to|near|into|of|off|on)\s+(?:(?:el|la|los|las|the)\s+)?$/u;
/** A name in brackets right after another: a place's province or country ("Peñarrubia (León)", "Kilmore (Wexford)"). */
const PLACE_AFTER_NAME = /\p{Lu}\p{L}*\s*\($/u;
/** Articles, possessives and demonstratives that open a sentence capitalised, folded. */
const FUNCTION_WORDS = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'su', 'sus', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those']);
/** What may stand before a sentence's first word: nothing, an opening mark or a dash. */
const SENTENCE_START = /(?:^|[.!?:;]\s*)[\s"«“'‘(¿¡—–-]*$/u;

/**
 * Whether `text` names someone or something besides the question's own words (`questionWords`, folded): a run of
 * capitalised words that does not follow a preposition of place (a place is no person's name) and, when it opens a
 * sentence, is of two words or more ("Marta Gil, de 58 años, …", not "El más veterano…").
 */
export function namesSomeone(text: string, questionWords: ReadonlySet<string>): boolean {
  return [...text.matchAll(NAME_RUN)].some((match) => {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 40), match.index);
    if (PLACE_BEFORE.test(foldAccents(before)) || PLACE_AFTER_NAME.test(before)) return false;
    // A sentence's capitalised first word may be an article or a pronoun ("The Rosslare lifeboat…", "Su compañero…").
    const opening = SENTENCE_START.test(text.slice(0, match.index));
    const run = foldedWords(match[0]).filter((word, at) => !(opening && at === 0 && FUNCTION_WORDS.has(word)));
    if (opening && run.length < 2) return false;
    return run.some((word) => !questionWords.has(word));
  });
}
