/**
 * The subject a sentence or clause opens with ("Kim, en rueda de prensa, dijo", "Según la ministra: …"): the
 * clause's comma segments, the adverbials, locutions and adjuncts that open a sentence and are no subject, and the
 * name a later pronoun or "esas palabras" refers back to.
 */
import { isNameWord, isPunct, nameSpans, startsLower, type Sentence, type Token } from '../tokens.js';
import { commaSegments, type Segment } from '../cast.js';
import { SEQUENCE_ADVERBS, phraseEndCeiling, readChannel, readPhrase, spokespersonTitle, type PhraseReading } from '../phrases.js';
import type { ArticleContext, Attribution, Previous } from '../reading.js';
import { ADVERBIAL_SUBORDINATORS, CLAUSE_WORDS, CONNECTORS, COORDINATORS, DETERMINERS, GROUP_PRONOUNS, INDEFINITE_DETERMINERS, KIN_NOUNS, NAME_ARTICLES, NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, PLACE_ADVERBS, PLURAL_PRONOUNS, PRONOUNS, SKIPPABLE, SOURCE_MARKERS, TITLE_NOUNS } from '../lexicon.js';
import { RELATIVES } from './phrase-end.js';
import { antecedent, attributionOf } from './antecedents.js';
import { skipAdverbs } from './after.js';
import { isOrganisation } from '../reference.js';

/**
 * Whether a sentence opens with two people joined by "y"/"and" after a comma, each a name or a title ("El alcalde,
 * Jorge Sharp, y la gobernadora, Ana Vera, firmaron…", "Jorge Sharp, alcalde, y Ana Vera, gobernadora, dijeron…").
 */
export function opensWithCoordinatedPeople(context: ArticleContext, sentence: Sentence): boolean {
  const { tokens } = sentence;
  // The cheap test first: most sentences have no ", y" at all.
  if (!tokens.some((token, i) => COORDINATORS.has(token.key) && isPunct(tokens[i - 1], ','))) return false;
  const segments = clauseSegments(sentence).slice(0, 4);
  const person = (from: number, to: number) => {
    const reading = readPhrase(sentence, context.text, from, to);
    return reading?.kind === 'name' || reading?.kind === 'title';
  };
  return segments.some((segment, i) => {
    const joined = i > 0 && COORDINATORS.has(tokens[segment.from]?.key ?? '') && isPunct(tokens[segment.from - 1], ',');
    if (!joined || !segments.slice(0, i).some((before) => person(before.from, before.to))) return false;
    for (let to = segment.to; to > segment.from + 1; to--) if (person(segment.from + 1, to)) return true;
    return false;
  });
}

/**
 * Whether a sentence opens with someone the article does not name as its subject: a relative of someone ("Her husband,
 * …", "La hija de la víctima…") or an indefinite person ("A firefighter at the scene…", "Una vecina…"; Spanish "A" before
 * an article or a plural is a preposition: "A la ministra…", "A veces…"). With `pastOpener`, a first phrase of one word
 * before a comma ("Enfrente, una vecina…", "Outside, a guard…") is passed over, an adverb rather than the subject.
 */
export function opensWithUnnamedPerson(sentence: Sentence, pastOpener = false): boolean {
  const segments = clauseSegments(sentence);
  const first = pastOpener && segments[0] && segments[0].to - segments[0].from <= 1 ? segments[1] : segments[0];
  if (!first) return false;
  const { tokens } = sentence;
  const opener = tokens[first.from]!;
  const next = tokens[first.from + 1];
  const indefinite = INDEFINITE_DETERMINERS.has(opener.key) && next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !DETERMINERS.has(next.key) && !(opener.key === 'a' && /s$/.test(next.key));
  if (indefinite) return true;
  const head = DETERMINERS.has(opener.key) || POSSESSIVES.has(opener.key) ? first.from + 1 : first.from;
  return head < first.to && KIN_NOUNS.has(tokens[head]!.key) && !opensList(tokens, first.to);
}

/**
 * Whether the comma at `comma` goes on with a list's last members, lower-case nouns joined by "and"/"y" ("His mother, uncle
 * and cousin were killed"): the opening phrase was its first member, and the subject is plural, which "he" or "she" never means.
 */
function opensList(tokens: Token[], comma: number): boolean {
  const [member, coordinator, last] = [tokens[comma + 1], tokens[comma + 2], tokens[comma + 3]];
  return isPunct(tokens[comma], ',') && [member, last].every((token) => token?.kind === 'word' && startsLower(token.text) && KIN_NOUNS.has(token.key)) && COORDINATORS.has(coordinator?.key ?? '');
}

