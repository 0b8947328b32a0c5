/**
 * Whether a sentence of an LLM summary says only what the passages it cites say (issue 18). A claim
 * is unsupported when it states a figure (in digits or in words, Spanish or English: "tres millones"
 * is 3,000,000 and 3,5 millones is not), a name or a content word that no cited passage contains, or
 * when it negates what they state or drops their negation. Content words can only be compared within
 * one language, so a claim in the other language than its passages is checked on figures, names and
 * negation alone. A reply is also rejected when it is not in the question's language, told by the
 * function words each language has and the other lacks.
 */
import type { Language } from '../corpus/types.js';
import { indexTerms, keysOfWord } from '../search/analyze.js';
import { STOP_WORDS } from '../text/stop-words.js';
import { foldAccents } from '../text/words.js';

/** Raw tokens: numbers with their separators (so "3,5" stays a decimal), words, and the n't of English. */
const TOKEN = /\p{N}+(?:[.,]\p{N}+)*|n't|\p{L}[\p{L}\p{M}]*/gu;

function tokens(text: string): string[] {
  return Array.from(foldAccents(text).matchAll(TOKEN), ([token]) => token);
}

// ---- Figures --------------------------------------------------------------------------------------

/** Number words by value; shared spellings ("once" is eleven only in Spanish) are kept per language. */
const NUMBER_WORDS: Record<Language, Record<string, number>> = {
  es: {
    cero: 0, un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
    once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
    veinte: 20, veintiuno: 21, veintiuna: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26,
    veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70,
    ochenta: 80, noventa: 90, cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
    cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600,
    setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
  },
  en: {
    zero: 0, a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
    thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
};
/** Words that multiply what precedes them. Spanish "billón" is a million millions; English "billion" a thousand millions. */
const SCALES: Record<Language, Record<string, number>> = {
  es: { mil: 1e3, millon: 1e6, millones: 1e6, millardo: 1e9, millardos: 1e9, billon: 1e12, billones: 1e12 },
  en: { hundred: 100, hundreds: 100, thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12 },
};
/** A plural scale without a number before it ("millones de años", "hundreds of people") is no figure. */
const VAGUE_SCALES = new Set(['millones', 'millardos', 'billones', 'hundreds', 'thousands', 'millions', 'billions']);
const CONNECTORS: Record<Language, string> = { es: 'y', en: 'and' };
/** Words that are numbers only before a scale ("un millón", "a million"), and articles otherwise. */
const ONLY_BEFORE_SCALE = new Set(['un', 'una', 'uno', 'a', 'one']);

export interface Figure {
  /** As written (folded), for messages. */
  text: string;
  value: number;
  /** The folded words of its phrase within FIGURE_REACH of it, before and after: what it counts or dates. */
  around: string[];
  /** The first word after it that states something ("8 milímetros": milimetros), if one follows closely. */
  unit?: string;
}

/** How many words either side of a figure say what it counts ("3,5 millones de euros", "ocho filas"). */
const FIGURE_REACH = 4;

/** "3,5" and "3.5" are decimals; "1.500", "1,500" and "1.500.000" have thousands separators (groups of three). */
export function digitValue(token: string): number {
  const groups = token.split(/[.,]/);
  if (groups.length === 1) return Number(token);
  const thousands = groups.slice(1).every((group) => group.length === 3);
  return thousands ? Number(groups.join('')) : Number(groups.slice(0, -1).join('') + '.' + groups.at(-1));
}

/** The figures of a text written in `language`: digits and number words, each with any scale after it. */
export function figuresIn(text: string, language: Language): Figure[] {
  // Punctuation between words ends a figure ("veintidós, mil doscientos" is two).
  return text.split(/[,;:()\[\]]\s|[.!?]\s|\n/).flatMap((part) => figuresOfPhrase(part, language));
}

function figuresOfPhrase(text: string, language: Language): Figure[] {
  const words = NUMBER_WORDS[language];
  const scales = SCALES[language];
  const figures: Figure[] = [];
  let run: { words: string[]; start: number; total: number; current: number } | undefined;
  const list = tokens(text);
  const close = (end: number) => {
    if (run) {
      const around = [...list.slice(Math.max(0, run.start - FIGURE_REACH), run.start), ...list.slice(end, end + FIGURE_REACH)];
      const unit = list.slice(end, end + 2).find((word) => !statesNothing(word, language) && !isNumberWord(word, language));
      figures.push({ text: run.words.join(' '), value: run.total + run.current, around, ...(unit === undefined ? {} : { unit }) });
    }
    run = undefined;
  };
  list.forEach((token, i) => {
    const next = list[i + 1] ?? '';
    const scale = scales[token];
    if (/^\p{N}/u.test(token)) {
      close(i);
      run = { words: [token], start: i, total: 0, current: digitValue(token) };
    } else if (scale !== undefined && run) {
      run.words.push(token);
      if (scale === 100) run.current = (run.current || 1) * 100;
      else [run.total, run.current] = [(run.total + (run.current || 1)) * scale, 0];
    } else if (scale !== undefined && !VAGUE_SCALES.has(token)) {
      run = { words: [token], start: i, total: scale === 100 ? 0 : scale, current: scale === 100 ? 100 : 0 };
    } else if (words[token] !== undefined && (!ONLY_BEFORE_SCALE.has(token) || scales[next] !== undefined)) {
      run ??= { words: [], start: i, total: 0, current: 0 };
      run.words.push(token);
      run.current += words[token] ?? 0;
    } else if (!(token === CONNECTORS[language] && run && words[next] !== undefined && !/^\p{N}/u.test(run.words.at(-1) ?? ''))) {
      close(i);
    }
  });
  close(list.length);
  return figures;
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Whether a passage figure backs a claim's: the same value, and, when the claim says what it counts
 * ("8 milímetros"), that word (by stem) near it in the passage, so the passage's "ocho filas" does not
 * back "8 milímetros". Across languages only the value can be compared.
 */
function backs(passage: Figure, claim: Figure, language: Language, sameLanguage: boolean): boolean {
  if (!sameValue(passage.value, claim.value)) return false;
  if (!sameLanguage || claim.unit === undefined) return true;
  const unit = stemOf(claim.unit, language);
  return passage.around.some((word) => stemOf(word, language) === unit);
}

// ---- Words ----------------------------------------------------------------------------------------

/** Function words of one language that the other does not have: what tells the two apart. */
const OWN_WORDS: Record<Language, ReadonlySet<string>> = {
  es: new Set([...STOP_WORDS.es].filter((word) => !STOP_WORDS.en.has(word) && word.length > 1)),
  en: new Set([...STOP_WORDS.en].filter((word) => !STOP_WORDS.es.has(word) && word.length > 1)),
};
const NEGATIONS: Record<Language, ReadonlySet<string>> = {
  es: new Set(['no', 'nunca', 'jamas', 'tampoco', 'ni', 'sin', 'ningun', 'ninguna', 'ninguno', 'nadie', 'nada']),
  en: new Set(['not', "n't", 'no', 'never', 'neither', 'nor', 'without', 'none', 'nobody', 'nothing', 'cannot']),
};
const folded = (list: readonly string[]) => new Set(list.map(foldAccents));
/**
 * Attribution and reference words a faithful summary adds around what a passage says ("según el
 * artículo", "he said"). They state no fact of their own; verbs that do ("negó", "denied") are not here.
 */
const FRAMING: Record<Language, ReadonlySet<string>> = {
  es: folded(['según', 'dijo', 'dice', 'dijeron', 'dicen', 'afirmó', 'afirma', 'aseguró', 'asegura', 'señaló', 'señala', 'indicó', 'indica', 'explicó', 'explica', 'añadió', 'añade', 'declaró', 'declara', 'informó', 'informa', 'artículo', 'texto', 'noticia', 'fragmento', 'pasaje', 'fuente']),
  en: folded(['according', 'said', 'says', 'say', 'stated', 'states', 'told', 'added', 'adds', 'explained', 'noted', 'reported', 'reports', 'article', 'passage', 'text', 'report', 'source']),
};
/**
 * The stop-word lists hold words that can carry a fact ("estado", "tenido" are forms of estar and tener in the Spanish one); only their short
 * words, and the connectives here, are taken as stating nothing, so a swapped "estado" is still seen.
 */
const MAX_FUNCTION_WORD = 5;
const CONNECTIVES: ReadonlySet<string> = folded(['además', 'también', 'mientras', 'aunque', 'porque', 'entonces', 'mismo', 'misma', 'cuales', 'cuyo', 'cuya', 'donde', 'quienes', 'however', 'although', 'because', 'which', 'where', 'there', 'their', 'these', 'those', 'would', 'could', 'should', 'about', 'while', 'other']);
const statesNothing = (token: string, language: Language) => (STOP_WORDS[language].has(token) && token.length <= MAX_FUNCTION_WORD) || CONNECTIVES.has(token);

/** How many words after a negation it governs ("no cerrará la planta"). */
const NEGATION_REACH = 3;

/** The stem retrieval indexes a word under; indexTerms leaves out stop words, and a long one is its own stem. */
export function stemOf(word: string, language: Language): string {
  return indexTerms(word, language)[0] ?? word;
}

/**
 * The language whose own function words a text uses more; undefined when it uses neither more.
 * A capitalised word inside a sentence is a name, not a function word ("Ban", "Adams" say nothing).
 */
export function languageOf(text: string): Language | undefined {
  const list = Array.from(text.matchAll(TOKEN), (match) => (/^\p{Lu}/u.test(match[0]) && !opensSentence(text, match.index) ? '' : foldAccents(match[0])));
  const es = list.filter((token) => OWN_WORDS.es.has(token)).length;
  const en = list.filter((token) => OWN_WORDS.en.has(token)).length;
  return es > en ? 'es' : en > es ? 'en' : undefined;
}

function isNumberWord(token: string, language: Language): boolean {
  return NUMBER_WORDS[language][token] !== undefined || SCALES[language][token] !== undefined || /^\p{N}/u.test(token);
}

interface Said {
  word: string;
  stem: string;
  /** Whether a negation governs it ("no cerrará": cerrar). */
  negated: boolean;
  /** A number or number word: checked as a figure, and here only for what negates it. */
  figure: boolean;
}

/** The content words of a text (stems) and its figures, each marked when a negation governs it. */
function contentOf(text: string, language: Language): Said[] {
  const said: Said[] = [];
  let negatedUntil = -1;
  const list = tokens(text);
  list.forEach((token, i) => {
    if (isNegation(list, i, language)) negatedUntil = i + NEGATION_REACH;
    if (statesNothing(token, language) || NEGATIONS[language].has(token) || token.length < 2 || (token === 'embargo' && list[i - 1] === 'sin')) return;
    const figure = isNumberWord(token, language);
    const stem = figure ? token : stemOf(token, language);
    said.push({ word: token, stem, negated: i <= negatedUntil, figure });
  });
  return said;
}

/** Whether token `i` negates; "sin embargo" (however) does not. */
function isNegation(list: readonly string[], i: number, language: Language): boolean {
  const token = list[i] ?? '';
  return NEGATIONS[language].has(token) && !(token === 'sin' && list[i + 1] === 'embargo');
}

/** Names: capitalised words not opening a sentence, and acronyms anywhere. */
const CAPITALISED = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]*/gu;

/** Every capitalised word of `text`, folded, wherever it stands. */
function capitalisedWords(text: string): string[] {
  return Array.from(text.matchAll(CAPITALISED), ([word]) => foldAccents(word));
}

function namesIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(CAPITALISED)) {
    const acronym = match[0].length > 1 && match[0] === match[0].toUpperCase();
    if (!opensSentence(text, match.index) || acronym) names.push(foldAccents(match[0]));
  }
  return names;
}

