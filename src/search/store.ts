/**
 * The passage index: an Orama database with two BM25 fields analysed by analyze.ts (stemmed text and
 * cross-lingual keys) and, when an embedding model is configured, a vector field.
 *
 * Each passage is analysed in its own article's language (`analyserFor`): its language is handed to
 * Orama's insert, which hands it to the tokenizer. Index terms carry their analyser's tag ("es:",
 * "en:", "*:"), so that one language's stems never meet another's: a question is analysed once per
 * analyser the index holds, each analysis meeting only the passages analysed alike.
 *
 * A question is looked up in both BM25 fields and the two scores are added, the keys counting for
 * less for a passage in the question's language and for more for one in another language (weights
 * chosen on XQuAD, docs/EVALUATION.md). The best few candidates are then re-ranked by how close together
 * the question's terms stand in them (proximity.ts). With vectors, that ranking and the vector
 * ranking are fused by reciprocal rank.
 */
import { createHash } from 'node:crypto';
import { setImmediate as turnOfEventLoop } from 'node:timers/promises';
import { remembered } from '../remembered.js';
import { create, insertMultiple, load, remove, save, search } from '@orama/orama';
import type { RawData } from '@orama/orama';
import type { Embeddings } from '@langchain/core/embeddings';
import type { Language, Passage } from '../corpus/types.js';
import { analyseQuestion, analyserFor, contentWords, crossLingualKeys, indexTerms, keysOfWord, readQuestion, wordTerms, type AnalysedQuestion, type Analyser, type QuestionWords } from './analyze.js';
import { writtenInfinitives } from './future-tense.js';
import { ALTERNATIVE, createCompactBm25Index, type WordReading } from './orama-index.js';
import type { PairSpill } from './postings.js';
import { createPassageDocumentsStore, placeholderId } from './documents-store.js';
import { HOLE, passageSlots, type PassageSlots } from './passage-slots.js';
import { installRestoredIds, type RestoredIds } from './restored-ids.js';
import { tableOfPassages, type PassageTable } from '../corpus/passage-table.js';
import { densestWindowWeight, PROXIMITY_WINDOW, rerankByProximity } from './proximity.js';
import { reciprocalRankFusion, weightedSum, type Ranking } from './rank-fusion.js';

export interface SearchHit {
  passageId: string;
  /** Ranking score; higher is better; comparable only within one search. */
  score: number;
  /** The question's index terms found in the passage (folded stems, as the passage's analyser makes them). */
  matchedTerms: string[];
  /**
   * 0..1: the share of the question's weight that the passage matches, over index terms, or over
   * cross-lingual keys when the question's language is not the passage's. A term weighs its inverse
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
  /** How many of them are in the language with ISO 639-1 code `language` (their `Passage.language`). */
  passagesIn(language: string): number;
  /** Looks a question up: as read once by `readQuestion`, or as text in `options.language`. */
  search(query: string | QuestionWords, options: SearchOptions): Promise<SearchHit[]>;
  /**
   * The largest coverage (0..1) any hit of `search(query, { language })` can have, read from the index's term
   * statistics alone (no passage is scored): the share of the question's weight in terms or keys some passage holds.
   */
  coverageBound(query: QuestionWords, language: Language): number;
  passage(id: string): Passage | undefined;
  /** How many passages hold index term `term` (untagged, as `wordTerms` gives it) of `analyser`'s analysis. */
  documentFrequency(term: string, analyser: Analyser): number;
  /** Removes and adds passages in place (removals first); the rest of the index is not rebuilt. */
  update(change: PassageChange): Promise<void>;
  /**
   * Everything `restorePassageIndex` needs besides the passages: plain data and typed arrays (not
   * JSON-safe). `passages` are the index's passages (only their ids are read) in the order they will
   * be given back on restore; by default the order they were first added in. Throws if they are not
   * the index's passages. Lets the event loop through every SNAPSHOT_SLICE passages (the save of a
   * running bot: 1.2 million at 100,000 articles).
   */
  toSnapshot(passages?: Iterable<Pick<Passage, 'id'>>): Promise<unknown>;
  /**
   * A restored index whose postings were left in the snapshot's file (persist/snapshot.ts `arraysOnDisk`) reads them
   * whole in the background, this thread answering meanwhile; resolves once they are in memory, at once when none were
   * left there. Answers are the same before and after. Rejects if the file cannot be read (lists are still read per term).
   */
  readStoredPostings(): Promise<void>;
}

