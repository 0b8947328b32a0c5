/**
 * Builds a PageMeta from the fields a page declares (HTML meta tags and JSON-LD, Markdown front
 * matter), keeping only values that can be what they claim to be:
 * - title: without the site's name around it ("Headline | El País" → "Headline");
 * - author: never a URL, a placeholder ("null", "No Author"), the site's own name, or a label-like
 *   single word ("Topics", "Temas"); several names are kept, joined by ", ";
 * - date: the published date as written in the timestamp's own offset; a UTC timestamp is moved to
 *   the offset another declared timestamp of the page gives, else to its country's (from the page's
 *   country domain or its locale's region), since its UTC date may not be the local one;
 * - language: an ISO 639-1 code.
 */
import { parseDate } from './dates.js';
import type { PageMeta } from './types.js';

/**
 * `names` lists, for each field, the declaration names that carry it, most trusted first;
 * `lookup` returns a declared value by name. The first acceptable value of each field is kept.
 * `timestampNames` name other timestamps (a modified time) that only tell the page's UTC offset.
 */
export function collectPageMeta(names: Partial<Record<keyof PageMeta, string[]>>, lookup: (name: string) => string | undefined, timestampNames: string[] = []): PageMeta {
  const values = (field: keyof PageMeta) => (names[field] ?? []).flatMap((name) => lookup(name)?.trim() || []).map(unescapeJson);
  const meta: PageMeta = {};
  const sites = values('outlet');
  const outlet = sites.find((value) => !/^(?:https?:|@)/i.test(value));
  if (outlet) meta.outlet = outlet;
  const siteKeys = sites.map(siteKey).filter(Boolean);
  const titles = values('title').map((value) => withoutSiteName(value, siteKeys));
  // A declared title cut short (an attribute broken at a quotation mark, "…") is completed by another declaration.
  const title = titles[0] && (titles.find((other) => other.length > titles[0]!.length && fold(other).startsWith(fold(titles[0]!.replace(/(?:\.\.\.|…)$/u, '')))) ?? titles[0]);
  if (title) meta.title = title;
  const author = values('author').map((value) => acceptedAuthors(value, siteKeys)).find(Boolean);
  if (author) meta.author = author;
  const date = publishedDate(values('date'), timestampNames.flatMap((name) => lookup(name) ?? []), countryOffset([...sites, ...values('language')]));
  if (date) meta.date = date;
  const language = values('language').map((value) => /^([a-z]{2})(?:[-_][a-z]+)?$/i.exec(value)?.[1]?.toLowerCase()).find(Boolean);
  if (language) meta.language = language;
  return meta;
}

