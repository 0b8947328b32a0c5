/**
 * Offices an article gives a person only as a predicate: "Lorena Vidal será la próxima gobernadora", "Andrés Molina, que
 * asumió como alcalde en 2020,", "Dana Whitlock, who became mayor in 2019,", "Peter Osei was named head coach", "El club
 * eligió a Ana Ruiz como presidenta", "Lucía Ferrán, que ganó la alcaldía". No title stands beside the name, yet the
 * reader, and a /quote look-up ("la gobernadora", "the mayor"), knows the person by it. Read as descriptions (cast.ts:
 * aliases to look the person up by); an office held now or about to be (`current`) is also a title the article may refer
 * back by ("la gobernadora electa dijo"), one held only in the past ("X fue alcalde entre 2003 y 2011") never.
 */
import type { Sentence, Token } from './tokens.js';
import { startsLower, type NameSpan } from './tokens.js';
import { isRoleNoun } from './phrases.js';
import { CLAUSE_WORDS, COORDINATORS, DETERMINERS, isTitleNoun, NAME_ARTICLES, NAME_PREPOSITIONS, PHRASE_PREPOSITIONS } from './lexicon.js';

/** Words that end an office's adjectives after its noun: a preposition other than its complement's, a clause's word, a coordinator, a determiner. */
const OFFICE_ENDS: ReadonlySet<string> = new Set([...PHRASE_PREPOSITIONS, ...CLAUSE_WORDS, ...COORDINATORS, ...DETERMINERS, ...NAME_PREPOSITIONS]);

/**
 * Verbs (folded keys) that make what follows the subject's office: a copula in its forms of the present, past and future
 * ("es", "fue", "será", "is", "was", "became"), or a verb of taking office with the word that introduces the office
 * ("asumió como", "juró como", "took over as", "se convirtió en"). Each entry is the words in order.
 */
const PREDICATE_VERBS: ReadonlyArray<readonly string[]> = [
  ...['es', 'fue', 'era', 'sera', 'seria', 'sigue siendo', 'resulto', 'quedo como'].map((verb) => verb.split(' ')),
  ...['asumio como', 'asume como', 'asumira como', 'juro como', 'jura como', 'se convirtio en', 'se convertira en', 'se desempena como', 'se desempeno como'].map((verb) => verb.split(' ')),
  ...['is', 'was', 'will be', 'has been', 'had been', 'became', 'becomes', 'will become', 'has become', 'took over as', 'takes over as', 'was sworn in as', 'serves as', 'served as'].map((verb) => verb.split(' ')),
];

/**
 * Copulas of PREDICATE_VERBS that put the office in the past or in a hypothesis ("fue alcalde", "was mayor", "sería"):
 * without an appointment's participle after them ("fue designada", "was named") the office is no longer, or not yet, held.
 */
const PAST_COPULAS: ReadonlySet<string> = new Set(['fue', 'era', 'seria', 'resulto', 'was', 'had been']);

/** Participles of appointment or election that may stand between the copula and the office ("fue elegido", "was named"). */
const APPOINTED = new Set([
  'elegido', 'elegida', 'electo', 'electa', 'reelegido', 'reelegida', 'reelecto', 'reelecta', 'nombrado', 'nombrada', 'designado', 'designada',
  'proclamado', 'proclamada', 'investido', 'investida', 'ratificado', 'ratificada', 'confirmado', 'confirmada',
  'named', 'appointed', 'elected', 're-elected', 'reelected', 'confirmed', 'chosen', 'picked', 'hired',
]);

/**
 * Folded verbs of choosing someone for an office, by their stems, whose object the office then follows ("eligió a X
 * como presidente", "nombraron a X ministra", "elected X as mayor", "appointed X head coach"): Spanish forms of elegir,
 * nombrar, designar, proclamar, ratificar, investir; English past forms.
 */
const APPOINTING = /^(?:re)?(?:elig|eleg|nombr|design|proclam|ratific|invist|invest)\p{L}*$|^(?:elected|re-elected|reelected|appointed|named|chose|picked|hired|made|promoted)$/u;

/**
 * Verbs of winning a seat ("ganó la alcaldía", "won the governorship"): the seat's noun then names the office
 * (`officeOfSeat`). Folded, each as its words: split once, not for every name of every sentence (they were a fifth of the
 * cast's reading of offices, docs/BENCHMARKS.md stop 58).
 */
const WINNING: ReadonlyArray<readonly string[]> = ['gano', 'gana', 'ganara', 'ha ganado', 'conquisto', 'won', 'wins', 'has won', 'had won'].map((verb) => verb.split(' '));

/**
 * How a noun of a seat derives from the office's noun (folded): Spanish "-ía" of "alcaldía" from "alcalde",
 * "-ción" of "gobernación" from "gobernador", "-ncia" of "presidencia" from "presidente"; English "-ship" of
 * "governorship" from "governor", "-alty" of "mayoralty", "-ency" of "presidency". Each: the ending and the office
 * endings that may replace it; a candidate counts only when it is a role noun.
 */
const SEAT_ENDINGS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/ia$/, ['e', 'esa', 'or', 'ora', '']],
  [/cion$/, ['dor', 'dora']],
  [/ncia$/, ['nte', 'nta']],
  [/ship$/, ['']],
  [/alty$/, ['']],
  [/ency$/, ['ent']],
];

/** The office nouns a seat's noun names ("alcaldia" → "alcalde", "alcaldesa"; "governorship" → "governor"), folded; empty for another noun. */
function officeOfSeat(seat: string): string[] {
  return SEAT_ENDINGS.flatMap(([ending, replacements]) => (ending.test(seat) ? replacements.map((replacement) => seat.replace(ending, replacement)) : [])).filter((noun) => noun !== seat && isTitleNoun(noun));
}