export interface PassageIndexOptions {
  /** Adds vector search, fused with BM25. */
  embeddings?: Embeddings;
  /** Whether passages in another language than the question's are also searched by cross-lingual keys. Default true. */
  crossLingualKeys?: boolean;
  /**
   * For a new index (`createPassageIndex`): makes a file (persist/scratch-file.ts) where each text field's postings
   * wait until the index is first searched or saved (postings.ts `emptyField`), or none (they wait in memory). A build
   * adds every passage before either: about 340 MB it no longer holds at 100,000 articles.
   */
  spill?: () => PairSpill | undefined;
}

/**
 * BM25 weight of the cross-lingual keys, by whether the question is in the passage's language. In the
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
const SNAPSHOT_VERSION = 5;
/** Passages a snapshot takes between turns of the event loop (a few milliseconds' work). */
const SNAPSHOT_SLICE = 5000;

interface IndexSnapshot {
  version: typeof SNAPSHOT_VERSION;
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

/** Marks each analyser's index terms, so that a stem of one language never matches another's. */
const TAG: Record<Analyser, string> = { es: 'es:', en: 'en:', neutral: '*:' };
const ANALYSERS = Object.keys(TAG) as Analyser[];
/** A term with its analyser's tag, remembered: the same string each time, so the index hashes it once. */
const tagged = Object.fromEntries(ANALYSERS.map((analyser) => [analyser, remembered((term: string) => TAG[analyser] + term)])) as Record<Analyser, (term: string) => string>;

/**
 * An index of `passages`, each analysed in its `language` (see `analyserFor`). Throws if two
 * passages share an id.
 */
export async function createPassageIndex(passages: Passage[], options: PassageIndexOptions = {}): Promise<PassageIndex> {
  const vectors = options.embeddings ? await embedPassages(options.embeddings, passages) : undefined;
  const vectorSize = vectors?.[0]?.length ?? null;
  const database = createDatabase(vectorSize, options.spill);
  await insertPassages(database.db, passages, vectors);
  const slots = passageSlots(new Uint32Array(0), tableOfPassages([]));
  passages.forEach((passage, at) => slots.set(at + 1, passage));
  return openIndex(database, slots, vectors ? options.embeddings : undefined, options.crossLingualKeys ?? true);
}

/**
 * Inserts passages in their order, each run of passages with the same analyser in calls of
 * INSERT_BATCH, whose language argument Orama passes on to the tokenizer for every document of the
 * call. Documents are made a batch at a time: a passage's text is a slice of its article's decoded
 * text, which the slice keeps alive, so documents for a whole run would hold every article's text.
 */
async function insertPassages(db: Database['db'], passages: Passage[], vectors: number[][] | undefined): Promise<void> {
  for (let start = 0; start < passages.length; ) {
    const analyser = analyserFor(passages[start]!.language);
    let end = start + 1;
    while (end < passages.length && end - start < INSERT_BATCH && analyserFor(passages[end]!.language) === analyser) end++;
    const documents = passages.slice(start, end).map((passage, i) => ({ id: passage.id, text: passage.text, keys: passage.text, ...(vectors ? { vector: vectors[start + i] } : {}) }));
    await insertMultiple(db, documents, INSERT_BATCH, analyser);
    // Orama inserts synchronously: without a turn of the event loop between batches, a 20 MB article added
    // while the bot runs held every answer, and a stop signal, for the seconds its passages took.
    await turnOfEventLoop();
    start = end;
  }
}

/**
 * Rebuilds an index from `toSnapshot()` output without analysing or embedding the passages again.
 * `passages` are given in the order given to `toSnapshot` (a table's are made only when wanted: the
 * index keeps the table). Throws if the snapshot is not one or was made for other passages.
 */
export async function restorePassageIndex(snapshot: unknown, passages: Passage[] | PassageTable, options: PassageIndexOptions = {}): Promise<PassageIndex> {
  if (!isIndexSnapshot(snapshot)) throw new Error('not a passage index snapshot of this version');
  const table = Array.isArray(passages) ? tableOfPassages(passages) : passages;
  if (snapshot.passages !== passageDigest(table.length, table.idAt)) throw new Error('the passage index snapshot was made for other passages');
  const database = createDatabase(snapshot.vectorSize);
  const positions = snapshot.slots;
  /** Position → internal id (0: none). */
  const internalIdAt = new Uint32Array(table.length);
  for (let slot = 0; slot < positions.length; slot++) {
    const position = positions[slot]!;
    if (position === HOLE) continue;
    if (position >= table.length) throw new Error('the passage index snapshot points past its passages');
    internalIdAt[position] = slot + 1;
  }
  const ids: RestoredIds = {
    count: positions.length,
    idOf: (internalId) => {
      const position = positions[internalId - 1]!;
      return position === HOLE ? placeholderId(internalId) : table.idAt(position);
    },
    internalIdOf: (id) => {
      const position = table.positionOf(id);
      return position === undefined ? undefined : internalIdAt[position] || undefined;
    },
  };
  // Orama's store takes the ids from us, not from a list of them (restored-ids.ts); the documents store is told which ids are live.
  const idStore = database.db.internalDocumentIDStore;
  idStore.load = (_orama, raw) => installRestoredIds(idStore, raw as RestoredIds);
  load(database.db, { ...snapshot.orama, internalDocumentIDStore: ids, docs: { live: (internalId: number) => positions[internalId - 1] !== HOLE } });
  const slots = passageSlots(positions, table);
  // Vectors are only useful with the model that can embed the question.
  const embeddings = snapshot.vectorSize === null ? undefined : options.embeddings;
  return openIndex(database, slots, embeddings, options.crossLingualKeys ?? true);
}

function isIndexSnapshot(value: unknown): value is IndexSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<IndexSnapshot>;
  return (
    candidate.version === SNAPSHOT_VERSION &&
    typeof candidate.passages === 'string' &&
    candidate.slots instanceof Uint32Array &&
    typeof candidate.orama === 'object'
  );
}

