/**
 * Orama's internal id store (`internalDocumentIDStore`: each document's external id and the number
 * Orama gives it, both ways) for a restored passage index, derived from the snapshot's slot table
 * and the passage table instead of held as a map of strings. Orama's own store restores itself by
 * inserting every id into a Map: at 1.2 million passages that took about a quarter of a restart's
 * CPU and the ids themselves (strings made for nothing else) most of its garbage collection.
 *
 * It behaves as Orama's store does: the restored ids keep their numbers, a new id gets the next
 * number (`size + 1`, as Orama's `getInternalDocumentId` assigns it) and keeps it, and an id keeps its
 * number after its document is removed (Orama gives it back when the id is inserted again).
 */
import type { components } from '@orama/orama';

type InternalIdStore = components.internalDocumentIDStore.InternalDocumentIDStore;

/** The ids a saved index had numbered: internal ids 1..count. */
export interface RestoredIds {
  count: number;
  /** The external id of an internal id in 1..count. */
  idOf(internalId: number): string;
  /** The internal id (1..count) of an external id, undefined for one the saved index did not number. */
  internalIdOf(id: string): number | undefined;
}

/** Makes `store` (Orama's, shared by its components) answer with `restored`, then the ids numbered after them. */
export function installRestoredIds(store: InternalIdStore, restored: RestoredIds): void {
  const added: string[] = [];
  store.idToInternalId = new RestoredIdMap(restored, added);
  store.internalIdToId = restoredIdList(restored, added);
}

/**
 * Orama's id → internal id map: the restored ids derived, those numbered after them held (the Map
 * itself holds only those). Orama calls get, set and size; the rest is Map's contract kept whole.
 */
class RestoredIdMap extends Map<string, number> {
  readonly #restored: RestoredIds;
  /** Ids numbered after the restored ones, in order (the same array as the id list's). */
  readonly #added: string[];

  constructor(restored: RestoredIds, added: string[]) {
    super();
    this.#restored = restored;
    this.#added = added;
  }

  override get(id: string): number | undefined {
    return super.get(id) ?? this.#restored.internalIdOf(id);
  }

  override has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  override set(id: string, internalId: number): this {
    if (this.has(id)) {
      if (this.get(id) !== internalId) throw new Error(`the passage id ${id} is already numbered`);
      return this;
    }
    if (internalId !== this.size + 1) throw new Error(`internal ids are given in order: ${internalId} is not ${this.size + 1}`);
    this.#added.push(id);
    return super.set(id, internalId);
  }

  override get size(): number {
    return this.#restored.count + super.size;
  }

  override delete(): boolean {
    throw new Error('the passage index never forgets an id\'s number');
  }

  override clear(): void {
    throw new Error('the passage index never forgets an id\'s number');
  }

  override *entries(): MapIterator<[string, number]> {
    for (let internalId = 1; internalId <= this.#restored.count; internalId++) yield [this.#restored.idOf(internalId), internalId];
    yield* super.entries();
  }

  override *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  override *values(): MapIterator<number> {
    for (const [, internalId] of this.entries()) yield internalId;
  }

  override [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  override forEach(callback: (internalId: number, id: string, map: Map<string, number>) => void, thisArg?: unknown): void {
    for (const [id, internalId] of this.entries()) callback.call(thisArg, internalId, id, this);
  }
}

/**
 * Orama's internal id → id list (`list[internalId - 1]`): the restored ids derived, the others read
 * from `added`. Every read goes through the proxy (array methods included, as they read `length` and
 * indices); Orama writes only by `push`, which `RestoredIdMap.set` already did (Orama calls both).
 */
function restoredIdList(restored: RestoredIds, added: string[]): string[] {
  return new Proxy(added, {
    get(target, key, receiver) {
      if (key === 'length') return restored.count + target.length;
      if (key === 'push') return () => restored.count + target.length;
      if (typeof key === 'string') {
        const index = arrayIndex(key);
        if (index !== undefined) return index < restored.count ? restored.idOf(index + 1) : target[index - restored.count];
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
    set() {
      throw new Error('the passage index\'s id list is written only by numbering a new id');
    },
  });
}

/** A property key that is an array index, as a number. */
function arrayIndex(key: string): number | undefined {
  const index = Number(key);
  return Number.isInteger(index) && index >= 0 && String(index) === key ? index : undefined;
}
