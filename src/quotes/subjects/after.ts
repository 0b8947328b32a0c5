/**
 * The subject after a cue verb (`subjectAfter`: "dijo Putin", "said the agency", "informó a la prensa el
 * ministro"): past adverbs, an indirect object, a manner or a where-said phrase to the inverted subject and its
 * end; and the subject of a later clause that goes on with someone else (`laterSubject`).
 */
import { isNameWord, isPunct, nameEnd, startsLower, startsUpper, type Sentence, type Token } from '../tokens.js';
import { ACCOUNT_NOUNS, COMPOUND_CHANNEL_PREPOSITIONS, readPhrase, spokespersonTitle, type PhraseReading } from '../phrases.js';
import { isSpeechVerbToken } from '../cues.js';
import type { ArticleContext, Attribution, Previous } from '../reading.js';
import { CHANNEL_NOUNS, CLAUSE_BREAKERS, CLAUSE_WORDS, COORDINATORS, DETERMINERS, DOCUMENT_NOUNS, DISCOURSE_ADVERBIALS, GROUP_NOUNS, IMPERSONAL_QUOTING, MEDIUM_NOUNS, NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, SKIPPABLE, TELLING, TITLE_NOUNS, isTitleNoun, isTitlePlural } from '../lexicon.js';
import { RELATIVES, isDescription } from './phrase-end.js';
import { attributionOf } from './antecedents.js';
import { placedGroupAfter, placedGroupEnd } from './places.js';
import { ownOutletEnd } from '../own-outlet.js';

/**
 * The person a clause after character offset `after` names as its subject when the sentence goes on with someone else
 * ("Pacheco negó ponerla en votación, pero Girão todavía intenta…", "…, while Senator Ruiz still opposes it"): a clause
 * breaker ("pero", "mas", "but", "while"…) right before a name that a lower-case word follows, which the cast resolves
 * to a full name other than `speaker`. The last such clause counts; undefined when there is none.
 */
export function laterSubject(context: ArticleContext, sentence: Sentence, after: number, speaker: string | null): Attribution | undefined {
  const { tokens } = sentence;
  for (let i = tokens.length - 3; i >= 0 && tokens[i]!.start >= after; i--) {
    // "…were released, and Orlov embraced his wife": "and" after a comma closing a clause (not a list of names) opens another.
    const joinsClause = COORDINATORS.has(tokens[i]!.key) && isPunct(tokens[i - 1], ',') && tokens[i - 2]?.kind === 'word' && startsLower(tokens[i - 2]!.text);
    if (!CLAUSE_BREAKERS.has(tokens[i]!.key) && !joinsClause) continue;
    // "but Senator Ana Ruiz still…": a title before the name.
    const from = isTitleNoun(tokens[i + 1]!.key) && startsUpper(tokens[i + 1]!.text) ? i + 2 : i + 1;
    const end = nameEnd(tokens, from);
    const next = tokens[end];
    if (end === from || next?.kind !== 'word' || !startsLower(next.text) || COORDINATORS.has(next.key) || NAME_PREPOSITIONS.has(next.key)) continue;
    const name = context.text.slice(tokens[from]!.start, tokens[end - 1]!.end);
    const resolved = context.cast.resolveName(name, tokens[from]!.start) ?? name;
    return resolved.includes(' ') && resolved !== speaker ? { speaker: resolved, medium: null } : undefined;
  }
  return undefined;
}