function withoutIds({ internalDocumentIDStore: _ids, ...rest }: RawData): IndexSnapshot['orama'] {
  return rest;
}

/** Digest of the ids of `count` passages, `idAt(0)` first. */
function passageDigest(count: number, idAt: (position: number) => string): string {
  const digest = passageDigester();
  for (let position = 0; position < count; position++) digest.add(idAt(position));
  return digest.digest();
}

/** A digest of passage ids added one by one. */
function passageDigester() {
  const hash = createHash('sha256');
  // The same bytes as one update per id, in batches: a native call per id cost about 1 s at 1.2 million passages.
  let batch = '';
  return {
    add(id: string): void {
      batch += `${id}\n`;
      if (batch.length >= DIGEST_BATCH) {
        hash.update(batch);
        batch = '';
      }
    },
    digest: (): string => hash.update(batch).digest('hex'),
  };
}

/** Characters of passage ids hashed at once. */
const DIGEST_BATCH = 1 << 16;

async function embedPassages(embeddings: Embeddings, passages: Passage[]): Promise<number[][]> {
  const vectors: number[][] = [];
  for (let start = 0; start < passages.length; start += EMBED_BATCH) {
    vectors.push(...(await embeddings.embedDocuments(passages.slice(start, start + EMBED_BATCH).map((passage) => passage.text))));
  }
  return vectors;
}

/** The analyser Orama was told to tokenize with; every insertion names one (see `insertPassages`). */
function analyserNamed(language: string | undefined): Analyser {
  const analyser = ANALYSERS.find((known) => known === language);
  if (!analyser) throw new Error(`the passage index has no analyser "${String(language)}"`);
  return analyser;
}

