/**
 * Builds a PageMeta from the fields a page declares (HTML meta tags and JSON-LD, Markdown front
 * matter), keeping only values that can be what they claim to be:
 * - title: without the site's name around it ("Headline | El País" → "Headline");
 * - author: never a URL, a placeholder ("null", "No Author"), the site's own name, or a label-like
 *   single word ("Topics", "Temas") in a page's markup; several names are kept, joined by ", ";
 * - date: the published date as written in the timestamp's own offset; a UTC timestamp is moved to
 *   the offset another declared timestamp of the page gives, else to its country's time zone (from the
 *   page's country domain or its locale's region), since its UTC date may not be the local one;
 * - language: an ISO 639-1 code.
 */
import { parseDate, type DateOrder } from './dates.js';
import { deskName, isAgencyCredit, isInterfaceLabel, isName, isUnnamedDesk, nameRunIntoRole, namesBeforeDate, isOrganization } from './lines.js';
import type { PageMeta } from './types.js';

/** Where declared values come from, and what else the page tells about its date. */
export interface DeclarationOptions {
  /** Other timestamps (a modified time) that only tell the page's UTC offset. Default none. */
  timestampNames?: string[];
  /** Declarations of the outlet that hold a social handle, not a name: used only when nothing else names the outlet. Default none. */
  handleNames?: string[];
  /** The date the page prints by its headline (ISO), when it prints one (see publishedDate). Default null. */
  shownDate?: string | null;
  /**
   * Whether the values were written by hand (Markdown front matter) rather than filled in by a site's
   * publishing system. By hand, "author: [Ana, Luis]" names two people; in a page's markup a single
   * capitalised word in the author field is a section label ("Topics", "Temas") far more often. Default false.
   */
  byHand?: boolean;
  /** How the page writes numeric dates (see pageDateOrder), kept in the PageMeta for the dates of its text. Default day first. */
  dateOrder?: DateOrder;
  /**
   * Declarations of the byline the page prints by its headline, most trusted first: when it names people and the first
   * accepted author declaration names other people only, the printed byline is the author (see printedOverDeclared).
   * Default none.
   */
  printedAuthorNames?: string[];
}

/** The fields a page declares by name (its date order is read from its languages and printed dates instead; its modification date from `timestampNames`). */
export type DeclaredField = Exclude<keyof PageMeta, 'dateOrder' | 'modifiedDate' | 'desk'>;

/**
 * `names` lists, for each field, the declaration names that carry it, most trusted first;
 * `lookup` returns a declared value by name. The first acceptable value of each field is kept.
 */
