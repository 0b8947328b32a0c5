/** Fixed-size pages of a list, and the Prev/Next buttons that move between pages (`/sources`, `/quote`). */
import type { Language } from '../../corpus/types.js';
import { buttonRow, type ButtonRow } from './payload.js';
import { stringsFor } from './strings.js';

export interface Page<T> {
  items: T[];
  /** 1-based, clamped into the pages that exist. */
  page: number;
  pages: number;
  /** How many items come before this page, to number its items. */
  offset: number;
}

export function pageOf<T>(items: readonly T[], requested: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = clampPage(requested, pages);
  const offset = (page - 1) * size;
  return { items: items.slice(offset, offset + size), page, pages, offset };
}

/** The page that exists nearest to `requested` (a page number from a button or a user may be stale or odd). */
export function clampPage(requested: number, pages: number): number {
  return Math.min(Math.max(1, Math.trunc(requested) || 1), pages);
}

/** Prev/Next under page `page` of `pages`, or no buttons for a single page; `idOf` gives the custom_id that opens a page. */
export function pageButtons(page: number, pages: number, language: Language, idOf: (page: number) => string): ButtonRow[] {
  if (pages <= 1) return [];
  const strings = stringsFor(language);
  return [
    buttonRow([
      { customId: idOf(page - 1), label: `◀ ${strings.previous}`, disabled: page === 1 },
      { customId: idOf(page + 1), label: `${strings.next} ▶`, disabled: page === pages },
    ]),
  ];
}
