/**
 * A sentence as the quote rules read it: words, punctuation, and each quotation folded into one token,
 * so "“…”, dijo Putin" reads as QUOTE , dijo Putin whatever the quotation says.
 */
import type { TextSpan } from '../corpus/types.js';
import type { Quotation } from './quotations.js';
import { foldWord } from './normalize.js';
import { WEEKDAY_NAMES } from '../corpus/dates.js';
import { isBodyNameWord } from './same-actor.js';
import { functionWordsOf, STOP_WORDS } from '../text/stop-words.js';
import { frenchSharedVerb, isTitleNoun, isTitlePlural, nounFormVerb, speechVerb, type SpeechVerb, SPANISH_PARTICIPLE, ADJECTIVE_TITLES, ADVERBIAL_SUBORDINATORS, COURTESY_TITLES, NUMBERED_UNIT_NOUNS, PLACE_ADVERBS, IRREGULAR_PLURALS, DESCRIPTIVE_NOUNS, COMPARATIVE_SUBORDINATORS, CONNECTORS, FRENCH_AUXILIARIES, FRENCH_PARTICIPLES, AUXILIARIES, DETERMINERS, GROUP_NOUNS, INSTITUTION_NOUNS, MEDIUM_NOUNS, NAME_ARTICLES, NAME_PREPOSITIONS, PARTISAN_NOUNS, SKIPPABLE, TITLE_NOUNS, CLAUSE_WORDS, INTERROGATIVES, PHRASE_PREPOSITIONS, COORDINATORS, PRONOUNS, GROUP_PRONOUNS, INDEFINITE_PRONOUNS, QUANTIFIERS, ASKING_FOR_ONESELF, ANONYMITY_NOUNS } from './lexicon.js';

export interface Token extends TextSpan {
  kind: 'word' | 'punct' | 'quote';
  text: string;
  /** Folded lower-case form, for lexicon lookups. */
  key: string;
  quotation?: Quotation;
  /** An abbreviated word with its dot ("Mr.", "Pdte.", "Gen."): a title, never a name. */
  abbreviation?: boolean;
  /** A word the article also writes in lower case, or a function word of its language: capitalised at a sentence's start, it is no name ("As", "Comes", "Embora"). */
  common?: boolean;
  /** A role noun that opens a name the article writes only whole ("General" of "General Motors"): a name word. */
  opensName?: boolean;
  /** The verb of saying this word form is (`speechVerb` of its text), found once when tokenising: the rules ask it often. */
  verb?: SpeechVerb;
}

export interface Sentence extends TextSpan {
  paragraph: number;
  tokens: Token[];
}

/** French "qu'"/"qu’" elided before a vowel ("qu'il", "qu’elle"): "que" as a word of its own. */
const ELIDED_QUE = /^[Qq]u['’](?=\p{L})/u;

// Words keep inner apostrophes, hyphens and dots ("It’s", "Jong-un", "U.S") and a plural possessive's ("operators'");
// a number keeps a comma between its digits ("2,000", "1,5"), which is no clause's comma, and a time its colon ("4:40"),
// which leads nothing in.
const TOKEN = /[\p{L}\p{N}]+(?:(?:['’\-.]|(?<=\p{N})[,:](?=\p{N}))[\p{L}\p{N}]+)*(?:(?<=s)['’](?![\p{L}\p{N}]))?|[^\s\p{L}\p{N}]/gu;

/**
 * A token with every field of Token present (undefined when unset), in one order: V8 then gives all tokens one
 * hidden class, and the rules that read tokens stay monomorphic instead of deoptimising on each new combination
 * of optional fields ("wrong map", measured in docs/BENCHMARKS.md).
 */
function makeToken(kind: Token['kind'], text: string, key: string, start: number, end: number, extra: Pick<Token, 'quotation' | 'abbreviation' | 'verb'> = {}): Token {
  return { kind, text, key, start, end, quotation: extra.quotation, abbreviation: extra.abbreviation, common: undefined, opensName: undefined, verb: extra.verb };
}

export function tokenize(text: string, span: TextSpan, quotations: Quotation[], paragraph: number): Sentence {
  const tokens: Token[] = [];
  const inside = quotations.filter((quotation) => quotation.outer.start >= span.start && quotation.outer.end <= span.end);
  let cursor = span.start;
  const pushWords = (from: number, to: number) => {
    const stretch = text.slice(from, to);
    // exec, not matchAll: matchAll copies the pattern at each call, and this is called for every sentence.
    TOKEN.lastIndex = 0;
    for (let match = TOKEN.exec(stretch); match !== null; match = TOKEN.exec(stretch)) {
      const start = from + match.index;
      const word = match[0];
      // A match is a word when it starts with a letter or digit (TOKEN's first branch), else one punctuation mark.
      const kind = startsAlphanumeric(word) ? 'word' : 'punct';
      // "dijo dijo John Volker", "said said": a lower-case word typed twice is read once (the text keeps both).
      const last = tokens.at(-1);
      if (kind === 'word' && last?.kind === 'word' && last.text === word && startsLower(word)) continue;
      // "a déclaré qu'il…": French elides "que" before a vowel; the complementiser is a word of its own, read as "que".
      const elided = kind === 'word' && (word[0] === 'q' || word[0] === 'Q') ? ELIDED_QUE.exec(word) : null;
      if (elided) {
        const rest = word.slice(elided[0].length);
        tokens.push(makeToken('word', elided[0], 'que', start, start + elided[0].length), makeToken('word', rest, wordKey(rest), start + elided[0].length, start + word.length));
        continue;
      }
      const token = makeToken(kind, word, wordKey(word), start, start + word.length);
      const verb = kind === 'word' && !determinerParticiple(token, last) && !nounAfterArticle(word, tokens) ? speechVerb(word) ?? perfectOfNounForm(token, last) : undefined;
      if (verb) token.verb = verb;
      tokens.push(token);
    }
  };
  for (const quotation of inside) {
    pushWords(cursor, quotation.outer.start);
    // Raúl "Pato" Gómez: a nickname quoted inside a name is read as one of its words, so the name runs through it.
    if (isInnerNickname(text, quotation)) pushWords(quotation.inner.start, quotation.inner.end);
    else tokens.push(makeToken('quote', text.slice(quotation.outer.start, quotation.outer.end), '', quotation.outer.start, quotation.outer.end, { quotation }));
    cursor = quotation.outer.end;
  }
  pushWords(cursor, span.end);
  const joined = joinFrenchCompounds(joinAbbreviations(appositionDashesAsCommas(withoutRetiredMarks(tokens)), text), text);
  markClosingPreterites(joined);
  unmarkSelfRequests(joined);
  return { start: span.start, end: span.end, paragraph, tokens: joined };
}

/** A retired officer's mark in brackets after a rank ("el general EP (r)", "Col. (ret.)", "(retd)"), folded. */
const RETIRED_MARKS: ReadonlySet<string> = new Set(['r', 'ret', 'retd', 'rtd']);

/**
 * The tokens without a retired officer's mark in brackets between a rank and a name ("el general EP (r) Walter Quispe"):
 * the brackets would end the title there, and the name be read with no title.
 */
function withoutRetiredMarks(tokens: Token[]): Token[] {
  const marked = (open: number): number => {
    if (tokens[open]?.text !== '(' || tokens[open - 1]?.kind !== 'word' || !RETIRED_MARKS.has(tokens[open + 1]?.key ?? '')) return 0;
    const close = tokens[open + 2]?.text === '.' ? open + 3 : open + 2;
    const next = tokens[close + 1];
    return tokens[close]?.text === ')' && next?.kind === 'word' && startsUpper(next.text) ? close - open + 1 : 0;
  };
  if (!tokens.some((_, i) => marked(i) > 0)) return tokens;
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const length = marked(i);
    if (length > 0) i += length - 1;
    else kept.push(tokens[i]!);
  }
  return kept;
}

/** Dashes that set off an aside in running text: em, en, and a hyphen standing alone (" - ", or two as "--"). */
const ASIDE_DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);

/** Tokens an aside between dashes may hold ("— the deputy minister of works in the regional government —"). */
const MAX_DASH_ASIDE_TOKENS = 14;

/** Relative pronouns of a person that open an aside about whom it follows ("Ruiz —quien también habló de…— dijo"): its verbs are its own. */
const ASIDE_RELATIVES: ReadonlySet<string> = new Set(['quien', 'quienes', 'who']);

