/** Builds a PageMeta from the fields a page declares (HTML meta tags, Markdown front matter). */
import { parseDate } from './dates.js';
import type { PageMeta } from './types.js';

/**
 * `names` lists, for each field, the declaration names that carry it, most trusted first;
 * `lookup` returns a declared value by name. Empty values, URLs given as author names and
 * unreadable dates are left out.
 */
export function collectPageMeta(names: Record<keyof PageMeta, string[]>, lookup: (name: string) => string | undefined): PageMeta {
  const first = (field: keyof PageMeta) => names[field].map((name) => lookup(name)?.trim()).find((value) => value);
  const meta: PageMeta = {};
  const title = first('title');
  if (title) meta.title = title;
  const outlet = first('outlet');
  if (outlet) meta.outlet = outlet;
  const author = first('author');
  // Profile URLs are common in author fields; they are not names.
  if (author && !/^https?:/i.test(author)) meta.author = author;
  const date = parseDate(first('date') ?? '');
  if (date) meta.date = date;
  return meta;
}
