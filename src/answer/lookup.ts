/**
 * Looks a question up, its misspelt words read as the articles' (spelling.ts), through a translation
 * into the bot's other language when the articles in the question's own language do not answer it and
 * a translator is configured.
 */
import type { Language } from '../corpus/types.js';
import { analyserFor, readAgain, readQuestion, wordTerms, type QuestionWords } from '../search/analyze.js';
import type { PassageIndex } from '../search/store.js';
import { foldAccents, words as foldedWords } from '../text/words.js';
import { acronymReadings } from './acronyms.js';
import { aliasReadings } from './aliases.js';
import { NEIGHBOUR_WEIGHT, retrieve } from './retrieve.js';
import { otherSenseReading } from './senses.js';
import { readStemVowels } from './stem-vowels.js';
import { correctSpelling, type Correction, type FunctionWords } from './spelling.js';
import type { CheckedQuestion, RetrievedPassage, Retrieval } from './types.js';

/**
 * Translates a question for the lookup (undefined when it cannot). `keep`, when given, says of a name the question writes
 * whether to leave it as written (the passages in `to` hold it so: a rule-based translator would turn "Trump" into a verb).
 * `senses`, when the translator has
 * a dictionary (Apertium), lists the lemmas it gives each ambiguous content word of the question;
 * `functionWords`, when it has a tagger of the language (Apertium), the words of a text it reads as function
 * words there (spelling.ts).
 */
export type Translate = ((question: string, from: Language, to: Language, keep?: (word: string) => boolean) => Promise<string | undefined>) & {
  senses?: (question: string, from: Language, to: Language) => Promise<string[][]>;
  functionWords?: FunctionWords;
};

export interface LookUp {
  retrieval: Retrieval;
  /** The reading the passages were found with: the question's own, or its translation's. */
  query: QuestionWords;
  /** Whether that reading is a translation. */
  translated: boolean;
  /** The question's misspelt words read otherwise in that reading (spelling.ts); empty for a translation. */
  corrections: Correction[];
  /**
   * The question's own reading and what it found, when a translation's reading was used instead: its passages may name
   * whom the question names where the translation's do not (a Portuguese story on "Barroso" for a Spanish question).
   */
  own?: { retrieval: Retrieval; query: QuestionWords };
}

/** Passages handed on to sentence selection; more than are cited, so near-duplicates can be dropped. */
const CANDIDATE_PASSAGES = 8;
/**
 * Passages read when none of the first CANDIDATE_PASSAGES holds the kind of answer the question asks for. Handing on
 * this many for every question cited the gold paragraph first less often on XQuAD's dev groups (652 of 723 against 655):
 * lower passages are more often distractors, so they are read only when the nearer ones cannot answer.
 */
const FURTHER_PASSAGES = 2 * CANDIDATE_PASSAGES;

/**
 * The passages for a reading of a question (LookUp.query, in its own language) down to FURTHER_PASSAGES, best first: those
 * lookUp found and the ones ranked after them (the index cuts the ranking its first search of `query` made: no new
 * search). `neighbourWeight` is retrieve.ts's.
 */
export async function lookFurther(index: PassageIndex, query: QuestionWords, neighbourWeight = NEIGHBOUR_WEIGHT): Promise<RetrievedPassage[]> {
  return (await retrieve(index, query, query.language, { limit: FURTHER_PASSAGES, neighbourWeight })).hits;
}

/**
 * The passages for a question, read in its own words or through `translate` into the bot's other
 * language, when the index holds passages in it and the question's own reading found no answer in
 * its own language (an English story in a Spanish archive needs no translation). The own reading is
 * also kept when its best passage is in the question's language and holds at least as much of the
 * question as the translation's best (by coverage, or by the share of its words), or when the translation's best is in
 * the question's language too and holds a word of it; never when its best passage lacks a name of the question that one
 * of its passages in another language holds (`namesHeldElsewhere`);
 * otherwise a translation that finds anything is used.
 * `articleLanguage` gives an article's language by id (undefined when unknown); `neighbourWeight` is retrieve.ts's
 * (NEIGHBOUR_WEIGHT unless an evaluation tries another).
 */