/** Possessive determiners not among DETERMINERS ("my", "our", "mi", "nuestro"). Folded. */
const POSSESSIVES = new Set(['my', 'our', 'your', 'mi', 'mis', 'nuestro', 'nuestra', 'tu']);

/**
 * Who a sentence is about, read from its opening phrase ("Mayor Olivia Brandt on Wednesday…",
 * "Japan's chief negotiator, Hiroshi Tanabe, struck…"): whom "he said" and ", saying" refer back to.
 */
export function leadingSubject(context: ArticleContext, sentence: Sentence, previous: Previous | undefined, before = sentence.tokens.length): Attribution | undefined {
  return segmentsSubject(context, sentence, previous, clauseSegments(sentence), before);
}

/**
 * Whom a sentence's pronoun subject refers to when an opening phrase names one person right before it ("In Hajjaj’s
 * case, she decided…", "En el caso de Hajjaj, ella decidió…"): the nearest antecedent, not the speaker in focus.
 * Undefined when the clause does not open with a personal pronoun after such a phrase, or the phrase names nobody or
 * several people the article knows.
 */
export function namedBeforePronoun(context: ArticleContext, sentence: Sentence): Attribution | undefined {
  const { tokens } = sentence;
  const segments = clauseSegments(sentence);
  const clause = segments[0];
  if (!clause || clause.from === 0 || !PRONOUNS.has(tokens[clause.from]?.key ?? '') || !/^\p{Ll}/u.test(tokens[clause.from]!.text)) return undefined;
  const before = nameSpans(sentence, context.text).filter((span) => span.to <= clause.from);
  const people = new Set(before.map((span) => context.cast.resolveName(span.text, sentence.start)).filter((name): name is string => name !== null && !context.cast.isMedium(name)));
  return people.size === 1 ? { speaker: [...people][0]!, medium: null } : undefined;
}

/**
 * Whose view an English sentence gives when it opens with "For" and a person's name before a comma ("For Lind, the
 * hardest part was the dark."): that person, whom the next sentence's "he claims" or "she says" refers to, not the
 * speaker quoted before (press writing puts the holder of the view it gives in focus, as "Para Lind," does in Spanish,
 * where it is read as a statement). Only someone the article knows as a person, credited before (ArticleContext.credited) or given a title:
 * "For Nordic Ferries, the ice…" names a body, whose view no later "she says" takes up. Undefined for any other opening.
 */
export function viewHolder(context: ArticleContext, sentence: Sentence, previous: Previous | undefined): Attribution | undefined {
  const { tokens } = sentence;
  const [first] = commaSegments(sentence);
  if (!first || first.from !== 0 || first.to < 2 || tokens[0]!.key !== 'for' || !isPunct(tokens[first.to], ',')) return undefined;
  const reading = readPhrase(sentence, context.text, 1, first.to);
  if (reading?.kind !== 'name') return undefined;
  const holder = attributionOf(context, reading, previous, sentence.start);
  const person = holder.speaker !== null && !isOrganisation(holder.speaker) && !context.cast.isMedium(holder.speaker) && (context.credited.includes(holder.speaker) || context.cast.titlesOf(holder.speaker).length > 0);
  return person ? holder : undefined;
}

/** The subject that the comma segments `first` and `second` open with, a name in apposition to a title preferred. */
function segmentsSubject(context: ArticleContext, sentence: Sentence, previous: Previous | undefined, [first, second]: Segment[], before: number): Attribution | undefined {
  if (!first || first.to > before) return undefined;
  const read = (from: number, to: number) => readPhrase(sentence, context.text, from, to);
  const opening = read(first.from, first.to);
  const spokesperson = spokespersonTitle(sentence, context.text, first.from, first.to);
  if (second && sentence.tokens[first.to]?.text === ',' && (opening?.kind === 'title' || opening?.kind === 'group' || spokesperson)) {
    const apposition = read(second.from, second.to);
    if (apposition?.kind === 'name') return joinedSubject(sentence.tokens, second.to) ? COORDINATED : attributionOf(context, apposition, previous, sentence.start);
  }
  return openingSubject(context, sentence, previous, first);
}

/** The subject of a sentence that names two or more people as one ("Ruiz y el ministro Soto se reunieron"). */
const COORDINATED: Attribution = { speaker: null, medium: null, coordinated: true };

