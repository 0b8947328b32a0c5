/**
 * One searchable field's inverted index: per term, the documents holding it with their raw term
 * counts, plus each document's field length and Orama's running average of field lengths (BM25's
 * term statistics).
 *
 * Postings live in typed arrays (6 bytes a (term, document) pair, outside the garbage-collected
 * heap): term t's documents are `documents[offsets[t]…offsets[t + 1])`, ascending by internal id.
 * Inserted documents are appended to a pending list and folded in (`assemble`) before the next
 * read; removed documents are dropped at that same fold, so term statistics are always exact.
 *
 * A fold of a few documents (a live update: one article among 100,000) does not rebuild every list
 * (70 million postings copied, and a pass over each when something was removed: most of a second at
 * 100,000 articles): each list it touches is moved out into arrays of its own with room to grow, and
 * the document is inserted into or removed from it there; readers take a term's postings from
 * `postingsOf`. The next whole assembly (a large fold, or the save) packs the moved lists back.
 *
 * A field restored from a snapshot may leave its postings in the snapshot's file (`StoredNumbers`): a term's list is
 * then read when a question or an update first needs it (the most recent kept, up to RECENT_BYTES), until the whole
 * arrays are read, in the background (`readStoredPostings`, a running library's idle time) or at once when every list
 * is wanted (a whole assembly, the save). A restart then reads none of them before its first answer (500 MB at
 * 100,000 articles, read into memory new to the process: the dearest part of a restart; docs/BENCHMARKS.md, stops 48 and 54).
 */
import { createVocabulary, type SavedVocabulary, type Vocabulary } from './vocabulary.js';

/** What readers of a field need: BM25's statistics and exact term lookup. */
export interface TermStatistics {
  /** How many live documents hold `term`. */
  documentFrequency(term: string): number;
  /** Whether document `internalId` holds `term` (binary search in the term's postings). */
  hasTerm(internalId: number, term: string): boolean;
}

/** The part of a field that is saved: plain data and typed arrays. */
export interface SavedField {
  terms: SavedVocabulary;
  averageLength: number;
  lengths: Uint32Array;
  offsets: Uint32Array;
  documents: Uint32Array;
  counts: Uint16Array | Uint32Array;
}

/** A saved field as a restore gives it back: its postings may be left in the snapshot's file. */
export interface RestorableField extends Omit<SavedField, 'documents' | 'counts'> {
  documents: Uint32Array | StoredNumbers;
  counts: Uint16Array | Uint32Array | StoredNumbers;
}

/** The keys of `RestorableField` whose arrays a restore may leave in the snapshot's file (persist/snapshot.ts, `arraysOnDisk`). */
export const STORED_POSTING_KEYS = ['documents', 'counts'] as const;

/** Numbers left in a file (a restored snapshot's), read a range at a time. */
export interface StoredNumbers {
  readonly length: number;
  /** Elements `from` to `to` (`to` excluded) in an array of their own; throws if they cannot be read. */
  read(from: number, to: number): ArrayBufferView;
  /** Every element in an array of its own, read without keeping this thread busy; rejects if they cannot be read. */
  readAll(): Promise<ArrayBufferView>;
}

/** A restored field's postings while they are still in the snapshot's file, and the lists read from it lately. */
interface StoredPostings {
  documents: StoredNumbers;
  counts: StoredNumbers;
  /** Lists read, by term number, least recently used first; at most RECENT_BYTES together. */
  recent: Map<number, Postings>;
  recentBytes: number;
}

/**
 * Bytes of a stored field's lists kept after they are read: a question's common terms hold tens of thousands of
 * postings each (6 bytes a posting), and the next questions often share them.
 */
const RECENT_BYTES = 32 << 20;

