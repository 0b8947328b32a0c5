/**
 * The parts of Orama we replace, through its documented `components` option, to make its BM25
 * rank Spanish passages as well as its peers do, and to keep a big archive small and fast.
 * Measured causes (docs/EVALUATION.md, docs/BENCHMARKS.md):
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
 *    Scoring allocates a Map per matching document, and every match is sorted. Our index keeps
 *    each field's postings in typed arrays (6 bytes a pair, outside the garbage-collected heap),
 *    scores into a reused array and keeps only as many of the best documents as a search returns.
 *
 * BM25 is computed exactly as Orama computes it (same formula, same order of operations, the same
 * running average of field lengths), so rankings are identical to Orama's own index with causes
 * 1–3 fixed. Documents are never removed: the corpus is re-indexed from scratch when it changes.
 */
import { components } from '@orama/orama';
import type { IDocumentsStore, IIndex, SearchableType, TokenScore, Tokenizer } from '@orama/orama';
import { vector } from '@orama/orama/trees';

type DocumentsStore = components.documentsStore.DocumentsStore;
type InternalIdStore = components.internalDocumentIDStore.InternalDocumentIDStore;
type InternalId = TokenScore[0];
type Postings = Uint32Array;
type Counts = Uint16Array | Uint32Array;

/** One searchable string field. */
interface Field {
  /** Term → term number, numbered in order of first appearance. */
  termNumbers: Map<string, number>;
  terms: string[];
  /** Per internal id: the number of index terms the field holds, duplicates included (BM25's field length). */
  lengths: Uint32Array;
  /** Orama's running average of field lengths, updated the way Orama updates it. */
  averageLength: number;
  /** Assembled postings: term t's documents are documents[offsets[t]…offsets[t + 1]), ascending, with their counts. */
  offsets: Uint32Array;
  documents: Postings;
  counts: Counts;
  /** Documents inserted since the postings were last assembled. */
  pending: PendingDocuments;
  /** Scratch counts by term number while one document is inserted; all zero between insertions. */
  tally: Uint32Array;
}

/** Appended as documents are inserted; assembled into postings before the next search or save. */
interface PendingDocuments {
  ids: number[];
  /** Each pending document's field length. */
  lengths: number[];
  /** How many (term, count) pairs each pending document has. */
  sizes: number[];
  terms: ChunkedNumbers;
  counts: ChunkedNumbers;
}

export interface CompactIndex {
  sharedInternalDocumentStore: InternalIdStore;
  searchableProperties: string[];
  searchablePropertiesWithTypes: Record<string, SearchableType>;
  /** Orama's own vector index; Orama's vector search reads it from here. */
  vectorIndexes: Record<string, { type: 'Vector'; node: vector.VectorIndex; isArray: false }>;
  fields: Record<string, Field>;
  /** Scratch space for scoring, reused by every search: scores by internal id, and the ids scored. */
  scores: Float64Array;
  scored: Uint32Array;
}

/** What `save` returns: plain JSON plus typed arrays (see snapshot.ts, which stores those as raw bytes). */
export interface SavedCompactIndex {
  searchableProperties: string[];
  searchablePropertiesWithTypes: Record<string, SearchableType>;
  fields: Record<string, { terms: string[]; averageLength: number; lengths: Uint32Array; offsets: Uint32Array; documents: Postings; counts: Counts }>;
  vectors: Record<string, { size: number; ids: Uint32Array; values: Float32Array }>;
}

/**
 * Orama's index component with compact postings, raw term counts and exact term lookup. A search
 * returns at most `resultsLimit` documents, the best in Orama's own order (score, then id): searches
 * must not ask for more.
 */