/**
 * Whether a subject phrase ending before token `to` is joined to another person ("…, Álvaro Ruiz, y el ministro…",
 * "Ruiz y Soto…", "Ruiz and the mayor…"): a coordinator right after it (or after the comma closing an apposition),
 * then a determiner, a title or a name. A coordinator before anything else joins clauses, not subjects.
 */
function joinedSubject(tokens: Token[], to: number): boolean {
  const at = isPunct(tokens[to], ',') ? to + 1 : to;
  if (!COORDINATORS.has(tokens[at]?.key ?? '')) return false;
  const next = tokens[at + 1];
  return next !== undefined && (DETERMINERS.has(next.key) || TITLE_NOUNS.has(next.key) || isNameWord(tokens, at + 1));
}

/** Demonstratives that name back words just quoted ("Con esas palabras", "Those were the words of"). */
const BACK_DEMONSTRATIVES: ReadonlySet<string> = new Set(['esas', 'estas', 'tales', 'those', 'these', 'such']);

/** Nouns for words said, in "Con esas palabras", "Esas fueron las declaraciones de", "Those were the remarks of". */
const WORDS_NOUNS: ReadonlySet<string> = new Set(['palabras', 'declaraciones', 'frases', 'words', 'remarks']);

/** Copulas of "Esas fueron las palabras de X", "Those were the words of X". */
const BACK_COPULAS: ReadonlySet<string> = new Set(['fueron', 'son', 'eran', 'were', 'are']);

/**
 * Whom a sentence names as the speaker of the words quoted just before it: its subject after "Con esas palabras, …" /
 * "With those words, …" ("Con esas palabras, la ministra X cerró su intervención"), or the person after "of"/"de" in
 * "Those were the words of X" / "Esas fueron las palabras del ministro, X"; undefined when it opens otherwise.
 */
export function namedBackSpeaker(context: ArticleContext, sentence: Sentence, previous: Previous | undefined): Attribution | undefined {
  const { tokens } = sentence;
  const key = (i: number) => tokens[i]?.key ?? '';
  if (['con', 'with'].includes(key(0)) && BACK_DEMONSTRATIVES.has(key(1)) && WORDS_NOUNS.has(key(2)) && tokens[3]?.text === ',') return leadingSubject(context, sentence, previous);
  if (!BACK_DEMONSTRATIVES.has(key(0)) || !BACK_COPULAS.has(key(1))) return undefined;
  const noun = DETERMINERS.has(key(2)) ? 3 : 2;
  if (!WORDS_NOUNS.has(key(noun)) || !['of', 'de', 'del'].includes(key(noun + 1))) return undefined;
  const from = noun + 2;
  const segments = commaSegments(sentence).filter((segment) => segment.to > from).map((segment) => ({ from: Math.max(segment.from, from), to: segment.to }));
  return segmentsSubject(context, sentence, previous, segments, tokens.length);
}

/** The sentence's comma segments from its subject on: "Durante la entrevista, Delgado hizo…" starts at "Delgado". */
export function clauseSegments(sentence: Sentence): Segment[] {
  const { tokens } = sentence;
  const segments = commaSegments(sentence);
  let at = 0;
  // A relative clause set off inside an adverbial ("Mientras hablaban de la actriz, quien está…, el periodista…") is part of it.
  const insideAdverbial = (segment: Segment) => at > 0 && RELATIVES.has(tokens[segment.from]?.key ?? '');
  while (segments[at + 1] && tokens[segments[at]!.to]?.text === ',' && (isAdverbial(tokens, segments[at]!) || insideAdverbial(segments[at]!))) at++;
  return segments.slice(at);
}

/**
 * Whom a colon after a sentence's own clause hands the quotation that follows ("Arteaga fue tajante: “…”",
 * "Sin embargo, Luna aprovechó la ocasión…: “…”", "La ministra, Ana Ruiz, llegó por la tarde:" + the next
 * paragraph): the sentence's subject, when it names someone in full, or is one name followed by its verb (a
 * lone capitalised word before a preposition or comma may be a participle: "Preguntada por ello, …").
 */
