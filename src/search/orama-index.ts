/**
 * The passage index as Orama's index component (its documented `components.index` option): compact
 * postings (postings.ts) scored by BM25 (bm25.ts), plus Orama's own vector index. Why we replace
 * Orama's default index (measured causes in docs/EVALUATION.md and docs/BENCHMARKS.md):
 *
 * 1. Term frequency is lost. The default tokenizer removes duplicate tokens, and the default index
 *    stores `tf = occurrences / field length`, a fraction that BM25's saturation (k = 1.2) then all
 *    but ignores. We keep duplicates and store the raw count, counting each document once in the
 *    term's document frequency.
 * 2. Every query term matches as a prefix ("par" matches "parte", "partido", "parís"…), and each
 *    expansion adds its own score. Orama's `exact: true` would also filter hits by a case-sensitive
 *    regular expression on the raw text, which our folded terms never satisfy; so our search looks
 *    terms up exactly instead.
 * 3. The tokenizer is English: our tokenizer (analyze.ts) folds accents and uses Spanish stems.
 * 4. Size and speed. The default index keeps a radix tree with a Set of document ids per term and,
 *    per document, an object of term frequencies: about 280 bytes per (term, document) pair, 2 GB
 *    of heap at 10,000 articles, and a JSON snapshot that takes longer to load than to rebuild.
 *
 * BM25 is computed exactly as Orama computes it, so rankings are identical to Orama's own index with
 * causes 1–3 fixed. Documents can be removed (Orama's `remove`); their postings go at the next search
 * (only from the lists of their terms when Orama hands over the value and its language: postings.ts).
 */
import type { IIndex, SearchableType, TokenScore, Tokenizer } from '@orama/orama';
import type { components } from '@orama/orama';
import { vector } from '@orama/orama/trees';
import { createScoreBoard, scoreBm25, type ScoreBoard } from './bm25.js';
import { documentFrequency, emptyField, hasTerm, insertDocument, insertNumberedDocument, readStoredPostings, removeDocument, restoreField, saveField, termNumber, type Field, type PairSpill, type RestorableField, type TermStatistics } from './postings.js';
import { remembered } from '../remembered.js';

type InternalIdStore = components.internalDocumentIDStore.InternalDocumentIDStore;

export interface CompactIndex {
  sharedInternalDocumentStore: InternalIdStore;
  searchableProperties: string[];
  searchablePropertiesWithTypes: Record<string, SearchableType>;
  /** Orama's own vector index; Orama's vector search reads it from here. */
  vectorIndexes: Record<string, { type: 'Vector'; node: vector.VectorIndex; isArray: false }>;
  fields: Record<string, Field>;
  board: ScoreBoard;
  /** Per language, each word's term numbers in every string field (see WordNumbers); made as documents are inserted, never saved. */
  wordNumbers: Map<string, (word: string) => WordNumbers>;
  /** Each string field's place in a WordNumbers. */
  fieldSlots: Record<string, number>;
  /** The words of the value inserted last and their WordNumbers, for the document's next field (see `insertValue`). */
  lastRead: { words: readonly string[]; language: string; numbers: WordNumbers[] } | undefined;
}

/**
 * One word's term numbers in each string field (by its slot, `CompactIndex.fieldSlots`), filled as each field first
 * meets the word: a lone number for most words' one term (no array, less memory per word remembered), else the list.
 */
type WordNumbers = (number | readonly number[] | undefined)[];

/**
 * A string field's value read word by word: its words in order, and each word's tokens, which, one word after
 * another, are what the tokenizer makes of the value (the same tokens in the same order). With it, an insertion
 * numbers each word's tokens in the field's vocabulary once (remembered per field and language) instead of
 * looking every token of every document up there: building the index of 30,000 realistic articles spent about
 * half of its indexing thread's work in those lookups and the tokenizer's memories (Map lookups, slower as the
 * maps and the heap grow; docs/BENCHMARKS.md).
 */
export interface WordReading {
  /** The value's words, or undefined for a field read only by the tokenizer; the same list for another field of the same value (the index then reuses what it looked up for the first). */
  words(value: string, language: string, prop: string): readonly string[] | undefined;
  /** One word's tokens (the same for the same word, language and field). */
  tokensOf(word: string, language: string, prop: string): readonly string[];
}

/** What `save` returns: plain JSON plus typed arrays (the snapshot stores those as raw bytes). */
export interface SavedCompactIndex {
  searchableProperties: string[];
  searchablePropertiesWithTypes: Record<string, SearchableType>;
  /** Restored, a field's postings may be left in the snapshot's file (postings.ts). */
  fields: Record<string, RestorableField>;
  vectors: Record<string, { size: number; ids: Uint32Array; values: Float32Array }>;
}

/** The component, and a view of the term statistics of the index it created or loaded last. */
export interface CompactBm25Index {
  component: IIndex<CompactIndex>;
  /** A string field's statistics; throws for a field the schema does not have. */
  statistics(field: string): TermStatistics;
  /** Postings a restore left in the snapshot's file read whole, field after field, in the background (postings.ts `readStoredPostings`). */
  readStoredPostings(): Promise<void>;
}