export function collectPageMeta(
  names: Partial<Record<DeclaredField, string[]>>,
  lookup: (name: string) => string | undefined,
  { timestampNames = [], handleNames = [], shownDate = null, byHand = false, dateOrder, printedAuthorNames = [] }: DeclarationOptions = {},
): PageMeta {
  const values = (field: DeclaredField) => (names[field] ?? []).flatMap((name) => lookup(name)?.trim() || []).map(unescapeJson);
  const meta: PageMeta = {};
  const sites = values('outlet');
  const siteKeys = sites.map(siteKey).filter(Boolean);
  const named = sites.filter((value) => !ADDRESS.test(value) && !value.startsWith('@'));
  // A bare slug or host name ("timesofisrael", "www.elheraldo.hn") only when the page declares no name.
  const handles = new Set(handleNames.flatMap((name) => lookup(name)?.trim() || []));
  const siteNames = named.filter((value) => !isBareSiteName(value) && !handles.has(value));
  // A publisher's legal name ("… Verlags- und Vertriebs GmbH") gives way to the brand the page declares elsewhere, even as a host name.
  const brands = siteNames.filter((value) => !LEGAL_FORM.test(value));
  const brand = addressedName(brands, sites) ?? brands[0] ?? titleSiteName(values('title'), siteKeys);
  const legalOnly = siteNames.length > 0 && brands.length === 0;
  const bareBrand = legalOnly ? (named.find((value) => isBareSiteName(value) && !handles.has(value)) ?? titleSiteName(values('title'), siteKeys, true)) : undefined;
  // Last, a host name the <title> ends with when the address spells it ("… | elmundo.es").
  const outlet = brand ?? bareBrand ?? siteNames[0] ?? named[0] ?? titleSiteName(values('title'), siteKeys, true);
  if (outlet) meta.outlet = namingPart(outlet, sites, values('title'));
  // A declared "title" of a page's length (a <title> never closed on a hostile page, a CMS's body in the field) is no headline,
  // nor is a section's label a template fills og:title with ("Recaps", "Deportes"), unless written by hand.
  const titles = values('title').flatMap((value) => (value.length <= MAX_DECLARED_TITLE_CHARS && (byHand || !LABEL_WORD.test(value)) ? [withoutSiteName(value, siteKeys)] : []));
  // A declared title cut short (an attribute broken at a quotation mark, "…") is completed by another declaration.
  const title = titles[0] && (titles.find((other) => other.length > titles[0]!.length && fold(other).startsWith(fold(titles[0]!.replace(/(?:\.\.\.|…)$/u, '')))) ?? titles[0]);
  if (title) meta.title = title;
  // A site's name written in parts ("Noticias del Valle - El Observador | La voz del sur") is no author, whole or in part.
  const siteParts = named.flatMap((value) => [value, ...value.split(AUTHOR_PARTS)]).map(fold).filter(Boolean);
  const accepted = (value: string) => acceptedAuthors(value, [...siteKeys, ...siteParts], byHand);
  const author = values('author').map(accepted).find(Boolean);
  const printed = printedAuthorNames.flatMap((name) => lookup(name)?.trim() || []).map(unescapeJson).map(accepted).find(Boolean);
  if (author) meta.author = printed && printedOverDeclared(printed, author) ? printed : author;
  const timestamps = timestampNames.flatMap((name) => lookup(name) ?? []);
  const zone = countryZone([...sites, ...values('language')]);
  const date = publishedDate(values('date'), timestamps, zone, shownDate, dateOrder);
  if (date) meta.date = date;
  // A page that declares only when it was modified ("hace 3 horas" printed beside a dateModified) is dated by that when nothing else dates it.
  const modified = date ? undefined : publishedDate(timestamps, [], zone, shownDate, dateOrder);
  if (modified) meta.modifiedDate = modified;
  if (dateOrder) meta.dateOrder = dateOrder;
  const language = values('language').map((value) => /^([a-z]{2})(?:[-_][a-z]+)?$/i.exec(value)?.[1]?.toLowerCase()).find(Boolean);
  if (language) meta.language = language;
  return meta;
}

/**
 * Whether the byline printed by the headline (`printed`) is the author rather than what the page declares (`declared`;
 * both ", "-joined names): both name people only, and no name word of one is in the other ("por Henry Montenegro" under
 * the headline, "César Pérez" in a parsely-author tag). The printed byline is the credit the newsroom gives its readers;
 * a meta tag is filled by the publishing system, often with the account that posted the story. A byline and a tag that
 * share a name are the same credit written twice (the tag's form is kept), and a desk or an organisation on either side
 * is left to the declaration.
 */
function printedOverDeclared(printed: string, declared: string): boolean {
  const people = (names: string) => names.split(', ').every((name) => isName(name) && !isOrganization(name));
  // Capitalised words only: particles ("de", "van") are shared by unrelated names.
  const words = (names: string) => new Set(names.split(/[\s,]+/u).filter((word) => /^\p{Lu}/u.test(word)).map(fold).filter(Boolean));
  const declaredWords = words(declared);
  return people(printed) && people(declared) && ![...words(printed)].some((word) => declaredWords.has(word));
}