/** The subject right after a verb that opens its clause: "dijo Putin", "informó la KCNA", "según fuentes de…"; `source` when the verb group is a source marker. */
export function subjectAfter(context: ArticleContext, sentence: Sentence, verbLast: number, previous: Previous | undefined, source = false): { subject: Attribution; from: number; to: number } | undefined {
  const { tokens } = sentence;
  let from = verbLast + 1;
  // "advirtió, sin embargo, el presidente…", "dijo, en tanto, la ministra": an adverbial set off by commas.
  if (isPunct(tokens[from], ',')) {
    const after = skipAdverbs(tokens, from + 1);
    if (after > from + 1 && isPunct(tokens[after], ',')) from = after + 1;
  }
  if (['a', 'al'].includes(tokens[from]?.key ?? '') && IMPERSONAL_QUOTING.has(tokens[verbLast]!.key)) from++;
  from = skipAdverbs(tokens, from);
  // "dijo a la prensa el alcalde Juan Pérez": the person told comes before the subject.
  if (['a', 'al'].includes(tokens[from]?.key ?? '') && !IMPERSONAL_QUOTING.has(tokens[verbLast]!.key)) from = skipAdverbs(tokens, indirectObjectEnd(tokens, from) ?? from);
  // "escribió en X el presidente…", "dijo en Bruselas la ministra…", "said in a statement the ministry…": where it
  // was said comes before the subject.
  from = skipAdverbs(tokens, whereSaidEnd(tokens, from) ?? from);
  from = mannerEnd(tokens, from);
  const placed = source ? undefined : placedGroupAfter(context, sentence, verbLast, from);
  if (placed) return placed;
  // "A juicio de López,", "En palabras de la alcaldesa,": a marker's noun takes its source through "de"/"of".
  // "A decir de X,": a source marker ending in a verb's form takes its source through "de" all the same.
  const marker = source || tokens[verbLast]!.verb === undefined;
  if (marker && ['de', 'del', 'of'].includes(tokens[from]?.key ?? '') && tokens[from + 1]?.kind === 'word') from++;
  // "detalló del Pópolo.", "dijo de Urresti": a surname with its lower-case particle, closing the sentence.
  const surname = !marker && NAME_PREPOSITIONS.has(tokens[from]?.key ?? '') && /^\p{Ll}/u.test(tokens[from]!.text) ? nameEnd(tokens, from + 1) : from;
  if (surname > from + 1 && (surname >= tokens.length || isPunct(tokens[surname], '.;,'))) {
    const name: PhraseReading = { kind: 'name', name: context.text.slice(tokens[from]!.start, tokens[surname - 1]!.end), title: null, mediumTitle: false };
    return { subject: attributionOf(context, name, previous, sentence.start), from, to: surname };
  }
  let to = from;
  // A relative pronoun ends the subject: "said a senior aide who was not authorized to speak". A preposition does, but
  // for whose a document is: "said a statement from the union".
  const ownerFollows = (i: number) => tokens[i]!.key === 'from' && (DOCUMENT_NOUNS.has(tokens[i - 1]?.key ?? '') || CHANNEL_NOUNS.has(tokens[i - 1]?.key ?? ''));
  // "according to the Centers for Disease Control": a preposition inside a name (tokens.ts nameEnd) is the name's.
  const insideName = (i: number) => tokens.slice(from, i).some((_, at) => nameEnd(tokens, from + at) > i + 1);
  while (to < tokens.length && tokens[to]!.kind === 'word' && !(PHRASE_PREPOSITIONS.has(tokens[to]!.key) && to > from && !ownerFollows(to) && !insideName(to)) && !isSpeechVerbToken(tokens[to]) && !(RELATIVES.has(tokens[to]!.key) && to > from)) to++;
  // "informó el Ministerio de Agricultura, Pesca y Alimentación": a name that lists a body's fields runs on past its commas.
  if (isPunct(tokens[to], ',')) to = Math.max(to, ...tokens.slice(from, to).map((_, at) => nameEnd(tokens, from + at)));
  // "admitió el convencional UDI e integrante de la Comisión…, Pablo Toloza": a description, then the name in apposition.
  const stretch = to > from ? readPhrase(sentence, context.text, from, to) : undefined;
  if (isPunct(tokens[to], ',') && stretch === undefined && to > from && isDescription(tokens, { from, to })) {
    const apposition = readPhrase(sentence, context.text, to + 1, nextBoundary(tokens, to + 1));
    if (apposition?.kind === 'name' && !apposition.title) return { subject: attributionOf(context, apposition, previous, sentence.start), from, to: nextBoundary(tokens, to + 1) };
  }
  // "según expertos consultados por Infobae", "according to a source close to the talks": a group described by a
  // participle or adjective keeps its complement.
  const described = stretch?.kind === 'group' ? describedGroupEnd(tokens, to) ?? placedGroupEnd(sentence, context.text, from, to) : undefined;
  if (described !== undefined) {
    const whole = readPhrase(sentence, context.text, from, described);
    if (whole?.kind === 'group') return { subject: attributionOf(context, whole, previous, sentence.start), from, to: described };
  }
  for (let end = to; end > from; end--) {
    const reading = end === to ? stretch : readPhrase(sentence, context.text, from, end);
    if (!reading) continue;
    // "dijo el medio de comunicación estatal …, KCNA" / "dijo la alcaldesa, Marta Iglesias Roldán,": the name in apposition.
    // "dijo la portavoz del Gobierno, Ana Redondo": a spokesperson's title names the body spoken for, and the person follows.
    if (end === to && isPunct(tokens[to], ',') && (reading.kind !== 'name' || spokespersonTitle(sentence, context.text, from, to))) {
      const apposition = readPhrase(sentence, context.text, to + 1, nextBoundary(tokens, to + 1));
      if (apposition?.kind === 'name' && !apposition.title) {
        const named: PhraseReading = reading.kind === 'title' && reading.medium ? { ...apposition, mediumTitle: true } : apposition;
        return { subject: attributionOf(context, named, previous, sentence.start), from, to: nextBoundary(tokens, to + 1) };
      }
    }
    const adjectivesEnd = trailingAdjectivesEnd(tokens, end, to);
    // "selon le rapport du Forum économique mondial", "secondo la Banca centrale europea": after a source marker, a
    // one-word name whose lower-case adjectives run to the clause's end is named in sentence case, adjectives and all.
    const sentenceCase = marker && adjectivesEnd > end && !tokens.slice(end, to).some((token) => SKIPPABLE.has(token.key));
    const named: PhraseReading = sentenceCase && reading.kind === 'name' && !reading.name.includes(' ') ? { ...reading, name: context.text.slice(tokens[end - 1]!.start, tokens[to - 1]!.end) } : reading;
    return { subject: attributionOf(context, named, previous, sentence.start), from, to: adjectivesEnd };
  }
  return undefined;
}