/**
 * Orama's index component with compact postings, raw term counts and exact term lookup. A search
 * returns at most `resultsLimit` documents, the best in Orama's own order (score, then id): searches
 * must not ask for more. One component serves one database. `spill`, when given, makes a file for
 * each string field's first pending pairs (a build's: postings.ts `emptyField`), or none (held in memory).
 */
export function createCompactBm25Index({ resultsLimit, reading, spill }: { resultsLimit: number; reading?: WordReading; spill?: () => PairSpill | undefined }): CompactBm25Index {
  let current: CompactIndex | undefined;
  const remember = (index: CompactIndex) => (current = index);
  const unsupported = (what: string) => () => {
    throw new Error(`the passage index does not support ${what}`);
  };
  const component: IIndex<CompactIndex> = {
    create: (_orama, sharedInternalDocumentStore, schema) => remember(createIndexStore(sharedInternalDocumentStore, schema as Record<string, SearchableType>, spill)),
    insert: (_implementation, index, prop, _id, internalId, value, _schemaType, language, tokenizer, docsCount) =>
      insertValue(index, prop, internalId, value, language, tokenizer, docsCount, reading),
    remove: (_implementation, index, prop, _id, internalId, value, _schemaType, language, tokenizer, docsCount) => removeValue(index, prop, internalId, value, language, tokenizer, docsCount),
    // Orama calls these only from its own insert, remove and search, which this component replaces.
    insertDocumentScoreParameters: unsupported('Orama\'s default insertion'),
    insertTokenScoreParameters: unsupported('Orama\'s default insertion'),
    removeDocumentScoreParameters: unsupported('Orama\'s default removal'),
    removeTokenScoreParameters: unsupported('Orama\'s default removal'),
    calculateResultScores: unsupported('Orama\'s default scoring'),
    searchByWhereClause: unsupported('where filters'),
    search: (store, term, tokenizer, language, properties, _exact, _tolerance, boost, relevance, docsCount, whereFiltersIDs) =>
      scoreBm25((store as CompactIndex).board, {
        // A token "a|b" is one term with its alternatives (see Bm25Query).
        terms: [...new Set(tokenizer.tokenize(term, language))].map((token) => token.split(ALTERNATIVE)),
        fields: properties.flatMap((prop) => {
          const field = (store as CompactIndex).fields[prop];
          return field ? [{ field, weight: (boost as Record<string, number | undefined>)[prop] ?? 1 }] : [];
        }),
        parameters: relevance,
        docsCount,
        only: whereFiltersIDs,
        limit: resultsLimit,
      }) as TokenScore[],
    getSearchableProperties: (index) => index.searchableProperties,
    getSearchablePropertiesWithTypes: (index) => index.searchablePropertiesWithTypes,
    save: <R>(index: CompactIndex) => saveIndex(index) as R,
    load: (sharedInternalDocumentStore, raw) => remember(loadIndex(sharedInternalDocumentStore, raw as SavedCompactIndex)),
  };
  return {
    component,
    statistics: (prop) => {
      const field = current?.fields[prop];
      if (!field) throw new Error(`the passage index has no text field "${prop}"`);
      return { documentFrequency: (term) => documentFrequency(field, term), hasTerm: (internalId, term) => hasTerm(field, internalId, term) };
    },
    readStoredPostings: async () => {
      for (const field of Object.values(current?.fields ?? {})) await readStoredPostings(field);
    },
  };
}

const VECTOR_TYPE = /^vector\[(\d+)\]$/;
/** Separates a query term's alternatives in the search string: never part of an index term. */
export const ALTERNATIVE = '|';

/** A new index's store; each string field's first pending pairs go to a file `spill` gives, if it gives one (postings.ts `emptyField`). */
function createIndexStore(sharedInternalDocumentStore: InternalIdStore, schema: Record<string, SearchableType>, spill?: () => PairSpill | undefined): CompactIndex {
  const index: CompactIndex = {
    sharedInternalDocumentStore,
    searchableProperties: [],
    searchablePropertiesWithTypes: {},
    vectorIndexes: {},
    fields: {},
    board: createScoreBoard(),
    wordNumbers: new Map(),
    fieldSlots: {},
    lastRead: undefined,
  };
  for (const [prop, type] of Object.entries(schema)) {
    const vectorSize = VECTOR_TYPE.exec(type)?.[1];
    if (vectorSize) index.vectorIndexes[prop] = { type: 'Vector', node: new vector.VectorIndex(Number(vectorSize)), isArray: false };
    else if (type === 'string') addStringField(index, prop, emptyField(spill?.()));
    else throw new Error(`the passage index only holds string and vector fields, not "${type}" (${prop})`);
    index.searchableProperties.push(prop);
    index.searchablePropertiesWithTypes[prop] = type;
  }
  return index;
}