/**
 * The declared site name the page's address spells ("Correio Braziliense" at correiobraziliense.com.br), when the
 * first declared one has nothing in common with the address: sites fill og:site_name with a section's name
 * ("Política") and another declaration with their own. Undefined when the first name is related to the address
 * ("BBC News" at bbc.com) or none is spelled by it.
 */
function addressedName(names: string[], sites: string[]): string | undefined {
  const addresses = sites.filter((value) => /^https?:/iu.test(value)).map(siteKey).filter((key) => key.length > 2);
  const related = (name: string) => addresses.some((key) => fold(name).includes(key) || key.includes(fold(name)));
  if (!names[0] || related(names[0])) return undefined;
  return names.find((name) => addresses.includes(fold(name)));
}

/**
 * The part of a site's name written in parts that names the site, as its <title> or its address does ("La Prensa
 * Gráfica" of "Noticias de El Salvador - La Prensa Gráfica | Informate con la verdad": a section or country before it,
 * a slogan after it): the part the page's address spells (`sites`' addresses, see siteKey), else the part a declared
 * title ends with (`titles`); the whole name when it is one part or neither tells.
 */
function namingPart(name: string, sites: string[], titles: string[]): string {
  const parts = name.split(SUFFIX_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return name;
  const addresses = sites.filter((value) => ADDRESS.test(value)).map(siteKey).filter((key) => key.length > 2);
  const suffixes = titles.map((title) => title.split(SUFFIX_SEPARATOR)).filter((pieces) => pieces.length > 1).map((pieces) => fold(pieces.at(-1) ?? ''));
  return parts.find((part) => addresses.includes(fold(part))) ?? parts.find((part) => suffixes.includes(fold(part))) ?? name;
}

/** The longest declared title taken; a site's name around it included. Headlines run to about 150 characters. */
const MAX_DECLARED_TITLE_CHARS = 500;

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

/**
 * Whether a declared site name is only a slug or a host name: one word in one case ("timesofisrael",
 * "elfaro.net", "INFOBAE", "ELESPECTADOR.COM"), or a host name ("www.elheraldo.hn"), where a name
 * would have its words and capitals ("The Times of Israel").
 */
function isBareSiteName(value: string): boolean {
  if (/\s/u.test(value)) return false;
  return value === value.toLowerCase() || value === value.toUpperCase() || /^www\./iu.test(value);
}

/**
 * A company's legal form closing its name: how a publisher's legal name ends ("TAZ Verlags- und Vertriebs GmbH",
 * "Diario El Sur S.A.", "Guardian News & Media Ltd"), where its brand does not. The forms are those of the countries
 * whose press the project reads (ISO 20275's entity legal forms: Germany, Austria, Switzerland, Spain and Latin
 * America, France, Italy, Portugal and Brazil, the UK, the US, the Netherlands).
 */
const LEGAL_FORM = /[\s,](?:GmbH(?:\s*&\s*Co\.?\s*KG(?:aA)?)?|gGmbH|AG|KGaA|KG|OHG|eG|e\.\s?V\.|SE|S\.?\s?A\.?(?:\s(?:de\s)?C\.?\s?V\.?)?|S\.?\s?L\.?|S\.?\s?A\.?\s?[SC]\.?|S\.?\s?R\.?\s?L\.?|Ltda\.?|SARL|S\.?\s?p\.?\s?A\.?|S\.?\s?r\.?\s?l\.?|Lda\.?|Ltd\.?|Limited|PLC|plc|Inc\.?|Incorporated|LLC|L\.L\.C\.|LLP|Corp\.?|Corporation|B\.?\s?V\.?|N\.?\s?V\.?)$/u;

/** A page's address, with or without its scheme ("https://…", "www.elmundo.es/elmundo/2012/…"): no site's name (a bare host name may be one, see isBareSiteName). */
const ADDRESS = /^https?:\/\/|^[\w-]+(?:\.[\w-]+)+\//iu;

/** What separates a title's parts: " | " or a spaced dash; the last part is where a page's <title> names its site ("Headline | The Times of Israel"). */
const SUFFIX_SEPARATOR = /\s+(?:\||[-–—])\s+/u;

/**
 * The site's name as a declared title ends with it, when that part is a name (not a slug, unless `bare`), of at
 * most MAX_SITE_WORDS words, and the page's address or handle spells it ("The Times of Israel" for
 * "timesofisrael"); undefined otherwise.
 */
function titleSiteName(titles: string[], siteKeys: string[], bare = false): string | undefined {
  for (const title of titles) {
    const parts = title.split(SUFFIX_SEPARATOR);
    const suffix = parts.length > 1 ? parts.at(-1)?.trim() : undefined;
    if (!suffix || (!bare && isBareSiteName(suffix)) || suffix.split(/\s+/u).length > MAX_SITE_WORDS) continue;
    const key = fold(suffix);
    if (key && siteKeys.some((site) => site.length > 2 && (key.includes(site) || site.includes(key)))) return suffix;
  }
  return undefined;
}

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
  const url = ADDRESS.test(value) ? /^(?:https?:\/\/)?(?:www\.)?([^/:]+)/i.exec(value) : null;
  if (url) return fold((url[1] ?? '').replace(/\.[a-z]{2,3}(?:\.[a-z]{2})?$/i, ''));
  return fold(value.replace(/^@/, ''));
}

