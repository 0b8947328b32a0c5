/**
 * The parts of Orama we replace, through its documented `components` option, to make its BM25
 * rank Spanish passages as well as its peers do. Measured causes (docs/EVALUATION.md):
 *
 * 1. Term frequency is lost. The default tokenizer removes duplicate tokens, and the default index
 *    stores `tf = occurrences / field length`, a fraction that BM25's saturation (k = 1.2) then all
 *    but ignores. We keep duplicates and store the raw count, counting each document once in the
 *    term's document frequency.
 * 2. Every query term matches as a prefix ("par" matches "parte", "partido", "parís"…), and each
 *    expansion adds its own score. Orama's `exact: true` would also filter hits by a case-sensitive
 *    regular expression on the raw text, which our folded terms never satisfy; so our search looks
 *    terms up exactly instead. (The default lookup also merges posting lists with `Array.includes`,
 *    quadratic in a common term's document count: exact lookup avoids that too.)
 * 3. The tokenizer is English: our tokenizer (analyze.ts) folds accents and uses Spanish stems.
 *
 * Documents are never removed from this index: the corpus is re-indexed from scratch when it changes.
 */
import { components } from '@orama/orama';
import type { AnyIndexStore, BM25Params, IDocumentsStore, IIndex, Tokenizer, TokenScore } from '@orama/orama';
import type { radix } from '@orama/orama/trees';

type OramaIndex = components.index.Index;
type DocumentsStore = components.documentsStore.DocumentsStore;
type InternalIdStore = components.internalDocumentIDStore.InternalDocumentIDStore;
type InternalId = TokenScore[0];
type RadixNode = radix.RadixNode;

/** Orama's index, scoring with raw term counts and matching query terms exactly. */
export function createExactBm25Index(): IIndex<OramaIndex> {
  return {
    ...components.index.createIndex(),
    insertTokenScoreParameters: countTermOccurrence,
    search: searchExactTerms,
  };
}

/** Called once per token occurrence (duplicates included) while a document is inserted. */
function countTermOccurrence(index: OramaIndex, prop: string, internalId: unknown, _tokens: string[], token: string): void {
  const counts = index.frequencies[prop]![internalId as InternalId]!;
  const documentCounts = index.tokenOccurrences[prop]!;
  // Plain objects: a term such as "constructor" must not read an inherited property.
  const seenBefore = Object.hasOwn(counts, token);
  counts[token] = (seenBefore ? counts[token]! : 0) + 1;
  if (!seenBefore) documentCounts[token] = (Object.hasOwn(documentCounts, token) ? documentCounts[token]! : 0) + 1;
}

/** How many documents hold `term` in `prop`. */
export function documentFrequency(index: OramaIndex, prop: string, term: string): number {
  const documentCounts = index.tokenOccurrences[prop];
  return documentCounts && Object.hasOwn(documentCounts, term) ? documentCounts[term]! : 0;
}

/**
 * The distinct terms document `id` holds in `prop`, read from the term counts the index keeps:
 * cheaper than analysing the document's text again for every question it is a candidate for.
 */
export function documentTerms(index: OramaIndex, internalIds: InternalIdStore, prop: string, id: string): Set<string> {
  const internalId = internalIds.idToInternalId.get(id);
  const counts = internalId === undefined ? undefined : index.frequencies[prop]?.[internalId];
  return new Set(counts ? Object.keys(counts) : []);
}

function searchExactTerms(
  index: AnyIndexStore,
  term: string,
  tokenizer: Tokenizer,
  language: string | undefined,
  propertiesToSearch: string[],
  _exact: boolean,
  _tolerance: number,
  boost: Partial<Record<string, number>>,
  relevance: Required<BM25Params>,
  docsCount: number,
  whereFiltersIDs: Set<InternalId> | undefined,
): TokenScore[] {
  const oramaIndex = index as OramaIndex;
  const tokens = [...new Set(tokenizer.tokenize(term, language))];
  const scores = new Map<InternalId, number>();
  // Orama's scorer records, per document, how many terms it matched; we rank on scores only.
  const matchCounts = new Map<InternalId, Map<string, number>>();
  for (const prop of propertiesToSearch) {
    const tree = oramaIndex.indexes[prop];
    if (tree?.type !== 'Radix') continue;
    for (const token of tokens) {
      const documents = findExact(tree.node, token);
      if (!documents) continue;
      components.index.calculateResultScores(oramaIndex, prop, token, [...documents], docsCount, relevance, scores, boost[prop] ?? 1, whereFiltersIDs, matchCounts);
    }
  }
  return [...scores].sort((a, b) => b[1] - a[1]);
}

/** The documents holding exactly `term`, walking the radix tree's edges. */
function findExact(root: RadixNode, term: string): Set<InternalId> | undefined {
  let node = root;
  let position = 0;
  while (position < term.length) {
    const child = node.c.get(term[position]!);
    if (!child || !term.startsWith(child.s, position)) return undefined;
    position += child.s.length;
    node = child;
  }
  return node.e ? node.d : undefined;
}

/**
 * Orama's document store, keeping only each document's id: passages are kept (and saved) by the
 * caller, so storing their text and vectors again would double memory and snapshot size.
 */
export function createIdOnlyDocumentsStore(): IDocumentsStore<DocumentsStore> {
  const store = components.documentsStore.createDocumentsStore();
  return {
    ...store,
    store: (documents, id, internalId, document) => store.store(documents, id, internalId, { id: document.id }),
  };
}