/**
 * Where a group phrase ending at `to` with a describing word ("fuentes cercanas", "people familiar", "expertos
 * consultados") runs on through the complement that word takes ("a la dirección", "with the talks", "por Infobae"):
 * the next punctuation or verb of saying. Undefined when the word before `to` is itself a group or role noun.
 */
function describedGroupEnd(tokens: Token[], to: number): number | undefined {
  const last = tokens[to - 1];
  const preposition = tokens[to];
  if (!last || !preposition || !/^\p{Ll}/u.test(last.text) || GROUP_NOUNS.has(last.key) || TITLE_NOUNS.has(last.key) || isTitlePlural(last.key)) return undefined;
  // The group is of people ("fuentes", "people", "a source"), not a thing ("una investigación contra…").
  const people = (token: Token) => GROUP_NOUNS.has(token.key) || isTitlePlural(token.key);
  let head = to - 2;
  while (head >= 0 && tokens[head]!.kind === 'word' && !people(tokens[head]!)) head--;
  if (head < 0 || !people(tokens[head]!) || !PHRASE_PREPOSITIONS.has(preposition.key)) return undefined;
  let end = to + 1;
  while (end < tokens.length && tokens[end]!.kind === 'word' && !isSpeechVerbToken(tokens[end]) && !CLAUSE_WORDS.has(tokens[end]!.key)) end++;
  return end > to + 1 ? end : undefined;
}

/** Steps over adverbs, time phrases ("este martes", "on Friday") and discourse adverbials ("en cambio", "por su parte"). */
export function skipAdverbs(tokens: Token[], from: number): number {
  let i = from;
  for (;;) {
    const token = tokens[i];
    if (!token) return i;
    const timeDeterminer = DETERMINERS.has(token.key) && SKIPPABLE.has(tokens[i + 1]?.key ?? '') && !DETERMINERS.has(tokens[i + 1]!.key);
    if (SKIPPABLE.has(token.key) && (!DETERMINERS.has(token.key) || timeDeterminer)) {
      i++;
      continue;
    }
    // "por su parte": the preposition, maybe a possessive, then the noun.
    const noun = DETERMINERS.has(tokens[i + 1]?.key ?? '') ? i + 2 : i + 1;
    if (DISCOURSE_ADVERBIALS.some(([preposition, word]) => token.key === preposition && tokens[noun]?.key === word)) {
      i = noun + 1;
      continue;
    }
    return i;
  }
}

/** Words of an indirect object stepped over before an inverted subject ("a la prensa", "a El País"). */
const MAX_INDIRECT_OBJECT_WORDS = 3;