/** What a publishing system fills the author field with when no one signs: a value's or an account's generic name ("Editor", "Redacción web"). */
const PLACEHOLDER = /^(?:null|undefined|none|n\/?a|unknown|anonymous|an[oó]nimo|no author|sin autor|(?:admin|administrator|administrador|staff|redacci[oó]n|editor|autor|author)(?:\s+(?:web|digital|online|general|central))?)$/iu;

/** Whether a would-be author is a placeholder for no one (see PLACEHOLDER), as a byline in the text may print it too ("Por Editor"). */
export function isPlaceholderAuthor(name: string): boolean {
  return PLACEHOLDER.test(name.trim());
}
/** A single capitalised word of lower-case letters ("Topics", "Temas", "Imperdibles") is a label, not a byline. */
const LABEL_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A photo, video or illustration credit ("Fotos: EL HERALDO/ AFP", "Photo: Reuters") names who took the pictures, not who wrote the story. */
const CREDIT = /^(?:fotos?|fotograf[íi]as?|photos?|photographs?|photography|im[áa]gen(?:es)?|images?|cr[ée]ditos?|credits?|v[íi]deos?|ilustraci[óo]n(?:es)?|illustrations?|infograf[íi]as?)\s*:/iu;
const MAX_AUTHOR_WORDS = 6;
/**
 * What separates a byline's parts: the names, then an outlet, a role or a date ("Ana Ruiz | El Diario", "Por Ana
 * Ruiz • 2 de mayo de 2024", "Ana Ruiz - El Diario"). Co-authors are listed with commas and conjunctions instead.
 */
const AUTHOR_PARTS = /\s+[|·•]\s+|\s+[-–—]\s+/u;
/** What separates co-authors inside a part: commas (an Oxford comma's "and" too), semicolons, " / ", " & ". */
const AUTHOR_LIST = /\s*(?:[,;]|\s\/\s|\s&\s)\s*(?:(?:and|y|und|et|e)\s+)?/u;
/** A conjunction between two names ("Ana Ruiz y Luis Gil"); between other words it joins a phrase ("Justice et faits divers"). */
const CONJUNCTION = /\s+(?:and|y|und|et|e)\s+/u;
/**
 * A label before a name ("By: Ana Ruiz", "👤by Ana Ruiz", "Escrito por Ana Ruiz", "Entrevista de Ana Ruiz", "Von Ana Ruiz"): a name follows it,
 * so "Von der Leyen" or "De la Fuente" keep their particle.
 */