export interface Field extends Omit<SavedField, 'terms'> {
  /**
   * Postings still in a snapshot's file, read per term (`postingsOf`) until the packed arrays are wanted whole;
   * meanwhile `documents` and `counts` are empty.
   */
  stored: StoredPostings | undefined;
  /** Term ↔ term number, numbered in order of first appearance. */
  terms: Vocabulary;
  /** Documents inserted since the postings were last assembled. */
  pending: PendingDocuments;
  /**
   * Assembled documents to drop at the next fold (their lengths are already out of the average), each
   * with its distinct term numbers when known (then only those lists need touching).
   */
  removed: Map<number, number[] | undefined>;
  /** Lists changed since the last whole assembly, by term number: they supersede their range of `documents`. */
  moved: Map<number, MovedList>;
  /** Counts every fold: what was computed from the postings (block maxima) is good while it stays. */
  version: number;
  /** Scratch counts by term number while one document is inserted; all zero between insertions. */
  tally: Uint32Array;
}

/** One term's postings moved out of the packed arrays: `length` of them, ascending by id, with room after. */
interface MovedList {
  documents: Uint32Array;
  counts: Uint32Array;
  length: number;
}

/** One term's postings: `documents[from…to)` ascending by internal id, each with its count at the same place in `counts`. */
export interface Postings {
  documents: Uint32Array;
  counts: Uint16Array | Uint32Array;
  from: number;
  to: number;
}

const NO_POSTINGS: Postings = { documents: new Uint32Array(0), counts: new Uint16Array(0), from: 0, to: 0 };

/** Term number `term`'s postings in an assembled field (none for a number past the vocabulary). */
export function postingsOf(field: Field, term: number): Postings {
  const moved = field.moved.get(term);
  if (moved) return { documents: moved.documents, counts: moved.counts, from: 0, to: moved.length };
  if (term + 1 >= field.offsets.length) return NO_POSTINGS;
  const from = field.offsets[term]!;
  const to = field.offsets[term + 1]!;
  return field.stored ? storedPostingsOf(field.stored, term, from, to) : { documents: field.documents, counts: field.counts, from, to };
}

/** Postings `from…to` of a stored field (term number `term`'s), read from its file unless read lately. */
function storedPostingsOf(stored: StoredPostings, term: number, from: number, to: number): Postings {
  if (from === to) return NO_POSTINGS;
  const known = stored.recent.get(term);
  if (known) {
    // Moved to the end: the least recently used go first.
    stored.recent.delete(term);
    stored.recent.set(term, known);
    return known;
  }
  const postings: Postings = { documents: postingNumbers(stored.documents.read(from, to), false) as Uint32Array, counts: postingNumbers(stored.counts.read(from, to), true), from: 0, to: to - from };
  const bytes = postings.documents.byteLength + postings.counts.byteLength;
  for (const [oldest, list] of stored.recent) {
    if (stored.recentBytes + bytes <= RECENT_BYTES) break;
    stored.recent.delete(oldest);
    stored.recentBytes -= list.documents.byteLength + list.counts.byteLength;
  }
  if (bytes <= RECENT_BYTES) {
    stored.recent.set(term, postings);
    stored.recentBytes += bytes;
  }
  return postings;
}

/** Numbers read from a stored field, checked to be of a type postings are kept in (counts may be 16-bit); throws otherwise. */
function postingNumbers(numbers: ArrayBufferView, counts: boolean): Uint16Array | Uint32Array {
  if (numbers instanceof Uint32Array || (counts && numbers instanceof Uint16Array)) return numbers;
  throw new Error('the saved field\'s postings are not of the type they are kept in');
}

/** A restored field's postings read whole from the file into the packed arrays (once), for what reads every list. */
function loadPostings(field: Field): void {
  const { stored } = field;
  if (!stored) return;
  field.documents = postingNumbers(stored.documents.read(0, stored.documents.length), false) as Uint32Array;
  field.counts = postingNumbers(stored.counts.read(0, stored.counts.length), true);
  field.stored = undefined;
}

/**
 * A restored field's postings still in the snapshot's file read whole into the packed arrays, in the background (the
 * thread answers meanwhile, from the lists read per term); resolves once they are in memory (at once when none are
 * left in the file). The lists are the same either way: only where they are read from changes. Rejects if the file
 * can no longer be read (the lists are then still read per term, or whole when every one is wanted).
 */
