/**
 * The passage index: an Orama database with two BM25 fields analysed by analyze.ts (stemmed text and
 * cross-lingual keys) and, when an embedding model is configured, a vector field.
 *
 * A question is looked up in both BM25 fields and the two scores are added, the keys counting for
 * less when the question is in the passages' language and for more when it is not (weights chosen
 * on XQuAD, docs/EVALUATION.md). The best few candidates are then re-ranked by how close together
 * the question's terms stand in them (proximity.ts). With vectors, that ranking and the vector
 * ranking are fused by reciprocal rank.
 */
import { createHash } from 'node:crypto';
import { create, insertMultiple, load, save, search } from '@orama/orama';
import type { RawData } from '@orama/orama';
import type { Embeddings } from '@langchain/core/embeddings';
import type { Language, Passage } from '../corpus/types.js';
import { analyseQuestion, crossLingualKeys, indexTerms, type AnalysedQuestion } from './analyze.js';
import { createCompactBm25Index, createPassageDocumentsStore, documentFrequency, documentHasTerm } from './orama-components.js';
import { densestWindowWeight, PROXIMITY_WINDOW, rerankByProximity } from './proximity.js';
import { reciprocalRankFusion, weightedSum, type Ranking } from './rank-fusion.js';

export interface SearchHit {
  passageId: string;
  /** Ranking score; higher is better; comparable only within one search. */
  score: number;
  /** The question's index terms found in the passage (folded stems, as in the index). */
  matchedTerms: string[];
  /**
   * 0..1: the share of the question's weight that the passage matches, over index terms, or over
   * cross-lingual keys when the question's language is not the passages'. A term weighs its inverse
   * document frequency, a name's terms NAME_WEIGHT times as much.
   */
  coverage: number;
}

export interface SearchOptions {
  limit: number;
  /** The question's language. */
  language: Language;
}

export interface PassageIndex {
  readonly size: number;
  /** The language the passages were analysed as. */
  readonly language: Language;
  search(query: string, options: SearchOptions): Promise<SearchHit[]>;
  passage(id: string): Passage | undefined;
  /** Everything `restorePassageIndex` needs besides the passages: plain data and typed arrays (not JSON-safe). */
  toSnapshot(): Promise<unknown>;
}

export interface PassageIndexOptions {
  /** Adds vector search, fused with BM25. */
  embeddings?: Embeddings;
  /** The language the passages are written in; decides stemming and stop words. Default Spanish. */
  language?: Language;
  /** Whether questions in another language also search the cross-lingual keys. Default true. */
  crossLingualKeys?: boolean;
}

/**
 * BM25 weight of the cross-lingual keys, by whether the question is in the passages' language. In the
 * same language they smooth over stemming misses ("farmacia"/"farmacéuticos" share a prefix key);
 * across languages they carry the match.
 */
const KEY_WEIGHT = { sameLanguage: 0.75, otherLanguage: 2 };
/** How many candidates each ranking contributes before they are combined. */
const CANDIDATES = 100;
/**
 * BM25 parameters per field (Orama's d = 0.5 kept). The stemmed text saturates term frequency sooner
 * than the usual k = 1.2: a passage that repeats one question word should not outrank one that
 * holds more of the question's words. Chosen by 3-fold cross-validation over XQuAD's articles.
 */
const BM25: Record<Field, { k: number; b: number; d: number }> = { text: { k: 0.75, b: 0.75, d: 0.5 }, keys: { k: 1.2, b: 0.75, d: 0.5 } };
/**
 * How many of the best lexical candidates the proximity stage re-ranks (each is analysed again, as
 * the index keeps no positions). Depths 3 to 50 gave the same figures on XQuAD: proximity settles
 * near ties at the top, it does not rescue passages from further down.
 */
const PROXIMITY_DEPTH = 5;
/** How much more a name's terms weigh in coverage than other terms (see `nameWords` in analyze.ts). */
const NAME_WEIGHT = 1.5;
const INSERT_BATCH = 1000;
const EMBED_BATCH = 128;
const SNAPSHOT_VERSION = 2;

