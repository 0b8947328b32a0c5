/**
 * The passage behind each of Orama's internal ids. Orama numbers documents 1, 2, … as they are first
 * inserted (or as a snapshot lists them) and gives a removed id its number back when it is inserted
 * again. A restored index reads its passages from the snapshot's slot table and the passage table
 * (made when asked for, not 1.2 million objects at a restart); passages inserted later are held.
 */
import type { Passage } from '../corpus/types.js';
import type { PassageTable } from '../corpus/passage-table.js';

/** In a slot table: an internal id whose passage was removed. */
export const HOLE = 0xffffffff;

export interface PassageSlots {
  /** How many internal ids have been numbered (live or removed). */
  readonly count: number;
  /** The passage numbered `internalId`; undefined once removed, or for an id never numbered. */
  get(internalId: number): Passage | undefined;
  /** Whether `get(internalId)` gives a passage, without making it. */
  has(internalId: number): boolean;
  /** Gives `internalId` (at most `count + 1`: the next number) a passage, or none when it is removed. */
  set(internalId: number, passage: Passage | undefined): void;
  /** How many live passages each language code has. */
  languages(): Map<string, number>;
}

/**
 * Slots whose first `positions.length` internal ids hold, each, the passage at that position of
 * `table` (HOLE: none), as a snapshot saved them; later ones are held as set. Positions are not
 * checked here (the restore does).
 */
export function passageSlots(positions: Uint32Array, table: PassageTable): PassageSlots {
  const restored = positions.length;
  /** Restored ids set again since (removed, or given a passage anew). */
  const replaced = new Map<number, Passage | undefined>();
  /** Ids numbered after the restored ones, from restored + 1. */
  const later: (Passage | undefined)[] = [];
  return {
    get count() {
      return restored + later.length;
    },
    get(internalId) {
      if (internalId > restored) return later[internalId - restored - 1];
      if (internalId < 1) return undefined;
      if (replaced.has(internalId)) return replaced.get(internalId);
      const position = positions[internalId - 1]!;
      return position === HOLE ? undefined : table.at(position);
    },
    has(internalId) {
      if (internalId > restored) return later[internalId - restored - 1] !== undefined;
      if (internalId < 1) return false;
      if (replaced.has(internalId)) return replaced.get(internalId) !== undefined;
      return positions[internalId - 1] !== HOLE;
    },
    set(internalId, passage) {
      if (internalId > restored + later.length + 1 || internalId < 1) throw new RangeError(`internal id ${internalId} was skipped`);
      if (internalId > restored) later[internalId - restored - 1] = passage;
      else replaced.set(internalId, passage);
    },
    languages() {
      const counts = new Map<string, number>();
      const add = (language: string) => counts.set(language, (counts.get(language) ?? 0) + 1);
      positions.forEach((position, slot) => {
        if (position !== HOLE && !replaced.has(slot + 1)) add(table.languageAt(position));
      });
      for (const passage of [...replaced.values(), ...later]) if (passage) add(passage.language);
      return counts;
    },
  };
}