/** Where "a la prensa" / "a El País" ends, when a subject phrase opening with an article follows it; else undefined. */
function indirectObjectEnd(tokens: Token[], from: number): number | undefined {
  // "a través de un comunicado": through what it was said (whereSaidEnd), not to whom.
  if (COMPOUND_CHANNEL_PREPOSITIONS.some((words) => words.every((word, k) => tokens[from + k]?.key === word))) return undefined;
  let i = from + 1;
  // "contó a este diario Juan X": the outlet's own paper or medium is named by a demonstrative, never by the name after it.
  const ownOutlet = ownOutletEnd(tokens, i);
  if (ownOutlet !== undefined) return isNameWord(tokens, ownOutlet) || opensSubject(tokens[ownOutlet]) ? ownOutlet : undefined;
  if (DETERMINERS.has(tokens[i]?.key ?? '')) i++;
  const name = nameEnd(tokens, i);
  if (name > i) i = name;
  else {
    // Nouns and adjectives only: "al ser consultado sobre…" is a clause, not whom it was said to.
    const objectWord = (token: Token | undefined) =>
      token?.kind === 'word' && /^\p{Ll}/u.test(token.text) && !DETERMINERS.has(token.key) && !PHRASE_PREPOSITIONS.has(token.key) && !CLAUSE_WORDS.has(token.key) && !/(?:ar|er|ir)$/.test(token.key);
    for (let words = 0; words < MAX_INDIRECT_OBJECT_WORDS && objectWord(tokens[i]); words++) i++;
    // "a la agencia AFP", "al diario El Tiempo": a medium noun keeps the medium's name after it.
    if (i > from + 1 && MEDIUM_NOUNS.has(tokens[i - 1]!.key)) i = nameEnd(tokens, i);
  }
  // The subject opens with an article ("dijo a la prensa el alcalde…") or is a bare plural group ("según han informado a
  // Europa Press fuentes de la consejería").
  return opensSubject(tokens[i]) && i > from + 1 ? i : undefined;
}

/**
 * Whether an inverted subject may open at `token` after whom the words were told: an article, or a bare plural of a
 * group noun in lower case ("fuentes", "expertos", "portavoces"), which Spanish writes without one.
 */
function opensSubject(token: Token | undefined): boolean {
  // "según han detallado a Europa Press desde el Ayuntamiento": where the speakers are, for a plural verb (placedGroupAfter).
  return token !== undefined && (DETERMINERS.has(token.key) || token.key === 'desde' || (startsLower(token.text) && /s$/.test(token.key) && GROUP_NOUNS.has(token.key)));
}

/** Prepositions of a manner phrase of one bare noun ("con claridad", "sin rodeos", "con dureza"), folded. */
const MANNER_PREPOSITIONS: ReadonlySet<string> = new Set(['con', 'sin']);

/**
 * Just past a manner phrase at `from` before an inverted subject ("Lo dijo con claridad el presidente…", "advirtió sin
 * rodeos la ministra"): "con"/"sin" and one lower-case word that is no determiner, followed by an article or a capital.
 * `from` when there is none.
 */
function mannerEnd(tokens: Token[], from: number): number {
  const [preposition, noun, next] = [tokens[from], tokens[from + 1], tokens[from + 2]];
  if (!MANNER_PREPOSITIONS.has(preposition?.key ?? '') || noun?.kind !== 'word' || !startsLower(noun.text) || DETERMINERS.has(noun.key) || isSpeechVerbToken(noun)) return from;
  return next?.kind === 'word' && (DETERMINERS.has(next.key) || /^\p{Lu}/u.test(next.text)) ? from + 2 : from;
}

/** Adjectives after a subject's name run to the clause's end ("el Banco Central nicaragüense."): `to` when they do, else `end`. */
const MAX_TRAILING_ADJECTIVES = 2;

function trailingAdjectivesEnd(tokens: Token[], end: number, to: number): number {
  const rest = tokens.slice(end, to);
  const adjectives = rest.length <= MAX_TRAILING_ADJECTIVES && rest.every((token) => /^\p{Ll}/u.test(token.text) && !CLAUSE_WORDS.has(token.key) && !NAME_PREPOSITIONS.has(token.key));
  return adjectives && (to >= tokens.length || tokens[to]!.kind === 'punct') ? to : end;
}

export function nextBoundary(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.kind === 'word') i++;
  return i;
}

/** Prepositions of where or through what words were said: "en X", "en Bruselas", "in a statement", "on Facebook". */
const WHERE_PREPOSITIONS = new Set(['en', 'desde', 'mediante', 'in', 'on', 'via', 'through']);

