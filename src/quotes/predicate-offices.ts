/**
 * Offices an article gives a person only as a predicate: "Lorena Vidal será la próxima gobernadora", "Andrés Molina, que
 * asumió como alcalde en 2020,", "Dana Whitlock, who became mayor in 2019,", "Peter Osei was named head coach". No title
 * stands beside the name, yet the reader, and a /quote look-up ("la gobernadora", "the mayor"), knows the person by it.
 * Read as descriptions (cast.ts: aliases to look the person up by), never as titles that move attributions.
 */
import type { Sentence, Token } from './tokens.js';
import { startsLower, type NameSpan } from './tokens.js';
import { isRoleNoun } from './phrases.js';
import { CLAUSE_WORDS, COORDINATORS, DETERMINERS, NAME_ARTICLES, NAME_PREPOSITIONS, PHRASE_PREPOSITIONS } from './lexicon.js';

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

/** Participles of appointment or election that may stand between the copula and the office ("fue elegido", "was named"). */
const APPOINTED = new Set([
  'elegido', 'elegida', 'electo', 'electa', 'reelegido', 'reelegida', 'reelecto', 'reelecta', 'nombrado', 'nombrada', 'designado', 'designada',
  'proclamado', 'proclamada', 'investido', 'investida', 'ratificado', 'ratificada', 'confirmado', 'confirmada',
  'named', 'appointed', 'elected', 're-elected', 'reelected', 'confirmed', 'chosen', 'picked', 'hired',
]);

/** Relative pronouns that open a clause about the name before them (", que asumió…", ", who became…"). */
const RELATIVES = new Set(['que', 'quien', 'who']);

/** Words of an office the predicate may have before its noun ("la próxima gobernadora", "the new head coach"), or after it in Spanish. */
const MAX_OFFICE_MODIFIERS = 2;

/**
 * The offices the sentence gives its names as predicates, each with the name as written: the office's words from the
 * first after its determiner to the end of its complement ("próxima gobernadora de la provincia"), and its head noun alone
 * ("gobernadora"). A predicate is a verb of PREDICATE_VERBS (with an appointment's participle or not) right after the
 * name, or after a relative pronoun that follows it and a comma; the office a lower-case role noun (isRoleNoun), at most
 * two lower-case words after the determiner, with its "de"/"of" complement up to the next word of another kind. A
 * negation or any other word between the name and the verb ("Vidal no será…") gives none.
 */
export function predicateOffices(sentence: Sentence, text: string, spans: readonly NameSpan[], language: string): Array<{ name: string; office: string }> {
  const { tokens } = sentence;
  return spans.flatMap((span) => {
    let at = span.to;
    if (tokens[at]?.text === ',' && RELATIVES.has(tokens[at + 1]?.key ?? '')) at += 2;
    const verb = PREDICATE_VERBS.find((words) => words.every((word, k) => tokens[at + k]?.kind === 'word' && tokens[at + k]!.key === word));
    if (!verb) return [];
    at += verb.length;
    while (APPOINTED.has(tokens[at]?.key ?? '')) at++;
    if (tokens[at]?.text === 'as' || tokens[at]?.key === 'como') at++;
    if (DETERMINERS.has(tokens[at]?.key ?? '')) at++;
    const office = officeAt(tokens, at, language);
    if (!office) return [];
    const phrase = text.slice(tokens[office.from]!.start, tokens[office.to - 1]!.end);
    const head = tokens[office.head]!.text;
    return [...new Set([phrase, head])].map((form) => ({ name: span.text, office: form }));
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