export function createCompactBm25Index({ resultsLimit }: { resultsLimit: number }): IIndex<CompactIndex> {
  const unsupported = (what: string) => () => {
    throw new Error(`the passage index does not support ${what}; it is rebuilt from scratch when the corpus changes`);
  };
  return {
    create: (_orama, sharedInternalDocumentStore, schema) => createIndexStore(sharedInternalDocumentStore, schema as Record<string, SearchableType>),
    insert: (_implementation, index, prop, _id, internalId, value, _schemaType, language, tokenizer, docsCount) =>
      insertValue(index, prop, internalId, value, language, tokenizer, docsCount),
    remove: unsupported('removing documents'),
    // Orama calls these only from its own insert and search, which this component replaces.
    insertDocumentScoreParameters: unsupported('Orama\'s default insertion'),
    insertTokenScoreParameters: unsupported('Orama\'s default insertion'),
    removeDocumentScoreParameters: unsupported('removing documents'),
    removeTokenScoreParameters: unsupported('removing documents'),
    calculateResultScores: unsupported('Orama\'s default scoring'),
    searchByWhereClause: unsupported('where filters'),
    search: (index, term, tokenizer, language, properties, _exact, _tolerance, boost, relevance, docsCount, whereFiltersIDs) =>
      searchExactTerms(index as CompactIndex, term, tokenizer, language, properties, boost as Record<string, number | undefined>, relevance, docsCount, whereFiltersIDs, resultsLimit),
    getSearchableProperties: (index) => index.searchableProperties,
    getSearchablePropertiesWithTypes: (index) => index.searchablePropertiesWithTypes,
    save: <R>(index: CompactIndex) => saveIndex(index) as R,
    load: (sharedInternalDocumentStore, raw) => loadIndex(sharedInternalDocumentStore, raw as SavedCompactIndex),
  };
}

const VECTOR_TYPE = /^vector\[(\d+)\]$/;

function createIndexStore(sharedInternalDocumentStore: InternalIdStore, schema: Record<string, SearchableType>): CompactIndex {
  const index: CompactIndex = {
    sharedInternalDocumentStore,
    searchableProperties: [],
    searchablePropertiesWithTypes: {},
    vectorIndexes: {},
    fields: {},
    scores: new Float64Array(0),
    scored: new Uint32Array(0),
  };
  for (const [prop, type] of Object.entries(schema)) {
    const vectorSize = VECTOR_TYPE.exec(type)?.[1];
    if (vectorSize) index.vectorIndexes[prop] = { type: 'Vector', node: new vector.VectorIndex(Number(vectorSize)), isArray: false };
    else if (type === 'string') index.fields[prop] = emptyField();
    else throw new Error(`the passage index only holds string and vector fields, not "${type}" (${prop})`);
    index.searchableProperties.push(prop);
    index.searchablePropertiesWithTypes[prop] = type;
  }
  return index;
}

function emptyField(): Field {
  return {
    termNumbers: new Map(),
    terms: [],
    lengths: new Uint32Array(0),
    averageLength: 0,
    offsets: new Uint32Array(1),
    documents: new Uint32Array(0),
    counts: new Uint16Array(0),
    pending: emptyPending(),
    tally: new Uint32Array(0),
  };
}

function emptyPending(): PendingDocuments {
  return { ids: [], lengths: [], sizes: [], terms: new ChunkedNumbers(), counts: new ChunkedNumbers() };
}

function insertValue(index: CompactIndex, prop: string, internalId: InternalId, value: unknown, language: string | undefined, tokenizer: Tokenizer, docsCount: number): void {
  const vectorIndex = index.vectorIndexes[prop];
  if (vectorIndex) {
    vectorIndex.node.add(internalId, value as number[]);
    return;
  }
  const field = index.fields[prop];
  if (!field) throw new Error(`unknown field ${prop}`);
  const tokens = tokenizer.tokenize(value as string, language, prop, false);
  // Orama's running average, operation for operation, so that scores match its index to the last bit.
  field.averageLength = (field.averageLength * (docsCount - 1) + tokens.length) / docsCount;
  // Counted in a scratch array indexed by term number (zero again afterwards): cheaper than a Map per document.
  const distinct: number[] = [];
  for (const token of tokens) {
    let term = field.termNumbers.get(token);
    if (term === undefined) {
      term = field.terms.length;
      field.termNumbers.set(token, term);
      field.terms.push(token);
    }
    if (term >= field.tally.length) field.tally = growTally(field.tally, term);
    if (field.tally[term] === 0) distinct.push(term);
    field.tally[term]!++;
  }
  const { pending } = field;
  pending.ids.push(internalId);
  pending.lengths.push(tokens.length);
  pending.sizes.push(distinct.length);
  for (const term of distinct) {
    pending.terms.push(term);
    pending.counts.push(field.tally[term]!);
    field.tally[term] = 0;
  }
}

function growTally(tally: Uint32Array, term: number): Uint32Array {
  const grown = new Uint32Array(Math.max(2 * tally.length, term + 1, 1024));
  grown.set(tally);
  return grown;
}