/**
 * The tokens with each pair of dashes that set off an apposition or another aside ("The minister — Ana Ruiz — said",
 * "La ministra —Ana Ruiz— dijo", "two inspectors -- A and B -- said", "Ruiz —quien habló de…— dijo") read as the pair
 * of commas the press writes there as well, so that the rules for appositions and relative clauses between commas read
 * it. A pair holding a verb of saying outside a relative clause is an inciso ("La reforma —dijo Ríos— estará lista"), a
 * quotation or sentence punctuation is something else, and both are left as dashes; so is a pair with no word on either
 * side. "--" becomes one comma.
 */
function appositionDashesAsCommas(tokens: Token[]): Token[] {
  const dashes: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'punct' || !ASIDE_DASHES.has(token.text)) continue;
    const next = tokens[i + 1];
    const double = token.text === '-' && next?.text === '-' && next.start === token.end;
    dashes.push({ from: i, to: double ? i + 1 : i });
    if (double) i++;
  }
  if (dashes.length < 2) return tokens;
  const commas = new Map<number, Token>();
  const replaced = new Set<number>();
  for (let k = 0; k + 1 < dashes.length; k++) {
    const opening = dashes[k]!;
    const closing = dashes[k + 1]!;
    const inside = tokens.slice(opening.to + 1, closing.from);
    const relative = ASIDE_RELATIVES.has(inside[0]?.key ?? '');
    const aside = inside.length > 0 && inside.length <= MAX_DASH_ASIDE_TOKENS && inside.every((token) => (token.kind === 'word' && (relative || !(token.verb !== undefined && startsLower(token.text)))) || token.text === ',');
    if (!aside || tokens[opening.from - 1]?.kind !== 'word' || tokens[closing.to + 1]?.kind !== 'word') continue;
    for (const dash of [opening, closing]) {
      commas.set(dash.from, makeToken('punct', ',', ',', tokens[dash.from]!.start, tokens[dash.to]!.end));
      for (let i = dash.from; i <= dash.to; i++) replaced.add(i);
    }
    k++;
  }
  if (!commas.size) return tokens;
  const result: Token[] = [];
  tokens.forEach((token, index) => {
    const comma = commas.get(index);
    if (comma) result.push(comma);
    else if (!replaced.has(index)) result.push(token);
  });
  return result;
}

/** Words a nickname quoted inside a name may have ("Pato", "The Rock", "El Chapo"). */
const MAX_NICKNAME_WORDS = 3;

/**
 * Whether a quotation is a nickname set inside a person's name (Raúl "Pato" Gómez, Dwayne “The Rock” Johnson): a few
 * capitalised words, between a capitalised word (no article: "El “Chapo” Guzmán") and one after it, each a space away. A
 * nickname after an article or alone is left a quotation, read by the nickname rules of sentence.ts and subjects/.
 */
function isInnerNickname(text: string, quotation: Quotation): boolean {
  const quoted = text.slice(quotation.inner.start, quotation.inner.end).split(' ');
  if (quoted.length > MAX_NICKNAME_WORDS || !quoted.every((word) => /^\p{Lu}[\p{L}.'’-]*$/u.test(word))) return false;
  const before = /(?:^|\s)(\p{Lu}[\p{L}.'’-]*) $/u.exec(text.slice(Math.max(0, quotation.outer.start - 40), quotation.outer.start))?.[1];
  return before !== undefined && !DETERMINERS.has(foldWord(before)) && !NAME_ARTICLES.has(foldWord(before)) && /^ \p{Lu}\p{L}/u.test(text.slice(quotation.outer.end, quotation.outer.end + 3));
}

/**
 * Whether a word is Spanish "dicho" used as a demonstrative ("en dicho país", "dicho acuerdo") or a nominalised participle
 * ("lo dicho"), not a compound tense's participle of saying: the participle of "decir" reports only after an auxiliary
 * ("ha dicho", "lo había dicho"); elsewhere it is an adjective or a noun's determiner, so the subject
 * phrase before a later verb ("La defensa del exmandatario en dicho país indicó que…") is not cut at it.
 */
function determinerParticiple(token: Token, previous: Token | undefined): boolean {
  return token.key === 'dicho' && !(previous !== undefined && (AUXILIARIES.has(previous.key) || previous.key === 'haber' || previous.key === 'habiendo'));
}

/** Spanish articles, possessives and demonstratives that open a noun phrase (folded). */
const NOUN_OPENERS: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'su', 'sus', 'este', 'esta', 'ese', 'esa']);

/**
 * Whether a Spanish present form of a verb of saying is the noun it spells ("la denuncia", "según la sentencia", "en su
 * crítica"): right after an article that itself opens a phrase (at the start, after punctuation or a preposition), never
 * after a subject, where "la"/"los" are object clitics ("el fiscal los acusa", "que la denuncia"). A preterite or an
 * imperfect is no noun ("la denunció"). `tokens` are those read so far.
 */
function nounAfterArticle(word: string, tokens: Token[]): boolean {
  const [before, article] = [tokens.at(-2), tokens.at(-1)];
  if (!article || !NOUN_OPENERS.has(article.key) || !startsLower(word) || SPANISH_PAST.test(word) || speechVerb(word)?.english !== false) return false;
  return before === undefined || before.kind === 'punct' || PHRASE_PREPOSITIONS.has(before.key) || NAME_PREPOSITIONS.has(before.key);
}

/**
 * A Spanish past of the third person that no noun shares: lower case, a preterite ("descaseteó", "clamaron",
 * "arremetieron") or an imperfect ("gritaban", "repetía" is left out: "-ía" ends nouns such as "policía").
 */
const SPANISH_PAST = /^\p{Ll}{3,}(?:ó|aron|ieron|aban?|ían)$/u;

/** An English regular past ("continued", "recalled"): lower case, ending in "-ed". */
const ENGLISH_PAST = /^\p{Ll}{3,}ed$/u;

/** An English present in the third person ("states", "concludes", "notes"); not "-ss" ("stress", "discuss"). */
const ENGLISH_THIRD_PERSON = /^\p{Ll}{3,}[^s]s$/u;

/** A quotation whose closing mark follows a comma, as English sets off the attribution after it: "“… him,”". */
const COMMA_INSIDE = /,\s*["”’']{1,2}$/u;

/** Clitics a Spanish verb after a quotation may carry ("«…», se quejó X", "«…», le espetó X al juez"). */
const CLOSING_CLITICS: ReadonlySet<string> = new Set(['se', 'le', 'les']);

/** Whether the Spanish verb at `index` comes right after a quotation and its comma (inside or outside the marks), a clitic between them allowed. */
function followsQuotation(tokens: Token[], index: number): boolean {
  const at = CLOSING_CLITICS.has(tokens[index - 1]?.key ?? '') ? index - 1 : index;
  const before = tokens[at - 1];
  return before?.text === ',' ? tokens[at - 2]?.kind === 'quote' : before?.kind === 'quote' && COMMA_INSIDE.test(before.text);
}

/**
 * Marks as a verb of saying a past form that no word list holds but whose place makes it one: in Spanish right after a
 * quotation and its comma, ending the sentence or before its inverted subject, an article's phrase or a name ("“…”,
 * descaseteó.", "“…”, apuntilló el técnico", "«…», se indignó una vecina", "«…», gritaban los manifestantes", "«…»,
 * desafió Néstor Acuña"); in English a regular past, a present in the third person or "began" after a quotation closed on
 * its comma and a pronoun, a name or a noun with its article, ending the sentence ("“…,” she continued.", "“…,” the report
 * states.", "“…,” the letter began."). Press style puts only an attribution there; rare verbs of saying and verbs that
 * only say how the speaking went would otherwise leave the quotation with no speaker.
 */
function markClosingPreterites(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    if (token.kind !== 'word' || token.verb) return;
    const next = tokens[i + 1];
    const ends = next === undefined || ['.', ';'].includes(next.text);
    // The place first: most words follow no quotation, and each expression is a call per word of every article.
    if (followsQuotation(tokens, i) && SPANISH_PAST.test(token.text)) {
      if (ends || DETERMINERS.has(next!.key) || (next!.kind === 'word' && /^\p{Lu}/u.test(next!.text))) token.verb = { frame: 'clause', english: false };
      return;
    }
    if (!ends || !(ENGLISH_PAST.test(token.text) || ENGLISH_THIRD_PERSON.test(token.text) || token.key === 'began')) return;
    let subject = i - 1;
    if (PRONOUNS.has(tokens[subject]?.key ?? '')) subject--;
    else if (tokens[subject]?.kind === 'word' && /^\p{Lu}/u.test(tokens[subject]!.text)) while (subject > i - 4 && tokens[subject]?.kind === 'word' && /^\p{Lu}/u.test(tokens[subject]!.text)) subject--;
    // "“…,” the report states.", "“…,” the email began.": a noun with its article, as a document or a role is written.
    else if (tokens[subject - 1] !== undefined && DETERMINERS.has(tokens[subject - 1]!.key) && tokens[subject]?.kind === 'word' && startsLower(tokens[subject]!.text)) subject -= 2;
    const quote = tokens[subject];
    if (subject < i - 1 && quote?.kind === 'quote' && COMMA_INSIDE.test(quote.text)) token.verb = { frame: 'clause', english: true };
  });
}

/**
 * Unmarks a request that asks for the subject itself (ASKING_FOR_ONESELF): a bare infinitive after it, "no" allowed
 * ("pidió no ser identificado", "solicitaron mantener la reserva"), or an anonymity noun after its article ("pidió el
 * anonimato"). It reports no words, and as a verb of saying it would end the phrase it sits in, so that "Un exdirector
 * que pidió no ser identificado aseguró…" lost its subject.
 */
function unmarkSelfRequests(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    if (!token.verb || token.verb.english || !ASKING_FOR_ONESELF.test(token.key)) return;
    const at = tokens[i + 1]?.key === 'no' ? i + 2 : i + 1;
    const next = tokens[at];
    const infinitive = next?.kind === 'word' && startsLower(next.text) && /(?:ar|er|ir)(?:se|lo|la|le)?$/u.test(next.key) && !DETERMINERS.has(next.key);
    const noun = DETERMINERS.has(tokens[i + 1]?.key ?? '') ? tokens[i + 2] : tokens[i + 1];
    if (infinitive || ANONYMITY_NOUNS.has(noun?.key ?? '')) delete token.verb;
  });
}

