/**
 * Who does what. "¿Cuándo visitó Putin Corea del Norte?" asks of a visit by Putin; "Kim viajó al Extremo Oriente
 * ruso y visitó el cosmódromo, donde Putin prometió…" holds the same words and tells of a visit by Kim. A question
 * that names the doer of its verb is not answered by a sentence whose doer of that verb is another name.
 *
 * The doer is read by word order only, with closed classes of each language (prepositions, auxiliaries, words that
 * open a clause): in a Spanish question the name right after the verb ("¿Cuándo visitó Putin…?", "¿Qué prometió
 * Kim…?") or, opening the question, the name before it ("¿Kim prometió…?"), in an English one the name between an
 * auxiliary and the verb ("When did Putin visit…?"; after an article too when it is a verb of saying: "What does the US
 * accuse…?"); in a sentence,
 * the nearest name before the verb within its clause that no preposition governs ("Putin visitará", "Kim viajó a
 * Moscú y visitó"); an infinitive or a gerund ("de facilitar", "visiting") has no doer of its own there. A passive question ("¿Cuándo fue elegido X?") or a doer the sentence does not name ("el
 * presidente visitó") says nothing either way.
 */
import type { Language } from '../corpus/types.js';
import { CONNECTORS, DETERMINERS, nounFormVerb, PHRASE_PREPOSITIONS, speechVerb } from '../quotes/lexicon.js';
import { SPANISH_INTERROGATIVES } from '../text/interrogatives.js';
import { foldAccents } from '../text/words.js';

/** The verb a question asks about and the folded words of the names it says do it. */
export interface AskedRole {
  /** The verb as the question spells it ("visitó", "visit"). */
  verb: string;
  /** Folded words naming the doer: the words of its name, and of each name joined to it by "y"/"and". */
  doers: ReadonlySet<string>;
  /**
   * The verb is a Spanish participle after a form of "ser" ("¿A cuántos años fue condenado Juan Ortiz?"): the name is
   * what the verb is done to, and a sentence tells of it only where the same passive is said of that name.
   */
  passive?: boolean;
}

interface Token {
  word: string;
  /** Lower case, accents folded: as the word lists are kept. */
  folded: string;
  start: number;
  end: number;
  /** Capitalised where no sentence begins, or an acronym. */
  name: boolean;
  /** Capitalised where a sentence begins: a name only if the text writes it so elsewhere. */
  opening: boolean;
}