/** Folds the pending documents into the postings: a counting sort by term, old postings first. */
function assemble(field: Field): void {
  const { pending } = field;
  if (pending.sizes.length === 0) return;
  const termCount = field.terms.length;
  const frequencies = new Uint32Array(termCount);
  for (let term = 0; term < field.offsets.length - 1; term++) frequencies[term] = field.offsets[term + 1]! - field.offsets[term]!;
  let largestCount = 0;
  for (let i = 0; i < pending.terms.length; i++) {
    frequencies[pending.terms.get(i)]!++;
    largestCount = Math.max(largestCount, pending.counts.get(i));
  }
  const offsets = new Uint32Array(termCount + 1);
  for (let term = 0; term < termCount; term++) offsets[term + 1] = offsets[term]! + frequencies[term]!;
  const total = offsets[termCount]!;
  const documents = new Uint32Array(total);
  const wide = largestCount > 0xffff || field.counts instanceof Uint32Array;
  const counts = wide ? new Uint32Array(total) : new Uint16Array(total);
  const next = offsets.slice(0, termCount);
  for (let term = 0; term < field.offsets.length - 1; term++) {
    const from = field.offsets[term]!;
    const to = field.offsets[term + 1]!;
    documents.set(field.documents.subarray(from, to), next[term]);
    counts.set(field.counts.subarray(from, to), next[term]);
    next[term]! += to - from;
  }
  // Ids grow as documents are inserted, so the last pending one is the largest.
  const lengths = new Uint32Array(Math.max(field.lengths.length - 1, pending.ids.at(-1)!) + 1);
  lengths.set(field.lengths);
  let pair = 0;
  pending.sizes.forEach((size, document) => {
    const id = pending.ids[document]!;
    lengths[id] = pending.lengths[document]!;
    for (const end = pair + size; pair < end; pair++) {
      const at = next[pending.terms.get(pair)]!++;
      documents[at] = id;
      counts[at] = pending.counts.get(pair);
    }
  });
  Object.assign(field, { offsets, documents, counts, lengths, pending: emptyPending() });
}

function assembleAll(index: CompactIndex): void {
  for (const field of Object.values(index.fields)) assemble(field);
}