/** Whether the word at `index` opens a sentence (or a quotation, or a parenthesis): capitalised whatever it is. */
function opensSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return before === '' || /[.!?¡¿:"«“(\]]$/u.test(before);
}

/** Words that join the parts of one name: "Jean de Bethencourt", "Bank of England". */
const NAME_LINKS: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'of', 'the', 'von', 'van', 'da', 'do', 'dos', 'di', 'du', 'le']);
/** How far apart two parts of a name may be in a passage ("Ayuntamiento de la ciudad de Vigo"). */
const NAME_SPAN = 5;

/**
 * Pairs of capitalised words a claim joins into one name through linking words ("Nueva de
 * Bethencourt"), folded; the sentence's first word is left out (it is capitalised anyway).
 */
function linkedNames(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const list = Array.from(text.matchAll(TOKEN), (match) => ({ token: match[0], index: match.index }));
  list.forEach(({ token, index }, i) => {
    if (!/^\p{Lu}/u.test(token) || opensSentence(text, index)) return;
    let j = i + 1;
    while (list[j] && NAME_LINKS.has(list[j]?.token ?? '')) j++;
    const next = list[j]?.token;
    if (j > i + 1 && next !== undefined && /^\p{Lu}/u.test(next)) pairs.push([foldAccents(token), foldAccents(next)]);
  });
  return pairs;
}