/** Nouns for a conversation given to a medium or a journalist, named after "con"/"with" ("en diálogo con Radio Agricultura"), folded. */
const CONVERSATION_NOUNS: ReadonlySet<string> = new Set(['dialogo', 'conversacion', 'charla', 'entrevista', 'conversation', 'interview']);

/**
 * Just past whom a conversation was held with, from `from` (after "con"): a name ("Radio Agricultura"), or an article,
 * lower-case nouns and the name after a medium noun ("el diario El Tiempo", "la emisora local"). `from` when none is read.
 */
function conversationPartnerEnd(tokens: Token[], from: number): number {
  const named = nameEnd(tokens, from);
  if (named > from) return named;
  if (!DETERMINERS.has(tokens[from]?.key ?? '')) return from;
  let i = from + 1;
  while (i < tokens.length && tokens[i]!.kind === 'word' && startsLower(tokens[i]!.text) && !DETERMINERS.has(tokens[i]!.key) && !PHRASE_PREPOSITIONS.has(tokens[i]!.key) && !CLAUSE_WORDS.has(tokens[i]!.key) && i - from <= MAX_INDIRECT_OBJECT_WORDS) i++;
  return i > from + 1 && MEDIUM_NOUNS.has(tokens[i - 1]!.key) ? nameEnd(tokens, i) : i;
}

/**
 * Just past a phrase at `from` that says where or through what the words were said, when an inverted subject (an
 * article or a capitalised word) follows it: a name ("en X", "en Bruselas") or a channel noun with its complement
 * ("en un comunicado", "en su cuenta de X", "in a statement"). Undefined otherwise.
 */
function whereSaidEnd(tokens: Token[], at: number): number | undefined {
  // "a través de un comunicado", "por medio de su cuenta de X": a preposition of three words, read as "mediante".
  const compound = COMPOUND_CHANNEL_PREPOSITIONS.find((words) => words.every((word, k) => tokens[at + k]?.key === word));
  const from = compound ? at + compound.length - 1 : at;
  if (!compound && !WHERE_PREPOSITIONS.has(tokens[from]?.key ?? '')) return undefined;
  let end = nameEnd(tokens, from + 1);
  if (end === from + 1) {
    let noun = from + 1;
    while (DETERMINERS.has(tokens[noun]?.key ?? '')) noun++;
    const conversation = CONVERSATION_NOUNS.has(tokens[noun]?.key ?? '');
    // "escribió en su cuenta de X el exgobernador…": an account is where, and the service after "de" is no subject.
    if (!CHANNEL_NOUNS.has(tokens[noun]?.key ?? '') && !ACCOUNT_NOUNS.has(tokens[noun]?.key ?? '') && !conversation) return undefined;
    end = noun + 1;
    if (NAME_PREPOSITIONS.has(tokens[end]?.key ?? '') && tokens[end + 1]?.kind === 'word') end = Math.max(nameEnd(tokens, end + 1), end + 2);
    // "en diálogo con Radio Agricultura", "en entrevista con el diario El Tiempo": whom the conversation was with.
    else if (conversation && ['con', 'with'].includes(tokens[end]?.key ?? '')) end = conversationPartnerEnd(tokens, end + 1);
  }
  const next = tokens[end];
  return next?.kind === 'word' && (DETERMINERS.has(next.key) || /^\p{Lu}/u.test(next.text)) ? end : undefined;
}

/** Whether a noun phrase (an article or a capitalised word) follows the verb, past adverbs: an inverted subject we failed to read. */
export function subjectFollows(tokens: Token[], verbLast: number): boolean {
  const first = skipAdverbs(tokens, verbLast + 1);
  const after = skipAdverbs(tokens, whereSaidEnd(tokens, first) ?? first);
  // "dijo a El Faro", "aseguró a la prensa": whom it was said to, and no subject after it.
  if (['a', 'al'].includes(tokens[after]?.key ?? '') && !TELLING.has(tokens[verbLast]!.key)) {
    const object = indirectObjectEnd(tokens, after);
    return object !== undefined && subjectFollows(tokens, object - 1);
  }
  const next = tokens[after];
  return next?.kind === 'word' && (DETERMINERS.has(next.key) || /^\p{Lu}/u.test(next.text));
}
