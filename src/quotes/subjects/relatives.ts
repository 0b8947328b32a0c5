/**
 * The subject of a cue verb through a relative pronoun (", que había dicho", "officials who spoke"): the
 * antecedent of the relative, a restrictive clause's noun phrase, a free relative ("quienes", "those who"), a
 * cleft ("fue X quien dijo") or the anonymous group a relative describes.
 */
import { isNameWord, isPunct, startsLower, type Sentence, type Token } from '../tokens.js';
import { foldWord } from '../normalize.js';
import type { Segment } from '../cast.js';
import { readPhrase, type PhraseReading } from '../phrases.js';
import { isSpeechVerbToken } from '../cues.js';
import type { ArticleContext, Attribution, Previous } from '../reading.js';
import { isOrganisation } from '../reference.js';
import { CLAUSE_WORDS, COORDINATORS, DETERMINERS, GROUP_NOUNS, INDEFINITE_DETERMINERS, QUANTIFIERS, NAME_ARTICLES, NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, PRONOUNS, SINGULAR_PERSON_NOUNS, isTitleNoun, speechVerb } from '../lexicon.js';
import { RELATIVES, nearestPhraseEndingAt, phraseEndingAt, segmentBefore, skipBackOverBrackets, withoutAside } from './phrase-end.js';
import { attributionOf } from './antecedents.js';
import { clauseSegments } from './opening.js';

/** Definite articles, whose noun phrase a restrictive relative clause identifies. Folded. */
const DEFINITE_ARTICLES = new Set(['el', 'la', 'los', 'las', 'the', 'o', 'os']);

/** Relative pronouns that only refer to people: a restrictive clause they open ("officials who spoke…") leaves its antecedent the subject. */
export const PERSON_RELATIVES = new Set(['who', 'quien', 'quienes']);

/** Comma-set stretches a relative clause set off after a subject may run over before its verb ("which employs…, near Leeds, said"). */
const MAX_RELATIVE_STRETCHES = 3;

/**
 * Where the relative clause begins that the comma-set stretch `segment` goes on with ("Halden Robotics, | which
 * employs 400 people at Kirkby, | near Leeds, said"; "La minera X, | que emplea a 900 personas, | la mayoría de Calama,
 * aseguró"): the opening of an earlier stretch, set off by a comma, that opens with a relative pronoun, with no verb of
 * saying in the stretches between (the clause would report then). Undefined when no such clause is within reach.
 */
export function relativeClauseStart(tokens: Token[], segment: Segment): number | undefined {
  // A stretch that goes on with the clause is a short phrase ("near Leeds", "la mayoría de Calama"), not a clause of its own.
  const phrase = (stretch: Segment) => stretch.to - stretch.from <= MAX_GOING_ON_WORDS && tokens.slice(stretch.from, stretch.to).every((token) => token.kind === 'word' && ![CLAUSE_WORDS, COORDINATORS, RELATIVES].some((words) => words.has(token.key)) && !isSpeechVerbToken(token));
  const { from } = segment;
  if (!phrase(segment)) return undefined;
  let at = from;
  for (let stretch = 0; stretch < MAX_RELATIVE_STRETCHES && isPunct(tokens[at - 1], ','); stretch++) {
    const earlier = segmentBefore(tokens, at - 1);
    if (earlier.from === at - 1) return undefined;
    if (RELATIVES.has(tokens[earlier.from]!.key) && isPunct(tokens[earlier.from - 1], ',')) return tokens.slice(earlier.from, from).some((token) => isSpeechVerbToken(token)) ? undefined : earlier.from;
    if (!phrase(earlier)) return undefined;
    at = earlier.from;
  }
  return undefined;
}

/** Words a stretch that goes on with a relative clause has at most ("near Leeds", "la mayoría de Calama"). */
const MAX_GOING_ON_WORDS = 6;

/**
 * The subject of a verb inside or after a relative clause opened by ", que"/", who" (or a restrictive "who"
 * with no comma: "Two officials who spoke on condition of anonymity said") with words between it and the verb,
 * no verb of saying among them:
 * - "Carlos Schaefer, el investigador de …, que reportó el récord explica que…": a sentence that opens with a
 *   name and its appositions; the relative clause, left unclosed, runs into the main verb, whose subject is that name;
 * - "…se puso en contacto con la Alcaldía de Medellín, que a través de un pronunciamiento aseguró…": otherwise the
 *   verb is the relative clause's own, and its subject the name right before the comma.
 * - "Un exdirector de la Policía, que en 2017 aseguró…": a relative right after an opening group or title is that
 *   phrase's own clause, its verb reporting up to the closing comma (`relativeOwn`).
 * Undefined when none of these reads.
 */