export async function lookUp(
  index: PassageIndex,
  question: CheckedQuestion,
  translate: Translate | undefined,
  articleLanguage: (articleId: string) => string | undefined,
  neighbourWeight = NEIGHBOUR_WEIGHT,
): Promise<LookUp> {
  const search: Search = Object.assign((words: QuestionWords, language: Language) => retrieve(index, words, language, { limit: CANDIDATE_PASSAGES, neighbourWeight }), {
    coverageBound: (words: QuestionWords, language: Language) => index.coverageBound(words, language),
  });
  // Other names are tried among passages in the question's language: across languages the own reading meets passages
  // only through names and cognates, and a table's other-language name there would be a translation by list.
  // A verb form whose stem vowel or root the stemmer keeps apart ("compite" beside "competirá") is read first as its
  // verb's other form, which is no misspelling (stem-vowels.ts).
  const { words, corrections } = await correctSpelling(index, readStemVowels(index, question.words), translate?.functionWords);
  // The language the question is written in: a French one is replied to in Spanish, but its own reading finds French
  // stories word for word, which a translator from Spanish would only garble.
  const written = question.writtenIn ?? question.language;
  const ownLanguageHeld = index.passagesIn(question.language) > 0;
  const ownReading = () => bestReading(search, words, question.language, ownLanguageHeld);
  // With no passage in the question's language the own reading cannot answer in it, and is used only when a
  // translation finds nothing: it is read after the translation then, not before (the same outcome, one lookup fewer).
  const own = ownLanguageHeld || index.passagesIn(written) > 0 || !translate ? await ownReading() : undefined;
  const target: Language = question.language === 'es' ? 'en' : 'es';
  // A best passage in the question's language that lacks a name the question asks about, which a passage in another
  // language holds, tells of another story ("How many people were arrested in El Salvador?" beside a fire in China that
  // shares "arrested" and "people": blind newcomer 25's probe): it answers nothing in the question's language.
  const ownLacksNames = own !== undefined && namesHeldElsewhere(own.retrieval.hits, words.names);
  const answeredInOwnLanguage = own !== undefined && !own.retrieval.refused && own.retrieval.hits[0] !== undefined && articleLanguage(own.retrieval.hits[0].passage.articleId) === written && !ownLacksNames;
  // A question written in a language the bot reads only in part is not translated: the translator reads the language it
  // is replied in (the asker's locale), so a German question went through a Spanish-English pair under one locale and
  // not under another (blind newcomer 26's D7b); its names and cognates are what it is looked up by.
  const translating = question.writtenIn === undefined && !answeredInOwnLanguage && index.passagesIn(target) > 0 && translate;
  const heldAsWritten = (word: string) => {
    const terms = wordTerms(foldAccents(word), analyserFor(target));
    return terms.length > 0 && terms.every((term) => index.documentFrequency(term, analyserFor(target)) > 0);
  };
  const [translation, senses] = translating ? await Promise.all([translate(question.asked, question.language, target, heldAsWritten), translate.senses?.(question.asked, question.language, target)]) : [];
  if (translation !== undefined && translation.trim() !== '') {
    const read = await bestReading(search, readQuestion(translation, target), target);
    const lookUpSense = Object.assign((words: QuestionWords) => search(words, target), { coverageBound: (words: QuestionWords) => search.coverageBound(words, target) });
    const { retrieval: throughTranslation, query: translated } = (senses && (await otherSenseReading(read.query, read.retrieval, senses, lookUpSense))) ?? read;
    const ownBest = own?.retrieval.hits[0];
    const translationBest = throughTranslation.hits[0];
    // A translation's best passage in the question's own language met it only through words left as written (a name,
    // an acronym: "JOH"), which the own reading holds too: the own reading, with the question's other words, is kept.
    // One whose text holds none of the translation's words met it only through spellings the languages share
    // ("arrestadas" beside "arrested"), which says nothing of the own reading.
    const ownLanguageThroughNames = ownBest !== undefined && translationBest !== undefined && articleLanguage(translationBest.passage.articleId) === written && translationBest.matchedTerms.length > 0;
    // Coverage weighs words by their rarity in each language's passages, so a word of a few other-language stories (a
    // false friend: "moved" meeting a government's "move") outweighs one the archive's own stories share: the own reading
    // is kept when its best passage holds as large a share of its words as the translation's does of its own.
    const holdsAsMuch = own !== undefined && ownBest !== undefined && (ownBest.coverage >= (translationBest?.coverage ?? 0) || wordShare(ownBest, own.query) >= (translationBest ? wordShare(translationBest, translated) : 0));
    const inOwnLanguage = ownLanguageThroughNames || (ownBest !== undefined && articleLanguage(ownBest.passage.articleId) === written && holdsAsMuch && !ownLacksNames);
    // A translator can answer, or garble, instead of translating: a "translation" that finds nothing is worth less than the question itself.
    if (throughTranslation.hits.length > 0 && !inOwnLanguage) return { retrieval: throughTranslation, query: translated, translated: true, corrections: [], ...(own && { own }) };
  }
  const { retrieval, query } = own ?? (await ownReading());
  return { retrieval, query, translated: false, corrections };
}