export function colonSubject(context: ArticleContext, sentence: Sentence, previous: Previous | undefined, before: number): Attribution | undefined {
  const subject = leadingSubject(context, sentence, previous, before);
  const [first] = clauseSegments(sentence);
  const { tokens } = sentence;
  // "She continued: “…”", "He was blunt:", "Él fue tajante:": a personal pronoun opening the clause refers back as
  // the subject of a verb of saying does.
  const pronoun = !subject?.speaker && first !== undefined && (PRONOUNS.has(tokens[first.from]!.key) || PLURAL_PRONOUNS.has(tokens[first.from]!.key)) ? readPhrase(sentence, context.text, first.from, first.from + 1) : undefined;
  if (pronoun?.kind === 'pronoun') return attributionOf(context, pronoun, previous, sentence.start);
  // "Así, hizo referencia a Martínez…: “…”": a clause that opens with its verb left its subject out, whom the
  // sentences before were about.
  if (!subject?.speaker) return opensWithVerb(sentence) ? antecedent(context, previous) : undefined;
  if (subject.speaker.includes(' ')) return subject;
  // "El gerente fue claro:", "The spokeswoman was blunt:": a role or group opening the clause with its article.
  if (first !== undefined && DETERMINERS.has(tokens[first.from]!.key)) return subject;
  const verb = first ? tokens[first.from + 1] : undefined;
  // "Mr. Powers, the engineer, put it bluntly:": an honorific or title before the name makes it one.
  const titled = first !== undefined && (tokens[first.from]!.abbreviation === true || TITLE_NOUNS.has(tokens[first.from]!.key)) && isNameWord(tokens, first.from + 1);
  if (titled) return subject;
  const namedThenVerb = first !== undefined && isNameWord(tokens, first.from) && verb?.kind === 'word' && /^\p{Ll}/u.test(verb.text) && !PHRASE_PREPOSITIONS.has(verb.key) && !NAME_PREPOSITIONS.has(verb.key);
  return namedThenVerb ? subject : undefined;
}

/** Whether the sentence's clause, past adverbials, opens with a lower-case word that can only be its verb. */
function opensWithVerb(sentence: Sentence): boolean {
  const [first] = clauseSegments(sentence);
  // "se dirigió a…": a reflexive pronoun goes with the verb.
  const opener = first && sentence.tokens[sentence.tokens[first.from]?.key === 'se' ? first.from + 1 : first.from];
  if (!opener || opener.kind !== 'word' || !/^\p{Ll}/u.test(opener.text)) return false;
  return ![DETERMINERS, PHRASE_PREPOSITIONS, NAME_PREPOSITIONS, CLAUSE_WORDS, COORDINATORS, SKIPPABLE, SOURCE_MARKERS].some((words) => words.has(opener.key)) && !GROUP_PRONOUNS.has(opener.key) && !PRONOUNS.has(opener.key);
}

/**
 * A stretch opened by a preposition, made of adverbs only, or a participle or gerund clause opening the sentence
 * ("Durante la misma entrevista", "Sin embargo", "On Friday", "Consultado sobre la deuda", "Asked about the plan").
 */
function isAdverbial(tokens: Token[], segment: Segment): boolean {
  // "Y en ese mismo sentido, agregó…": a coordinator opening the sentence joins it to the one before.
  const from = segment.from === 0 && COORDINATORS.has(tokens[0]?.key ?? '') && segment.to > 1 ? 1 : segment.from;
  const opener = tokens[from];
  // "Mientras analizaban…, el periodista recordó…": a subordinate clause opening the sentence.
  const subordinate = from <= 1 && opener !== undefined && ADVERBIAL_SUBORDINATORS.has(opener.key);
  // "Minutos después, el club difundió…", "Two days later, the club said…": a measure of time before an adverb of sequence.
  const measured = segment.to - from >= 2 && segment.to - from <= MAX_OPENER_WORDS && SEQUENCE_ADVERBS.has(tokens[segment.to - 1]!.key);
  return opener !== undefined && (PHRASE_PREPOSITIONS.has(opener.key) || subordinate || measured || skipAdverbs(tokens, from) >= segment.to || opensWithParticiple(tokens, { from, to: segment.to }) || opensWithLocution(tokens, { from, to: segment.to }) || opensWithPlaceLocution(tokens, { from, to: segment.to }));
}

/** Heads of Spanish prepositional locutions opening a sentence ("Junto con ello", "Frente a esto", "Pese a ello"), folded. */
const LOCUTION_HEADS: ReadonlySet<string> = new Set(['junto', 'frente', 'pese', 'respecto', 'ademas', 'aparte', 'acerca', 'luego', 'despues', 'antes']);

/**
 * "De igual forma", "Del mismo modo", "De hecho", "Junto con ello", "Frente a esto": a sentence's first stretch of lower-case
 * words opened by "de"/"del" (which name-joining keeps out of PHRASE_PREPOSITIONS) or by a locution's head and its
 * preposition; the clause, and its subject, come after the comma.
 */