/** Relative pronouns that open a clause about the name before them (", que asumió…", ", who became…"). */
const RELATIVES = new Set(['que', 'quien', 'who']);

/** Words of an office the predicate may have before its noun ("la próxima gobernadora", "the new head coach"), or after it in Spanish. */
const MAX_OFFICE_MODIFIERS = 2;

/** An office the sentence gives a name (as written) as a predicate; `current` when it is held now or about to be. */
export interface PredicateOffice {
  name: string;
  office: string;
  current: boolean;
}

/**
 * The offices the sentence gives its names as predicates, each with the name as written: the office's words from the
 * first after its determiner to the end of its complement ("próxima gobernadora de la provincia"), and its head noun alone
 * ("gobernadora"). A predicate is a verb of PREDICATE_VERBS (with an appointment's participle or not) right after the
 * name, or after a relative pronoun that follows it and a comma; the office a lower-case role noun (isRoleNoun), at most
 * two lower-case words after the determiner, with its "de"/"of" complement up to the next word of another kind. So is the
 * office after the name a verb of choosing governs ("eligió a X como presidente", "appointed X head coach"), and the
 * office a seat won after the name names ("X, que ganó la alcaldía": "alcalde", "alcaldesa"). A negation or any other
 * word between the name and the verb ("Vidal no será…") gives none.
 */
export function predicateOffices(sentence: Sentence, text: string, spans: readonly NameSpan[], language: string): PredicateOffice[] {
  const { tokens } = sentence;
  const officeFrom = (span: NameSpan, at: number, current: boolean): PredicateOffice[] => {
    if (tokens[at]?.text === 'as' || tokens[at]?.key === 'como') at++;
    if (DETERMINERS.has(tokens[at]?.key ?? '')) at++;
    const office = officeAt(tokens, at, language);
    if (!office) return [];
    const phrase = text.slice(tokens[office.from]!.start, tokens[office.to - 1]!.end);
    const head = tokens[office.head]!.text;
    return [...new Set([phrase, head])].map((form) => ({ name: span.text, office: form, current }));
  };
  return spans.flatMap((span) => {
    // "eligió a Ana Ruiz como presidenta", "appointed Karen Doyle head coach": the name is the object of choosing.
    const chooser = tokens[span.from - (language === 'en' ? 1 : 2)];
    if (chooser && APPOINTING.test(chooser.key) && (language === 'en' || tokens[span.from - 1]?.key === 'a')) return officeFrom(span, span.to, true);
    let at = span.to;
    if (tokens[at]?.text === ',' && RELATIVES.has(tokens[at + 1]?.key ?? '')) at += 2;
    const words = (list: readonly string[]) => list.every((word, k) => tokens[at + k]?.kind === 'word' && tokens[at + k]!.key === word);
    const won = WINNING.find(words);
    if (won) {
      const seat = tokens[at + won.length + (DETERMINERS.has(tokens[at + won.length]?.key ?? '') ? 1 : 0)];
      return seat?.kind === 'word' ? officeOfSeat(seat.key).map((office) => ({ name: span.text, office, current: true })) : [];
    }
    const verb = PREDICATE_VERBS.find(words);
    if (!verb) return [];
    at += verb.length;
    const appointed = APPOINTED.has(tokens[at]?.key ?? '');
    while (APPOINTED.has(tokens[at]?.key ?? '')) at++;
    return officeFrom(span, at, appointed || !PAST_COPULAS.has(verb.join(' ')));
  });
}

/**
 * The office opening at token `from`: lower-case words up to the first role noun (at most MAX_OFFICE_MODIFIERS before it),
 * more role nouns after it ("head coach", "presidente ejecutivo"), and a complement of "de"/"of" with its article and the
 * capitalised or lower-case words after it, up to a word of another kind. The head is the first role noun in Spanish
 * ("presidente ejecutivo"), the last of the run in English ("head coach"). Undefined when no role noun opens it.
 */
function officeAt(tokens: readonly Token[], from: number, language: string): { from: number; to: number; head: number } | undefined {
  const word = (at: number) => tokens[at]?.kind === 'word' && startsLower(tokens[at]!.text) && tokens[at]!.verb === undefined;
  let first = from;
  while (first < from + MAX_OFFICE_MODIFIERS && word(first) && !isRoleNoun(tokens[first]!) && !NAME_PREPOSITIONS.has(tokens[first]!.key)) first++;
  if (!word(first) || !isRoleNoun(tokens[first]!)) return undefined;
  let last = first;
  while (word(last + 1) && isRoleNoun(tokens[last + 1]!)) last++;
  let to = last + 1;
  // Spanish puts the office's adjectives after its noun ("gobernadora regional", "presidente ejecutivo"); English before it,
  // where a word after the noun is the sentence's ("head coach last month").
  for (let more = 0; language !== 'en' && more < MAX_OFFICE_MODIFIERS && word(to) && !OFFICE_ENDS.has(tokens[to]!.key); more++) to++;
  if (NAME_PREPOSITIONS.has(tokens[to]?.key ?? '')) {
    let end = to + 1;
    if (NAME_ARTICLES.has(tokens[end]?.key ?? '') || tokens[end]?.key === 'el') end++;
    const start = end;
    while (tokens[end]?.kind === 'word' && (/^\p{Lu}/u.test(tokens[end]!.text) || (end === start && word(end)) || (end > start && (NAME_PREPOSITIONS.has(tokens[end]!.key) || NAME_ARTICLES.has(tokens[end]!.key)) && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')))) end++;
    if (end > start) to = end;
  }
  return { from, to, head: language === 'en' ? last : first };
}