/**
 * Whether the first hit lacks one of `names` (the question's folded name words) that a hit in another language holds
 * (passage text, folded words).
 */
function namesHeldElsewhere([first, ...others]: RetrievedPassage[], names: readonly string[]): boolean {
  if (first === undefined || names.length === 0) return false;
  const held = (hit: RetrievedPassage) => new Set(foldedWords(hit.passage.text));
  const own = held(first);
  const missing = names.filter((name) => !own.has(name));
  return missing.length > 0 && others.some((hit) => hit.passage.language !== first.passage.language && missing.some((name) => held(hit).has(name)));
}

/** Share of a reading's content words of which a passage holds a term, 0..1 (unweighted, unlike its coverage). */
function wordShare(hit: RetrievedPassage, reading: QuestionWords): number {
  if (reading.content.length === 0) return 0;
  const held = new Set(hit.matchedTerms);
  const analyser = analyserFor(hit.passage.language);
  return reading.content.filter((word) => wordTerms(word, analyser).some((term) => held.has(term))).length / reading.content.length;
}

/**
 * Looks one reading of a question up among the passages, as read in `language`; `coverageBound` gives, without a search,
 * the largest coverage its best passage can have (PassageIndex.coverageBound).
 */
type Search = ((words: QuestionWords, language: Language) => Promise<Retrieval>) & { coverageBound: (words: QuestionWords, language: Language) => number };

/**
 * The question's passages as read in its own words or with another name of a country or
 * organisation it names in its place (aliases.ts: "EEUU" read as "Estados Unidos"; acronyms.ts: "Ministerio de Energía y
 * Minas" as "MEM" where a passage it found defines that acronym): the reading whose
 * best passage holds the most of it, its own on a tie. A reading in which the other name is only stop
 * words is not tried, nor any when `otherNames` is false. `search` looks one reading up.
 */
async function bestReading(search: Search, words: QuestionWords, language: Language, otherNames = true): Promise<{ retrieval: Retrieval; query: QuestionWords }> {
  let best = { retrieval: await search(words, language), query: words };
  const found = best.retrieval.hits.map((hit) => hit.passage.text);
  for (const { text, name } of otherNames ? aliasReadings(words.text) : []) {
    // A reading is kept only if its best passage holds more of it: none can once a passage holds all of the question.
    if ((best.retrieval.hits[0]?.coverage ?? 0) >= 1) break;
    const query = readAgain(text, words);
    // A name that is a stop word of the question's language ("UN", "US" read as "un", "us") vanishes from the
    // reading, and a question without its name holds more of what is left: such a reading says nothing.
    if (!name.some((word) => query.content.includes(word))) continue;
    // A reading of a name no passage holds ("United States" in Spanish stories) cannot find more than the best so far:
    // it is not searched (a search of two fields over every passage holding its other words; the same outcome).
    if (search.coverageBound(query, language) <= (best.retrieval.hits[0]?.coverage ?? 0)) continue;
    const retrieval = await search(query, language);
    if ((retrieval.hits[0]?.coverage ?? 0) > (best.retrieval.hits[0]?.coverage ?? 0)) best = { retrieval, query };
  }
  // Acronyms are read from the passages the question's own words found: a story defines its own (acronyms.ts). An acronym
  // is one word for its long form's several, so coverage, weighted by rarity, does not compare the two readings: the
  // acronym's is kept when its best passage holds a larger share of its words than the best one's holds of its own.
  for (const { text, name } of otherNames ? acronymReadings(words.text, found) : []) {
    const query = readAgain(text, words);
    if (!name.some((word) => query.content.includes(word))) continue;
    const retrieval = await search(query, language);
    const [first, held] = [retrieval.hits[0], best.retrieval.hits[0]];
    if (first && (!held || wordShare(first, query) > wordShare(held, best.query))) best = { retrieval, query };
  }
  return best;
}

/** The translator, its failures (and its dictionary's) read as no translation. */
export function safely(translate: Translate): Translate {
  const { senses, functionWords } = translate;
  const safe: Translate = (text, from, to, keep) => translate(text, from, to, keep).catch(() => undefined);
  if (senses) safe.senses = (text, from, to) => senses(text, from, to).catch(() => []);
  if (functionWords) safe.functionWords = (text, language) => functionWords(text, language).catch(() => undefined);
  return safe;
}