/** "\u00c1" left literally in a value by a CMS that escaped it twice. */
function unescapeJson(value: string): string {
  return value.replace(/\\u([0-9a-f]{4})/giu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

// Captured, so that splitting keeps the separators: [part, separator, part, …].
const TITLE_SEPARATOR = /(\s*\|\s*|\s+(?:[·•»]|::|[-–—])\s+)/u;
/** A trailing part of at most this many words after " | " is the site's name even when none is declared. */
const MAX_SITE_WORDS = 4;

/** The title without the site's name before or after it. */
export function withoutSiteName(title: string, siteKeys: string[]): string {
  const pieces = title.split(TITLE_SEPARATOR);
  if (pieces.length < 3) return title;
  const isSite = (part: string) => {
    const key = fold(part);
    return key !== '' && siteKeys.some((site) => key === site || site.includes(key) || key.includes(site));
  };
  const last = pieces.at(-1) ?? '';
  if (isSite(last)) return pieces.slice(0, -2).join('').trim();
  if (isSite(pieces[0] ?? '')) return pieces.slice(2).join('').trim();
  // "Headline | Section | Site": a pipe separates a site's name, it is no headline's punctuation.
  const piped = title.split(/\s*\|\s*/u);
  if (piped.length > 1 && (piped.at(-1) ?? '').split(/\s+/u).length <= MAX_SITE_WORDS) return piped[0] ?? title;
  return title;
}

/**
 * A site's name folded for comparison: "El Colombiano" → "elcolombiano"; a URL gives its host name
 * without "www." and the top-level domain ("https://www.cbsnews.com/x" → "cbsnews"); "@handle" → "handle".
 */
function siteKey(value: string): string {
  const url = /^https?:\/\/(?:www\.)?([^/:]+)/i.exec(value);
  if (url) return fold((url[1] ?? '').replace(/\.[a-z]{2,3}(?:\.[a-z]{2})?$/i, ''));
  return fold(value.replace(/^@/, ''));
}

const PLACEHOLDER = /^(?:null|undefined|none|n\/?a|unknown|anonymous|an[oó]nimo|no author|sin autor|admin|administrator|administrador|staff|redacci[oó]n|editor|autor|author)$/iu;
/** A newsroom's desk signs as "Redacción EC", "Staff Reports", "Newsroom": no person wrote it by name. */
const DESK = /^(?:redacci[oó]n|newsroom|staff|equipo de redacci[oó]n|redaktion|r[eé]daction|redazione|reda[cç][aã]o)\b/iu;
/** A single capitalised word of lower-case letters ("Topics", "Temas", "Imperdibles") is a label, not a byline. */
const LABEL_WORD = /^\p{Lu}\p{Ll}+$/u;
const MAX_AUTHOR_WORDS = 6;

/** The acceptable names in a declared author value, joined by ", "; '' when none is. `siteKeys` come from siteKey. */
export function acceptedAuthors(value: string, siteKeys: string[]): string {
  const accepted = value
    .split(/\s*(?:,|;|\s\/\s|\s&\s|\s(?:and|y|und|et|e)\s)\s*/u)
    // A social handle after the name ("Ana Ruiz @anaruiz") is no part of it.
    .map((name) => name.replace(/(?:^|\s)@\w+/gu, '').trim().replace(/^(?:por|by|von|par|di|de)\s+/iu, ''))
    .filter((name) => {
      const words = name.split(/\s+/u).filter(Boolean);
      return (
        words.length > 0 &&
        words.length <= MAX_AUTHOR_WORDS &&
        /\p{L}/u.test(name) &&
        !/^https?:|www\.|@.*\.|\.(?:com|net|org)\b/iu.test(name) &&
        !PLACEHOLDER.test(name) &&
        !DESK.test(name) &&
        !(words.length === 1 && LABEL_WORD.test(name)) &&
        !name.startsWith('@') &&
        !siteKeys.includes(fold(name))
      );
    });
  return [...new Set(accepted)].join(', ');
}

// A timestamp's offset: ISO ("T22:17:36-05:00", "Z") or RFC 2822 ("Wed, 04 May 2022 02:41:00 GMT").
const OFFSET = /\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(Z|GMT|UTC|[+-]\d{2}:?\d{2})$/iu;

/**
 * The first readable date of `values` (published first), as the calendar date where it was published.
 * A UTC timestamp takes the first non-zero offset of the page's timestamps, else `fallbackOffset`.
 */
function publishedDate(values: string[], otherTimestamps: string[], fallbackOffset: number | null): string | undefined {
  const offsets = values.map((value) => offsetMinutes(OFFSET.exec(value)?.[1] ?? ''));
  const declaredOffset = [...offsets, ...otherTimestamps.map((value) => offsetMinutes(OFFSET.exec(value.trim())?.[1] ?? ''))].find((minutes) => minutes !== null && minutes !== 0);
  const localOffset = declaredOffset ?? fallbackOffset;
  for (const [index, value] of values.entries()) {
    const date = parseDate(value);
    if (!date) continue;
    if (offsets[index] !== 0 || localOffset === undefined || localOffset === null) return date;
    const instant = Date.parse(value);
    return Number.isNaN(instant) ? date : new Date(instant + localOffset * 60_000).toISOString().slice(0, 10);
  }
  return undefined;
}

function offsetMinutes(offset: string): number | null {
  if (!offset) return null;
  if (/^(?:Z|GMT|UTC)$/iu.test(offset)) return 0;
  const [, sign = '+', hours = '0', minutes = '0'] = /^([+-])(\d{2}):?(\d{2})$/.exec(offset) ?? [];
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/**
 * Standard-time UTC offsets in minutes of the countries whose news sites publish in the languages the
 * project reads (the capital's zone; summer time ignored: an hour matters only near midnight).
 * Source: the IANA time zone database's zone of each capital.
 */
const COUNTRY_OFFSETS: Record<string, number> = {
  ar: -180, bo: -240, br: -180, cl: -240, co: -300, cr: -360, cu: -300, do: -240, ec: -300, sv: -360, gt: -360, hn: -360, mx: -360,
  ni: -360, pa: -300, py: -240, pe: -300, pr: -240, uy: -180, ve: -240, us: -300, ca: -300,
  es: 60, pt: 0, de: 60, at: 60, ch: 60, fr: 60, be: 60, it: 60, nl: 60, uk: 0, gb: 0, ie: 0,
  jp: 540, kr: 540, cn: 480, hk: 480, tw: 480, sg: 480, in: 330, il: 120, au: 600, nz: 720, za: 120,
};

/**
 * A page's country offset (see COUNTRY_OFFSETS): from the country domain of its URL ("eldeber.com.bo"),
 * else from the region of a declared locale ("es_CO", "pt-BR"). Null when neither names a country.
 */
function countryOffset(values: string[]): number | null {
  const countries = [
    ...values.map((value) => /^https?:\/\/[^/:]+\.([a-z]{2})(?:[/:]|$)/iu.exec(value)?.[1]),
    ...values.map((value) => /^[a-z]{2}[-_]([a-z]{2})$/iu.exec(value)?.[1]),
  ];
  for (const country of countries) {
    const offset = country ? COUNTRY_OFFSETS[country.toLowerCase()] : undefined;
    if (offset !== undefined) return offset;
  }
  return null;
}