export async function readStoredPostings(field: Field): Promise<void> {
  const { stored } = field;
  if (!stored) return;
  // One after the other: one of libuv's threads at a time, the other core left to the answers.
  const documents = await stored.documents.readAll();
  const counts = await stored.counts.readAll();
  // A whole assembly meanwhile read them at once (loadPostings): the arrays may already have changed since.
  if (field.stored !== stored) return;
  field.documents = postingNumbers(documents, false) as Uint32Array;
  field.counts = postingNumbers(counts, true);
  field.stored = undefined;
}

/** How many postings the packed arrays hold, in memory or still in the snapshot's file. */
function packedCount(field: Field): number {
  return field.stored ? field.stored.documents.length : field.documents.length;
}

/** Appended as documents are inserted; assembled into postings before the next search or save. */
interface PendingDocuments {
  ids: Uint32List;
  /** Each pending document's field length. */
  lengths: Uint32List;
  /** How many (term, count) pairs each pending document has. */
  sizes: Uint32List;
  pairs: PendingPairs;
}

/**
 * A file of this process's own where pending pairs wait until they are folded in (persist/scratch-file.ts): bytes
 * written at an offset and read back from there.
 */
export interface PairSpill {
  write(bytes: Uint8Array, position: number): void;
  read(target: Uint8Array, position: number): void;
  close(): void;
}

/**
 * A field with no term and no document: what a new index starts from and a restored one is built on. With `spill`,
 * the pairs of the documents inserted until the first fold wait in that file, all but the last CHUNK_SIZE of them:
 * a build folds only at its save, and held them all in memory until then (4 bytes a pair, about 340 MB at 100,000
 * articles, at the build's peak). Later folds' pending pairs are held in memory.
 */
export function emptyField(spill?: PairSpill): Field {
  return {
    terms: createVocabulary(),
    lengths: new Uint32Array(0),
    averageLength: 0,
    offsets: new Uint32Array(1),
    documents: new Uint32Array(0),
    counts: new Uint16Array(0),
    stored: undefined,
    pending: emptyPending(spill),
    removed: new Map(),
    moved: new Map(),
    version: 0,
    tally: new Uint32Array(0),
  };
}

/** A field from its saved form (its vocabulary looked up in the saved block, vocabulary.ts). Throws if the vocabulary is inconsistent. */
export function restoreField(saved: RestorableField): Field {
  const { terms, averageLength, lengths, offsets, documents, counts } = saved;
  if (offsets.length !== terms.ends.length + 1) throw new Error('the saved field\'s postings do not match its vocabulary');
  const field: Field = { ...emptyField(), terms: createVocabulary(terms), averageLength, lengths, offsets };
  if (ArrayBuffer.isView(documents) && ArrayBuffer.isView(counts)) return { ...field, documents, counts };
  if (ArrayBuffer.isView(documents) || ArrayBuffer.isView(counts)) throw new Error('the saved field\'s postings are half stored');
  if (documents.length !== counts.length || (offsets.at(-1) ?? 0) > documents.length) throw new Error('the saved field\'s postings do not match its offsets');
  return { ...field, stored: { documents, counts, recent: new Map(), recentBytes: 0 } };
}

/** The field's saved form, assembled whole first (moved lists packed back). */
export function saveField(field: Field): SavedField {
  assemble(field);
  if (field.moved.size > 0) rebuild(field);
  loadPostings(field);
  const { terms, averageLength, lengths, offsets, documents, counts } = field;
  return { terms: terms.save(), averageLength, lengths, offsets, documents, counts };
}

function emptyPending(spill?: PairSpill): PendingDocuments {
  return { ids: new Uint32List(), lengths: new Uint32List(), sizes: new Uint32List(), pairs: new PendingPairs(spill) };
}

/**
 * Adds one document's tokens (duplicates kept: their count is the term frequency). `docsCount` is the
 * number of documents including this one, for Orama's running average of field lengths.
 */
export function insertDocument(field: Field, internalId: number, tokens: string[], docsCount: number): void {
  insertNumberedDocument(field, internalId, tokens.map((token) => termNumber(field, token)), docsCount);
}