function opensWithLocution(tokens: Token[], segment: Segment): boolean {
  const { from, to } = segment;
  const opener = tokens[from];
  if (from > 1 || !opener || to - from < 2 || !tokens.slice(from + 1, to).every((token) => token.kind === 'word' && startsLower(token.text))) return false;
  const second = tokens[from + 1]!.key;
  return ['de', 'del'].includes(opener.key) || (LOCUTION_HEADS.has(opener.key) && (PHRASE_PREPOSITIONS.has(second) || ['de', 'del'].includes(second)));
}

/**
 * "Fuera del Congreso", "Dentro del Partido Verde", "Lejos de Lima": an adverb of place and its "de" opening the sentence,
 * whatever it names; the clause, and its subject, come after the comma.
 */
function opensWithPlaceLocution(tokens: Token[], segment: Segment): boolean {
  const { from, to } = segment;
  return from <= 1 && to - from >= 3 && PLACE_ADVERBS.has(tokens[from]!.key) && NAME_PREPOSITIONS.has(tokens[from + 1]!.key);
}

/**
 * "Consultado sobre la deuda", "Preguntada por ello", "Asked about the plan", "Speaking to reporters": a participle or
 * gerund opening the sentence, followed by a lower-case word (one capitalised word alone may be a surname: "Delgado,").
 */
function opensWithParticiple(tokens: Token[], segment: Segment): boolean {
  const [opener, next] = [tokens[segment.from], tokens[segment.from + 1]];
  if (segment.from !== 0 || !opener || !next || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text) || segment.to - segment.from < 2) return false;
  return /(?:ad|id)(?:o|a|os|as)$/.test(opener.key) || /(?:ed|ing|ando|iendo)$/.test(opener.key);
}

/**
 * The longest phrase opening `segment` that names someone, never cutting a name in two ("Mayor Olivia Brandt on
 * Wednesday…", "Transport Minister Hanna Wirth urged…"); a bare title or group only when nothing names anyone.
 */
export function openingSubject(context: ArticleContext, sentence: Sentence, previous: Previous | undefined, segment: Segment): Attribution | undefined {
  const { tokens } = sentence;
  let named: PhraseReading | undefined;
  let other: { reading: PhraseReading; to: number } | undefined;
  // A title grows only by a complement naming where ("el presidente de la Asamblea"), not into the verb after it.
  // A group grows by where its people work too ("Analysts at Harcourt Securities", "researchers from Dunmore University").
  const complement = (from: number, to: number) =>
    /^\p{Lu}/u.test(tokens[to - 1]?.text ?? '') && tokens.slice(from, to).every((token, i) => NAME_PREPOSITIONS.has(token.key) || (i === 0 && other?.reading.kind === 'group' && GROUP_AFFILIATIONS.has(token.key)) || NAME_ARTICLES.has(token.key) || /^\p{Lu}/u.test(token.text));
  // Ends past the ceiling read nothing: a long segment is not read once per token.
  for (let to = segment.from + 1, last = phraseEndCeiling(tokens, segment.from, segment.to); to <= last; to++) {
    if (isNameWord(tokens, to) && isNameWord(tokens, to - 1)) continue;
    const reading = readPhrase(sentence, context.text, segment.from, to);
    // "Ruiz y el ministro Soto se reunieron": the first name is joined to another person, and neither is the subject alone.
    if (reading?.kind === 'name' && joinedSubject(tokens, to)) return COORDINATED;
    if (reading?.kind === 'name') named = reading;
    else if (reading && reading.kind !== 'pronoun' && (!other || complement(other.to, to))) other = { reading, to };
  }
  // "One of the women to flee was 25-year-old Nesma Hajjaj", "Una de las vecinas que huyó fue Marta Gil": with no name
  // opening it, a copula's predicate names whom the sentence is about.
  const predicate = named ? undefined : predicateName(sentence, context.text, segment);
  const reading = named ?? predicate ?? other?.reading;
  return reading && attributionOf(context, reading, previous, sentence.start);
}

/** Prepositions that tie a group of people to where they work ("Analysts at…", "Researchers from…"), beside NAME_PREPOSITIONS. */
const GROUP_AFFILIATIONS: ReadonlySet<string> = new Set(['at', 'from']);

/** Copulas that identify a subject with the name after them ("fue Marta Gil", "was Nesma Hajjaj"). Folded. */
export const IDENTIFYING_COPULAS: ReadonlySet<string> = new Set(['es', 'fue', 'era', 'is', 'was']);