/** Whether `second` follows `first` within NAME_SPAN words somewhere in `list`. */
function nearAfter(list: readonly string[], first: string, second: string): boolean {
  return list.some((token, i) => token === first && list.slice(i + 1, i + 1 + NAME_SPAN).includes(second));
}

/** Whether `list` has `run` as consecutive tokens. */
function containsRun(list: readonly string[], run: readonly string[]): boolean {
  return list.some((_, i) => run.every((token, k) => list[i + k] === token));
}

/**
 * Whether one text says, word for word around a negation, the opposite of the other: `from` has a
 * negation whose neighbours (two before and one after, or one before and two after) `to` has side by
 * side without it, and neither text has the other's version too. This is negation polarity compared
 * where the two texts say the same thing, so it holds when the negation governs only function words
 * ("Newton no lo hizo") or the same word is affirmed elsewhere in the passage.
 */
function flipsNegation(from: readonly string[], to: readonly string[], language: Language): boolean {
  return from.some((_, i) => {
    if (!isNegation(from, i, language)) return false;
    return [
      [i - 2, i - 1, i + 1],
      [i - 1, i + 1, i + 2],
    ].some((positions) => {
      if (positions.some((p) => p < 0 || p >= from.length)) return false;
      const without = positions.map((p) => from[p] ?? '');
      const withIt = from.slice(positions[0], (positions[2] ?? 0) + 1);
      return containsRun(to, without) && !containsRun(from, without) && !containsRun(to, withIt);
    });
  });
}