/** A token's number in the field's vocabulary, numbered now (the next number) if it has none. */
export function termNumber(field: Field, token: string): number {
  return field.terms.numberOf(token) ?? field.terms.add(token);
}

/**
 * `insertDocument` with each token given as its term number (`termNumber`, taken in the tokens' order, so that
 * the vocabulary numbers terms in the same order of first appearance).
 */
export function insertNumberedDocument(field: Field, internalId: number, terms: readonly number[], docsCount: number): void {
  // Orama's running average, operation for operation, so that scores match its index to the last bit.
  field.averageLength = (field.averageLength * (docsCount - 1) + terms.length) / docsCount;
  // Counted in a scratch array indexed by term number (zero again afterwards): cheaper than a Map per document.
  const distinct: number[] = [];
  for (const term of terms) {
    if (term >= field.tally.length) field.tally = growTally(field.tally, term);
    if (field.tally[term] === 0) distinct.push(term);
    field.tally[term]!++;
  }
  const { pending } = field;
  pending.ids.push(internalId);
  pending.lengths.push(terms.length);
  pending.sizes.push(distinct.length);
  for (const term of distinct) {
    pending.pairs.push(term, field.tally[term]!);
    field.tally[term] = 0;
  }
}

/**
 * Removes a document. `docsCount` is the number of documents before the removal; the average field
 * length is updated as Orama's own index does (removeDocumentScoreParameters). Its postings go at
 * the next fold: from the lists of its `tokens` alone when they are given (as it was inserted with),
 * else by a pass over every posting. The caller removes only documents it inserted (the documents
 * store knows which); returns false for an id the field never assembled or already removed.
 */
export function removeDocument(field: Field, internalId: number, docsCount: number, tokens?: readonly string[]): boolean {
  // Pending documents are assembled first, so that removal only ever concerns assembled postings. Only
  // then: removals alone wait for the next assembly (one per update, not one per passage removed).
  if (field.pending.sizes.length > 0) assemble(field);
  if (field.removed.has(internalId) || !(internalId < field.lengths.length)) return false;
  const length = field.lengths[internalId]!;
  field.averageLength = docsCount > 1 ? (field.averageLength * docsCount - length) / (docsCount - 1) : 0;
  const terms = tokens && [...new Set(tokens.flatMap((token) => field.terms.numberOf(token) ?? []))];
  field.removed.set(internalId, terms);
  return true;
}

function growTally(tally: Uint32Array, term: number): Uint32Array {
  const grown = new Uint32Array(Math.max(2 * tally.length, term + 1, 1024));
  grown.set(tally);
  return grown;
}

/**
 * A fold touching fewer postings than this share of those assembled changes the lists it touches in
 * place (`foldInPlace`); a larger one (a build, a burst of thousands of files) rebuilds them all,
 * which costs less than moving most lists one by one.
 */
const IN_PLACE_SHARE = 1 / 32;

/** Folds pending documents into the postings and drops removed ones, before a read. */
export function assemble(field: Field): void {
  const { pending, removed } = field;
  if (pending.sizes.length === 0 && removed.size === 0) return;
  let touched = pending.pairs.length;
  for (const terms of removed.values()) touched += terms?.length ?? Infinity;
  if (touched <= packedCount(field) * IN_PLACE_SHARE) foldInPlace(field);
  else rebuild(field);
}

/**
 * Removals, then insertions (a document removed and inserted again under its id in one update), each
 * into the lists of its own terms, moved out with room to grow (`movedList`).
 */
function foldInPlace(field: Field): void {
  const { pending, removed } = field;
  for (const [id, terms] of removed) {
    for (const term of terms!) removePosting(movedList(field, term), id);
    field.lengths[id] = 0;
  }
  let largestId = field.lengths.length - 1;
  for (let document = 0; document < pending.ids.length; document++) largestId = Math.max(largestId, pending.ids.at(document));
  if (largestId >= field.lengths.length) {
    const lengths = new Uint32Array(largestId + 1);
    lengths.set(field.lengths);
    field.lengths = lengths;
  }
  let pair = 0;
  for (let document = 0; document < pending.sizes.length; document++) {
    const id = pending.ids.at(document);
    field.lengths[id] = pending.lengths.at(document);
    for (const end = pair + pending.sizes.at(document); pair < end; pair++) insertPosting(movedList(field, pending.pairs.term(pair)), id, pending.pairs.count(pair));
  }
  pending.pairs.close();
  Object.assign(field, { pending: emptyPending(), removed: new Map(), version: field.version + 1 });
}