export function unclosedRelativeSubject(context: ArticleContext, sentence: Sentence, verbFirst: number, previous: Previous | undefined): Attribution | { relativeOwn: Attribution } | undefined {
  const { tokens } = sentence;
  let relative = verbFirst - 1;
  // "20,75 grados": a decimal comma is part of the number, not a boundary.
  const decimal = (i: number) => isPunct(tokens[i], ',') && /\d$/.test(tokens[i - 1]?.text ?? '') && /^\d/.test(tokens[i + 1]?.text ?? '') && tokens[i - 1]!.end === tokens[i]!.start && tokens[i]!.end === tokens[i + 1]!.start;
  while (relative > 0 && (tokens[relative]!.kind === 'word' || decimal(relative)) && !RELATIVES.has(tokens[relative]!.key)) relative--;
  if (!RELATIVES.has(tokens[relative]?.key ?? '') || tokens.slice(relative + 1, verbFirst).some((token) => isSpeechVerbToken(token))) return undefined;
  // "Two officials who spoke on condition of anonymity said": a restrictive relative (no comma) on a person, whose antecedent speaks.
  if (!isPunct(tokens[relative - 1], ',')) {
    const restricted = phraseEndingAt(context, sentence, relative);
    // "retomó una versión de un exdirector de la Academia (ANSP) que en 2017 aseguró…": mid-sentence, the verb after the
    // relative is the relative clause's own, and its subject the anonymous person the relative restricts.
    const anonymous = restricted === undefined || restricted.from > 0 ? anonymousBefore(context, sentence, relative, previous) : undefined;
    if (anonymous) return { relativeOwn: anonymous };
    // "que" restricts a person only after a phrase that can only be people: "Un exdirector de la Academia … que pidió no ser
    // identificado aseguró", also after the sentence's opening adjunct ("Ante esto, los abogados que…").
    const opensClause = restricted !== undefined && (restricted.from === 0 || isPunct(tokens[restricted.from - 1], ','));
    const openingPeople = opensClause && (restricted.reading.kind === 'group' || restricted.reading.kind === 'title');
    const person = PERSON_RELATIVES.has(tokens[relative]!.key) || openingPeople;
    if (!restricted || !person || restricted.reading.kind === 'pronoun') return undefined;
    // A definite group is named with the clause that restricts it ("los abogados que defienden a Gil"): the clause is what
    // identifies it (an indefinite one's, "two officials who spoke on condition of anonymity", only says more of it).
    const identified = restricted.reading.kind === 'group' && DEFINITE_ARTICLES.has(tokens[restricted.from]!.key);
    const reading = identified && restricted.reading.kind === 'group' ? { ...restricted.reading, text: context.text.slice(tokens[relative - 1]!.end - restricted.reading.text.length, tokens[verbFirst - 1]!.end) } : restricted.reading;
    return attributionOf(context, reading, previous, sentence.start);
  }
  const [first] = clauseSegments(sentence);
  const opening = first && first.to < relative ? readPhrase(sentence, context.text, first.from, withoutAside(tokens, first)) : undefined;
  if (opening?.kind === 'name') {
    const subject = attributionOf(context, opening, previous, sentence.start);
    return subject.speaker?.includes(' ') ? subject : undefined;
  }
  // "Un exdirector de la Policía, que en 2017 aseguró…": a relative right after the subject the sentence opens with
  // (an anonymous source, a group) refers to all of it, not to the name inside its complement.
  if ((opening?.kind === 'group' || opening?.kind === 'title') && first!.from === 0 && first!.to === relative - 1) return { relativeOwn: attributionOf(context, opening, previous, sentence.start) };
  const antecedentPhrase = nearestPhraseEndingAt(context, sentence, relative - 1);
  return antecedentPhrase?.reading.kind === 'name' ? attributionOf(context, antecedentPhrase.reading, previous, sentence.start) : undefined;
}

