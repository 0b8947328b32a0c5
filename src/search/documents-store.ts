/**
 * Orama's document store for the passage index: it knows which internal ids are live and how many
 * (BM25 needs the count) and keeps nothing of the documents. Passages are kept by the caller, so
 * storing them again would cost memory and snapshot size (a million objects at 100,000 articles).
 *
 * Orama reads a document back in two places: its vector search, which reads `docs[internalId]`
 * and drops hits without one (so with vectors each live document keeps a small `{ id }`), and its
 * `remove`, which hands each field's value to the index: it gets a stub with every schema field
 * present, each text field read, when Orama reads it, from `textOf` (the caller's passage), so that the
 * index can drop the document from its terms' postings alone (orama-index.ts).
 */
import type { components, IDocumentsStore } from '@orama/orama';

type InternalIdStore = components.internalDocumentIDStore.InternalDocumentIDStore;

export interface PassageDocuments {
  sharedInternalDocumentStore: InternalIdStore;
  /** One byte per internal id: 1 when the document is live. */
  live: Uint8Array;
  count: number;
  /** With vectors, `{ id }` by internal id for Orama's vector search; else empty. */
  docs: Record<number, { id: string }>;
}

/** What a saved store is: nothing but its count, the live ids being the ones the caller restores. */
export interface SavedPassageDocuments {
  count: number;
}

/** What the store is loaded from: which of the restored internal ids are live (the caller knows; the snapshot keeps only the count). */
export interface RestoredPassageDocuments {
  live(internalId: number): boolean;
}

/**
 * The store. `fields` are the schema's fields, present in every stub document; `vectorField` names
 * the vector field, when there is one; `textOf` gives a live document's text (every text field holds
 * it), read only when a stub's field is (Orama's search reads none).
 */
export function createPassageDocumentsStore({ fields, vectorField, textOf }: { fields: string[]; vectorField: string | undefined; textOf: (internalId: number) => string | undefined }): IDocumentsStore<PassageDocuments> {
  const Stub = stubDocumentClass(fields, vectorField, textOf);
  // Orama passes an external id (string) or an internal one (number); an unknown id must not be added to its id map.
  const internalIdOf = (documents: PassageDocuments, id: string | number) =>
    typeof id === 'number' ? id : documents.sharedInternalDocumentStore.idToInternalId.get(id);
  const isLive = (documents: PassageDocuments, internalId: number | undefined) => internalId !== undefined && documents.live[internalId] === 1;
  const get = (documents: PassageDocuments, id: string | number) => {
    const internalId = internalIdOf(documents, id);
    if (!isLive(documents, internalId)) return undefined;
    return new Stub(documents.sharedInternalDocumentStore, internalId!);
  };
  const empty = (sharedInternalDocumentStore: InternalIdStore): PassageDocuments => ({ sharedInternalDocumentStore, live: new Uint8Array(1024), count: 0, docs: {} });
  const markLive = (documents: PassageDocuments, internalId: number, id: string) => {
    if (vectorField) documents.docs[internalId] = { id };
    if (internalId >= documents.live.length) {
      const grown = new Uint8Array(Math.max(2 * documents.live.length, internalId + 1));
      grown.set(documents.live);
      documents.live = grown;
    }
    documents.live[internalId] = 1;
    documents.count++;
  };
  return {
    create: (_orama, sharedInternalDocumentStore) => empty(sharedInternalDocumentStore),
    get,
    getMultiple: (documents, ids) => ids.map((id) => get(documents, id)),
    getAll: () => ({}),
    store: (documents, id, internalId) => {
      if (isLive(documents, internalId)) return false;
      markLive(documents, internalId, String(id));
      return true;
    },
    remove: (documents, id) => {
      const internalId = internalIdOf(documents, id);
      if (!isLive(documents, internalId)) return false;
      documents.live[internalId!] = 0;
      delete documents.docs[internalId!];
      documents.count--;
      return true;
    },
    count: (documents) => documents.count,
    save: <R>(documents: PassageDocuments) => ({ count: documents.count }) as R,
    load: (sharedInternalDocumentStore, raw) => {
      const { live } = raw as RestoredPassageDocuments;
      const documents = empty(sharedInternalDocumentStore);
      const numbered = sharedInternalDocumentStore.internalIdToId.length;
      documents.live = new Uint8Array(numbered + 1);
      for (let internalId = 1; internalId <= numbered; internalId++) {
        // An id is read only for the vector search's record: a restored index derives each one when asked (see restored-ids.ts).
        if (live(internalId)) markLive(documents, internalId, vectorField ? sharedInternalDocumentStore.internalIdToId[internalId - 1]! : '');
      }
      return documents;
    },
  };
}

/** What Orama is handed for a live document: its id and every schema field, each read only when Orama reads it. */
interface StubDocument {
  readonly id: string;
  readonly [field: string]: unknown;
}

/**
 * The class of the stubs `get` returns. Orama's search fetches a document for every hit and reads nothing of it, so a
 * stub costs one small object: the id and the fields are getters on the class's prototype (Orama reads fields by
 * name, as `doc[field]`), the id derived from the id store only when read. A stub made field by field with
 * Object.defineProperty cost a tenth of an /ask's CPU at 10,000 articles.
 */
function stubDocumentClass(fields: string[], vectorField: string | undefined, textOf: (internalId: number) => string | undefined): new (ids: InternalIdStore, internalId: number) => StubDocument {
  class Stub implements StubDocument {
    readonly [field: string]: unknown;
    readonly #ids: InternalIdStore;
    readonly #internalId: number;
    constructor(ids: InternalIdStore, internalId: number) {
      this.#ids = ids;
      this.#internalId = internalId;
    }
    get id(): string {
      return this.#ids.internalIdToId[this.#internalId - 1]!;
    }
    static {
      for (const field of fields) {
        // Every text field holds the live document's text.
        const get = field === vectorField ? () => [] : function (this: Stub) {
          return textOf(this.#internalId) ?? '';
        };
        Object.defineProperty(Stub.prototype, field, { enumerable: true, get });
      }
    }
  }
  return Stub;
}

const PLACEHOLDER_PREFIX = '\u0000removed:';

/** The id a removed document's internal id is restored under: unique, and never a passage's id. */
export function placeholderId(internalId: number): string {
  return PLACEHOLDER_PREFIX + internalId;
}