const FRENCH_PARTICIPLE_FORMS: ReadonlySet<string> = new Set(FRENCH_PARTICIPLES);

/**
 * A French auxiliary and the participle of saying after it ("a déclaré", "ont affirmé", "a-t-elle précisé") made one verb
 * token, as Spanish reads "dijo": the rules then find the quotation before it and the subject after it ("« … », a déclaré
 * la ministre"). The participles are French spellings no other language shares, so "a" stays a preposition elsewhere.
 */
function joinFrenchCompounds(tokens: Token[], text: string): Token[] {
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const participle = tokens[i + 1];
    if (token.kind !== 'word' || participle?.kind !== 'word' || !FRENCH_AUXILIARIES.has(token.key) || !FRENCH_PARTICIPLE_FORMS.has(participle.text.toLowerCase())) {
      joined.push(token);
      continue;
    }
    const word = text.slice(token.start, participle.end);
    joined.push(makeToken('word', word, foldWord(word), token.start, participle.end, { verb: participle.verb! }));
    i++;
  }
  return joined;
}

/** Function words an acronym may spell ("WHO", "US", "IT", "ONE"): written in capitals, they are names. */
const FUNCTION_WORDS = [CLAUSE_WORDS, DETERMINERS, PHRASE_PREPOSITIONS, NAME_PREPOSITIONS, COORDINATORS, PRONOUNS, GROUP_PRONOUNS];

/** A Spanish noun ending in stressed "-ía" ("Secretaría", "comisaría"): a place or body, never a person. */
const STRESSED_IA = /[íÍ][aA]$/;

/**
 * A word's key for the word lists: folded; an acronym in capitals that spells a function word ("The WHO added",
 * "US officials") keeps its capitals, so that no list reads it as the pronoun or preposition; a body whose folded
 * spelling is a role noun keeps its accent ("Secretaría" → "secretaría"), so that no list reads the body as a person
 * ("según la Secretaría de Obras, …" is the department's, not the last "secretaria" or official named).
 */
function wordKey(word: string): string {
  const key = foldWord(word);
  if (TITLE_NOUNS.has(key) && STRESSED_IA.test(word)) return word.toLowerCase();
  // The cheap tests first: most words are not two capitals.
  const acronym = word.length >= 2 && startsUpper(word) && startsUpper(word.charAt(1)) && word === word.toUpperCase() && FUNCTION_WORDS.some((words) => words.has(key));
  return acronym ? word : key;
}

/**
 * Marks the capitalised words that the article also writes in lower case, or that are function words of its language
 * (`language`, ISO 639-1 as detected: "Embora", "Outra", "Cependant", "Obwohl"), which an article may write only at a
 * sentence's start (see Token.common).
 */
export function markCommonWords(sentences: Sentence[], language: string): void {
  const lower = new Set<string>();
  for (const sentence of sentences) for (const token of sentence.tokens) if (token.kind === 'word' && startsLower(token.text)) lower.add(token.key);
  const english = language === 'en';
  const functionWords = functionWordsOf(language) ?? (english ? ENGLISH_FUNCTION_WORDS : undefined);
  const common = (key: string) => lower.has(key) || functionWords?.has(key) === true;
  // English only: an adverb in -ly or a word in -ing the article capitalises nowhere but at a sentence's start ("Interestingly, …").
  const capitalisedInside = english ? capitalisedAfterSentenceStart(sentences) : undefined;
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, i) => {
      if (!isCapitalised(token)) return;
      // "You’d think…", "Sunday’s New York Times", "They’ve spent…": a clitic or a possessive on a common word leaves it common.
      const base = token.text.includes('’') || token.text.includes("'") ? token.key.replace(CLITIC, '') : token.key;
      if (common(token.key) || (base !== token.key && (common(base) || COMMON_WORDS.some((words) => words.has(base))))) token.common = true;
      else if (capitalisedInside && ENGLISH_ADVERB.test(token.key) && !capitalisedInside.has(token.key) && !subjectOfSaying(sentence.tokens, i)) token.common = true;
    });
  }
}

/**
 * Whether the word at `index` stands right before an English finite verb of saying in lower case ("Boeing said…",
 * "Corning announced…"): its subject, a name, since an adverb or participle opening a sentence ("Interestingly, …",
 * "Following the talks, …") is never followed by a finite verb with nothing between.
 */
function subjectOfSaying(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next?.kind === 'word' && startsLower(next.text) && next.verb?.english === true && !/ing$/.test(next.key);
}

/**
 * The verb of saying a Spanish participle usually read as a noun is after a form of "haber" ("ha comunicado", "ha escrito
 * en su perfil", "han jurado"): a perfect tense, since no article stands between them. Undefined otherwise.
 */
function perfectOfNounForm(token: Token, last: Token | undefined): SpeechVerb | undefined {
  return last !== undefined && AUXILIARIES.has(last.key) && startsLower(token.text) && SPANISH_PARTICIPLE.test(token.key) ? nounFormVerb(token.text) : undefined;
}