/**
 * The restrictive relative pronoun whose clause holds the phrase at token `from` ("los abogados que defienden a | Gil"): the
 * nearest "que"/"who" before it with only words between, no comma before it, after a group or a title that opens the
 * clause. Undefined otherwise (a complementiser after a verb: "dijo que Gil…", "es evidente que Gil…").
 */
export function restrictiveRelativeBefore(context: ArticleContext, sentence: Sentence, from: number): number | undefined {
  const { tokens } = sentence;
  let relative = from - 1;
  while (relative > 0 && tokens[relative]!.kind === 'word' && !RELATIVES.has(tokens[relative]!.key)) relative--;
  // "después de que", "para que": after a preposition "que" is a conjunction.
  const before = tokens[relative - 1];
  if (relative <= 0 || !RELATIVES.has(tokens[relative]!.key) || isPunct(before, ',') || PHRASE_PREPOSITIONS.has(before?.key ?? '') || NAME_PREPOSITIONS.has(before?.key ?? '')) return undefined;
  const antecedent = phraseEndingAt(context, sentence, relative);
  const opensClause = antecedent !== undefined && (antecedent.from === 0 || isPunct(tokens[antecedent.from - 1], ','));
  return opensClause && (antecedent.reading.kind === 'group' || antecedent.reading.kind === 'title') ? relative : undefined;
}

/** Relative pronouns that open a clause restricting a body or a role ("the union that represents…", "la cooperativa que gestiona…"). */
const RESTRICTING_RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'que']);

/**
 * The body or role the sentence opens with when a restrictive relative clause on it runs up to the verb at token `end`
 * ("The union that represents nurses at the hospital warned…", "The charity that runs the food bank said…", "La
 * cooperativa que gestiona el agua advirtió…"), whose own words are otherwise read as the speaker ("Represents workers
 * in Kansas"). The relative's clause opens with its verb (the relative is its subject: "que la ONU publicó" is an object
 * relative), and the antecedent opens the sentence or its clause. A body's or a group's noun is named with the clause
 * that says which one it is, as the press names it and as "los abogados que defienden a Gil" is read
 * (`unclosedRelativeSubject`): "Union that represents nurses at the hospital"; an organisation's name and a person's
 * title need no clause (the title refers to whoever holds it). A plural group is left to `unclosedRelativeSubject`.
 */
export function restrictedBody(context: ArticleContext, sentence: Sentence, end: number): { reading: PhraseReading; from: number } | undefined {
  const { tokens } = sentence;
  let relative = end - 1;
  while (relative > 0 && tokens[relative]!.kind === 'word' && !RESTRICTING_RELATIVES.has(tokens[relative]!.key) && !isSpeechVerbToken(tokens[relative])) relative--;
  const clauseVerb = tokens[relative + 1];
  // "in that case", "para que": after a preposition the word is a demonstrative or a conjunction.
  const preposition = [PHRASE_PREPOSITIONS, NAME_PREPOSITIONS].some((words) => words.has(tokens[relative - 1]?.key ?? ''));
  if (relative <= 0 || !RESTRICTING_RELATIVES.has(tokens[relative]!.key) || preposition || !clauseVerb || !startsLower(clauseVerb.text) || DETERMINERS.has(clauseVerb.key) || PRONOUNS.has(clauseVerb.key)) return undefined;
  const antecedent = phraseEndingAt(context, sentence, relative);
  if (!antecedent || !(antecedent.from === 0 || isPunct(tokens[antecedent.from - 1], ','))) return undefined;
  const { reading } = antecedent;
  // "Un exdirector de la Academia que pidió no ser identificado aseguró": an indefinite source's clause is read as anonymous (`unclosedRelativeSubject`).
  if (INDEFINITE_DETERMINERS.has(tokens[antecedent.from]!.key)) return undefined;
  if (reading.kind === 'title' || (reading.kind === 'name' && isOrganisation(reading.name))) return antecedent;
  // The head of an English noun phrase is its last word ("the Machinists union local"), of a Spanish one its first.
  const words = reading.kind === 'group' || reading.kind === 'role' ? reading.text.split(/\s+/) : [];
  const head = foldWord((tokens[relative]!.key === 'que' ? words[0] : words.at(-1)) ?? 's');
  if (/s$/u.test(head)) return undefined;
  const text = context.text.slice(tokens[relative - 1]!.end - (reading as { text: string }).text.length, tokens[end - 1]!.end);
  return { reading: { kind: 'group', text }, from: antecedent.from };
}