const TOKEN = /\p{L}[\p{L}\p{M}'’-]*|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
const CAPITAL = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const PUNCTUATION = /^[^\p{L}\p{N}]$/u;
const OPENERS = /^[¿¡.?!:;"«“(]$/u;
/** Signs that go with a figure ("el 56 %", "40 $"): part of the clause, not a mark that ends it. */
const FIGURE_SIGNS = /^[%‰$€£¥°]$/u;

/** Words that join two parts of one name ("Corea del Norte", "Bank of England"). */
const NAME_JOINERS = new Set(['de', 'del', 'of']);
/** Words that join two doers ("Kim y Putin"). */
const AND = new Set(['y', 'e', 'and']);
/** Forms of "ser"/"be" that make the verb after them passive ("fue elegido"): its name is not its doer. */
const PASSIVE = folded(['fue', 'fueron', 'es', 'son', 'era', 'eran', 'será', 'serán', 'sido', 'was', 'were', 'is', 'are', 'been', 'be']);
/** A Spanish regular participle (folded): "condenado", "elegidas". */
const PARTICIPLE = /^\p{L}{2,}(?:ad|id)[oa]s?$/u;
/** Forms of "ser" a Spanish participle is passive after, within a sentence ("tras ser condenado", "ha sido elegida"). */
const PASSIVE_IN_TEXT = folded(['ser', 'siendo', 'sido', 'fue', 'fueron', 'es', 'son', 'era', 'eran', 'será', 'serán', 'sería', 'serían', 'sea', 'sean', 'fuera', 'fueran']);
/** Spanish infinitives and gerunds, English gerunds (folded), with or without an enclitic ("visitarlo"). */
const NON_FINITE = /(?:ar|er|ir|ando|iendo|yendo)(?:lo|la|los|las|le|les|se|me|nos)?$|ing$/u;
/** English auxiliaries that stand before the doer in a question ("When did Putin visit…?"). */
const ENGLISH_AUXILIARIES = new Set(['did', 'does', 'do', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might']);
/** Words that open a new clause, whose doer is its own: relatives, complementisers, subordinators. */
const CLAUSE_OPENERS = folded([
  'que', 'quien', 'quienes', 'donde', 'cuando', 'mientras', 'aunque', 'pero', 'porque', 'si', 'según',
  'who', 'whom', 'which', 'that', 'where', 'when', 'while', 'although', 'but', 'because', 'if', 'according',
]);

function folded(words: string[]): ReadonlySet<string> {
  return new Set(words.map((word) => foldAccents(word)));
}

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const previous = tokens.at(-1);
    const opensSentence = previous === undefined || OPENERS.test(previous.word);
    const capitalised = CAPITAL.test(word);
    tokens.push({ word, folded: foldAccents(word.toLowerCase()), start: match.index, end: match.index + word.length, name: capitalised && (!opensSentence || ACRONYM.test(word)), opening: capitalised && opensSentence && !ACRONYM.test(word) });
  }
  return tokens;
}

/** The end (exclusive token index) of the name that begins at `from`, names joined by "de"/"of" included. */
function nameEnd(tokens: Token[], from: number): number {
  let end = from + 1;
  while (tokens[end]?.name || (NAME_JOINERS.has(tokens[end]?.folded ?? '') && tokens[end + 1]?.name)) end += tokens[end]?.name ? 1 : 2;
  return end;
}

/**
 * The verb a question asks about and who it says does it; undefined when its words do not say (no name, a name
 * before no verb, a passive). Spanish and English questions. With `isName`, which says whether the word opening the
 * question (capitalised anyway) is a name, the doer may also stand before the verb in Spanish ("¿Kim prometió algo a
 * Putin?", "¿Por qué Ana Soto visitó Lima?") and after an article in English ("What does the US accuse…?"); only the
 * question's speaker is read so (ask.ts), as the sentence-choice rule was not measured with it.
 */
export function askedRole(question: string, language: Language, isName?: (word: string) => boolean): AskedRole | undefined {
  const tokens = tokensOf(question);
  const opening = tokens.findIndex((token) => !PUNCTUATION.test(token.word));
  if (isName && language === 'es' && opening >= 0 && tokens[opening]!.opening && !QUESTION_WORDS.has(tokens[opening]!.folded) && !DETERMINERS.has(tokens[opening]!.folded) && !CONNECTORS.has(tokens[opening]!.folded) && isName(tokens[opening]!.word)) {
    tokens[opening] = { ...tokens[opening]!, name: true };
  }
  const first = tokens.findIndex((token) => token.name);
  if (first < 0) return undefined;
  const before = tokens[first - 1]?.folded ?? '';
  let verb: string | undefined;
  if (language === 'es') {
    // VS order: "¿Cuándo visitó Putin…?"; a preposition or a determiner before the name makes it an object.
    const plain = first > 0 && !PHRASE_PREPOSITIONS.has(before) && !NAME_JOINERS.has(before) && !DETERMINERS.has(before) && !PUNCTUATION.test(before);
    if (plain && PASSIVE.has(tokens[first - 2]?.folded ?? '') && PARTICIPLE.test(before)) return { verb: tokens[first - 1]!.word, doers: doers(tokens, first).words, passive: true };
    if (plain && !PASSIVE.has(tokens[first - 2]?.folded ?? '') && mayBeVerb(tokens, first - 1)) verb = tokens[first - 1]!.word;
    // SV order, the name opening the question or right after its interrogative: "¿Kim prometió algo a Putin?", "¿Por qué Kim visitó Moscú?".
    else if (isName && tokens.slice(0, first).every((token, i) => PUNCTUATION.test(token.word) || ADVERBIAL_INTERROGATIVES.has(token.folded) || (token.folded === 'por' && tokens[i + 1]?.folded === 'que') || (token.folded === 'que' && tokens[i - 1]?.folded === 'por'))) verb = verbAfter(tokens, doers(tokens, first).end);
  } else if (ENGLISH_AUXILIARIES.has(before) || (isName && DETERMINERS.has(before) && ENGLISH_AUXILIARIES.has(tokens[first - 2]?.folded ?? ''))) {
    const after = bareVerbAfter(tokens, nameEnd(tokens, first));
    // After an article the name may be a noun's modifier ("does the Veltra factory have"): only a verb of saying settles it ("does the US accuse").
    const settled = ENGLISH_AUXILIARIES.has(before) || (after !== undefined && (speechVerb(after.folded) ?? nounFormVerb(after.folded)) !== undefined);
    if (after && settled) verb = after.word;
  }
  return verb === undefined ? undefined : { verb, doers: doers(tokens, first).words };
}

/**
 * The bare verb an English auxiliary governs, in the words after the name that follows it (from the `at`-th token): the
 * first of them, unless a plural noun stands among them, which the name modifies with the words before it ("How much
 * did US emissions fall?", "…did EU wheat exports rise…?"): then the word after the last plural. A bare verb takes no
 * -s; verbs whose base ends in -ss, -is or -us ("discuss", "focus") keep theirs. Undefined when no such word follows.
 */
function bareVerbAfter(tokens: Token[], at: number): Token | undefined {
  let end = at;
  while (tokens[end] && isPlainWord(tokens[end]!)) end += 1;
  const run = tokens.slice(at, end);
  const lastPlural = run.findLastIndex((token) => /[^isu]s$/u.test(token.folded));
  return run[lastPlural + 1];
}

/** A lower-case word that may belong to a noun phrase or be its verb: no name, figure, mark, determiner, preposition or conjunction. */
function isPlainWord(token: Token): boolean {
  const word = token.folded;
  return !token.name && !PUNCTUATION.test(token.word) && !/^\p{N}/u.test(token.word) && !DETERMINERS.has(word) && !PHRASE_PREPOSITIONS.has(word) && !NAME_JOINERS.has(word) && !AND.has(word) && !CLAUSE_OPENERS.has(word);
}

/**
 * The doers named from the `first`-th token: every word of the name ("Ana Soto"; in "visitó Putin Corea del Norte" the
 * object's too, as nothing tells them apart), and of a name joined to it ("¿Dónde se reunieron Kim y Putin?": both do
 * it); `end`, the token after the last of them.
 */
function doers(tokens: Token[], first: number): { words: Set<string>; end: number } {
  const words = new Set<string>();
  for (let start = first, end = nameEnd(tokens, first); ; start = end + 1, end = nameEnd(tokens, start)) {
    for (const token of tokens.slice(start, end)) if (token.name) words.add(token.folded);
    if (!AND.has(tokens[end]?.folded ?? '') || !tokens[end + 1]?.name) return { words, end };
  }
}

/** Interrogatives that ask of the whole clause and never determine a noun ("¿Cuándo Kim visitó…?", not "¿Cuántos Grammys ganó…?"); "por qué" too. */
const ADVERBIAL_INTERROGATIVES = folded(['cuándo', 'dónde', 'adónde', 'cómo']);

/** Words that may stand between a Spanish subject and its verb: clitics, negation, adverbs of time, auxiliaries ("Kim no ha prometido"). */
const BEFORE_VERB = folded(['se', 'no', 'ya', 'también', 'nunca', 'lo', 'la', 'los', 'las', 'le', 'les', 'me', 'te', 'nos', 'ha', 'han', 'había', 'habían', 'habría', 'habrían', 'habrá', 'habrán', 'va', 'van', 'iba', 'iban']);

/** The verb right after a Spanish subject ending before the `at`-th token, past clitics and auxiliaries; undefined when none stands there. */
function verbAfter(tokens: Token[], at: number): string | undefined {
  let i = at;
  while (BEFORE_VERB.has(tokens[i]?.folded ?? '')) i += 1;
  const token = tokens[i];
  if (!token || token.name || PUNCTUATION.test(token.word) || /^\p{N}/u.test(token.word)) return undefined;
  const word = token.folded;
  if (PHRASE_PREPOSITIONS.has(word) || NAME_JOINERS.has(word) || DETERMINERS.has(word) || AND.has(word) || CLAUSE_OPENERS.has(word) || QUESTION_WORDS.has(word) || word.endsWith('mente')) return undefined;
  return token.word;
}

/** Spanish interrogatives and relatives, folded: they open the clause a verb stands in, and are never that verb. */
const QUESTION_WORDS = folded([...SPANISH_INTERROGATIVES]);
/** Interrogatives that make the word after them their noun ("¿Cuántos premios Grammy…?"), never a verb. */
const COUNTING_DETERMINERS = folded(['cuánto', 'cuánta', 'cuántos', 'cuántas']);

/**
 * Whether the `at`-th word of a Spanish question, right before its first name, may be the verb whose doer that name is
 * (VS order: "¿Qué batalla perdió Temujin…?", "¿Cuántas capturas ha conseguido Jared Allen…?"). Not an interrogative, a
 * relative or an adverb in -mente; not a word a preposition governs ("a luz Börte", "de vapor Charles Porter"), nor the
 * noun of "cuántos …" or of "en qué …" ("¿En qué año John Sheepshanks donó…?"); and no determiner stands between it and
 * the interrogative or the clause opener before it: such a word ends a noun phrase that the name completes ("la misión
 * dual AS-278", "el motor Energiprojekt AB"), so the name is no doer of it.
 */
function mayBeVerb(tokens: Token[], at: number): boolean {
  const word = tokens[at]!.folded;
  if (QUESTION_WORDS.has(word) || CLAUSE_OPENERS.has(word) || word.endsWith('mente')) return false;
  const before = tokens[at - 1]?.folded ?? '';
  if (PHRASE_PREPOSITIONS.has(before) || NAME_JOINERS.has(before) || COUNTING_DETERMINERS.has(before)) return false;
  if (QUESTION_WORDS.has(before) && PHRASE_PREPOSITIONS.has(tokens[at - 2]?.folded ?? '')) return false;
  for (let i = at - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (OPENERS.test(token.word) || QUESTION_WORDS.has(token.folded) || CLAUSE_OPENERS.has(token.folded)) return true;
    // "a" and "o" are Spanish preposition and conjunction before they are articles.
    if (DETERMINERS.has(token.folded) && !PHRASE_PREPOSITIONS.has(token.folded) && token.folded !== 'o') return false;
  }
  return true;
}

/**
 * Whether a sentence tells of the asked verb done by another name than the asked doer: at each of `verbs` (offsets of
 * the verb's forms in `sentence`), the nearest name before it in its clause that no preposition governs is named, and
 * it holds none of `role.doers`. A verb that opens a relative or adverbial clause with no name before it in that clause
 * takes its doer from outside it or after it (`clauseDoers`): "Boric ganó en Magallanes, donde obtuvo el 70 %" tells of Boric
 * obtaining it, not of Kast. `namedElsewhere` says whether a capitalised word that opens the sentence is a name (the
 * article writes it capitalised inside a sentence too). False when no verb is given or any of them keeps the doer or
 * names none.
 */
export function doneByAnother(sentence: string, verbs: readonly number[], role: AskedRole, namedElsewhere: (word: string) => boolean): boolean {
  if (verbs.length === 0) return false;
  const tokens = tokensOf(sentence);
  const isName = nameTest(namedElsewhere);
  if (role.passive) {
    // Only the passive says of whom ("la condena", "condenó a Ortiz" name no one it is done to by word order).
    const passives = verbs.map((offset) => tokens.findIndex((token) => token.start >= offset)).filter((at) => at > 0 && PARTICIPLE.test(tokens[at]!.folded) && PASSIVE_IN_TEXT.has(tokens[at - 1]!.folded));
    return passives.length > 0 && passives.every((at) => passiveOfAnother(tokens, at, role, isName));
  }
  return verbs.every((offset) => {
    const readings = doerReadings(tokens, offset, isName);
    // Where word order allows more than one reading, none may be the asked doer.
    return readings.length > 0 && readings.every((doer) => !doer.some((part) => role.doers.has(part.folded)));
  });
}

/**
 * Whether a sentence tells of the verb at each of `verbs` (offsets in `sentence`) done by `names` (folded words) alone:
 * in every reading of its doer, as `doneByAnother` reads it, each name joined by "y"/"and" holds one of them ("Kim Jong
 * Un promete a Putin…" of Kim; not "Mora y Lasa se comprometen…" of Lasa alone). False when no verb is given or any of
 * them names no doer.
 */
export function doneByOneOf(sentence: string, verbs: readonly number[], names: ReadonlySet<string>, namedElsewhere: (word: string) => boolean): boolean {
  if (verbs.length === 0) return false;
  const tokens = tokensOf(sentence);
  const isName = nameTest(namedElsewhere);
  return verbs.every((offset) => {
    const readings = doerReadings(tokens, offset, isName);
    return readings.length > 0 && readings.every((doer) => joinedNames(doer).every((name) => name.some((part) => names.has(part.folded))));
  });
}

/**
 * Whether a token is a name, for reading a doer: written as one, or a capitalised word opening the sentence (no connector or
 * determiner) that the article writes capitalised elsewhere too (`namedElsewhere`).
 */
function nameTest(namedElsewhere: (word: string) => boolean): (token: Token | undefined) => boolean {
  return (token) => token !== undefined && (token.name || (token.opening && !CONNECTORS.has(token.folded) && !DETERMINERS.has(token.folded) && namedElsewhere(token.word)));
}

/** The names a doer's tokens join by "y"/"and" ("Mora y Lasa": Mora, Lasa), each as its tokens. */
function joinedNames(doer: Token[]): Token[][] {
  const names: Token[][] = [[]];
  for (const token of doer) {
    if (AND.has(token.folded)) names.push([]);
    else names.at(-1)!.push(token);
  }
  return names.filter((name) => name.length > 0);
}

/**
 * The readings of who does the active verb at `offset` (each a name's tokens): the nearest name before it in its clause
 * (`doerBefore`), or what the clause's opener allows (`clauseDoers`). None for an infinitive or a gerund, which takes
 * its doer from another verb ("acusado a Corea del Norte de facilitar armas"), or a word a preposition governs.
 */
function doerReadings(tokens: Token[], offset: number, isName: (token: Token | undefined) => boolean): Token[][] {
  const at = tokens.findIndex((token) => token.start >= offset);
  if (at < 0 || NON_FINITE.test(tokens[at]!.folded) || PHRASE_PREPOSITIONS.has(tokens[at - 1]?.folded ?? '') || NAME_JOINERS.has(tokens[at - 1]?.folded ?? '')) return [];
  const found = doerBefore(tokens, at, isName);
  return typeof found === 'number' ? clauseDoers(tokens, found, at, isName) : found ? [found] : [];
}

/**
 * For a passive question, whether the participle at the `at`-th token (after a form of "ser") is said of another name
 * than the asked one: the name it is said of (right after it, "fue condenado Ortiz", else read as the doer of an active
 * verb is, `doerBefore` and `clauseDoers`: "Ortiz fue condenado", "el jefe de la banda, quien fue condenado") holds none
 * of the asked name's words.
 */
function passiveOfAnother(tokens: Token[], at: number, role: AskedRole, isName: (token: Token | undefined) => boolean): boolean {
  const after = tokens[at + 1]?.name ? [tokens.slice(at + 1, nameEnd(tokens, at + 1))] : undefined;
  const found = after ? undefined : doerBefore(tokens, at - 1, isName);
  const readings = after ?? (typeof found === 'number' ? clauseDoers(tokens, found, at, isName) : found ? [found] : []);
  return readings.length > 0 && readings.every((named) => !named.some((part) => role.doers.has(part.folded)));
}

/** The index of the first token of the name that ends at the `last`-th token, names joined by "de"/"of" included. */
function nameStart(tokens: Token[], last: number, isName: (token: Token | undefined) => boolean): number {
  let start = last;
  while (start > 0 && (isName(tokens[start - 1]) || (NAME_JOINERS.has(tokens[start - 1]!.folded) && isName(tokens[start - 2])))) start -= isName(tokens[start - 1]) ? 1 : 2;
  return start;
}

/**
 * The name that does the verb at the `at`-th token, read backwards within its clause: the nearest name (with those
 * joined to it by "y"/"and") that no preposition governs ("al Extremo Oriente", "con Kim", "de Rusia" are passed over), as its tokens; the index of the
 * clause opener reached first when no such name stands between it and the verb; undefined at a mark of punctuation or the
 * sentence's start.
 */
function doerBefore(tokens: Token[], at: number, isName: (token: Token | undefined) => boolean): Token[] | number | undefined {
  for (let i = at - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (CLAUSE_OPENERS.has(token.folded)) return i;
    if (PUNCTUATION.test(token.word) && !OPENERS.test(token.word) && !FIGURE_SIGNS.test(token.word)) return undefined;
    if (!isName(token)) continue;
    // The name's first word, and whether a preposition governs it.
    // The names joined by "y"/"and" do it together ("Mora y Lasa firmaron"): the first one's start.
    let start = nameStart(tokens, i, isName);
    while (AND.has(tokens[start - 1]?.folded ?? '') && isName(tokens[start - 2])) start = nameStart(tokens, start - 2, isName);
    const governing = tokens[start - 1]?.folded ?? '';
    if (PHRASE_PREPOSITIONS.has(governing) || NAME_JOINERS.has(governing)) {
      i = start;
      continue;
    }
    return tokens.slice(start, i + 1);
  }
  return undefined;
}

/** Relatives that stand for the subject of their clause when a name stands right before them ("Boric, que obtuvo…", "Smith, who won…"). */
const SUBJECT_RELATIVES = folded(['que', 'quien', 'quienes', 'who']);
/** Spanish adverbial relatives whose clause, naming no doer, goes on with the doer of the clause before it ("…en Magallanes, donde obtuvo…"). */
const ADVERBIAL_RELATIVES = folded(['donde', 'cuando']);
/** Spanish relatives, after which the subject may follow the verb ("los votos que obtuvo Boric"); English keeps it before. */
const SPANISH_RELATIVES = folded(['que', 'quien', 'quienes', 'donde', 'cuando']);

/**
 * Who may do the verb at the `at`-th token of a clause opened by the `opener`-th token, with no name between them (Spanish
 * and English, by word order), each reading a name's tokens: after a Spanish relative, a name right after the verb (the
 * inverted subject: "los votos que obtuvo Boric"; or its object, "donde visitó Moscú", which the other readings keep in
 * play); the name right before a subject relative, past a comma ("Gabriel Boric, que obtuvo…"), unless "que" follows a
 * name a preposition governs ("al sur de Santiago, que produjo…"); for an adverbial relative ("donde", "cuando", or
 * "que" after a preposition and an article: "en el que derrotó a Kast"), the doer of the clause it hangs from. None when
 * word order does not tell: a complementiser ("dijo que obtuvo"), a relative after a common noun ("el candidato que
 * obtuvo").
 */
function clauseDoers(tokens: Token[], opener: number, at: number, isName: (token: Token | undefined) => boolean): Token[][] {
  const word = tokens[opener]!.folded;
  const readings: Token[][] = [];
  if (SPANISH_RELATIVES.has(word) && tokens[at + 1]?.name) readings.push(tokens.slice(at + 1, nameEnd(tokens, at + 1)));
  const before = tokens[opener - 1];
  const governed = word === 'que' && DETERMINERS.has(before?.folded ?? '') && PHRASE_PREPOSITIONS.has(tokens[opener - 2]?.folded ?? '');
  if (ADVERBIAL_RELATIVES.has(word) || governed) {
    // The clause it hangs from ends before the relative (with its preposition and article) and the comma that sets it off.
    const first = governed ? opener - 2 : opener;
    const found = doerBefore(tokens, tokens[first - 1]?.word === ',' ? first - 1 : first, isName);
    if (Array.isArray(found)) readings.push(found);
  } else if (SUBJECT_RELATIVES.has(word)) {
    const last = before?.word === ',' ? opener - 2 : opener - 1;
    const start = nameStart(tokens, last, isName);
    // A name a preposition governs ends a phrase of another noun ("la planta, al norte de Valdivia, que generó…"): "que"
    // may stand for that noun, so word order does not tell. "quien" stands for a person, the name or the one whose phrase
    // it ends ("el jefe de la banda de Tulum, quien…"): another doer than the asked name either way.
    const governing = tokens[start - 1]?.folded ?? '';
    const afterPreposition = PHRASE_PREPOSITIONS.has(governing) || NAME_JOINERS.has(governing);
    if (isName(tokens[last]) && !(word === 'que' && afterPreposition)) readings.push(tokens.slice(start, last + 1));
  }
  return readings;
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/**
 * A name after the Spanish "a"/"al" or the English "to", with the preposition: whom something is said or done to ("a
 * Kim Jong Un", "al Banco Central", "to the EU"). Capitalised words only: "a la prensa" names no one.
 */
const ADDRESSEE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:a|al|to(?:\s+the)?)\s+(${NAME_WORD}(?:\s+(?:(?:de|del|of)\s+)?${NAME_WORD})*)`, 'gu');

/**
 * The names a question gives as the ones something is said or done to (ADDRESSEE): "¿Qué le prometió el mandatario
 * ruso a Kim?" asks for the words of someone else than Kim. `words`, their folded words; `at`, the offset of the first
 * such phrase in `question` (its preposition), undefined when there is none.
 */
export function addressees(question: string): { words: Set<string>; at: number | undefined } {
  const found = [...question.matchAll(ADDRESSEE)];
  return { words: new Set(found.flatMap((match) => (match[1] ?? '').split(/\s+/u).filter((word) => CAPITAL.test(word)).map(foldAccents))), at: found[0]?.index };
}
