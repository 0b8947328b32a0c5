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
import { create, insertMultiple, load, remove, save, search } from '@orama/orama';
import type { RawData } from '@orama/orama';
import type { Embeddings } from '@langchain/core/embeddings';
import type { Language, Passage } from '../corpus/types.js';
import { analyseQuestion, crossLingualKeys, indexTerms, readQuestion, type AnalysedQuestion, type QuestionWords } from './analyze.js';
import { createCompactBm25Index } from './orama-index.js';
import { createPassageDocumentsStore, placeholderId } from './documents-store.js';
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

/** Passages leaving and joining the index in one update. */
export interface PassageChange {
  /** Ids of indexed passages to remove (unknown ids are ignored). */
  remove: string[];
  /** Passages to add; an id removed in the same change may come back with new text. */
  add: Passage[];
}

export interface PassageIndex {
  /** How many passages the index holds. */
  readonly size: number;
  /** The language the passages were analysed as. */
  readonly language: Language;
  /** Looks a question up: as read once by `readQuestion`, or as text in `options.language`. */
  search(query: string | QuestionWords, options: SearchOptions): Promise<SearchHit[]>;
  passage(id: string): Passage | undefined;
  /** Removes and adds passages in place (removals first); the rest of the index is not rebuilt. */
  update(change: PassageChange): Promise<void>;
  /**
   * Everything `restorePassageIndex` needs besides the passages: plain data and typed arrays (not
   * JSON-safe). `passages` are the index's passages in the order they will be given back on restore;
   * by default the order they were first added in. Throws if they are not the index's passages.
   */
  toSnapshot(passages?: Passage[]): Promise<unknown>;
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
const SNAPSHOT_VERSION = 3;
/** In a snapshot's slot table: an internal id whose passage was removed. */
const HOLE = 0xffffffff;

interface IndexSnapshot {
  version: typeof SNAPSHOT_VERSION;
  language: Language;
  /** Dimension of the stored vectors; null when the index was built without embeddings. */
  vectorSize: number | null;
  /** Digest of the passage ids in the order given to `toSnapshot`: the passages given back on restore must be these. */
  passages: string;
  /** Per internal id (from 1), the position of its passage in that order, or HOLE for a removed one. */
  slots: Uint32Array;
  /** Orama's saved database without its id list, which the passages and slots give back. */
  orama: Omit<RawData, 'internalDocumentIDStore'>;
}

type Field = 'text' | 'keys';

export async function createPassageIndex(passages: Passage[], options: PassageIndexOptions = {}): Promise<PassageIndex> {
  const language = options.language ?? 'es';
  const vectors = options.embeddings ? await embedPassages(options.embeddings, passages) : undefined;
  const vectorSize = vectors?.[0]?.length ?? null;
  const database = createDatabase(language, vectorSize);
  await insertMultiple(database.db, oramaDocuments(passages, vectors), INSERT_BATCH);
  return openIndex(database, [...passages], language, vectors ? options.embeddings : undefined, options.crossLingualKeys ?? true);
}

function oramaDocuments(passages: Passage[], vectors: number[][] | undefined) {
  return passages.map((passage, i) => ({ id: passage.id, text: passage.text, keys: passage.text, ...(vectors ? { vector: vectors[i] } : {}) }));
}

/** Rebuilds an index from `toSnapshot()` output without analysing or embedding the passages again. */
export async function restorePassageIndex(snapshot: unknown, passages: Passage[], options: PassageIndexOptions = {}): Promise<PassageIndex> {
  if (!isIndexSnapshot(snapshot)) throw new Error('not a passage index snapshot of this version');
  if (snapshot.passages !== passageDigest(passages)) throw new Error('the passage index snapshot was made for other passages');
  const database = createDatabase(snapshot.language, snapshot.vectorSize);
  const slots: (Passage | undefined)[] = [];
  const internalIdToId: string[] = [];
  snapshot.slots.forEach((position, slot) => {
    const passage = position === HOLE ? undefined : passages[position];
    if (position !== HOLE && !passage) throw new Error('the passage index snapshot points past its passages');
    slots.push(passage);
    internalIdToId.push(passage ? passage.id : placeholderId(slot + 1));
  });
  load(database.db, { ...snapshot.orama, internalDocumentIDStore: { internalIdToId } });
  // Vectors are only useful with the model that can embed the question.
  const embeddings = snapshot.vectorSize === null ? undefined : options.embeddings;
  return openIndex(database, slots, snapshot.language, embeddings, options.crossLingualKeys ?? true);
}

function isIndexSnapshot(value: unknown): value is IndexSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<IndexSnapshot>;
  return (
    candidate.version === SNAPSHOT_VERSION &&
    (candidate.language === 'es' || candidate.language === 'en') &&
    typeof candidate.passages === 'string' &&
    candidate.slots instanceof Uint32Array &&
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
  const index = createCompactBm25Index({ resultsLimit: CANDIDATES });
  const fields = ['text', 'keys', ...(vectorSize ? ['vector'] : [])];
  const db = create({
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
      index: index.component,
      documentsStore: createPassageDocumentsStore({ fields, vectorField: vectorSize ? 'vector' : undefined }),
    },
  });
  return { db, statistics: index.statistics, vectorSize };
}