/** Tokens an anonymous source's phrase may have before its restrictive relative ("un exdirector de la Academia Nacional de Seguridad Pública"). */
const MAX_ANONYMOUS_TOKENS = 12;

/**
 * The anonymous person or group a restrictive relative at token `relative` restricts: the nearest phrase before it
 * opened by an indefinite article and a role or group noun ("un exdirector de …", "una fuente policial", "an official
 * at …"), a bracketed acronym after it stepped over. Undefined when the nearest indefinite phrase names no person.
 */
export function anonymousBefore(context: ArticleContext, sentence: Sentence, relative: number, previous: Previous | undefined): Attribution | undefined {
  const { tokens } = sentence;
  const end = skipBackOverBrackets(tokens, relative);
  for (let from = end - 2; from >= 0 && end - from <= MAX_ANONYMOUS_TOKENS && tokens[from]!.kind === 'word' && !isSpeechVerbToken(tokens[from]); from--) {
    // Spanish "a" is a preposition ("a un exdirector"): only the unambiguous articles open the phrase.
    if (!INDEFINITE_DETERMINERS.has(tokens[from]!.key) || tokens[from]!.key === 'a') continue;
    const head = tokens[from + 1]!.key;
    if (!isTitleNoun(head) && !GROUP_NOUNS.has(head) && !SINGULAR_PERSON_NOUNS.has(head)) return undefined;
    const reading = readPhrase(sentence, context.text, from, end);
    return reading?.kind === 'group' ? attributionOf(context, reading, previous, sentence.start) : undefined;
  }
  return undefined;
}

/** Openings of a free relative that names its speakers by what they do: "Quienes conocen…", "Los que estuvieron…", "Those who know…". */
const FREE_RELATIVES: ReadonlyArray<readonly string[]> = [['quienes'], ['los', 'que'], ['las', 'que'], ['those', 'who']];

/** "Quienes conocen el proceso dicen que…": a free relative before the verb, with no punctuation, names the group as worded. */
export function freeRelativeGroup(context: ArticleContext, sentence: Sentence, verbFirst: number): Attribution | undefined {
  const { tokens } = sentence;
  const opening = FREE_RELATIVES.find((words) => words.every((word, i) => tokens[i]?.key === word));
  if (!opening || verbFirst <= opening.length + 1) return undefined;
  const stretch = tokens.slice(0, verbFirst);
  if (stretch.some((token) => token.kind !== 'word' || isSpeechVerbToken(token))) return undefined;
  return { speaker: context.text.slice(stretch[0]!.start, stretch.at(-1)!.end), medium: null };
}

/** Whether the relative pronoun at `index` is a verb's object or complement: "al que", "a quien", "a la que", "en el que", "in which". */
export function isObjectRelative(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1]?.key ?? '';
  if (before === 'al' || before === 'a' || (NAME_ARTICLES.has(before) && tokens[index - 2]?.key === 'a')) return true;
  // "criticó lo que calificó como «…»": a free relative right before a naming verb is what the verb names.
  if (before === 'lo' && speechVerb(tokens[index + 1]?.text ?? '')?.frame === 'naming') return true;
  // "publicó un mensaje en el que sostiene…", "a letter in which she argues…": a relative after another preposition is
  // where or how it was said, and the verb's subject is the sentence's too.
  const preposition = ['el', 'la', 'los', 'las', 'lo'].includes(before) ? tokens[index - 2] : tokens[index - 1];
  // Spanish needs the article: "para que", "sin que" are conjunctions.
  const article = preposition !== tokens[index - 1] || tokens[index]?.key === 'which';
  return article && preposition !== undefined && PHRASE_PREPOSITIONS.has(preposition.key);
}

/** Forms of "ser" that open a cleft ("Fue Gómez la que anunció…", "Es la ministra la que dice…"). */
const CLEFT_COPULAS = new Set(['fue', 'es', 'era', 'sido', 'sera']);

/**
 * A cleft's focus before "el que"/"la que" at token `que` ("Fue Gómez la que anunció…"): the speaker named
 * between the copula and the article. Undefined when no copula opens the phrase ("el informe en el que dijo").
 */