function addStringField(index: CompactIndex, prop: string, field: Field): void {
  index.fieldSlots[prop] = Object.keys(index.fields).length;
  index.fields[prop] = field;
}

function insertValue(index: CompactIndex, prop: string, internalId: number, value: unknown, language: string | undefined, tokenizer: Tokenizer, docsCount: number, reading: WordReading | undefined): void {
  const vectorIndex = index.vectorIndexes[prop];
  if (vectorIndex) {
    vectorIndex.node.add(internalId, value as number[]);
    return;
  }
  const field = index.fields[prop];
  if (!field) throw new Error(`unknown field ${prop}`);
  const words = reading && language !== undefined ? reading.words(value as string, language, prop) : undefined;
  if (!reading || language === undefined || !words) {
    insertDocument(field, internalId, tokenizer.tokenize(value as string, language, prop, false), docsCount);
    return;
  }
  const slot = index.fieldSlots[prop]!;
  const entries = wordEntries(index, words, language);
  const terms: number[] = [];
  for (let at = 0; at < words.length; at++) {
    const entry = entries[at]!;
    let numbers = entry[slot];
    if (numbers === undefined) {
      const found = reading.tokensOf(words[at]!, language, prop).map((token) => termNumber(field, token));
      numbers = entry[slot] = found.length === 1 ? found[0]! : found;
    }
    if (typeof numbers === 'number') terms.push(numbers);
    else for (const number of numbers) terms.push(number);
  }
  insertNumberedDocument(field, internalId, terms, docsCount);
}

/**
 * The WordNumbers of each of `words`. Orama inserts a document's fields one after another, and the fields of one
 * passage read the same words (WordReading gives the same list): its next field takes them from `lastRead`, one
 * memory lookup per word for all the fields instead of one per field (those lookups were a third of indexing on
 * a 10,000-article build, docs/BENCHMARKS.md).
 */
function wordEntries(index: CompactIndex, words: readonly string[], language: string): WordNumbers[] {
  const last = index.lastRead;
  if (last?.words === words && last.language === language) return last.numbers;
  let entryOf = index.wordNumbers.get(language);
  if (!entryOf) {
    const slots = Object.keys(index.fields).length;
    // Sized to the fields: an empty array given an element grows room for seventeen.
    entryOf = remembered((): WordNumbers => new Array<number | readonly number[] | undefined>(slots));
    index.wordNumbers.set(language, entryOf);
  }
  const numbers: WordNumbers[] = [];
  for (const word of words) numbers.push(entryOf(word));
  index.lastRead = { words, language, numbers };
  return numbers;
}

/**
 * Removes a document's value. Given the value as it was inserted, with the language it was inserted
 * with, the value is tokenized again so that only its terms' postings are touched at the next fold;
 * without them (an empty value or no language) the fold passes over every posting.
 */
function removeValue(index: CompactIndex, prop: string, internalId: number, value: unknown, language: string | undefined, tokenizer: Tokenizer, docsCount: number): boolean {
  const vectorIndex = index.vectorIndexes[prop];
  if (vectorIndex) {
    vectorIndex.node.remove(internalId);
    return true;
  }
  const field = index.fields[prop];
  const tokens = typeof value === 'string' && value !== '' && language !== undefined ? tokenizer.tokenize(value, language, prop, false) : undefined;
  return field ? removeDocument(field, internalId, docsCount, tokens) : false;
}

function saveIndex(index: CompactIndex): SavedCompactIndex {
  const fields = Object.fromEntries(Object.entries(index.fields).map(([prop, field]) => [prop, saveField(field)]));
  const vectors = Object.fromEntries(
    Object.entries(index.vectorIndexes).map(([prop, { node }]) => {
      const { size, vectors: rows } = node.toJSON();
      const ids = new Uint32Array(rows.length);
      const values = new Float32Array(rows.length * size);
      rows.forEach(([id, [, row]], position) => {
        ids[position] = id;
        values.set(row, position * size);
      });
      return [prop, { size, ids, values }];
    }),
  );
  return { searchableProperties: index.searchableProperties, searchablePropertiesWithTypes: index.searchablePropertiesWithTypes, fields, vectors };
}

function loadIndex(sharedInternalDocumentStore: InternalIdStore, raw: SavedCompactIndex): CompactIndex {
  const index = createIndexStore(sharedInternalDocumentStore, {});
  index.searchableProperties = raw.searchableProperties;
  index.searchablePropertiesWithTypes = raw.searchablePropertiesWithTypes;
  for (const [prop, saved] of Object.entries(raw.fields)) addStringField(index, prop, restoreField(saved));
  for (const [prop, { size, ids, values }] of Object.entries(raw.vectors)) {
    const node = new vector.VectorIndex(size);
    ids.forEach((id, row) => node.add(id, values.subarray(row * size, (row + 1) * size)));
    index.vectorIndexes[prop] = { type: 'Vector', node, isArray: false };
  }
  return index;
}