const AUTHOR_LABEL = /^[^\p{L}]*(?:(?:(?:escrito|written|posted|geschrieben|écrit|scritto|texto|text|story|words|article|entrevista|cr[óo]nica|reportaje|interview|report)\s+)?(?:por|by|von|par|di|de|da)|texto|texte|testo|text|autor(?:a|es)?|author|auteur|autore)\s*:?\s+/iu;
/** A name's address form ("ana-ruiz", "ana.ruiz", "ana_ruiz"), as a CMS fills the author field with the author page's slug or user name. */
const SLUG = /^[\p{Ll}\d]+(?:[-._][\p{Ll}\d]+)+$/u;
/**
 * A journalist's role after their name ("Ana Ruiz, corresponsal en Bruselas", "Jane Doe, Senior Correspondent",
 * "Por: Ana Ruiz / Enviada especial"): the words of newsroom job titles in the languages the project reads. A part
 * naming a role is never an author.
 */
const ROLE_WORD =
  /(?:^|[^\p{L}])(?:correspondents?|reporters?|writers?|editors?|columnists?|contributors?|contributing|producers?|photographers?|analysts?|critic|bureau|senior|chief|intern|corresponsal(?:es)?|periodistas?|redactor(?:a|es)?|enviad[oa]s?|especial|editora?|columnistas?|colaborador(?:a|es)?|reporter[oa]s?|fot[óo]graf[oa]s?|jef[ea]|analistas?|cronistas?|correspondentes?|jornalistas?|rep[óo]rter|redator(?:a)?|colunistas?|korrespondent(?:in)?|redakteur(?:in)?|reporterin|correspondant(?:e)?|journaliste|envoy[ée]e?|r[ée]dacteur|r[ée]dactrice|chroniqueu(?:r|se)|corrispondente|giornalista|inviat[oa]|redattore|redattrice)(?![\p{L}])/iu;
/**
 * The follow or subscribe button a blog platform prints after its author's name in the author card ("Ana Ruiz Follow",
 * Medium's "Harriet CoombesFollow", "Ana Ruiz Seguir"): the languages the project reads.
 */
const FOLLOW_BUTTON = /(?:\s+|(?<=\p{Ll}))(?:Follow|Following|Seguir|Siguiendo|Suscribirse|Subscribe|Folgen|Suivre)$/iu;
/** A word's lower-case end, then a capitalised word run into it: the texts of two elements joined with no space. */
const GLUED_WORDS = /(\p{Ll})(\p{Lu}\p{Ll}+)/gu;
/** A would-be name with its label, handles, e-mail addresses and a bracketed credit ("Ana Ruiz (EFE)") taken off; a name all in brackets is unwrapped. */
function bareName(name: string): string {
  const bare = name
    .replace(/[\s|:–—-]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, '')
    .replace(/(?:^|\s)@\w+/gu, '')
    .replace(FOLLOW_BUTTON, '')
    .trim();
  const unwrapped = /^\(([^()]+)\)$/u.exec(bare)?.[1] ?? bare.replace(/\s*\([^()]*\)$/u, '');
  // The writer's role in an element of its own after the name, its text run into the name's ("Ana RuizRedactora de Sociedad").
  const apart = unwrapped.trim().replace(GLUED_WORDS, (whole, end: string, next: string) => (ROLE_WORD.test(next) ? `${end} ${next}` : whole));
  const trimmed = nameRunIntoRole(apart) ?? apart;
  const label = AUTHOR_LABEL.exec(trimmed)?.[0] ?? '';
  // Case-sensitive on purpose: under the label's case-insensitive flag, \p{Lu} would match "la" too.
  return label && /^\p{Lu}/u.test(trimmed.slice(label.length)) ? trimmed.slice(label.length) : trimmed;
}