function hasNegation(text: string, language: Language): boolean {
  const list = tokens(text);
  return list.some((_, i) => isNegation(list, i, language));
}

// ---- The check ------------------------------------------------------------------------------------

/**
 * Why `claim` (in `language`, markers removed) is not supported by `passages`, or undefined when it is.
 * Each passage's language is told by its function words. `named`: the passages the whole summary cites, whose names
 * a claim may use: "Putin viajará a Vietnam [1]" where [1] says "el viaje a Vietnam" and [2], cited in the next
 * sentence, names Putin (figures, words and negation are still the claim's own passages').
 */
export function unsupported(claim: string, passages: readonly string[], language: Language, named: readonly string[] = passages): string | undefined {
  // A passage too short to tell its language is compared as one in the other language.
  const sameLanguage = passages.filter((passage) => languageOf(passage) === language);
  const passageFigures = passages.flatMap((passage) => {
    const written = languageOf(passage);
    return figuresIn(passage, written ?? language).map((figure) => ({ figure, same: written === language }));
  });
  const figure = figuresIn(claim, language).find((candidate) => !passageFigures.some(({ figure: there, same }) => backs(there, candidate, language, same)));
  if (figure) return `states the figure ${figure.text}${figure.unit ? ` ${figure.unit}` : ''}, which no cited passage contains`;

  // Within a language a name must be written as in the passage; across languages spellings may differ
  // ("Moscú", "Moscow"), so the cross-lingual keys of retrieval decide.
  const namedSameLanguage = named.filter((passage) => languageOf(passage) === language);
  const passageWords = new Set(namedSameLanguage.flatMap(tokens));
  const passageKeys = new Set(named.flatMap((passage) => tokens(passage).flatMap((token) => keysOfWord(token))));
  const known = (name: string) => passageWords.has(name) || (namedSameLanguage.length < named.length && keysOfWord(name).some((key) => passageKeys.has(key)));
  const name = namesIn(claim).find((candidate) => !FRAMING[language].has(candidate) && !STOP_WORDS[language].has(candidate) && !known(candidate));
  if (name) return `names ${name}, which no cited passage does`;
  const passageTokens = sameLanguage.map(tokens);
  const joined = linkedNames(claim).find(([first, second]) => sameLanguage.length > 0 && !passageTokens.some((list) => nearAfter(list, first, second)));
  if (joined) return `names ${joined.join(' … ')} as one, which no cited passage does`;

  const negatedThere = passages.some((passage) => hasNegation(passage, languageOf(passage) ?? language));
  if (hasNegation(claim, language) && !negatedThere) return 'negates what no cited passage negates';
  if (sameLanguage.length === 0) return undefined;
  const claimTokens = tokens(claim);
  // One list for all passages, an empty token between them so that no run spans two.
  const passageList = passageTokens.flatMap((list) => [...list, '']);
  if (flipsNegation(passageList, claimTokens, language)) return 'drops a negation the cited passage states there';
  if (flipsNegation(claimTokens, passageList, language)) return 'negates what the cited passage states there';
  const said = sameLanguage.flatMap((passage) => contentOf(passage, language));
  const saidStems = new Set(said.map((entry) => entry.stem));
  const negatedStems = new Set(said.filter((entry) => entry.negated).map((entry) => entry.stem));
  const affirmedThere = new Set(said.filter((entry) => !entry.negated).map((entry) => entry.stem));
  // A capitalised word the summary's other passages also write capitalised, even opening a sentence ("Putin viajará…").
  const namedThere = new Set(named.flatMap(capitalisedWords));
  const elsewhere = new Set(capitalisedWords(claim).filter((word) => namedThere.has(word)));
  for (const { word, stem, negated, figure } of contentOf(claim, language)) {
    // Figures were checked above, by value: "tres" is backed by a passage's "3".
    if (FRAMING[language].has(word) || figure || elsewhere.has(word)) continue;
    if (!saidStems.has(stem)) return `says "${word}", which no cited passage does`;
    if (negated && !negatedStems.has(stem)) return `negates "${word}", which the cited passages do not`;
    if (!negated && !affirmedThere.has(stem)) return `drops the negation of "${word}" in the cited passages`;
  }
  return undefined;
}