/** The full name a segment ends with after its last copula, if any: the predicate of "X was Nesma Hajjaj". */
function predicateName(sentence: Sentence, text: string, segment: Segment): PhraseReading | undefined {
  const { tokens } = sentence;
  let copula = segment.to - 1;
  while (copula > segment.from && !IDENTIFYING_COPULAS.has(tokens[copula]!.key)) copula--;
  if (copula <= segment.from) return undefined;
  for (let from = copula + 1; from < segment.to; from++) {
    const reading = readPhrase(sentence, text, from, segment.to);
    if (reading?.kind === 'name' && reading.name.includes(' ')) return reading;
  }
  return undefined;
}

/** Most words a sentence's opening adjunct may have before its comma ("De hecho,", "En el macrocaso 10,"). */
const MAX_OPENER_WORDS = 4;

/**
 * Whether the sentence opens with a short adjunct set off by a comma right before `start`: a connector ("De hecho,",
 * "Además,", "Sin embargo,"), an adverb in -mente or a prepositional phrase of lower-case words and numbers ("En el
 * macrocaso 10,"), no name and no verb of saying: "De hecho, según el panelista, …" opens with its source as
 * "Según el panelista, …" does.
 */
export function opensWithAdjunct(tokens: Token[], start: number): boolean {
  const comma = start - 1;
  if (!isPunct(tokens[comma], ',') || comma < 1 || comma > MAX_OPENER_WORDS) return false;
  const words = tokens.slice(0, comma);
  const first = words[0]!;
  const opener = CONNECTORS.has(first.key) || PHRASE_PREPOSITIONS.has(first.key) || NAME_PREPOSITIONS.has(first.key) || /mente$/u.test(first.key);
  return opener && words.every((token, i) => token.kind === 'word' && token.verb === undefined && (i === 0 || !/^\p{Lu}/u.test(token.text)));
}

/** Most words an opening prepositional phrase with no comma may have before its verb ("A través de su cuenta de X"). */
const MAX_BARE_ADJUNCT_WORDS = 7;

/**
 * Whether tokens [0, `end`) are only a prepositional phrase opening the sentence (after "Y"/"Pero" or not), with no
 * comma, that is an adjunct of the verb after it and never its subject: a channel ("En un comunicado añadió: «…»", "En
 * sus redes escribió", "On her blog she wrote") or one phrase of lower-case words ("Por la tarde escribió"); a
 * determiner after its noun opens a second phrase, the subject ("Tras la reunión el ministro dijo"), so then it is not.
 * Sources ("según", "para") and names are read elsewhere.
 */
export function bareOpeningAdjunct(context: ArticleContext, sentence: Sentence, end: number): boolean {
  const { tokens } = sentence;
  const from = COORDINATORS.has(tokens[0]?.key ?? '') || ADVERSATIVES.has(tokens[0]?.key ?? '') ? 1 : 0;
  const preposition = tokens[from];
  if (!preposition || !PHRASE_PREPOSITIONS.has(preposition.key) || SOURCE_MARKERS.has(preposition.key) || ['para', 'speaking'].includes(preposition.key)) return false;
  // English and Portuguese "A" opening a sentence is an article ("A statement said…"); Spanish "a" takes one or "través".
  if (preposition.key === 'a' && !DETERMINERS.has(tokens[from + 1]?.key ?? '') && tokens[from + 1]?.key !== 'traves') return false;
  if (end <= from + 1 || end - from > MAX_BARE_ADJUNCT_WORDS) return false;
  const words = tokens.slice(from + 1, end);
  // A subject pronoun ends the adjunct ("On her blog she wrote"): the words up to the verb are then no adjunct alone.
  if (words.some((token) => token.kind !== 'word' || token.verb !== undefined || PRONOUNS.has(token.key))) return false;
  if (readChannel(sentence, context.text, from, end) !== undefined) return true;
  return words.every((token, i) => startsLower(token.text) && (!DETERMINERS.has(token.key) || i === 0 || DETERMINERS.has(words[i - 1]!.key) || PHRASE_PREPOSITIONS.has(words[i - 1]!.key) || NAME_PREPOSITIONS.has(words[i - 1]!.key)));
}

/** Adversatives that may open a sentence before a verb whose subject Spanish leaves out ("Pero aclaró que…"); other languages' are read as "pero" (tokens.ts). */
export const ADVERSATIVES: ReadonlySet<string> = new Set(['pero']);