/**
 * The acceptable names in a declared author value, joined by ", "; '' when none is. A value may be a whole
 * byline: its parts after a separator (AUTHOR_PARTS) are an outlet, a role or a date, so the names are those
 * of its first part that has any; a role, and an organisation or a description beside a person, are no
 * names. `siteKeys` come from siteKey; `byHand` accepts one-word names (see DeclarationOptions).
 */
function acceptedAuthors(value: string, siteKeys: string[], byHand: boolean): string {
  const parts = value.split(AUTHOR_PARTS);
  for (const [at, part] of parts.entries()) {
    // A credit line opening with the outlet's name or an agency's names where and when it was filed after it ("EUROPA
    // PRESS · Santiago de Compostela · 02/12/2026", newcomer 34): the agency is its credit, and the place no author.
    const opening = bareName(namesBeforeDate(part).trim());
    if (at === 0 && parts.length > 1 && isName(opening) && (siteKeys.includes(fold(opening)) || isAgencyCredit(opening))) return isAgencyCredit(opening) && isAcceptedName(opening, siteKeys, byHand) ? opening : '';
    const candidates = namesBeforeDate(part)
      .split(AUTHOR_LIST)
      .flatMap((piece) => {
        const names = piece.split(CONJUNCTION);
        return names.every((name) => isName(bareName(name))) ? names : [piece];
      })
      .map(bareName)
      .filter((name) => isAcceptedName(name, siteKeys, byHand) && !ROLE_WORD.test(name));
    // Beside a person's name, an organisation is their employer and a phrase in lower case describes them.
    const people = candidates.filter((name) => isName(name) && !isOrganization(name));
    const accepted = people.length ? people : candidates;
    if (accepted.length) return [...new Set(accepted)].join(', ');
  }
  return '';
}

/** The names a byline's text gives (see acceptedAuthors), with no site's name known; '' when it gives none. */
export function authorNames(text: string): string {
  return acceptedAuthors(text, [], false);
}

/** Whether a would-be author is a name: not a placeholder, a credit, a button, a desk naming no newsroom, a label word, an address or the site. */
function isAcceptedName(name: string, siteKeys: string[], byHand: boolean): boolean {
  const words = name.split(/\s+/u).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= MAX_AUTHOR_WORDS &&
    /\p{L}/u.test(name) &&
    // Digits are no part of a name: "Marta Sanz2 de mayo de 2024" is a name and a date run together.
    !/\d/u.test(name) &&
    !/^https?:|www\.|@.*\.|\.(?:com|net|org)\b/iu.test(name) &&
    !PLACEHOLDER.test(name) &&
    !CREDIT.test(name) &&
    !isInterfaceLabel(name) &&
    !isUnnamedDesk(name) &&
    !isSectionDesk(name, siteKeys) &&
    !(words.length === 1 && !byHand && LABEL_WORD.test(name)) &&
    !name.startsWith('@') &&
    !SLUG.test(name) &&
    !siteKeys.includes(fold(name)) &&
    !siteKeys.some((key) => abbreviates(words, key))
  );
}

/**
 * Whether a desk's credit names a section's desk, not a newsroom ("Redacción Judicial", "Redacción Deportes" on Diario de
 * Antioquia's page): the name after the desk's word is one word, no acronym, no organisation's and no part of the site's
 * name or address (`siteKeys`, see siteKey). Such a credit says no more than the outlet does (pages46's rule for desks).
 * Unknown without a site ("Rédaction Sud" alone is kept as printed).
 */
function isSectionDesk(name: string, siteKeys: string[]): boolean {
  const newsroom = deskName(name);
  if (newsroom === null || /\s/u.test(newsroom) || isOrganization(newsroom) || !siteKeys.length) return false;
  const key = fold(newsroom);
  return !siteKeys.some((site) => site.includes(key));
}

/** A site's name abbreviated in its address has at least this many words ("Los Angeles Times"); a person's two may spell a blog's. */
const MIN_ABBREVIATED_WORDS = 3;

