/**
 * A field's vocabulary: each index term's number (postings.ts numbers terms in order of first
 * appearance) and back. A restart at 100,000 articles restores about two million terms over the two
 * fields; parsing them as JSON strings and putting each in a Map took about a third of the restart's
 * CPU, for a question that looks up a few dozen. A restored vocabulary stays as the snapshot saved it,
 * the terms' UTF-8 bytes in one block with their ends (text/packed-strings.ts) and a sorted order, read from the snapshot's array
 * file without parsing; a term is found by binary search, and remembered once found. A term looked for
 * and not found is remembered too, up to MAX_REMEMBERED_ABSENT: a question's terms are looked up for
 * every hit scored, and those the vocabulary lacks (another analysis's forms, a cross-lingual key) were
 * 99.8 % of some 30,000 lookups in 22 questions at 10,000 articles, each a binary search decoding
 * about 20 terms. Terms numbered after the restore (a live update, a build) are held in a Map as before.
 */
import { partitionIndex } from '../arrays.js';
import { isPackedStrings, packedStringAt, packStrings, type PackedStrings } from '../text/packed-strings.js';

/** The saved form: typed arrays only, which the snapshot stores as raw bytes; term n is the n-th of the packed strings. */
export interface SavedVocabulary extends PackedStrings {
  /** The term numbers in the order of their terms (JavaScript's string order, of the terms as decoded). */
  sorted: Uint32Array;
}

export interface Vocabulary {
  /** How many terms are numbered (0 … size − 1). */
  readonly size: number;
  /** A term's number; undefined for a term not in the vocabulary. */
  numberOf(term: string): number | undefined;
  /** Numbers a term not in the vocabulary (`numberOf` gave undefined) with the next number, and returns it. */
  add(term: string): number;
  /** The saved form (the restored block is reused as it is; terms added since are encoded and merged into the order). */
  save(): SavedVocabulary;
}

/** Absent terms remembered at most; past it the memory starts again (a running bot meets ever new words in questions). */
const MAX_REMEMBERED_ABSENT = 65_536;

const EMPTY: SavedVocabulary = { bytes: new Uint8Array(0), ends: new Uint32Array(0), sorted: new Uint32Array(0) };

/**
 * A vocabulary holding `saved`'s terms (none by default), then those added. Throws if `saved` is not
 * consistent (ends past the bytes or out of order, an order that is not a permutation of its terms).
 */
export function createVocabulary(saved: SavedVocabulary = EMPTY): Vocabulary {
  const { ends, sorted } = saved;
  const restored = ends.length;
  if (!isSavedVocabulary(saved)) throw new Error('the saved vocabulary is inconsistent');
  const termAt = packedStringAt(saved);
  /** Where `term` is or would go in the restored order (binary search, a term decoded per step). */
  const placeOf = (term: string) => partitionIndex(0, restored, (at) => termAt(sorted[at]!) < term);
  /** Restored terms found so far, and every term added since. */
  const known = new Map<string, number>();
  /** Terms looked for and not found since the last was added (or the memory started again). */
  const absent = new Set<string>();
  /** Terms added since the restore, in number order from `restored`. */
  const added: string[] = [];
  return {
    get size() {
      return restored + added.length;
    },
    numberOf(term) {
      const number = known.get(term);
      if (number !== undefined || restored === 0 || absent.has(term)) return number;
      const place = placeOf(term);
      if (place === restored || termAt(sorted[place]!) !== term) {
        if (absent.size >= MAX_REMEMBERED_ABSENT) absent.clear();
        absent.add(term);
        return undefined;
      }
      known.set(term, sorted[place]!);
      return sorted[place];
    },
    add(term) {
      absent.delete(term);
      const number = restored + added.length;
      known.set(term, number);
      added.push(term);
      return number;
    },
    save() {
      if (added.length === 0) return saved;
      // Sorted and placed as they will be decoded: a lone surrogate is saved (UTF-8) and read back as U+FFFD.
      const forms = added.map(wellFormed);
      const order = Uint32Array.from(forms.keys()).sort((a, b) => (forms[a]! < forms[b]! ? -1 : forms[a]! > forms[b]! ? 1 : a - b));
      // The added terms packed after the restored ones. A plain Uint8Array: JSON.stringify would write a Buffer as a
      // list of numbers (its toJSON), not as raw bytes in the snapshot's array file.
      const more = packStrings(forms);
      const bytes = new Uint8Array(saved.bytes.length + more.bytes.length);
      bytes.set(saved.bytes);
      bytes.set(more.bytes, saved.bytes.length);
      const allEnds = new Uint32Array(restored + added.length);
      allEnds.set(ends);
      more.ends.forEach((end, n) => (allEnds[restored + n] = saved.bytes.length + end));
      // The restored order with the added terms merged in: each finds its place by binary search.
      const merged = new Uint32Array(allEnds.length);
      let from = 0;
      let at = 0;
      for (const n of order) {
        const place = placeOf(forms[n]!);
        merged.set(sorted.subarray(from, place), at);
        at += place - from;
        from = place;
        merged[at++] = restored + n;
      }
      merged.set(sorted.subarray(from), at);
      return { bytes, ends: allEnds, sorted: merged };
    },
  };
}

/** Whether `saved`'s ends fit its bytes in order and its order holds each term number once. */
function isSavedVocabulary(saved: SavedVocabulary): boolean {
  const { ends, sorted } = saved;
  if (!isPackedStrings(saved) || !(sorted instanceof Uint32Array) || sorted.length !== ends.length) return false;
  const seen = new Uint8Array(ends.length);
  for (const number of sorted) {
    if (number >= ends.length || seen[number]) return false;
    seen[number] = 1;
  }
  return true;
}

/** `text` with each lone surrogate replaced by U+FFFD, as encoding it to UTF-8 and back gives it (ES2024's `toWellFormed`, which Node 20 has). */
function wellFormed(text: string): string {
  return (text as string & { toWellFormed(): string }).toWellFormed();
}