/** Term `term`'s list, moved out of the packed arrays first if it was not yet, with room to grow. */
function movedList(field: Field, term: number): MovedList {
  let list = field.moved.get(term);
  if (!list) {
    const { documents, counts, from, to } = postingsOf(field, term);
    const length = to - from;
    list = { documents: new Uint32Array(length + roomFor(length)), counts: new Uint32Array(length + roomFor(length)), length };
    list.documents.set(documents.subarray(from, to));
    list.counts.set(counts.subarray(from, to));
    field.moved.set(term, list);
  }
  return list;
}

/** Room left after a list of `length` postings when it is moved or grown: an eighth, so that growing is amortised. */
function roomFor(length: number): number {
  return Math.max(4, length >>> 3);
}

/** Inserts document `id` with `count` in order (at the end unless it was re-added under a lower id). */
function insertPosting(list: MovedList, id: number, count: number): void {
  if (list.length === list.documents.length) {
    const documents = new Uint32Array(list.length + roomFor(list.length));
    const counts = new Uint32Array(documents.length);
    documents.set(list.documents);
    counts.set(list.counts);
    Object.assign(list, { documents, counts });
  }
  let at = list.length;
  if (at > 0 && list.documents[at - 1]! > id) {
    at = lowerBound(list.documents, 0, list.length, id);
    list.documents.copyWithin(at + 1, at, list.length);
    list.counts.copyWithin(at + 1, at, list.length);
  }
  list.documents[at] = id;
  list.counts[at] = count;
  list.length++;
}

/** Removes document `id`'s posting, if the list holds it. */
function removePosting(list: MovedList, id: number): void {
  const at = lowerBound(list.documents, 0, list.length, id);
  if (at === list.length || list.documents[at] !== id) return;
  list.documents.copyWithin(at, at + 1, list.length);
  list.counts.copyWithin(at, at + 1, list.length);
  list.length--;
}