/**
 * Whether a name of MIN_ABBREVIATED_WORDS words or more is a site's address abbreviated: the initials of its first
 * words, then the others in full, with or without its first word ("Los Angeles Times" at latimes.com, "The New York
 * Times" at nytimes.com, "Wall Street Journal" at wsj.com; `key` is a site key, see siteKey). Article 1.1.2's LA Times
 * pages declare the paper's name as the author, and sign the story in the byline.
 */
function abbreviates(words: string[], key: string): boolean {
  if (words.length < MIN_ABBREVIATED_WORDS || key.length < 2) return false;
  const folded = words.map(fold);
  return [folded, folded.slice(1)].some((name) =>
    name.some((_, initials) => initials > 0 && name.slice(0, initials).map((word) => word.charAt(0)).join('') + name.slice(initials).join('') === key) ||
    name.map((word) => word.charAt(0)).join('') === key,
  );
}

// A timestamp's offset: ISO ("T22:17:36-05:00", "Z") or RFC 2822 ("Wed, 04 May 2022 02:41:00 GMT").
const OFFSET = /\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(Z|GMT|UTC|[+-]\d{2}:?\d{2})$/iu;

/**
 * The first readable date of `values` (published first), as the calendar date where it was published.
 * A UTC timestamp takes the first non-zero offset of the page's timestamps, else the time zone of the
 * page's country (`fallbackZone`, an IANA zone name), summer time included. When the date the page
 * prints by its headline (`shownDate`) is the timestamp's UTC date and not its local one, the printed
 * date stands: that is the date readers see (a site that prints its times in UTC), and the
 * reference sets of peer projects (trafilatura, htmldate) date such pages by UTC too. So does a printed date a
 * day before or after a UTC timestamp's date that the instant has in some zone (UTC−12 to UTC+14): the same instant
 * on the local calendar ("Publicado el 7 de junio de 2024, 22:25" for "2024-06-08T03:25:00Z"). A numeric date is read
 * in `order`; Unix time is a UTC timestamp (see fromUnixTime).
 */
function publishedDate(declared: string[], otherTimestamps: string[], fallbackZone: string | null, shownDate: string | null, order: DateOrder = 'day-first'): string | undefined {
  const values = declared.map(fromUnixTime);
  const offsets = values.map((value) => offsetMinutes(OFFSET.exec(value)?.[1] ?? ''));
  const declaredOffset = [...offsets, ...otherTimestamps.map((value) => offsetMinutes(OFFSET.exec(value.trim())?.[1] ?? ''))].find((minutes) => minutes !== null && minutes !== 0);
  for (const [index, value] of values.entries()) {
    const date = parseDate(value, order);
    if (!date) continue;
    const offset = offsets[index];
    // Without a written offset the instant is unknown: the date is the one written.
    const instant = offset === null || offset === undefined ? Number.NaN : Date.parse(value);
    if (Number.isNaN(instant)) return date;
    const local = offset !== 0 ? date : declaredOffset !== undefined && declaredOffset !== null ? isoDay(instant + declaredOffset * 60_000) : fallbackZone ? calendarDateIn(fallbackZone, instant) : date;
    const utcDay = isoDay(instant);
    const nextToUtc = offset === 0 && (shownDate === isoDay(instant - ZONE_HOURS.behind * HOUR_MS) || shownDate === isoDay(instant + ZONE_HOURS.ahead * HOUR_MS));
    return shownDate && shownDate !== local && (shownDate === utcDay || nextToUtc) ? shownDate : local;
  }
  return undefined;
}

const HOUR_MS = 3_600_000;
/** How far local clocks run behind and ahead of UTC, in hours (UTC−12 to UTC+14, the IANA zones' range). */
const ZONE_HOURS = { behind: 12, ahead: 14 };

/** Unix time in seconds (10 digits) or milliseconds (13) of the years 2001–2286, as some CMSs declare a publication time. */
const UNIX_TIME = /^(?:\d{10}|\d{13})$/u;