type Database = ReturnType<typeof createDatabase>;

/**
 * `slots[internalId - 1]` is the passage Orama numbered `internalId`, undefined once removed. Orama
 * numbers documents 1, 2, … as they are first inserted (or listed on restore), and gives a removed
 * id back to a passage inserted again under it; its id map finds a passage without a second map of
 * a million entries.
 */
function openIndex(database: Database, slots: (Passage | undefined)[], language: Language, embeddings: Embeddings | undefined, useKeysAcrossLanguages: boolean): PassageIndex {
  const { db } = database;
  const internalIds = db.internalDocumentIDStore.idToInternalId;
  const passageById = (id: string): Passage | undefined => {
    const internalId = internalIds.get(id);
    return internalId === undefined ? undefined : slots[internalId - 1];
  };
  let size = slots.filter(Boolean).length;
  const statistics = { text: database.statistics('text'), keys: database.statistics('keys') };

  const inverseDocumentFrequency = (field: Field, term: string): number => {
    const documents = statistics[field].documentFrequency(term);
    return Math.log(1 + (size - documents + 0.5) / (documents + 0.5));
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
  const holds = (field: Field, id: string) => {
    const internalId = internalIds.get(id);
    return (term: string) => internalId !== undefined && statistics[field].hasTerm(internalId, term);
  };
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
    get size() {
      return size;
    },
    language,
    passage: passageById,
    async update(change) {
      for (const id of change.remove) {
        const internalId = internalIds.get(id);
        if (internalId === undefined || !slots[internalId - 1]) continue;
        remove(db, id);
        slots[internalId - 1] = undefined;
        size--;
      }
      const vectors = embeddings ? await embedPassages(embeddings, change.add) : undefined;
      await insertMultiple(db, oramaDocuments(change.add, vectors), INSERT_BATCH);
      for (const passage of change.add) slots[internalIds.get(passage.id)! - 1] = passage;
      size += change.add.length;
    },
    toSnapshot: async (order): Promise<IndexSnapshot> => {
      const passages = order ?? slots.filter((passage): passage is Passage => passage !== undefined);
      const position = new Map(passages.map((passage, at) => [passage.id, at]));
      const table = Uint32Array.from(slots, (passage) => (passage ? (position.get(passage.id) ?? HOLE) : HOLE));
      if (passages.length !== size || position.size !== size || table.filter((at) => at !== HOLE).length !== size) {
        throw new Error('the passages to snapshot are not the index\'s passages');
      }
      return {
        version: SNAPSHOT_VERSION,
        language,
        vectorSize: embeddings ? database.vectorSize : null,
        passages: passageDigest(passages),
        slots: table,
        orama: withoutIds(save(db)),
      };
    },
    async search(query, options) {
      const question = analyseQuestion(typeof query === 'string' ? readQuestion(query, options.language) : query, language);
      const sameLanguage = options.language === language;
      const keyWeight = sameLanguage ? KEY_WEIGHT.sameLanguage : useKeysAcrossLanguages ? KEY_WEIGHT.otherLanguage : 0;
      const lexical = await rankLexically(question, keyWeight);
      const ranking = embeddings ? reciprocalRankFusion([lexical.slice(0, CANDIDATES), await rankByVector(typeof query === 'string' ? query : query.text)]) : lexical;
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