/** The first place in `documents[from…to)` (ascending) holding `id` or more (`to` if none). */
export function lowerBound(documents: Uint32Array, from: number, to: number, id: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (documents[middle]! < id) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Every list rebuilt, pending documents folded in and removed ones dropped: a counting sort by term,
 * old postings first. A document inserted again under an id lower than some already held (a passage
 * re-added under its old id) leaves its terms' postings out of order: those ranges are re-sorted.
 */
function rebuild(field: Field): void {
  loadPostings(field);
  const { pending, removed } = field;
  const termCount = field.terms.size;
  const oldTerms = field.offsets.length - 1;
  // A byte per id, not Map lookups: every posting of every term is checked (70 million at 100,000 articles).
  const removedMask = new Uint8Array(field.lengths.length);
  for (const id of removed.keys()) removedMask[id] = 1;
  const kept = (id: number) => removedMask[id] !== 1;
  const frequencies = new Uint32Array(termCount);
  for (let term = 0; term < termCount; term++) {
    // The packed range read directly: a Postings object per term would be a million (the save's rebuild).
    const moved = field.moved.get(term);
    const documents = moved ? moved.documents : field.documents;
    const from = moved ? 0 : term < oldTerms ? field.offsets[term]! : 0;
    const to = moved ? moved.length : term < oldTerms ? field.offsets[term + 1]! : 0;
    if (removed.size === 0) frequencies[term] = to - from;
    else for (let at = from; at < to; at++) if (kept(documents[at]!)) frequencies[term]!++;
  }
  let largestCount = 0;
  for (let i = 0; i < pending.pairs.length; i++) {
    frequencies[pending.pairs.term(i)]!++;
    largestCount = Math.max(largestCount, pending.pairs.count(i));
  }
  const offsets = new Uint32Array(termCount + 1);
  for (let term = 0; term < termCount; term++) offsets[term + 1] = offsets[term]! + frequencies[term]!;
  const total = offsets[termCount]!;
  const documents = new Uint32Array(total);
  const wide = largestCount > 0xffff || field.counts instanceof Uint32Array;
  const counts = wide ? new Uint32Array(total) : new Uint16Array(total);
  const next = offsets.slice(0, termCount);
  if (removed.size === 0) copyAround(field, pending, oldTerms, documents, counts, next);
  else {
    for (let term = 0; term < termCount; term++) {
      const old = postingsOf(field, term);
      for (let at = old.from; at < old.to; at++) {
        const id = old.documents[at]!;
        if (!kept(id)) continue;
        documents[next[term]!] = id;
        counts[next[term]!++] = old.counts[at]!;
      }
    }
  }
  let largestId = field.lengths.length - 1;
  for (let document = 0; document < pending.ids.length; document++) largestId = Math.max(largestId, pending.ids.at(document));
  const lengths = new Uint32Array(largestId + 1);
  lengths.set(field.lengths);
  for (const id of removed.keys()) lengths[id] = 0;
  const unordered = new Set<number>();
  let pair = 0;
  for (let document = 0; document < pending.sizes.length; document++) {
    const id = pending.ids.at(document);
    lengths[id] = pending.lengths.at(document);
    for (const end = pair + pending.sizes.at(document); pair < end; pair++) {
      const term = pending.pairs.term(pair);
      const at = next[term]!++;
      if (at > offsets[term]! && documents[at - 1]! > id) unordered.add(term);
      documents[at] = id;
      counts[at] = pending.pairs.count(pair);
    }
    // The pending pairs shrink as the postings fill: a build's save never holds both whole (4 + 6 bytes a pair).
    pending.pairs.releaseBefore(pair);
  }
  for (const term of unordered) sortRange(documents, counts, offsets[term]!, offsets[term + 1]!);
  pending.pairs.close();
  Object.assign(field, { offsets, documents, counts, lengths, pending: emptyPending(), removed: new Map(), moved: new Map(), version: field.version + 1 });
}

/**
 * Copies the old postings into the new arrays when nothing is removed, in one block per run of terms
 * that no pending document holds and that were not moved (a few blocks when an update adds one article,
 * not one copy per term of the vocabulary), each other term's list on its own; moves each term's `next`
 * past its old postings, where its new ones go.
 */
function copyAround(field: Field, pending: PendingDocuments, oldTerms: number, documents: Uint32Array, counts: Uint16Array | Uint32Array, next: Uint32Array): void {
  const apart = new Set<number>(field.moved.keys());
  for (let i = 0; i < pending.pairs.length; i++) {
    const term = pending.pairs.term(i);
    if (term < oldTerms) apart.add(term);
  }
  let runStart = 0;
  /** Terms runStart…last-1, none apart, keep their old postings in one block. */
  const copyRunBefore = (last: number) => {
    if (runStart >= last) return;
    const from = field.offsets[runStart]!;
    const to = field.offsets[last]!;
    documents.set(field.documents.subarray(from, to), next[runStart]);
    counts.set(field.counts.subarray(from, to), next[runStart]);
  };
  for (const term of [...apart].sort((a, b) => a - b)) {
    copyRunBefore(Math.min(term, oldTerms));
    const old = postingsOf(field, term);
    documents.set(old.documents.subarray(old.from, old.to), next[term]);
    counts.set(old.counts.subarray(old.from, old.to), next[term]);
    next[term]! += old.to - old.from;
    runStart = Math.max(runStart, Math.min(term + 1, oldTerms));
  }
  copyRunBefore(oldTerms);
}

/**
 * Sorts one term's postings by document id, counts alongside. They are sorted but for the documents
 * just added at the end (an article changed keeps its passages' ids): the sorted run is found, the
 * few after it sorted and merged in from the back, so a common term's long list is not sorted again.
 */
function sortRange(documents: Uint32Array, counts: Uint16Array | Uint32Array, from: number, to: number): void {
  let split = from + 1;
  while (split < to && documents[split - 1]! < documents[split]!) split++;
  const tail = Array.from({ length: to - split }, (_, i) => split + i).sort((a, b) => documents[a]! - documents[b]!);
  const tailDocuments = tail.map((at) => documents[at]!);
  const tailCounts = tail.map((at) => counts[at]!);
  let head = split - 1;
  for (let rest = tail.length - 1, at = to - 1; rest >= 0; at--) {
    if (head >= from && documents[head]! > tailDocuments[rest]!) {
      documents[at] = documents[head]!;
      counts[at] = counts[head--]!;
    } else {
      documents[at] = tailDocuments[rest]!;
      counts[at] = tailCounts[rest--]!;
    }
  }
}

/** How many documents hold `term`. */
export function documentFrequency(field: Field, term: string): number {
  assemble(field);
  const number = field.terms.numberOf(term);
  if (number === undefined) return 0;
  // Counted from the offsets, not the list: a list still in the snapshot's file is not read for its length.
  const moved = field.moved.get(number);
  if (moved) return moved.length;
  return number + 1 < field.offsets.length ? field.offsets[number + 1]! - field.offsets[number]! : 0;
}

/** Whether document `internalId` holds `term` (a binary search in the term's postings). */
export function hasTerm(field: Field, internalId: number, term: string): boolean {
  assemble(field);
  const number = field.terms.numberOf(term);
  if (number === undefined) return false;
  const { documents, from, to } = postingsOf(field, number);
  const at = lowerBound(documents, from, to, internalId);
  return at < to && documents[at] === internalId;
}

/** ES2024's resizable ArrayBuffer, which Node 20 has (the project's TypeScript library is ES2023's). */
interface ResizableArrayBuffer extends ArrayBuffer {
  resize(byteLength: number): void;
}
const ResizableBuffer = ArrayBuffer as unknown as new (byteLength: number, options: { maxByteLength: number }) => ResizableArrayBuffer;

const CHUNK_BITS = 16;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_BYTES = CHUNK_SIZE * Uint32Array.BYTES_PER_ELEMENT;
/** A pending pair's count takes the low 6 bits of its packed number, its term number the other 26. */
const COUNT_BITS = 6;
const COUNT_LIMIT = (1 << COUNT_BITS) - 1;
const TERM_LIMIT = 2 ** (32 - COUNT_BITS);

/**
 * Numbers below 2^32 appended one at a time, in fixed-size typed-array chunks: 4 bytes each, outside
 * the garbage-collected heap, where an array of small integers takes 8 and grows by copying. A build
 * keeps three per field for every passage until its save (7 million numbers at 100,000 articles).
 */
class Uint32List {
  private readonly chunks: Uint32Array[] = [];
  length = 0;

  push(value: number): void {
    const offset = this.length & (LIST_CHUNK_SIZE - 1);
    if (offset === 0) this.chunks.push(new Uint32Array(LIST_CHUNK_SIZE));
    this.chunks[this.chunks.length - 1]![offset] = value;
    this.length++;
  }

  /** The number at `position` (0 ≤ position < length). */
  at(position: number): number {
    return this.chunks[position >>> LIST_CHUNK_BITS]![position & (LIST_CHUNK_SIZE - 1)]!;
  }
}

/** 16 KB chunks: an update of one article makes three such lists per field. */
const LIST_CHUNK_BITS = 12;
const LIST_CHUNK_SIZE = 1 << LIST_CHUNK_BITS;

/**
 * The (term number, count) pairs of pending documents, in order, each packed in one 32-bit number in
 * fixed-size typed-array chunks (no copying as they grow); the rare pair that does not fit (a count
 * of 63 or more, a term number of 2^26 or more) is kept aside, its packed number marked by a count
 * of 63. Four bytes a pair instead of two numbers' eight: a build indexes as it reads, so every pair
 * stays pending until the first search or save (about 85 million at 100,000 articles), in a spill file
 * when it is given one (`emptyField`).
 */
class PendingPairs {
  /** Each chunk in memory; undefined: written to the spill (and not the one read back from it now). */
  private readonly chunks: (Uint32Array | undefined)[] = [];
  private readonly large = new Map<number, { term: number; count: number }>();
  /** Chunks whose memory is given back (`releaseBefore`). */
  private released = 0;
  /** The chunk last read back from the spill (`readBack`), one buffer for every chunk read back, and its chunk's number. */
  private back: { chunk: Uint32Array; at: number } | undefined;
  /** Whether full chunks still go to the spill: not after a write to it failed (the rest are held in memory). */
  private spilling: boolean;
  length = 0;

  /** With `spill`, each chunk but the last is written there once full and its memory given back. */
  constructor(private readonly spill?: PairSpill) {
    this.spilling = spill !== undefined;
  }

  push(term: number, count: number): void {
    const offset = this.length & (CHUNK_SIZE - 1);
    if (offset === 0) {
      this.spillLast();
      this.chunks.push(new Uint32Array(new ResizableBuffer(CHUNK_BYTES, { maxByteLength: CHUNK_BYTES }), 0, CHUNK_SIZE));
    }
    const fits = term < TERM_LIMIT && count < COUNT_LIMIT;
    if (!fits) this.large.set(this.length, { term, count });
    this.chunks[this.chunks.length - 1]![offset] = fits ? term * (COUNT_LIMIT + 1) + count : COUNT_LIMIT;
    this.length++;
  }

  term(position: number): number {
    const packed = this.packed(position);
    return (packed & COUNT_LIMIT) === COUNT_LIMIT ? this.large.get(position)!.term : packed >>> COUNT_BITS;
  }

  count(position: number): number {
    const packed = this.packed(position);
    return (packed & COUNT_LIMIT) === COUNT_LIMIT ? this.large.get(position)!.count : packed & COUNT_LIMIT;
  }

  /**
   * Gives back the memory of the whole chunks before `position` at once (a resizable buffer shrunk to
   * nothing, not garbage awaiting a collection): those pairs are never read again.
   */
  releaseBefore(position: number): void {
    for (; this.released < position >>> CHUNK_BITS; this.released++) {
      const chunk = this.chunks[this.released];
      // A spilled chunk holds no memory; the buffer chunks are read back into is kept for the next.
      if (chunk !== undefined && chunk !== this.back?.chunk) (chunk.buffer as ResizableArrayBuffer).resize(0);
    }
  }

  /** Closes the spill, if any: these pairs are folded in and never read again. */
  close(): void {
    this.spill?.close();
  }

  private packed(position: number): number {
    const at = position >>> CHUNK_BITS;
    return (this.chunks[at] ?? this.readBack(at))[position & (CHUNK_SIZE - 1)]!;
  }

  /** The last chunk, full, written to the spill and its memory given back; kept in memory if it cannot be written. */
  private spillLast(): void {
    const at = this.chunks.length - 1;
    if (!this.spilling || at < 0) return;
    const chunk = this.chunks[at]!;
    try {
      this.spill!.write(new Uint8Array(chunk.buffer, chunk.byteOffset, CHUNK_BYTES), at * CHUNK_BYTES);
    } catch {
      // A full disk: the pairs stay in memory, as without a spill.
      this.spilling = false;
      return;
    }
    (chunk.buffer as ResizableArrayBuffer).resize(0);
    this.chunks[at] = undefined;
  }

  /**
   * Chunk `at`, spilled, read back into the one buffer kept for that, which takes its place until another is read
   * back: a fold reads the pairs in order, each chunk once per pass.
   */
  private readBack(at: number): Uint32Array {
    const back = (this.back ??= { chunk: new Uint32Array(CHUNK_SIZE), at });
    if (this.chunks[back.at] === back.chunk) this.chunks[back.at] = undefined;
    this.spill!.read(new Uint8Array(back.chunk.buffer), at * CHUNK_BYTES);
    back.at = at;
    return (this.chunks[at] = back.chunk);
  }
}