/** Whether a value is Unix time, in seconds or milliseconds (UNIX_TIME). */
export function isUnixTime(value: string): boolean {
  return UNIX_TIME.test(value);
}

/**
 * A declared value that is Unix time ("1714640400", "1714640400000": seconds or milliseconds since 1970 UTC, as the
 * 10 or 13 digits tell) as the UTC timestamp it is ("2024-05-02T09:00:00.000Z"), which publishedDate then moves to
 * the page's time zone like any UTC timestamp; any other value as it is.
 */
function fromUnixTime(value: string): string {
  if (!isUnixTime(value)) return value;
  return new Date(Number(value) * (value.length === 10 ? 1000 : 1)).toISOString();
}

/** The UTC calendar date (ISO `YYYY-MM-DD`) of an instant (ms since the epoch). */
function isoDay(instant: number): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** The calendar date (ISO `YYYY-MM-DD`) in an IANA time zone at an instant (ms since the epoch). */
function calendarDateIn(timeZone: string, instant: number): string {
  // The Canadian English locale writes dates as ISO does.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

function offsetMinutes(offset: string): number | null {
  if (!offset) return null;
  if (/^(?:Z|GMT|UTC)$/iu.test(offset)) return 0;
  const [, sign = '+', hours = '0', minutes = '0'] = /^([+-])(\d{2}):?(\d{2})$/.exec(offset) ?? [];
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/**
 * The time zone of the capital of each country whose news sites publish in the languages the project
 * reads, by ISO 3166 code (and "uk"). Source: the IANA time zone database.
 */
const COUNTRY_ZONES: Record<string, string> = {
  ar: 'America/Argentina/Buenos_Aires', bo: 'America/La_Paz', br: 'America/Sao_Paulo', cl: 'America/Santiago', co: 'America/Bogota', cr: 'America/Costa_Rica',
  cu: 'America/Havana', do: 'America/Santo_Domingo', ec: 'America/Guayaquil', sv: 'America/El_Salvador', gt: 'America/Guatemala', hn: 'America/Tegucigalpa',
  mx: 'America/Mexico_City', ni: 'America/Managua', pa: 'America/Panama', py: 'America/Asuncion', pe: 'America/Lima', pr: 'America/Puerto_Rico',
  uy: 'America/Montevideo', ve: 'America/Caracas', us: 'America/New_York', ca: 'America/Toronto',
  es: 'Europe/Madrid', pt: 'Europe/Lisbon', de: 'Europe/Berlin', at: 'Europe/Vienna', ch: 'Europe/Zurich', fr: 'Europe/Paris', be: 'Europe/Brussels', it: 'Europe/Rome',
  nl: 'Europe/Amsterdam', uk: 'Europe/London', gb: 'Europe/London', ie: 'Europe/Dublin',
  jp: 'Asia/Tokyo', kr: 'Asia/Seoul', cn: 'Asia/Shanghai', hk: 'Asia/Hong_Kong', tw: 'Asia/Taipei', sg: 'Asia/Singapore', in: 'Asia/Kolkata', il: 'Asia/Jerusalem',
  au: 'Australia/Sydney', nz: 'Pacific/Auckland', za: 'Africa/Johannesburg',
};

/**
 * A page's country time zone (see COUNTRY_ZONES): from the country domain of its URL ("eldeber.com.bo"),
 * else from the region of a declared locale ("es_CO", "pt-BR"). Null when neither names a country.
 */
function countryZone(values: string[]): string | null {
  const countries = [
    ...values.map((value) => /^https?:\/\/[^/:]+\.([a-z]{2})(?:[/:]|$)/iu.exec(value)?.[1]),
    ...values.map((value) => /^[a-z]{2}[-_]([a-z]{2})$/iu.exec(value)?.[1]),
  ];
  for (const country of countries) {
    const zone = country ? COUNTRY_ZONES[country.toLowerCase()] : undefined;
    if (zone !== undefined) return zone;
  }
  return null;
}