/** The tokenizer's analysis below, word by word (see WordReading): the same tokens, numbered once per word by the index. */
const WORD_READING: WordReading = {
  words: (value, language, prop) => (prop === 'text' || prop === 'keys' ? contentWords(value, analyserNamed(language)) : undefined),
  tokensOf: (word, language, prop) => {
    const analyser = analyserNamed(language);
    return prop === 'text' ? wordTerms(word, analyser).map(tagged[analyser]) : keysOfWord(word);
  },
};

function createDatabase(vectorSize: number | null, spill?: () => PairSpill | undefined) {
  const index = createCompactBm25Index({ resultsLimit: CANDIDATES, reading: WORD_READING, spill });
  /** A live document's text, for Orama's remove; set once the index knows its passages (`openIndex`). */
  const passageText = { of: (_internalId: number): string | undefined => undefined };
  const fields = ['text', 'keys', ...(vectorSize ? ['vector'] : [])];
  const db = create({
    schema: { text: 'string', keys: 'string', ...(vectorSize ? { vector: `vector[${vectorSize}]` as const } : {}) },
    sort: { enabled: false },
    components: {
      tokenizer: {
        // Orama's default when an insertion names no language; ours always names one.
        language: 'neutral',
        normalizationCache: new Map(),
        // Documents arrive as raw text, one field at a time, with their analyser; queries arrive already analysed.
        tokenize: (raw: string, language?: string, field?: string) => {
          if (field === 'text') {
            const analyser = analyserNamed(language);
            return indexTerms(raw, analyser).map(tagged[analyser]);
          }
          return field === 'keys' ? crossLingualKeys(raw, analyserNamed(language)) : raw.split(' ').filter(Boolean);
        },
      },
      index: index.component,
      documentsStore: createPassageDocumentsStore({ fields, vectorField: vectorSize ? 'vector' : undefined, textOf: (internalId) => passageText.of(internalId) }),
    },
  });
  return { db, statistics: index.statistics, readStoredPostings: index.readStoredPostings, vectorSize, passageText };
}

type Database = ReturnType<typeof createDatabase>;

/**
 * `slots` holds the passage Orama numbered each internal id; Orama's id map finds a passage's
 * number, so no second map of a million entries is needed.
 */