interface IndexSnapshot {
  version: typeof SNAPSHOT_VERSION;
  language: Language;
  /** Dimension of the stored vectors; null when the index was built without embeddings. */
  vectorSize: number | null;
  /** Digest of the passage ids in index order: the passages given back on restore must be these. */
  passages: string;
  /** Orama's saved database without its id list, which the passages give back. */
  orama: Omit<RawData, 'internalDocumentIDStore'>;
}

type Field = 'text' | 'keys';

export async function createPassageIndex(passages: Passage[], options: PassageIndexOptions = {}): Promise<PassageIndex> {
  const language = options.language ?? 'es';
  const vectors = options.embeddings ? await embedPassages(options.embeddings, passages) : undefined;
  const db = createDatabase(language, vectors?.[0]?.length ?? null);
  const documents = passages.map((passage, i) => ({ id: passage.id, text: passage.text, keys: passage.text, ...(vectors ? { vector: vectors[i] } : {}) }));
  await insertMultiple(db, documents, INSERT_BATCH);
  return openIndex(db, passages, language, vectors ? options.embeddings : undefined, options.crossLingualKeys ?? true);
}

/** Rebuilds an index from `toSnapshot()` output without analysing or embedding the passages again. */
export async function restorePassageIndex(snapshot: unknown, passages: Passage[], options: PassageIndexOptions = {}): Promise<PassageIndex> {
  if (!isIndexSnapshot(snapshot)) throw new Error('not a passage index snapshot of this version');
  if (snapshot.passages !== passageDigest(passages)) throw new Error('the passage index snapshot was made for other passages');
  const db = createDatabase(snapshot.language, snapshot.vectorSize);
  load(db, { ...snapshot.orama, internalDocumentIDStore: { internalIdToId: passages.map((passage) => passage.id) } });
  // Vectors are only useful with the model that can embed the question.
  const embeddings = snapshot.vectorSize === null ? undefined : options.embeddings;
  return openIndex(db, passages, snapshot.language, embeddings, options.crossLingualKeys ?? true);
}

function isIndexSnapshot(value: unknown): value is IndexSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<IndexSnapshot>;
  return (
    candidate.version === SNAPSHOT_VERSION &&
    (candidate.language === 'es' || candidate.language === 'en') &&
    typeof candidate.passages === 'string' &&
    typeof candidate.orama === 'object'
  );
}

function withoutIds({ internalDocumentIDStore: _ids, ...rest }: RawData): IndexSnapshot['orama'] {
  return rest;
}

function passageDigest(passages: Passage[]): string {
  const hash = createHash('sha256');
  for (const passage of passages) hash.update(passage.id).update('\n');
  return hash.digest('hex');
}

async function embedPassages(embeddings: Embeddings, passages: Passage[]): Promise<number[][]> {
  const vectors: number[][] = [];
  for (let start = 0; start < passages.length; start += EMBED_BATCH) {
    vectors.push(...(await embeddings.embedDocuments(passages.slice(start, start + EMBED_BATCH).map((passage) => passage.text))));
  }
  return vectors;
}

function createDatabase(language: Language, vectorSize: number | null) {
  return create({
    schema: { text: 'string', keys: 'string', ...(vectorSize ? { vector: `vector[${vectorSize}]` as const } : {}) },
    sort: { enabled: false },
    components: {
      tokenizer: {
        language,
        normalizationCache: new Map(),
        // Documents arrive as raw text, one field at a time; queries arrive already analysed.
        tokenize: (raw: string, _language?: string, field?: string) =>
          field === 'text' ? indexTerms(raw, language) : field === 'keys' ? crossLingualKeys(raw, language) : raw.split(' ').filter(Boolean),
      },
      index: createCompactBm25Index({ resultsLimit: CANDIDATES }),
      documentsStore: createPassageDocumentsStore({ withVectors: Boolean(vectorSize) }),
    },
  });
}

type Database = ReturnType<typeof createDatabase>;

