/** Fixed-size pages of a list, for `/sources` and `/quote`. Pure: the text renderers use it without loading discord.js. */

export interface Page<T> {
  items: T[];
  /** 1-based, clamped into the pages that exist. */
  page: number;
  pages: number;
  /** How many items come before this page, to number its items. */
  offset: number;
}

/** Page `requested` (1-based, clamped as clampPage does) of `items` cut into pages of `size` items; an empty list has one empty page. */
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