export function clefted(context: ArticleContext, sentence: Sentence, que: number): { reading: PhraseReading; from: number } | undefined {
  const { tokens } = sentence;
  if (!['el', 'la', 'los', 'las'].includes(tokens[que - 1]?.key ?? '')) return undefined;
  const found = phraseEndingAt(context, sentence, que - 1);
  return found && CLEFT_COPULAS.has(tokens[found.from - 1]?.key ?? '') ? found : undefined;
}

/** Words an adjunct between a relative pronoun and its verb may have ("quien en conferencia de prensa explicó"). */
const MAX_RELATIVE_ADJUNCT_WORDS = 6;

/**
 * Where a prepositional adjunct opens when one stands, with no comma, between a relative pronoun that refers only to
 * people ("quien", "who") and `end` ("…, quien en conferencia de prensa | explicó", "who on Monday | said"): read
 * from there, the verb's subject is the relative; `end` otherwise (the adjunct's noun is no subject: "Prensa").
 */
export function skipBackOverRelativeAdjunct(tokens: Token[], end: number): number {
  for (let i = end - 1; i > 0 && end - i <= MAX_RELATIVE_ADJUNCT_WORDS; i--) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || isSpeechVerbToken(token)) return end;
    if (PHRASE_PREPOSITIONS.has(token.key) && PERSON_RELATIVES.has(tokens[i - 1]!.key)) return i;
  }
  return end;
}

/**
 * The noun phrase a relative pronoun hangs on, ending at `end`: the phrase before it, cut at a determiner that opens
 * an object inside it ("The minister faced a string of MPs who said…": "faced" is a verb, so the antecedent is "a
 * string of MPs", never "Minister faced…"). A determiner inside a noun phrase follows a preposition ("the head of the
 * union"), a coordinator or another determiner; after any other lower-case word a new phrase opens.
 */
export function relativeAntecedent(context: ArticleContext, sentence: Sentence, end: number): { reading: PhraseReading; from: number } | undefined {
  const { tokens } = sentence;
  const found = phraseEndingAt(context, sentence, end) ?? objectName(context, sentence, end);
  if (!found) return undefined;
  for (let i = end - 1; i > found.from; i--) {
    const before = tokens[i - 1]!;
    const opensObject = DETERMINERS.has(tokens[i]!.key) && before.kind === 'word' && startsLower(before.text) && ![NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, COORDINATORS, DETERMINERS, QUANTIFIERS].some((words) => words.has(before.key));
    if (!opensObject) continue;
    const reading = readPhrase(sentence, context.text, i, end);
    return reading ? { reading, from: i } : undefined;
  }
  return found;
}

/**
 * The name that the description opening at token `from` (an article or a lower-case word: "a farmer from Kent", "ex-presidente
 * do TSE") is set off after by a comma ("Paul Stone, a farmer from Kent,"), when the words before that comma end in a full
 * name; undefined otherwise.
 */
export function describedName(context: ArticleContext, sentence: Sentence, from: number): { reading: PhraseReading; from: number } | undefined {
  const { tokens } = sentence;
  const opener = tokens[from];
  const describes = opener?.kind === 'word' && (startsLower(opener.text) || DETERMINERS.has(opener.key)) && !RELATIVES.has(opener.key);
  if (!describes || !isPunct(tokens[from - 1], ',') || !isNameWord(tokens, from - 2)) return undefined;
  const named = phraseEndingAt(context, sentence, from - 1);
  return named?.reading.kind === 'name' && named.reading.name.includes(' ') ? named : undefined;
}

/**
 * The name, with its capitalised title, that ends at `end` right after a lower-case word that is no preposition, a comma
 * after it ("The minister met Senator Ana Ruiz, who said…"): a verb's object, which a relative pronoun set off after it
 * refers to; undefined when the capitalised words read as no name.
 */
function objectName(context: ArticleContext, sentence: Sentence, end: number): { reading: PhraseReading; from: number } | undefined {
  const { tokens } = sentence;
  let from = end;
  while (from > 0 && tokens[from - 1]!.kind === 'word' && /^\p{Lu}/u.test(tokens[from - 1]!.text)) from--;
  const verb = tokens[from - 1];
  if (from === end || !verb || !startsLower(verb.text) || !isPunct(tokens[end], ',') || [NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, DETERMINERS].some((words) => words.has(verb.key))) return undefined;
  const reading = readPhrase(sentence, context.text, from, end);
  return reading?.kind === 'name' ? { reading, from } : undefined;
}