function openIndex(database: Database, slots: PassageSlots, embeddings: Embeddings | undefined, useKeysAcrossLanguages: boolean): PassageIndex {
  const { db } = database;
  database.passageText.of = (internalId) => slots.get(internalId)?.text;
  const internalIds = db.internalDocumentIDStore.idToInternalId;
  const passageById = (id: string): Passage | undefined => {
    const internalId = internalIds.get(id);
    return internalId === undefined ? undefined : slots.get(internalId);
  };
  /** Live passages by language code; a question is analysed only by the analysers some passage needs. */
  const languages = slots.languages();
  let size = [...languages.values()].reduce((sum, passages) => sum + passages, 0);
  const count = (passage: Passage, change: 1 | -1) => languages.set(passage.language, (languages.get(passage.language) ?? 0) + change);
  const analysersInUse = () => ANALYSERS.filter((analyser) => [...languages].some(([language, passages]) => passages > 0 && analyserFor(language) === analyser));
  const statistics = { text: database.statistics('text'), keys: database.statistics('keys') };

  /** BM25's IDF of a term, its document frequency being that of all its `alternatives` together (see Bm25Query). */
  const inverseDocumentFrequency = (field: Field, alternatives: readonly string[]): number => {
    const documents = alternatives.reduce((sum, term) => sum + statistics[field].documentFrequency(term), 0);
    return Math.log(1 + (size - documents + 0.5) / (documents + 0.5));
  };

  const rankField = async (field: Field, terms: string[]): Promise<Ranking> => {
    if (terms.length === 0) return [];
    // includeVectors: Orama otherwise copies each hit's document to blank its vectors, reading every text field of every
    // hit (a passage's text decoded twice per hit, 100 hits a search); only ids and scores are read here.
    const result = await search(db, { term: terms.join(' '), properties: [field], limit: CANDIDATES, relevance: BM25[field], includeVectors: true });
    return result.hits.map((hit): [string, number] => [hit.id, hit.score]);
  };

  const rankByVector = async (query: string): Promise<Ranking> => {
    if (!embeddings) return [];
    const vector = await embeddings.embedQuery(query);
    const result = await search(db, { mode: 'vector', vector: { value: vector, property: 'vector' }, similarity: 0, limit: CANDIDATES });
    return result.hits.map((hit): [string, number] => [hit.id, hit.score]);
  };

  const coverage = (idf: (term: string) => number, wanted: string[], names: ReadonlySet<string>, found: (term: string) => boolean): number => {
    const weight = (term: string) => idf(term) * (names.has(term) ? NAME_WEIGHT : 1);
    const total = wanted.reduce((sum, term) => sum + weight(term), 0);
    const matched = wanted.filter(found).reduce((sum, term) => sum + weight(term), 0);
    return total === 0 ? 0 : matched / total;
  };

  /**
   * SearchHit.coverage of a passage analysed by `analyser`, `holdsIn(field)` telling whether it holds a tagged term or
   * a key of that field; undefined when the question was not analysed by `analyser` (no passage of it is a hit).
   */
  const coverageOf = (question: Reading, analyser: Analyser, holdsIn: (field: Field) => (term: string) => boolean): number | undefined => {
    const analysed = question.analyses.get(analyser);
    if (!analysed) return undefined;
    const tag = tagged[analyser];
    return analyser === question.analyser
      ? coverage(question.textIdf, analysed.terms.map(tag), new Set([...analysed.names.terms].map(tag)), (term) => question.alternatives(term).some(holdsIn('text')))
      : coverage((key) => inverseDocumentFrequency('keys', [key]), question.keys, question.nameKeys, holdsIn('keys'));
  };

  /** Whether a passage holds `term` in `field`, as the index recorded it. */
  const holds = (field: Field, id: string) => {
    const internalId = internalIds.get(id);
    return (term: string) => internalId !== undefined && statistics[field].hasTerm(internalId, term);
  };
  const analyserOf = (id: string): Analyser => analyserFor(passageById(id)?.language ?? '');
  /** A passage's tagged index terms in reading order: only proximity needs them, and the index keeps no positions. */
  const termsInOrder = (id: string) => {
    const analyser = analyserOf(id);
    return indexTerms(passageById(id)?.text ?? '', analyser).map(tagged[analyser]);
  };

  /**
   * BM25 over every analysis's tagged terms (each meets only the passages analysed alike) plus the
   * keys, weighted by whether each passage is in the question's language, then proximity.
   */
  const rankLexically = async (question: Reading): Promise<Ranking> => {
    const weightFor = (analyser: Analyser) => (analyser === question.analyser ? KEY_WEIGHT.sameLanguage : useKeysAcrossLanguages ? KEY_WEIGHT.otherLanguage : 0);
    // With one analyser in the index every passage weighs the same: no passage need be looked up.
    const [only, ...others] = question.analysers;
    const keyWeight = only !== undefined && others.length === 0 ? () => weightFor(only) : (id: string) => weightFor(analyserOf(id));
    const byKeys = (await rankField('keys', question.keys)).flatMap(([id, score]): Ranking => {
      const weight = keyWeight(id);
      return weight > 0 ? [[id, weight * score]] : [];
    });
    const ranking = weightedSum([
      { ranking: await rankField('text', question.terms.map((alternatives) => alternatives.join(ALTERNATIVE))), weight: 1 },
      { ranking: byKeys, weight: 1 },
    ]);
    const termWeights = new Map(question.terms.flatMap((alternatives) => alternatives.map((term) => [term, inverseDocumentFrequency('text', alternatives)] as const)));
    return rerankByProximity(ranking, PROXIMITY_DEPTH, (id) => densestWindowWeight(termsInOrder(id), termWeights, PROXIMITY_WINDOW));
  };

  /** The question analysed by each analyser the index holds, and what all the analyses share. */
  const readingOf = (words: QuestionWords, language: Language): Reading => {
    const analysers = analysersInUse();
    const analyses = new Map(analysers.map((analyser) => [analyser, analyseQuestion(words, analyser)]));
    // Each question word's i-th term under every analyser (one stem each, or the same CJK bigrams).
    // A Spanish verb written in the future is looked up by its infinitive's stem too ("subirá" as "subida", future-tense.ts).
    const infinitives = words.language === 'es' && analysers.includes('es') ? writtenInfinitives(words.text) : new Map<string, string>();
    const terms = joinShared(
      words.content.flatMap((word) => {
        const byAnalyser = analysers.map((analyser) => wordTerms(word, analyser).map(tagged[analyser]));
        const infinitive = infinitives.get(word);
        const alternatives = infinitive === undefined ? [] : wordTerms(infinitive, 'es').map(tagged.es);
        return (byAnalyser[0] ?? []).map((_, i) => [...byAnalyser.map((list) => list[i]!), ...alternatives]);
      }),
    );
    const alternativesOf = new Map(terms.flatMap((alternatives) => alternatives.map((term) => [term, alternatives] as const)));
    return {
      // A question written in a language the bot reads only in part (a French one replied to in Spanish) is in no
      // passage's language but its own: every passage is met across languages, whatever language it is replied in.
      analyser: analyserFor(words.writtenIn ?? language),
      analysers,
      analyses,
      terms,
      textIdf: (term) => inverseDocumentFrequency('text', alternativesOf.get(term) ?? [term]),
      alternatives: (term) => alternativesOf.get(term) ?? [term],
      keys: [...new Set(words.content.flatMap(keysOfWord))],
      nameKeys: new Set(words.names.flatMap(keysOfWord)),
    };
  };

  /** Moved on as an update starts and as it ends: a ranking made under another version may hold stale passages. */
  let version = 0;
  /**
   * The last ranking of each reading searched (a reading is not changed once searched), by its QuestionWords: a search
   * of the same reading again, deeper (ask.ts reads the passages below the first ones when these lack the kind of answer
   * asked for), cuts the same ranking lower, as the ranking does not depend on the limit.
   */
  const rankings = new WeakMap<QuestionWords, { version: number; language: Language; question: Reading; ranking: Ranking }>();
  const rank = async (query: string | QuestionWords, language: Language): Promise<{ question: Reading; ranking: Ranking }> => {
    const known = typeof query === 'string' ? undefined : rankings.get(query);
    if (known?.version === version && known.language === language) return known;
    const at = version;
    const question = readingOf(typeof query === 'string' ? readQuestion(query, language) : query, language);
    const lexical = await rankLexically(question);
    const ranking = embeddings ? reciprocalRankFusion([lexical.slice(0, CANDIDATES), await rankByVector(typeof query === 'string' ? query : query.text)]) : lexical;
    if (typeof query !== 'string' && at === version) rankings.set(query, { version, language, question, ranking });
    return { question, ranking };
  };

  return {
    get size() {
      return size;
    },
    passagesIn: (language) => languages.get(language) ?? 0,
    documentFrequency: (term, analyser) => statistics.text.documentFrequency(tagged[analyser](term)),
    passage: passageById,
    async update(change) {
      version++;
      for (const [at, id] of change.remove.entries()) {
        if (at % INSERT_BATCH === INSERT_BATCH - 1) await turnOfEventLoop();
        const internalId = internalIds.get(id);
        const passage = internalId === undefined ? undefined : slots.get(internalId);
        if (!passage) continue;
        // With the analyser it was inserted with, the index drops it from its own terms' postings only (orama-index.ts).
        remove(db, id, analyserFor(passage.language));
        slots.set(internalId!, undefined);
        count(passage, -1);
        size--;
      }
      const vectors = embeddings ? await embedPassages(embeddings, change.add) : undefined;
      await insertPassages(db, change.add, vectors);
      for (const passage of change.add) {
        slots.set(internalIds.get(passage.id)!, passage);
        count(passage, 1);
      }
      size += change.add.length;
      version++;
    },
    readStoredPostings: () => database.readStoredPostings(),
    toSnapshot: async (order): Promise<IndexSnapshot> => {
      const live = function* () {
        for (let slot = 1; slot <= slots.count; slot++) if (slots.has(slot)) yield { id: slots.get(slot)!.id };
      };
      // Slot → position, looked up by id in Orama's map: no passage is made, nor a map of a million ids.
      const table = new Uint32Array(slots.count).fill(HOLE);
      const digest = passageDigester();
      let position = 0;
      for (const { id } of order ?? live()) {
        const internalId = internalIds.get(id);
        if (internalId === undefined || !slots.has(internalId) || table[internalId - 1] !== HOLE) throw new Error('the passages to snapshot are not the index\'s passages');
        table[internalId - 1] = position++;
        digest.add(id);
        if (position % SNAPSHOT_SLICE === 0) await turnOfEventLoop();
      }
      if (position !== size) throw new Error('the passages to snapshot are not the index\'s passages');
      return {
        version: SNAPSHOT_VERSION,
        vectorSize: embeddings ? database.vectorSize : null,
        passages: digest.digest(),
        slots: table,
        orama: withoutIds(save(db)),
      };
    },
    async search(query, options) {
      const { question, ranking } = await rank(query, options.language);
      return ranking.slice(0, options.limit).flatMap(([passageId, score]) => {
        if (!internalIds.has(passageId)) return [];
        const analyser = analyserOf(passageId);
        const analysed = question.analyses.get(analyser);
        const covered = coverageOf(question, analyser, (field) => holds(field, passageId));
        if (!analysed || covered === undefined) return [];
        const tag = tagged[analyser];
        const inText = holds('text', passageId);
        return [{ passageId, score, matchedTerms: analysed.terms.filter((term) => inText(tag(term))), coverage: covered }];
      });
    },
    coverageBound(query, language) {
      const question = readingOf(query, language);
      // A term or key no passage holds is the only one no hit can hold: the bound is a passage holding every other.
      const held = (field: Field) => (term: string) => statistics[field].documentFrequency(term) > 0;
      return Math.max(0, ...question.analysers.map((analyser) => coverageOf(question, analyser, held) ?? 0));
    },
  };
}