/** Orama's BM25 (components/algorithms.js), term for term. */
function bm25(tf: number, matchingCount: number, docsCount: number, fieldLength: number, averageFieldLength: number, { k, b, d }: { k: number; b: number; d: number }): number {
  const idf = Math.log(1 + (docsCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return (idf * (d + tf * (k + 1))) / (tf + k * (1 - b + (b * fieldLength) / averageFieldLength));
}

function searchExactTerms(
  index: CompactIndex,
  term: string,
  tokenizer: Tokenizer,
  language: string | undefined,
  properties: string[],
  boost: Record<string, number | undefined>,
  relevance: { k: number; b: number; d: number },
  docsCount: number,
  whereFiltersIDs: Set<InternalId> | undefined,
  resultsLimit: number,
): TokenScore[] {
  assembleAll(index);
  const tokens = [...new Set(tokenizer.tokenize(term, language))];
  const largestId = Math.max(0, ...Object.values(index.fields).map((field) => field.lengths.length - 1));
  if (index.scores.length <= largestId) {
    index.scores = new Float64Array(largestId + 1);
    index.scored = new Uint32Array(largestId + 1);
  }
  const { scores, scored } = index;
  let scoredCount = 0;
  for (const prop of properties) {
    const field = index.fields[prop];
    if (!field) continue;
    const weight = boost[prop] ?? 1;
    for (const token of tokens) {
      const number = field.termNumbers.get(token);
      if (number === undefined) continue;
      const from = field.offsets[number]!;
      const to = field.offsets[number + 1]!;
      for (let at = from; at < to; at++) {
        const id = field.documents[at]!;
        if (whereFiltersIDs && !whereFiltersIDs.has(id)) continue;
        const score = bm25(field.counts[at]!, to - from, docsCount, field.lengths[id]!, field.averageLength, relevance) * weight;
        // BM25 scores are positive, so 0 means "not scored yet".
        if (scores[id] === 0) scored[scoredCount++] = id;
        scores[id] = scores[id]! + score;
      }
    }
  }
  const ids = scored.subarray(0, scoredCount);
  const best = bestResults(ids, scores, resultsLimit);
  for (const id of ids) scores[id] = 0;
  return best;
}

/** The `limit` best documents by score, ties by id (Orama's order), best first; a bounded heap, not a full sort. */
function bestResults(ids: Uint32Array, scores: Float64Array, limit: number): TokenScore[] {
  // `worse(a, b)`: a ranks below b.
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const heap: number[] = [];
  const siftDown = (from: number) => {
    for (let at = from; ; ) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left;
      if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right;
      if (worst === at) return;
      [heap[at], heap[worst]] = [heap[worst]!, heap[at]!];
      at = worst;
    }
  };
  for (const id of ids) {
    if (heap.length < limit) {
      heap.push(id);
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (worse(heap[0]!, id)) {
      heap[0] = id;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0)).map((id): TokenScore => [id, scores[id]!]);
}

/** How many documents hold `term` in `prop`. */
export function documentFrequency(index: CompactIndex, prop: string, term: string): number {
  const field = index.fields[prop];
  if (!field) return 0;
  assemble(field);
  const number = field.termNumbers.get(term);
  return number === undefined ? 0 : field.offsets[number + 1]! - field.offsets[number]!;
}

/** Whether document `id` holds `term` in `prop` (a binary search in the term's postings). */
export function documentHasTerm(index: CompactIndex, prop: string, id: string, term: string): boolean {
  const field = index.fields[prop];
  const internalId = index.sharedInternalDocumentStore.idToInternalId.get(id);
  if (!field || internalId === undefined) return false;
  assemble(field);
  const number = field.termNumbers.get(term);
  if (number === undefined) return false;
  let low = field.offsets[number]!;
  let high = field.offsets[number + 1]!;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const found = field.documents[middle]!;
    if (found === internalId) return true;
    if (found < internalId) low = middle + 1;
    else high = middle;
  }
  return false;
}

function saveIndex(index: CompactIndex): SavedCompactIndex {
  assembleAll(index);
  const fields = Object.fromEntries(
    Object.entries(index.fields).map(([prop, { terms, averageLength, lengths, offsets, documents, counts }]) => [prop, { terms, averageLength, lengths, offsets, documents, counts }]),
  );
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
  for (const [prop, saved] of Object.entries(raw.fields)) {
    index.fields[prop] = { ...emptyField(), ...saved, termNumbers: new Map(saved.terms.map((term, number) => [term, number])) };
  }
  for (const [prop, { size, ids, values }] of Object.entries(raw.vectors)) {
    const node = new vector.VectorIndex(size);
    ids.forEach((id, row) => node.add(id, values.subarray(row * size, (row + 1) * size)));
    index.vectorIndexes[prop] = { type: 'Vector', node, isArray: false };
  }
  return index;
}

const CHUNK_BITS = 16;
const CHUNK_SIZE = 1 << CHUNK_BITS;

/** An append-only list of unsigned 32-bit numbers in fixed-size typed-array chunks: no copying as it grows. */
class ChunkedNumbers {
  private readonly chunks: Uint32Array[] = [];
  length = 0;

  push(value: number): void {
    const offset = this.length & (CHUNK_SIZE - 1);
    if (offset === 0) this.chunks.push(new Uint32Array(CHUNK_SIZE));
    this.chunks[this.chunks.length - 1]![offset] = value;
    this.length++;
  }

  get(position: number): number {
    return this.chunks[position >>> CHUNK_BITS]![position & (CHUNK_SIZE - 1)]!;
  }
}

/**
 * Orama's document store, counting documents (BM25 needs the count) and keeping nothing of them:
 * passages are kept by the caller, so storing them again would cost memory and snapshot size (a
 * million objects at 100,000 articles). Orama's vector search reads each hit's document from the
 * store and drops hits without one, so with vectors each document's id is kept. A saved store is
 * only its count: the ids are Orama's internal id list.
 */
export function createPassageDocumentsStore({ withVectors }: { withVectors: boolean }): IDocumentsStore<DocumentsStore> {
  const store = components.documentsStore.createDocumentsStore();
  return {
    ...store,
    store: (documents, id, internalId, document) => {
      if (withVectors) return store.store(documents, id, internalId, { id: document.id });
      // Orama numbers a new id one past the documents stored so far; a lower number is an id seen before.
      if (internalId <= documents.count) return false;
      documents.count++;
      return true;
    },
    save: <R>(documents: DocumentsStore) => ({ count: documents.count }) as R,
    load: (sharedInternalDocumentStore) => {
      const documents: DocumentsStore = { sharedInternalDocumentStore, docs: {}, count: 0 };
      sharedInternalDocumentStore.internalIdToId.forEach((id, position) => {
        if (withVectors) store.store(documents, id, position + 1, { id });
        else documents.count++;
      });
      return documents;
    },
  };
}