function openIndex(db: Database, passages: Passage[], language: Language, embeddings: Embeddings | undefined, useKeysAcrossLanguages: boolean): PassageIndex {
  // Orama numbers documents 1, 2, … in the order they were inserted (or listed on restore): the
  // passages' order. Its id map finds a passage without a second map of a million entries.
  const internalIds = db.internalDocumentIDStore.idToInternalId;
  const passageById = (id: string): Passage | undefined => {
    const internalId = internalIds.get(id);
    return internalId === undefined ? undefined : passages[internalId - 1];
  };
  const statistics = db.data.index;

  const inverseDocumentFrequency = (field: Field, term: string): number => {
    const documents = documentFrequency(statistics, field, term);
    return Math.log(1 + (passages.length - documents + 0.5) / (documents + 0.5));
  };

  const rankField = async (field: Field, terms: string[]): Promise<Ranking> => {
    if (terms.length === 0) return [];
    const result = await search(db, { term: terms.join(' '), properties: [field], limit: CANDIDATES, relevance: BM25[field] });
    return result.hits.map((hit): [string, number] => [hit.id, hit.score]);
  };

  const rankByVector = async (query: string): Promise<Ranking> => {
    if (!embeddings) return [];
    const vector = await embeddings.embedQuery(query);
    const result = await search(db, { mode: 'vector', vector: { value: vector, property: 'vector' }, similarity: 0, limit: CANDIDATES });
    return result.hits.map((hit): [string, number] => [hit.id, hit.score]);
  };

  const coverage = (field: Field, wanted: string[], names: ReadonlySet<string>, found: (term: string) => boolean): number => {
    const weight = (term: string) => inverseDocumentFrequency(field, term) * (names.has(term) ? NAME_WEIGHT : 1);
    const total = wanted.reduce((sum, term) => sum + weight(term), 0);
    const matched = wanted.filter(found).reduce((sum, term) => sum + weight(term), 0);
    return total === 0 ? 0 : matched / total;
  };

  /** Whether a passage holds `term` in `field`, as the index recorded it. */
  const holds = (field: Field, id: string) => (term: string) => documentHasTerm(statistics, field, id, term);
  /** A passage's index terms in reading order: only proximity needs them, and the index keeps no positions. */
  const termsInOrder = (id: string) => indexTerms(passageById(id)?.text ?? '', language);

  const rankLexically = async (question: AnalysedQuestion, keyWeight: number): Promise<Ranking> => {
    const ranking = weightedSum([
      { ranking: await rankField('text', question.terms), weight: 1 },
      { ranking: keyWeight > 0 ? await rankField('keys', question.keys) : [], weight: keyWeight },
    ]);
    const termWeights = new Map(question.terms.map((term) => [term, inverseDocumentFrequency('text', term)]));
    return rerankByProximity(ranking, PROXIMITY_DEPTH, (id) => densestWindowWeight(termsInOrder(id), termWeights, PROXIMITY_WINDOW));
  };

  return {
    size: passages.length,
    language,
    passage: passageById,
    toSnapshot: async (): Promise<IndexSnapshot> => ({
      version: SNAPSHOT_VERSION,
      language,
      vectorSize: embeddings ? (db.data.index.vectorIndexes['vector']?.node.size ?? null) : null,
      passages: passageDigest(passages),
      orama: withoutIds(save(db)),
    }),
    async search(query, options) {
      const question = analyseQuestion(query, options.language, language);
      const sameLanguage = options.language === language;
      const keyWeight = sameLanguage ? KEY_WEIGHT.sameLanguage : useKeysAcrossLanguages ? KEY_WEIGHT.otherLanguage : 0;
      const lexical = await rankLexically(question, keyWeight);
      const ranking = embeddings ? reciprocalRankFusion([lexical.slice(0, CANDIDATES), await rankByVector(query)]) : lexical;
      return ranking.slice(0, options.limit).flatMap(([passageId, score]) => {
        if (!internalIds.has(passageId)) return [];
        const inText = holds('text', passageId);
        return [{
          passageId,
          score,
          matchedTerms: question.terms.filter(inText),
          coverage: sameLanguage
            ? coverage('text', question.terms, question.names.terms, inText)
            : coverage('keys', question.keys, question.names.keys, holds('keys', passageId)),
        }];
      });
    },
  };
}