/** A question as the index looks it up: analysed by each analyser it holds. */
interface Reading {
  /** The analyser of the question's own language: passages analysed by it are in the question's language. */
  analyser: Analyser;
  /** The analysers the index's passages were analysed by. */
  analysers: Analyser[];
  analyses: Map<Analyser, AnalysedQuestion>;
  /** The question's index terms, each with its alternatives: the same word as every analyser indexes it, tagged. */
  terms: string[][];
  /** IDF of a tagged index term, over all its alternatives. */
  textIdf: (term: string) => number;
  /** A tagged index term's alternatives, itself included: a passage holding any of them holds it. */
  alternatives: (term: string) => readonly string[];
  /** Cross-lingual keys, the same whatever the analyser. */
  keys: string[];
  nameKeys: ReadonlySet<string>;
}

/**
 * Groups that share a term become one, in order of first appearance, without repeats: two words one
 * analyser stems alike ("visitará", "visita" → "es:visit") are one term, as a single analysis makes them.
 */
function joinShared(groups: string[][]): string[][] {
  const joined: Set<string>[] = [];
  for (const group of groups) {
    const overlapping = joined.filter((set) => group.some((term) => set.has(term)));
    const target = overlapping[0] ?? new Set<string>();
    if (!overlapping[0]) joined.push(target);
    for (const term of group) target.add(term);
    for (const other of overlapping.slice(1)) {
      for (const term of other) target.add(term);
      joined.splice(joined.indexOf(other), 1);
    }
  }
  return joined.map((set) => [...set]);
}