/** An English clitic or possessive ending a word: "’s", "’d", "’ll", "’ve", "’re", "’m" (either apostrophe). */
const CLITIC = /['’](?:s|d|ll|ve|re|m)$/u;

/**
 * English adverbs of manner and comment and participles opening a sentence ("Occasionally", "Interestingly", "Following");
 * some names end so too ("Kelly", "Manning"), which the article then capitalises elsewhere.
 */
const ENGLISH_ADVERB = /^\p{L}{3,}(?:ly|ing)$/u;

/**
 * English function words a sentence may open with, capitalised, that are no names: Snowball's stop words (STOP_WORDS.en,
 * apostrophes as typed there and typographic) but the modals that spell given names ("Will", "May", "Can"), and the closed-class
 * words Snowball leaves out: free relatives and concessives ("Whoever Trump picks…", "Despite the media…") and the cardinal
 * numbers a sentence spells out ("Two Clinton donors…").
 */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [...STOP_WORDS.en]
    .filter((word) => !['will', 'may', 'can'].includes(word))
    .flatMap((word) => [word, word.replace("'", '’')])
    .concat(['whoever', 'whatever', 'whenever', 'wherever', 'whichever', 'despite', 'though', 'unless', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands']),
);

/** English pronouns and verbs with a clitic ("I’ll", "They’ve", "It’s"): capitalised anywhere, never a name. */
const ENGLISH_CONTRACTIONS: ReadonlySet<string> = new Set([...ENGLISH_FUNCTION_WORDS].filter((word) => /['’]/u.test(word)));

/** Words (keys) capitalised somewhere other than at a sentence's opening: names, or words of names. */
function capitalisedAfterSentenceStart(sentences: Sentence[]): Set<string> {
  const inside = new Set<string>();
  for (const { tokens } of sentences) {
    tokens.forEach((token, i) => {
      const previous = tokens[i - 1];
      if (isCapitalised(token) && previous !== undefined && previous.kind === 'word') inside.add(token.key);
    });
  }
  return inside;
}

/**
 * Marks the role nouns that are adjectives too (ADJECTIVE_TITLES: "General") as part of the name they open when the
 * article writes the word after them only after them ("General Motors … General Motors"): a body's name, where a
 * general's surname would also stand alone ("Gen. Ana Mora … Mora said"). Marks too every capitalised use of a role noun
 * the article also writes as a name alone ("…, insistió Reina", "“…,” Reina said"): a given name ("Reina Ortiz"), no title.
 */
export function markNamesOpenedByTitles(sentences: Sentence[]): void {
  const opened = new Set<Token>();
  const alone = new Set<string>();
  for (const { tokens } of sentences) {
    tokens.forEach((token, i) => {
      if (token.kind !== 'word' || !startsUpper(token.text)) return;
      const title = tokens[i - 1];
      // One word after the title: "General Mark Milley" is a general's full name.
      if (title && isCapitalised(title) && !title.abbreviation && ADJECTIVE_TITLES.has(title.key) && !isCapitalised(tokens[i + 1] ?? title)) opened.add(title);
      else alone.add(token.key);
    });
  }
  for (const { tokens } of sentences) {
    for (let i = 0; i + 1 < tokens.length; i++) if (opened.has(tokens[i]!) && !alone.has(tokens[i + 1]!.key)) tokens[i]!.opensName = true;
  }
  // "Reina Ortiz, a nurse… “…,” Reina said": a title noun the article writes capitalised with no determiner and no name
  // after it, inside a sentence, is someone's given name there, as it is before their surname; not with its office's
  // complement after it ("en su calidad de Secretario del Comité", "as Secretary of State"), which makes it the office.
  const given = new Set<string>();
  for (const { tokens } of sentences) {
    tokens.forEach((token, i) => {
      const [previous, next] = [tokens[i - 1], tokens[i + 1]];
      if (previous === undefined || token.abbreviation || !/^\p{Lu}\p{Ll}/u.test(token.text) || !isTitleNoun(token.key)) return;
      const inside = previous.kind === 'quote' || (previous.kind === 'word' && !DETERMINERS.has(previous.key) && startsLower(previous.text));
      const office = next !== undefined && NAME_PREPOSITIONS.has(next.key);
      if (inside && !office && !(next !== undefined && isCapitalised(next))) given.add(token.key);
    });
  }
  for (const { tokens } of sentences) for (const token of tokens) if (given.has(token.key) && /^\p{Lu}\p{Ll}/u.test(token.text)) token.opensName = true;
}

/**
 * The source markers of other article languages ("segundo o ministro", "selon le ministre", "secondo il sindaco"),
 * keyed as Spanish "según" so that every rule reading "según X" reads them. Portuguese and Italian write the marker
 * as the ordinal "second", so it is taken only where it cannot be one: after no determiner or preposition (no
 * function word but a coordinator), before an article, a pronoun or a capitalised name. ISO 639-1 keys; folded.
 */
const SOURCE_MARKERS_BY_LANGUAGE: Readonly<Record<string, ReadonlySet<string>>> = { pt: new Set(['segundo']), it: new Set(['secondo']), fr: new Set(['selon']) };
const SPANISH_SOURCE_MARKER = foldWord('según');

/**
 * The definite articles of those languages keyed as the Spanish ones, after a marker only: "selon le rapport",
 * "segundo a CNN" (Spanish reads "le" as a clitic and "a" before a name as a preposition).
 */
const SPANISH_ARTICLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  pt: { o: 'el', a: 'la', os: 'los', as: 'las' },
  it: { il: 'el', lo: 'el', la: 'la', i: 'los', gli: 'los', le: 'las' },
  fr: { le: 'el', la: 'la', les: 'los' },
};

/**
 * In a French article, a lower-case present form of a verb of saying that Spanish or English also spells ("estime",
 * "explique", "indique", "assure": lexicon.ts frenchSharedVerb) is that verb when "que" follows it ("Éric Caldwell
 * estime que l'expérience a été un échec"); elsewhere it stays what the other language reads.
 */
export function markFrenchVerbs(sentences: Sentence[], language: string): void {
  if (language !== 'fr') return;
  for (const { tokens } of sentences) {
    tokens.forEach((token, i) => {
      const next = tokens[i + 1]?.key ?? '';
      if (token.kind !== 'word' || token.verb !== undefined || !startsLower(token.text) || next !== 'que') return;
      const verb = frenchSharedVerb(token.text);
      if (verb) token.verb = verb;
    });
  }
}

/**
 * In an English article, the indefinite article "a" before a capitalised word is keyed as "an": the rules read "a"
 * there as Spanish's preposition ("dijo a Rusia", "a Kim"), which English never writes ("a Vermont Democrat said", "said
 * a GOP strategist"), and "an" is the same article with no Spanish reading.
 */
export function markEnglishArticles(sentences: Sentence[], language: string): void {
  if (language !== 'en') return;
  for (const { tokens } of sentences) {
    tokens.forEach((token, i) => {
      if (token.kind === 'word' && token.key === 'a' && tokens[i + 1] !== undefined && isCapitalised(tokens[i + 1]!)) token.key = 'an';
    });
  }
}

/** Rekeys the source markers of the article's language (`language`, ISO 639-1) as "según"; see SOURCE_MARKERS_BY_LANGUAGE. */
export function markSourceMarkers(sentences: Sentence[], language: string): void {
  const markers = SOURCE_MARKERS_BY_LANGUAGE[language];
  const functionWords = functionWordsOf(language);
  if (!markers || !functionWords) return;
  for (const { tokens } of sentences) {
    tokens.forEach((token, i) => {
      if (token.kind !== 'word' || !markers.has(token.key)) return;
      const [before, after] = [tokens[i - 1], tokens[i + 1]];
      const opens = before === undefined || before.kind !== 'word' || COORDINATORS.has(before.key) || !(functionWords.has(before.key) || DETERMINERS.has(before.key) || NAME_PREPOSITIONS.has(before.key) || PHRASE_PREPOSITIONS.has(before.key));
      const source = after?.kind === 'word' && (functionWords.has(after.key) || isCapitalised(after));
      // A capitalised marker mid-sentence is a given name ("Segundo Montes").
      if (!opens || !source || (i > 0 && !startsLower(token.text))) return;
      token.key = SPANISH_SOURCE_MARKER;
      const article = SPANISH_ARTICLES[language]?.[after.key];
      if (article) after.key = article;
    });
  }
}

/**
 * The adversative conjunction of other article languages ("mas" in Portuguese, "mais" in French, "ma" in Italian), keyed
 * as Spanish "pero" so that every rule reading "…, pero añadió" reads them: a verb after it shares the subject of the
 * clause before ("O senador evita comentar…, mas elogia…"). Spanish folds "más" to "mas", so only these languages'.
 */
const ADVERSATIVES_BY_LANGUAGE: Readonly<Record<string, string>> = { pt: 'mas', fr: 'mais', it: 'ma' };
const SPANISH_ADVERSATIVE = 'pero';

/** Italian's complementiser "che", keyed as "que" so that "comunica che…" reads as "comunica que…" does (Portuguese and French write "que"). */
const COMPLEMENTISERS_BY_LANGUAGE: Readonly<Record<string, string>> = { it: 'che' };
const SPANISH_COMPLEMENTISER = 'que';

/**
 * Rekeys the adversative conjunction (see ADVERSATIVES_BY_LANGUAGE) and the complementiser (COMPLEMENTISERS_BY_LANGUAGE)
 * of the article's language (`language`, ISO 639-1) as Spanish "pero" and "que".
 */
export function markConjunctions(sentences: Sentence[], language: string): void {
  const adversative = ADVERSATIVES_BY_LANGUAGE[language];
  const complementiser = COMPLEMENTISERS_BY_LANGUAGE[language];
  if (!adversative && !complementiser) return;
  for (const { tokens } of sentences) {
    for (const token of tokens) {
      if (token.kind !== 'word' || !startsLower(token.text)) continue;
      if (token.key === adversative) token.key = SPANISH_ADVERSATIVE;
      else if (token.key === complementiser) token.key = SPANISH_COMPLEMENTISER;
    }
  }
}

/**
 * Abbreviated military and police ranks as British style writes them before a name, without a dot ("Staff Sgt Robert Bales",
 * "Col Jeffery Nance", "Lt Gen Ana Ruiz"; BBC News style guide), keys of TITLE_ABBREVIATIONS as written.
 */
const UNDOTTED_RANKS = ['Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Adm', 'Cmdr', 'Supt'];

/** Honorifics that British and Spanish style may write without a dot before a name. */
const UNDOTTED_HONORIFICS = new Set(['Dr', 'Dra', 'Prof', 'Mr', 'Mrs', 'Ms', 'Mx', 'Sr', 'Sra', 'Srta', 'Mme', 'Mlle', ...UNDOTTED_RANKS]);

/** Generational suffixes English names end with, abbreviated ("Jr.", "Sr."). */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Sr']);

/** The legal forms that end firms' names, abbreviated ("Acme Inc.", "Vega y Cía.", "Bolt Ltd."). */
const FIRM_SUFFIXES: ReadonlySet<string> = new Set(['Inc', 'Corp', 'Ltd', 'Co', 'Ltda', 'Cía', 'Bros']);

/** Letters of a word that may be abbreviated before a name ("Mr.", "Sra.", "Pdte.", "Gral."). */
const MAX_ABBREVIATION_LETTERS = 4;

/**
 * A short capitalised word whose dot did not end the sentence (the sentence splitter kept going) and that is
 * followed by a capitalised word is an abbreviated title: "Mr. Powers", "el Pdte. Ramos". It becomes one token.
 */
function joinAbbreviations(tokens: Token[], text: string): Token[] {
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const dot = tokens[i + 1];
    const next = tokens[i + 2];
    // Most words have no dot right after them: that is tested first, the expressions only then.
    const dotted = token.kind === 'word' && dot?.text === '.' && dot.start === token.end && next?.kind === 'word';
    // French "M." (monsieur) is one letter: after a word in lower case ("a dit M. Caldwell") it is no middle initial.
    const monsieur = dotted && token.text === 'M' && /^\p{Lu}/u.test(next.text) && !(joined.at(-1)?.kind === 'word' && startsUpper(joined.at(-1)!.text));
    const abbreviated = monsieur || (dotted && token.text.length <= MAX_ABBREVIATION_LETTERS && /^\p{Lu}\p{Ll}{1,3}$/u.test(token.text) && /^\p{Lu}/u.test(next.text));
    // "U.S. officials", "EE.UU. ha…": a dotted acronym keeps its last dot when a word follows in the same sentence.
    const acronym = dotted && /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(token.text);
    // "Walter A. Clyburn Reed", "Michael J. Fox": a middle initial between capitalised words is part of the name; so is
    // a first initial before a given name and a surname ("T. Michael Walkley", "L. Paul Bremer").
    const afterName = joined.at(-1)?.kind === 'word' && startsUpper(joined.at(-1)!.text);
    const beforeTwoNames = tokens[i + 3]?.kind === 'word' && startsUpper(tokens[i + 3]!.text);
    const initial = dotted && /^\p{Lu}$/u.test(token.text) && startsUpper(next.text) && (afterName || beforeTwoNames);
    // "James A. Winnefeld Jr., the vice chairman", "Martin Luther King Jr. said": a generational suffix after a name, no
    // capitalised word after it (that would make "Sr." the Spanish "señor" of the next name), is the name's last word.
    const ending = token.kind === 'word' && dot?.text === '.' && dot.start === token.end && isCapitalised(joined.at(-1) ?? dot) && !(next !== undefined && isCapitalised(next));
    // "Martin Luther King Jr. Community Hospital": "Jr." (which Spanish never writes for a "señor") inside a longer name.
    const inside = token.text === 'Jr' && dot?.text === '.' && dot.start === token.end && next?.kind === 'word' && isCapitalised(next) && isCapitalised(joined.at(-1) ?? dot);
    const suffix = (ending && NAME_SUFFIXES.has(token.text)) || inside;
    // "Acme Inc. said": the firm's name ends there; its dot is no sentence's end, and the name is written without it.
    if (ending && FIRM_SUFFIXES.has(token.text) && next !== undefined) {
      joined.push(token);
      i++;
      continue;
    }
    if (acronym || initial || suffix) {
      const word = text.slice(token.start, dot.end);
      joined.push(makeToken('word', word, foldWord(word), token.start, dot.end));
      i++;
      continue;
    }
    if (!abbreviated) {
      // British style drops the dot ("Dr Sarah Jones", "Prof Philip Banfield"): an honorific before a name is a title all the same.
      const honorific = token.kind === 'word' && UNDOTTED_HONORIFICS.has(token.text) && dot?.kind === 'word' && /^\p{Lu}/u.test(dot.text);
      if (honorific) token.abbreviation = true;
      joined.push(token);
      continue;
    }
    const word = text.slice(token.start, dot.end);
    const verb = speechVerb(word);
    joined.push(makeToken('word', word, foldWord(word), token.start, dot.end, { abbreviation: true, verb }));
    i++;
  }
  return joined;
}

// Quantifiers and indefinite pronouns open a sentence capitalised ("Several calls followed…", "No-one else dared…"), naming no one.
const COMMON_WORDS = [PLACE_ADVERBS, DETERMINERS, QUANTIFIERS, INDEFINITE_PRONOUNS, DESCRIPTIVE_NOUNS, GROUP_NOUNS, MEDIUM_NOUNS, TITLE_NOUNS, SKIPPABLE, CONNECTORS, CLAUSE_WORDS, INTERROGATIVES, ADVERBIAL_SUBORDINATORS, COMPARATIVE_SUBORDINATORS, PHRASE_PREPOSITIONS];

function isCapitalised(token: Token): boolean {
  return token.kind === 'word' && startsUpper(token.text);
}

// Character tests on a word's first letter, asked of every token many times: ASCII answered without a regular
// expression (there \p{Lu} is A-Z and \p{Ll} a-z), anything else by it.
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const ALPHANUMERIC_START = /^[\p{L}\p{N}]/u;

/** Whether `text` starts with an upper-case letter (\p{Lu}). */
export function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : UPPER_START.test(text);
}

/** Whether `text` starts with a lower-case letter (\p{Ll}). */
export function startsLower(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 0x80 ? code >= 0x61 && code <= 0x7a : LOWER_START.test(text);
}

function startsAlphanumeric(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 0x80 ? (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) : ALPHANUMERIC_START.test(text);
}

/**
 * Whether a token can be part of a proper name. Titles are not ("Mayor Olivia Brandt"), nor is a common
 * word that is capitalised only because it opens the sentence ("Funcionarios de Washington…").
 */
export function isNameWord(tokens: Token[], index: number): boolean {
  const settled = settledReadings.get(tokens);
  if (settled === undefined || index < 0 || index >= tokens.length) return readNameWord(tokens, index);
  const known = settled[index] ?? UNREAD;
  if (known !== UNREAD) return known === 1;
  const nameWord = readNameWord(tokens, index);
  settled[index] = nameWord ? 1 : 0;
  return nameWord;
}

/** A code of capitals and digits ("AV-220", "QF311", "F-16"): a flight, a train, a model or a form, never part of anyone's name. */
const CODE = /^\p{Lu}+-?\p{N}[\p{N}\p{Lu}-]*$/u;

function readNameWord(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.opensName) return true;
  if (token && (isInstitutionModifier(tokens, index) || namesakeTitle(tokens, index))) return true;
  if (!token || !isCapitalised(token) || CODE.test(token.text) || isTitleNoun(token.key) || token.abbreviation || PARTICIPLE_COMPOUND.test(token.text) || ENGLISH_CONTRACTIONS.has(token.key) || WEEKDAYS.has(token.key)) return false;
  if (opensRank(tokens, index)) return false;
  const previous = tokens[index - 1];
  const opensSentence = previous === undefined || previous.kind === 'quote' || (previous.kind === 'punct' && previous.text !== ',');
  // "Reconoció que…": a verb of saying opening the sentence is capitalised, not a name.
  return !(opensSentence && (token.common === true || COMMON_WORDS.some((words) => words.has(token.key)) || isTitlePlural(token.key) || token.verb !== undefined));
}

/**
 * English words that open a compound rank or office before its title noun ("Petty Officer", "Chief Petty Officer", "Staff
 * Sergeant", "Rear Admiral", "Lance Corporal", "Deputy Mayor", "Press Secretary"), folded.
 */
const RANK_MODIFIERS: ReadonlySet<string> = new Set(['petty', 'warrant', 'staff', 'master', 'flight', 'lance', 'rear', 'deputy', 'assistant', 'press']);

/**
 * Whether the capitalised word at `index` opens a compound rank: a rank modifier followed, through other modifiers, by a
 * capitalised title noun ("Coast Guard Petty Officer Ian Marsh": "Petty" is the rank's, not the last word of "Coast Guard").
 */
function opensRank(tokens: Token[], index: number): boolean {
  let i = index;
  while (tokens[i] !== undefined && isCapitalised(tokens[i]!) && RANK_MODIFIERS.has(tokens[i]!.key)) i++;
  return i > index && tokens[i] !== undefined && isCapitalised(tokens[i]!) && isTitleNoun(tokens[i]!.key);
}

/**
 * Whether the word at `index` is a capitalised role noun used as the modifier of the institution noun right after it
 * ("the Justice Department", "the Justice Ministry"), or opens an office's possessive before one ("the Attorney General's
 * Office"): a word of the body's name, not the title of a person.
 */
function isInstitutionModifier(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  const bare = (at: number) => tokens[at]!.key.replace(/['’]s$/u, '');
  const institution = (at: number) => tokens[at] !== undefined && isCapitalised(tokens[at]!) && INSTITUTION_NOUNS.has(tokens[at]!.key);
  if (!isCapitalised(token) || token.abbreviation || !isTitleNoun(bare(index))) return false;
  if (institution(index + 1)) return true;
  // "the Attorney General's Office", "the Mayor's Office", "the Medical Examiner's Office": the office's possessive, then
  // the institution's noun, is one name.
  for (let at = index; at < index + MAX_OFFICE_WORDS && tokens[at] !== undefined && isCapitalised(tokens[at]!); at++) {
    if (/['’]s$/u.test(tokens[at]!.text)) return institution(at + 1);
  }
  return false;
}

/** Capitalised words of an office up to its possessive ("Attorney General's", "Chief Medical Examiner's"). */
const MAX_OFFICE_WORDS = 3;

/**
 * Capitalised nouns of places and institutions that the press names after a person with their title ("Hospital Dr.
 * Gustavo Fricke", "Liceo Presidente Manuel Montt", "Escuela Profesora Gabriela Mistral"), folded.
 */
const NAMESAKE_HEADS: ReadonlySet<string> = new Set([
  'hospital', 'clinica', 'liceo', 'colegio', 'escuela', 'instituto', 'universidad', 'estadio', 'aeropuerto', 'avenida', 'calle', 'plaza',
  'parque', 'teatro', 'museo', 'biblioteca', 'fundacion', 'centro', 'puente', 'school', 'college', 'university', 'airport', 'avenue',
  'street', 'park', 'stadium', 'museum', 'library', 'foundation', 'center', 'centre', 'bridge',
]);

/**
 * Whether the capitalised title at `index` stands between such a head and a capitalised name ("Hospital Dr. Gustavo
 * Fricke"): a word of the place's name, whose namesake holds no office in the story (newcomer 31: "explicó el cirujano"
 * went to the hospital's namesake).
 */
function namesakeTitle(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  const head = tokens[index - 1];
  const next = tokens[index + 1];
  return head !== undefined && next !== undefined && isCapitalised(token) && isCapitalised(head) && isCapitalised(next) && NAMESAKE_HEADS.has(head.key) && (isTitleNoun(token.key) || token.abbreviation === true);
}

/**
 * English capitalises the days of the week, which name no one: "At a hearing on Wednesday Sgt Robert Bales admitted…" opens
 * the name at "Robert" (a time phrase before a titled name needs no comma). Folded.
 */
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES.en);

/**
 * A name and an English participle or "-like" joined by a hyphen ("Murdoch-controlled", "Kremlin-backed", "Trump-like"):
 * an adjective, no name. Korean given names keep their lower-case syllable ("Jong-un", "Jae-in"), which no participle ending has.
 */
const PARTICIPLE_COMPOUND = /-\p{Ll}{2,}(?:ed|ing)$|-like$/u;

/** A word with the English possessive "’s" ("Trump’s"): the name it ends owns what follows it ("Trump’s Twitter account"). */
const POSSESSIVE = /\p{L}['’]s$/u;

/**
 * Whether the name word at `at` is an owner's possessive that ends the name ("Trump’s Twitter", "Sunday’s New York
 * Times"); not when the name it owns is a body's ("New York City’s Office of Emergency Management": one body's name).
 */
function endsName(tokens: Token[], at: number): boolean {
  const token = tokens[at]!;
  if (!POSSESSIVE.test(token.text) || IRREGULAR_PLURALS.has(token.key.slice(0, -2))) return false;
  const owned = nameEnd(tokens, at + 1);
  return !tokens.slice(at + 1, owned).some((word) => INSTITUTION_NOUNS.has(word.key));
}

/** Index just past the proper name starting at `index` (== index when none starts there). */
export function nameEnd(tokens: Token[], index: number): number {
  const settled = settledReadings.get(tokens);
  if (settled === undefined || index < 0 || index >= tokens.length) return readNameEnd(tokens, index);
  const at = tokens.length + index;
  const known = settled[at] ?? UNREAD;
  if (known !== UNREAD) return known;
  return (settled[at] = readNameEnd(tokens, index));
}

function readNameEnd(tokens: Token[], index: number): number {
  const end = readNameWords(tokens, index);
  return end > index ? numberedUnitEnd(tokens, index, end) : end;
}

/**
 * A number ending a body's or an administrative unit's name, with or without a word for "number" before it ("Juzgado
 * Penal 4", "Distrito Escolar 12", "Jurisdicción Sanitaria número III", "Precinct number 5"), and the place that follows
 * it ("Juzgado de Instrucción número 2 de Marbella"): one name, never a speaker "III". Only after a name with a noun for
 * a body or unit (NUMBERED_UNIT_NOUNS), so that a score ("Real Madrid 2") or a count stays out; at most three digits,
 * so that a year does too. `end` is just past the name's words from `index`.
 */
function numberedUnitEnd(tokens: Token[], index: number, end: number): number {
  let at = end;
  if (NUMBER_MARKER.test(tokens[at]?.text ?? '')) at++;
  const numeral = tokens[at];
  if (numeral === undefined || numeral.kind !== 'word' || !(/^\d{1,3}$/.test(numeral.text) || (at > end && ROMAN_NUMERAL.test(numeral.text)))) return end;
  // Folded again: a body in "-ía" keeps its accent in its key ("Comisaría", see wordKey).
  if (!tokens.slice(index, end).some((token) => NUMBERED_UNIT_NOUNS.has(foldWord(token.key)))) return end;
  const place = NAME_PREPOSITIONS.has(tokens[at + 1]?.key ?? '') ? at + 2 + (NAME_ARTICLES.has(tokens[at + 2]?.key ?? '') ? 1 : 0) : at + 1;
  return place > at + 1 && isNameWord(tokens, place) ? nameEnd(tokens, place) : at + 1;
}

/** A word for "number" before a unit's numeral ("número", "nº", "n.º", "number"); abbreviations with a dot ("núm.", "No.") end the sentence for the splitter. */
const NUMBER_MARKER = /^(?:[nN][º°]|[nN]\.º|[nN]úmero|[nN]umber)$/u;

/** A Roman numeral in capitals ("III", "IX", "XIV"). */
const ROMAN_NUMERAL = /^(?=.)X{0,3}(?:IX|IV|V?I{0,3})$/u;

function readNameWords(tokens: Token[], index: number): number {
  if (!isNameWord(tokens, index)) return index;
  let end = index + 1;
  let joined = false;
  let purposeJoined = false;
  for (;;) {
    if (endsName(tokens, end - 1)) return end;
    // "Contraloría General", "Asamblea General": after a name, a role noun that is an adjective too is the name's.
    const adjective = tokens[end] !== undefined && isCapitalised(tokens[end]!) && !tokens[end]!.abbreviation && ADJECTIVE_TITLES.has(tokens[end]!.key);
    if (isNameWord(tokens, end) || adjective) {
      end++;
      continue;
    }
    // "Pieter van Dijk", "Ingrid van der Berg", "Ursula von der Leyen": a surname's lower-case particles join it to the name.
    const particles = surnameParticlesEnd(tokens, end);
    if (particles > end && isNameWord(tokens, particles)) {
      end = particles + 1;
      continue;
    }
    // "Martin Luther King Jr.", "Martin Luther King Jr. Community Hospital": a title's word after a name and before a
    // generational suffix is a surname.
    if (tokens[end] !== undefined && isCapitalised(tokens[end]!) && isTitleNoun(tokens[end]!.key) && GENERATIONAL_SUFFIX.test(tokens[end + 1]?.text ?? '')) {
      end++;
      continue;
    }
    // "Juan Martínez d'Aubuisson", "Valéry Giscard d'Estaing": a particle elided onto the surname joins it as well.
    if (ELIDED_PARTICLE.test(tokens[end]?.text ?? '')) {
      end++;
      continue;
    }
    // "Simon & Schuster", "Johnson & Johnson": an ampersand between capitalised words joins one firm's name.
    if (tokens[end]?.text === '&' && isCapitalised(tokens[end + 1] ?? tokens[end]!)) {
      end += 2;
      continue;
    }
    // "Ministerio de Agricultura, Pesca y Alimentación", "Department for Environment, Food and Rural Affairs": after its
    // complement, an institution's name lists the other fields it covers.
    const fields = joined || purposeJoined ? fieldListEnd(tokens, end) : undefined;
    if (fields !== undefined && tokens.slice(index, end).some((token) => INSTITUTION_NOUNS.has(token.key))) return fields;
    // "Banco de España", "Agencia Central de Noticias de Corea del Norte", "Bank of the West".
    let next = end;
    // "Anguita-Salcedo de la Torre y Montalbán": after a particle, "y" joins the last part of a compound surname.
    if (joined && tokens[next]?.key === 'y' && isNameWord(tokens, next + 1) && !isNameWord(tokens, next + 2) && !NAME_PREPOSITIONS.has(tokens[next + 2]?.key ?? '')) return next + 2;
    // "Centers for Disease Control and Prevention": after its purpose complement, an institution's name ends with a last
    // word joined by "and"/"y" (a second name would follow no purpose complement: "Smith and Jones").
    const lastWord = isNameWord(tokens, next + 1) && !isNameWord(tokens, next + 2) && !NAME_PREPOSITIONS.has(tokens[next + 2]?.key ?? '');
    if (purposeJoined && (tokens[next]?.key === 'and' || tokens[next]?.key === 'y') && lastWord) return next + 2;
    // "Relatoría Especial para la Libertad de Expresión", "Committee for the Protection of Journalists": a name of two
    // words or more takes a purpose complement with its article; an institution's name takes one without it too
    // ("Centers for Disease Control", "Institute for Fiscal Studies", "Instituto para Asuntos Públicos").
    // "Americans for Prosperity", "Veterans for Peace": a lone plural naming people, with its cause, is an advocacy group's name.
    const advocates = end - index === 1 && tokens[next]?.key === 'for' && /\p{Ll}s$/u.test(tokens[index]!.text);
    const institution = advocates || tokens.slice(index, end).some((token) => INSTITUTION_NOUNS.has(token.key) || INSTITUTION_NOUNS.has(token.key.replace(/e?s$/, '')));
    // There a capitalised role noun is the complement's ("Fiscal" in "Institute for Fiscal Studies") when a name word follows it.
    // So is one that ends the name ("National Alliance for Justice"): no name of a person follows it.
    const complementWord = (at: number) => isNameWord(tokens, at) || (tokens[at] !== undefined && isCapitalised(tokens[at]!) && isTitleNoun(tokens[at]!.key) && (isNameWord(tokens, at + 1) || !(tokens[at + 1] !== undefined && isCapitalised(tokens[at + 1]!))));
    const institutionPurpose = institution && PURPOSE_PREPOSITIONS.has(tokens[next]?.key ?? '') && complementWord(next + 1);
    const purpose = institutionPurpose || (PURPOSE_PREPOSITIONS.has(tokens[next]?.key ?? '') && end - index >= 2 && NAME_ARTICLES.has(tokens[next + 1]?.key ?? ''));
    if (institutionPurpose) purposeJoined = true;
    if (NAME_PREPOSITIONS.has(tokens[next]?.key ?? '') || purpose) next++;
    else break;
    if (NAME_ARTICLES.has(tokens[next]?.key ?? '')) next++;
    if (!isNameWord(tokens, next) && !(institutionPurpose && complementWord(next))) break;
    // "Victor Cha of the Center for…": a person's name does not run into the institution he speaks for.
    // Nor into one the words after its name call a body ("Martyn Day of Leigh Day law firm", "Ana Ruiz of Ruiz Hart group"),
    // nor, in English, into a firm's name of two words or more after "of", which joins no surname ("Owen Pratt of Kessler
    // Capital", "of Kessler & Vane"); one word is the place a titled person represents ("Senator Amy Klobuchar of
    // Minnesota"), which the name keeps for `withoutHomePlace`.
    const person = !joined && end - index >= 2 && !tokens.slice(index, end).some((token) => INSTITUTION_NOUNS.has(token.key));
    const firm = tokens[end]!.key === 'of' && (isNameWord(tokens, next + 1) || tokens[next + 1]?.text === '&');
    if (person && (firm || institutionRun(tokens, next) || namesBody(tokens, next))) break;
    joined = true;
    end = next + 1;
  }
  return end;
}

/**
 * Just past a list of fields at `comma` that an institution's name goes on with after its complement (", Pesca y
 * Alimentación", ", Food and Rural Affairs", ", Innovación y Universidades"): one capitalised word after each comma, then
 * "y"/"and" and one or two; undefined for anything else, such as people listed after a body (", Ana Ruiz y Pedro Gil",
 * two words each) or an apposition (", Ana Ruiz,").
 */
function fieldListEnd(tokens: Token[], comma: number): number | undefined {
  let at = comma;
  while (isPunct(tokens[at], ',') && isNameWord(tokens, at + 1) && !isNameWord(tokens, at + 2)) at += 2;
  if (at === comma || !['y', 'and'].includes(tokens[at]?.key ?? '') || !isNameWord(tokens, at + 1)) return undefined;
  const end = isNameWord(tokens, at + 2) ? at + 3 : at + 2;
  return isNameWord(tokens, end) ? undefined : end;
}

/**
 * Lower-case particles of Dutch, German, French and Italian surnames that no Spanish or English name joins with
 * ("van", "von der", "ten", "du", "di"); "de", "del", "da", "dos" join names as NAME_PREPOSITIONS do. Folded.
 */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'ter', 'ten', 'di', 'du', 'le', 'zu']);

/** A generational suffix written as one token ("Jr.", "Sr.", "Jr"). */
const GENERATIONAL_SUFFIX = /^(?:Jr|Sr)\.?$/u;

/** A surname written with a lower-case particle elided onto it ("d'Aubuisson", "dell'Utri", "d’Estaing"). */
const ELIDED_PARTICLE = /^(?:d|dell|dall|degli|l)['’]\p{Lu}/u;

/** Words of particles a surname may have ("van der", "von der"). */
const MAX_SURNAME_PARTICLES = 2;

/** Just past the lower-case surname particles at `from` (== from when none is there). */
function surnameParticlesEnd(tokens: Token[], from: number): number {
  let i = from;
  while (i - from < MAX_SURNAME_PARTICLES && tokens[i] !== undefined && tokens[i]!.kind === 'word' && startsLower(tokens[i]!.text) && SURNAME_PARTICLES.has(tokens[i]!.key)) i++;
  return i;
}

/** Whether the capitalised words from `index` on name a body: one of them is an institution's noun ("European Space Agency"). */
export function institutionRun(tokens: Token[], index: number): boolean {
  for (let i = index; i < tokens.length && tokens[i]!.kind === 'word' && startsUpper(tokens[i]!.text); i++) if (INSTITUTION_NOUNS.has(tokens[i]!.key)) return true;
  return false;
}

/** Lower-case words after a body's name that say what it is ("Leigh Day law firm", "Ruiz Hart group"), at most. */
const BODY_NOUN_REACH = 2;

/** Whether the capitalised words at `index` are followed, within BODY_NOUN_REACH lower-case words, by a noun for a body or a firm. */
function namesBody(tokens: Token[], index: number): boolean {
  let i = index;
  while (i < tokens.length && tokens[i]!.kind === 'word' && startsUpper(tokens[i]!.text)) i++;
  for (let j = i; j < i + BODY_NOUN_REACH && j < tokens.length && tokens[j]!.kind === 'word' && startsLower(tokens[j]!.text); j++) if (INSTITUTION_NOUNS.has(tokens[j]!.key) || FIRM_NOUNS.has(tokens[j]!.key)) return true;
  return false;
}

/** Nouns for a business that INSTITUTION_NOUNS leaves out (its "company" and "empresa" are there). */
const FIRM_NOUNS: ReadonlySet<string> = new Set(['firm', 'firma', 'bufete']);

/** Prepositions of purpose inside an institution's name ("para", "for"). */
const PURPOSE_PREPOSITIONS = new Set(['para', 'for']);

export interface NameSpan {
  /** Token range [from, to). */
  from: number;
  to: number;
  text: string;
}

/**
 * Where the person's name starts in the capitalised run [from, to): after a party's acronym, or after "<title> of" ("Secretary of State
 * Antony Blinken") the run holds the title's complement, then the person, whose name is its last two words; not when
 * those words name an institution ("presidente do Supremo Tribunal Federal") or the acronym in brackets after the run
 * spells all of it ("… Supremo Tribunal Federal (STF)"): the run is then the complement alone.
 */
export function personStart(tokens: Token[], from: number, to: number): number {
  // "Don Ernesto Paredes", "Doña Herminia Rojas", "Sir Keir Starmer": a courtesy title capitalised at a sentence's start is
  // no part of the name. Only before two words of a name: "Don King" may be the given name Don.
  if (to - from >= 3 && tokens[from]!.key.length > 1 && COURTESY_TITLES.has(tokens[from]!.key) && /^\p{Lu}\p{Ll}/u.test(tokens[from + 1]!.text)) return from + 1;
  // "la diputada PS Emilia Nuyado": a party's acronym before a full name labels the person.
  // Particles inside the surname count too ("PS Alfonso de Urresti").
  const nameWord = (token: Token) => /^\p{Lu}\p{Ll}/u.test(token.text) || NAME_PREPOSITIONS.has(token.key) || NAME_ARTICLES.has(token.key);
  if (to - from >= 3 && /^\p{Lu}{2,5}$/u.test(tokens[from]!.text) && /^\p{Lu}\p{Ll}/u.test(tokens[from + 1]!.text) && tokens.slice(from + 1, to).every(nameWord)) return from + 1;
  const member = partisanLabelEnd(tokens, from, to);
  if (member !== undefined) return member;
  // "los alumnos del Liceo Presidente Manuel Montt": a place named after a titled person is one name, the person's too.
  if (namesakeTitle(tokens, from + 1)) return from;
  const title = tokens[from - 2];
  // "el usuario de Twitter Kevin Sánchez": a determined common noun works as a title does. A plural one only if it names
  // holders of a role ("los miembros del Buró Político Esteban Lazo"): "los arrecifes de Cayo Guanaja Chico" are a place's.
  const described =
    title !== undefined && /^\p{Ll}/u.test(title.text) && DETERMINERS.has(tokens[from - 3]?.key ?? '') && !CLAUSE_WORDS.has(title.key) && (!/s$/u.test(title.key) || isTitlePlural(title.key)) &&
    tokens.slice(from, to).every((token) => /^\p{Lu}/u.test(token.text));
  const afterTitle = title !== undefined && (isTitleNoun(title.key) || title.abbreviation === true || described) && NAME_PREPOSITIONS.has(tokens[from - 1]?.key ?? '');
  if ((!afterTitle && titleComplementStart(tokens, from) === undefined) || to - from <= 2) return from;
  // "presidente del Sindicato Unificado de Trabajadores de El Teniente": two words the run joins by "de" (and an article)
  // are its own complement, no person; a person's name follows the complement's last word directly.
  const institution = tokens.slice(to - 2, to).some((token) => INSTITUTION_NOUNS.has(token.key)) || [NAME_PREPOSITIONS, NAME_ARTICLES].some((words) => words.has(tokens[to - 3]?.key ?? ''));
  const spelt = tokens[to]?.text === '(' && tokens[to + 2]?.text === ')' && tokens[to + 1]!.text === tokens.slice(from, to).filter((token) => /^\p{Lu}/u.test(token.text)).map((token) => token.text.charAt(0)).join('');
  // "el portavoz del Ministerio de Sanidad": a name never opens with a lower-case "de"; the last two words are the run's own complement.
  const complement = startsLower(tokens[to - 2]!.text);
  // "el director del Servicio Meteorológico Nacional": a word bodies' names are made of ends the body, never a person's name.
  const bodyWords = tokens.slice(to - 2, to).some((token) => isBodyNameWord(token.key));
  return institution || spelt || complement || bodyWords ? from : to - 2;
}

/** Lower-case words that join the words of a body's name ("Unión por la Patria", "Frente para la Victoria", "Partido de la Gente"). */
const BODY_NAME_LINKS: ReadonlySet<string> = new Set([...NAME_PREPOSITIONS, ...NAME_ARTICLES, 'el', 'por', 'para', 'for', 'y', 'and']);

/** Tokens a title's complement may take before the capitalised run that ends it ("de Renovación para el Cambio"). */
const MAX_COMPLEMENT_TOKENS = 8;

/**
 * Where the complement of a title opens (the index of its "de"/"of") when the capitalised run at `from` ends a body's
 * name that the small words of the name join to it ("la diputada de Unión por la Patria Florencia Carrizo": from
 * "Patria", the complement opens at "de"); undefined when the words before `from` are no such name. The run after the
 * complement then holds the person ("Florencia Carrizo"), as after "<title> of" (`personStart`). The name must have a
 * capitalised word before its last link: "de la Cámara de Comercio" is read by `personStart`'s own rule.
 */
export function titleComplementStart(tokens: readonly Token[], from: number): number | undefined {
  let capitalised = false;
  for (let i = from - 1; i > 0 && from - i <= MAX_COMPLEMENT_TOKENS; i--) {
    const token = tokens[i]!;
    if (token.kind !== 'word') return undefined;
    if (startsUpper(token.text)) {
      capitalised = true;
      continue;
    }
    if (!BODY_NAME_LINKS.has(token.key)) return undefined;
    const title = tokens[i - 1]!;
    // "el politólogo de la Universidad de Concepción Ignacio Ferrada": only an article between the title's "de" and the run.
    const articleOnly = i === from - 2 && NAME_ARTICLES.has(tokens[from - 1]!.key);
    if ((capitalised || articleOnly) && NAME_PREPOSITIONS.has(token.key) && (isTitleNoun(title.key) || title.abbreviation === true)) return i;
  }
  return undefined;
}

/**
 * Party members' labels that may open a capitalised run before a person's name: PARTISAN_NOUNS but "independent", which
 * bodies' names take as an adjective far more often ("California Independent System Operator").
 */
const PARTY_LABELS: ReadonlySet<string> = new Set([...PARTISAN_NOUNS].filter((word) => word !== 'independent'));

/** Words of a place a party label may follow in a capitalised run ("Ohio Republican", "New York Democrat"). */
const MAX_LABEL_PLACE_WORDS = 2;

/**
 * Just past a party member's label opening the capitalised run [from, to), after the place they represent or none
 * ("Republican Tom Cole", "Ohio Republican Tom Cole", "New York Democrat Ana Ruiz"), when a full name of two words or
 * more follows it that names no institution or medium ("Republican National Committee", "Independent Television News" are
 * one name each); undefined otherwise.
 */
function partisanLabelEnd(tokens: Token[], from: number, to: number): number | undefined {
  for (let label = from; label <= from + MAX_LABEL_PLACE_WORDS && label < to; label++) {
    if (!PARTY_LABELS.has(tokens[label]!.key)) continue;
    const person = tokens.slice(label + 1, to);
    return person.length >= 2 && person.every((token) => /^\p{Lu}/u.test(token.text) && ![INSTITUTION_NOUNS, GROUP_NOUNS, MEDIUM_NOUNS].some((words) => words.has(token.key))) ? label + 1 : undefined;
  }
  return undefined;
}

const UNREAD = -1;

/**
 * The readings of the sentences whose tokens no longer change (`settleSentences`): the subject, cast and clause rules
 * ask the same token whether it is a name word, or where the name at it ends, several times a sentence. For a sentence
 * of n tokens, entry i is `isNameWord` at i (1 or 0) and entry n + i `nameEnd` at i, UNREAD until asked (a plain array of
 * small integers: cheaper to make per sentence than typed arrays).
 */
const settledReadings = new WeakMap<readonly Token[], number[]>();

/**
 * Marks these sentences' tokens as final, so that `isNameWord` and `nameEnd` read each of their tokens once. Call only
 * when nothing will change the tokens or their fields again (`readSentences`, extract.ts, after its marking passes).
 */
export function settleSentences(sentences: readonly Sentence[]): void {
  for (const { tokens } of sentences) {
    settledReadings.set(tokens, new Array<number>(2 * tokens.length).fill(UNREAD));
  }
}

/**
 * Each sentence's name spans with the text they were read in, made once: the cast, the mentions and the subject rules
 * each ask for them (several times a sentence), and a sentence's tokens no longer change once `readSentences`
 * (extract.ts) has marked them, before any of those asks.
 */
const spansOfSentence = new WeakMap<Sentence, { text: string; spans: readonly NameSpan[] }>();

/** Every proper name in the sentence, longest first at each position; the same list for the same sentence and text. */
export function nameSpans(sentence: Sentence, text: string): readonly NameSpan[] {
  const known = spansOfSentence.get(sentence);
  if (known?.text === text) return known.spans;
  const spans = readNameSpans(sentence, text);
  spansOfSentence.set(sentence, { text, spans });
  return spans;
}

function readNameSpans(sentence: Sentence, text: string): NameSpan[] {
  const spans: NameSpan[] = [];
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    const end = nameEnd(tokens, i);
    if (end === i) continue;
    const from = personStart(tokens, i, end);
    spans.push({ from, to: end, text: text.slice(tokens[from]!.start, tokens[end - 1]!.end).replace(/['’]s$/, '') });
    i = end - 1;
  }
  return spans;
}

/** Punctuation that sets an inserted verb off from the quotation before it ("«…», dijo X", "«…» —subrayó X"): a comma or a dash. */
export const SETTING_OFF = ',—–';

/** Whether the token is one of the punctuation marks in `chars`. */
export function isPunct(token: Token | undefined, chars = ',.;:'): boolean {
  return token !== undefined && token.kind === 'punct' && chars.includes(token.text);
}
