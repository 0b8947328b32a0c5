/**
 * Whose figure a sentence gives. "¿Cuántos años de prisión pidió la Fiscalía contra Guillermo Bocángel?" asks of the
 * years sought against Bocángel; "La fiscalía pidió 12 años de prisión contra el hijo menor de Alberto Fujimori" gives
 * the years sought against someone else: the question puts its name after "contra", and the sentence puts another name
 * in that slot. So does "una tasa de desempleo baja en Miami" for "¿Cuál es la tasa de desempleo de Orlando?" (a blind
 * newcomer's D1: another entity's figure quoted as the answer).
 *
 * Read by word order with closed classes only (prepositions, determiners). A slot is a preposition of the question
 * right before one of its names; for the prepositions that tie a noun to its owner or place ("de", "en", "of", "in"),
 * with the noun before it (its head, "desempleo"), as "de" follows almost every noun.
 */
import type { Language } from '../corpus/types.js';
import { DETERMINERS } from '../quotes/lexicon.js';
import { functionWordsOf, STOP_WORDS } from '../text/stop-words.js';
import { foldAccents } from '../text/words.js';

/** A name of the question and the preposition it stands after. */
export interface NameSlot {
  /** The preposition's class (SLOT_CLASSES): "de" and "en" are one ("de Orlando" / "en Miami"), "contra" and "against" another. */
  kind: string;
  /**
   * The noun right before the preposition, for an owner's or a place's preposition (folded as nameSlots reads it; as the
   * matcher's term once the caller has looked it up); undefined for the others.
   */
  head?: string;
  /** The name's folded words. */
  names: ReadonlySet<string>;
}

/** Prepositions that put a name in a slot, folded, by class: owner or place; against; for; about. */
const SLOT_CLASSES: ReadonlyMap<string, string> = new Map([
  ...['de', 'del', 'en', 'of', 'in'].map((word) => [word, 'de'] as const),
  ...['contra', 'against'].map((word) => [word, 'contra'] as const),
  ...['para', 'for'].map((word) => [word, 'para'] as const),
  ...['sobre', 'about'].map((word) => [word, 'sobre'] as const),
]);
/** The classes whose slot needs the head noun before the preposition, as "de", "para" and "sobre" follow almost any noun; "contra" needs none. */
const HEADED = new Set(['de', 'para', 'sobre']);

const TOKEN = /\p{L}[\p{L}\p{M}'’-]*|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
const CAPITAL = /^\p{Lu}/u;
const WORD = /^\p{L}/u;
/** Words that may join a name's capitalised words ("Corea del Norte", "Bank of England"), folded. */
const NAME_JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'of', 'the']);

interface Token {
  word: string;
  folded: string;
  start: number;
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({ word: match[0], folded: foldAccents(match[0]), start: match.index }));
}

/** Whether a token is a capitalised word that no sentence or question opens with (a name). */
function isName(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const before = tokens[at - 1];
  return token !== undefined && CAPITAL.test(token.word) && before !== undefined && WORD.test(before.word);
}

/** The end (exclusive) of the name run starting at `at`: capitalised words, maybe joined by NAME_JOINERS. */
function nameEnd(tokens: readonly Token[], at: number): number {
  let end = at + 1;
  for (;;) {
    if (tokens[end] !== undefined && CAPITAL.test(tokens[end]!.word)) end++;
    else if (tokens[end] !== undefined && NAME_JOINERS.has(tokens[end]!.folded) && tokens[end + 1] !== undefined && CAPITAL.test(tokens[end + 1]!.word)) end += 2;
    else return end;
  }
}

/** Whether a folded word is a function word of `language` (or of Spanish and English when it has no list). */
function functionWord(folded: string, language: Language): boolean {
  const own = language === 'es' || language === 'en' ? STOP_WORDS[language] : functionWordsOf(language);
  return own?.has(folded) === true || STOP_WORDS.es.has(folded) || STOP_WORDS.en.has(folded);
}

/**
 * The question's names that stand after a slot's preposition, maybe after a determiner ("contra Guillermo Bocángel",
 * "de Orlando", "of the Seahawks"): each with the preposition's class and, for an owner's or a place's, the plain word
 * right before the preposition (its head). None for a name after an owner's preposition with no plain word before it.
 */
export function nameSlots(question: string, language: Language): NameSlot[] {
  const tokens = tokensOf(question);
  const slots: NameSlot[] = [];
  tokens.forEach((token, at) => {
    const kind = SLOT_CLASSES.get(token.folded);
    if (kind === undefined) return;
    const first = DETERMINERS.has(tokens[at + 1]?.folded ?? '') ? at + 2 : at + 1;
    if (!isName(tokens, first)) return;
    const before = tokens[at - 1];
    const head = before && WORD.test(before.word) && !CAPITAL.test(before.word) && !functionWord(before.folded, language) ? before.folded : undefined;
    if (HEADED.has(kind) && head === undefined) return;
    const names = new Set(tokens.slice(first, nameEnd(tokens, first)).filter((word) => CAPITAL.test(word.word)).map((word) => word.folded));
    slots.push({ kind, ...(HEADED.has(kind) && { head }), names });
  });
  return slots;
}

/** How many words may stand between a slot's head (or any of the question's words) and its preposition: "desempleo baja en". */
const HEAD_REACH = 2;
/** How many plain words may stand between the preposition and the other name: "contra el hijo menor de Alberto Fujimori". */
const PHRASE_REACH = 5;

/**
 * Whether `sentence` puts another name in the question's `slot`: after a word matching a question term (`terms`, the
 * sentence's matches with sentence offsets; the slot's head term itself, for an owner's or a place's preposition), within
 * HEAD_REACH words, a preposition of the slot's class, then within PHRASE_REACH plain words a name none of whose words the
 * question holds (`questionWords`, folded), while neither the sentence nor the one before it (`before`, where a sentence whose
 * subject is a pronoun names it: "California del Sur consta de… Es la tercera megalópolis de Estados Unidos") holds any
 * of the slot's name's words.
 */
export function slotOfAnother(sentence: string, terms: ReadonlyArray<{ start: number; term: string }>, slot: NameSlot, questionWords: ReadonlySet<string>, before = ''): boolean {
  const tokens = tokensOf(sentence);
  if ([...tokens, ...tokensOf(before)].some((token) => slot.names.has(token.folded))) return false;
  const termAt = new Map(terms.map((match) => [match.start, match.term]));
  return tokens.some((token, at) => {
    if (SLOT_CLASSES.get(token.folded) !== slot.kind) return false;
    const lead = tokens.slice(Math.max(0, at - HEAD_REACH - 1), at).map((word) => termAt.get(word.start));
    if (slot.head !== undefined && !lead.includes(slot.head)) return false;
    for (let next = at + 1; next <= at + 1 + PHRASE_REACH && next < tokens.length; next++) {
      const word = tokens[next]!;
      if (!WORD.test(word.word)) return false;
      if (isName(tokens, next)) return !questionWords.has(word.folded);
    }
    return false;
  });
}
