/**
 * An article's metadata. What the page declares (JSON-LD, meta tags, front matter) comes first, for
 * title, author, date and outlet; what the text itself says fills the gaps:
 * - outlet: the site the page declares (where it was published: an agency's dateline on it credits the story's
 *   source, which is its author when no one signs), else a dateline ("Rusia (Marcrix Noticias).-", "MADRID, 15 ago.
 *   (EFE) –", "(Reuters) -"), a date line naming it ("agosto 15, 2023. Agencia Reuters"), a source line;
 * - author: the declared one, a byline ("Por Ana Ruiz", "By Jane Doe"), else a short name line closing the body,
 *   else an agency's credit in brackets after the last sentence ("… hieß es. (FR mit dpa)"), else an agency
 *   credited on a dateline or date line ("MADRID (EFE).-", "agosto 15, 2023. Agencia Reuters");
 * - date: the page's publication time, a date line above the body (its published date), a dateline, a date line
 *   below it, a yearless dateline; a revision's date (declared, or a printed update) only when none of these is there;
 *   never a date from the body's events, and null when the article only has relative dates.
 */
import { withoutInvisible } from '../text/invisible.js';
import { foldAccents } from '../text/words.js';
import { readBylineFields, readNameAlone } from './byline-fields.js';
import { findDate, MONTH_NUMBERS, pageDateOrder, readIn, WEEKDAY_NAMES, type DateMatch, type DateOrder } from './dates.js';
import { MIN_BODY_WORDS, type CleanedArticle } from './clean.js';
import { furniture } from './furniture.js';
import { detectLanguage } from './language.js';
import { BYLINE, deskCredit, isAgencyCredit, readOutletLabel, readSourceLine, isInterfaceLabel, isName, isOrganization, isPublicationName, publishedDateOf, readByline, readBylineDate, readBylineOutlet, readDateLine, readFooterOutlet, readIssueLine, readMastheadOutlet, readRepublishedIn, TITLE_LABEL, wordCount } from './lines.js';
import { casedAuthors, casedOutlet } from './name-case.js';
import { slotOutlet, titleSuffix, toldOutlet } from './outlet-slots.js';
import { isPlaceholderAuthor } from './page-meta.js';
import { splitSentences } from './sentences.js';
import type { ArticleMeta, PageMeta } from './types.js';

/** How many leading paragraphs may open with a dateline (a photo caption can come first). */
export const DATELINE_PARAGRAPHS = 3;
// The place may hold its province in brackets before the date: "Valdivia (Los Ríos), 7 abr (EFE).- ".
const DATELINE = /^(?:([^()\n]{1,80}?(?:\s*\([^()\n]{2,40}\)[^()\n]{1,40}?)?)\s*)?\(([^()\n]{2,60})\)\s*(?:\.\s?[-–—]|[-–—]|:)/u;
/** How far into a paragraph a dateline's date may end. */
const MAX_DATELINE_CHARS = 120;
// What closes a dateline after its date: an optional agency in brackets, then ".-", a dash, a colon or a full stop.
const DATELINE_END = /^\s*(?:\(([^()\n]{2,60})\))?\s*(?:\.\s?[-–—]|[-–—]|:|\.(?=\s))/u;
const MAX_PLACE_WORDS = 8;
const MAX_AUTHOR_LINE_WORDS = 4;
const MAX_TITLE_CHARS = 100;

/** Markdown's marks of a heading, as a plain text copied from a Markdown file keeps them ("# Headline"). */
const HEADING_MARKS = /^#{1,6}\s+/u;

/** A title line without a label or a heading's marks before it, nor the full stop a labelled one may close with (see TITLE_LABEL); null stays null. */
function withoutTitleLabel(printed: string | null): string | null {
  const title = printed?.replace(HEADING_MARKS, '') ?? null;
  if (title === null || !TITLE_LABEL.test(title)) return title;
  return title.replace(TITLE_LABEL, '').replace(/(?<!\.)\.$/u, '');
}

/** A title line without the outlet's name after its last bar or spaced dash ("Headline | Pampa Hoy"), as a page's <title> loses its site's. */
function withoutOutletSuffix(title: string | null, outlet: string | null): string | null {
  const suffix = titleSuffix(title);
  if (title === null || suffix === null || outlet === null || foldAccents(suffix.toLowerCase()) !== foldAccents(outlet.toLowerCase())) return title;
  return title.slice(0, title.lastIndexOf(suffix)).replace(/\s+(?:\||[-–—])\s*$/u, '');
}

/**
 * The metadata of article `id` (this file's header says where each field comes from): `cleaned` is its cleaned lines,
 * `text` its body as indexed (its language is detected on it; the declared one when it is too short to tell) and `page`
 * what its markup or front matter declares; `savedMs`, when its file was last modified (ms since the epoch), dates a
 * dateline that prints no year (see yearlessDatelineDate). The title falls back to the first paragraph, then to `id`; the
 * other fields are null when nothing gives them.
 */
export function describeArticle(id: string, cleaned: CleanedArticle, text: string, page: PageMeta = {}, savedMs?: number): ArticleMeta {
  const language = detectLanguage(text, page.language);
  // A page's order was read from its markup (its locale and all its printed dates); a text's from its language and its own dates.
  const order = page.dateOrder ?? pageDateOrder([language], text);
  const datelines = [
    ...cleaned.paragraphs.slice(0, DATELINE_PARAGRAPHS).flatMap((paragraph) => readOutletDateline(paragraph, order) ?? readDatedDateline(paragraph, order) ?? []),
    // A dateline alone on its line is read as the story's metadata, not as a paragraph of it: after its day, or with its date
    // after the agency's dash ("PHOENIX (AP) — October 2, 2024", the wires' layout), which closes the line.
    ...cleaned.meta.flatMap((line) => {
      const dateline = readOutletDateline(line, order);
      return dateline && (DATELINE_ALONE.test(line) || (dateline.date !== null && dateline.end >= line.trimEnd().length)) ? [dateline] : [];
    }),
  ];
  const metaDates = cleaned.meta.flatMap((line) => readDateLine(line, order) ?? []);
  const tailDates = cleaned.tail.map((line) => readDateLine(line, order)?.iso);
  // What tells a yearless dateline its year: the file's own dates (an update, printed or declared), then when it was saved.
  const yearFrom = [...metaDates.map((line) => line.iso), ...tailDates, page.modifiedDate].flatMap((iso) => (iso ? [Date.parse(iso)] : []));
  // A name printed alone counts as a byline beside a masthead ("Ana Ruiz" / "La Prensa Austral" / "3 de marzo de 2026").
  const isByline = cleaned.meta.map((line) => readByline(line) !== null || readNameAlone(line, text) !== null);
  const bylineFields = cleaned.meta.map((line) => readBylineFields(line, order));
  const bylineOutlets = cleaned.meta.map(readBylineOutlet);
  const outlet = casedOrNull(visible(spelledOut(first(
    [page.outlet],
    // A field labelled as the publication, or a credit of where the text was first published, says so as plainly as a page's markup.
    [...cleaned.meta, ...cleaned.tail].map((line) => readOutletLabel(line) ?? readRepublishedIn(line)),
    // A magazine's issue line ("Revista Marea, edición de julio de 2024").
    cleaned.meta.map((line) => readIssueLine(line)?.outlet ?? null),
    datelines.map((dateline) => dateline.outlet),
    metaDates.map((line) => line.outlet),
    bylineOutlets,
    bylineFields.map((fields) => (fields?.outlet && !isPlaceWritten(fields.outlet, text) ? fields.outlet : null)),
    // A masthead on a line of its own: above the story, or under or over its byline ("By Jane Doe\nThe Daily Courier").
    cleaned.meta.map((line, at) => readMastheadOutlet(line, at === 0 || isByline[at - 1] === true || isByline[at + 1] === true)),
    // The text's first line above its title, when it names a publication by a newspaper's word ("Diario del Valle"); a
    // copy of a whole page opens with its menus' links instead ("News Releases"), under the title.
    [cleaned.masthead !== null && wordCount(cleaned.masthead) > 1 && isPublicationName(cleaned.masthead) ? cleaned.masthead : null],
    // The same line with its motto ("TRIBUNA NORTE - El diario de la comarca"), as a footer prints it.
    [cleaned.masthead === null ? null : readFooterOutlet(cleaned.masthead)],
    // A footer's masthead with its section or motto ("Noticias de Cuenca · Periodismo sin filtro").
    cleaned.tail.map(readFooterOutlet),
    [...cleaned.meta, ...cleaned.tail].map(readSourceLine),
    // A name with no newspaper's word: a copyright notice's, or one printed where a publication's stands twice (outlet-slots.ts).
    () => [slotOutlet(cleaned.title, cleaned.meta, cleaned.tail, cleaned.paragraphs)],
    // Else, in a text that declares nothing, the one newspaper the story says someone spoke to ("confirmó a El Vigilante del Sur").
    () => [Object.keys(page).length === 0 ? toldOutlet(cleaned.paragraphs) : null],
  ), bylineOutlets)), (name) => casedOutlet(name, text));
  // An organisation credited as the author (an agency, a desk named for its paper) is cased as an outlet is ("AGENCIA AUSTRAL").
  const author = visible(casedOrNull(articleAuthor(cleaned, page, metaDates, [...datelines.map((dateline) => dateline.outlet), ...metaDates.map((line) => line.outlet)]), (names) => (isOrganization(names) ? casedOutlet(names, text) : casedAuthors(names))));
  return {
    id,
    // Declared values come from markup the cleaning never saw: invisible characters may still split their words.
    title: withoutInvisible(page.title ?? withoutOutletSuffix(withoutTitleLabel(cleaned.title), outlet) ?? titleFromText(cleaned.paragraphs[0] ?? '') ?? id),
    outlet,
    // An agency's wire carries its name as the outlet; its credit again as author says no more (see isSameOrganization).
    author: author && outlet && isSameOrganization(author, outlet) ? null : author,
    date: first(
      [page.date],
      // The published date of a line printing it beside an update, before an update's.
      cleaned.meta.map((line) => publishedDateOf(line, order)),
      cleaned.meta.map((line) => readBylineDate(line, order)),
      bylineFields.map((fields) => fields?.date),
      datelines.map((dateline) => dateline.date),
      cleaned.meta.map((line) => readIssueLine(line)?.date ?? null),
      cleaned.tail.map((line) => publishedDateOf(line, order)),
      cleaned.paragraphs.slice(0, DATELINE_PARAGRAPHS).map((paragraph) => yearlessDatelineDate(paragraph, savedMs === undefined ? yearFrom : [...yearFrom, savedMs])),
      [yearlessDatelineAloneDate(cleaned.meta, cleaned.paragraphs, savedMs === undefined ? yearFrom : [...yearFrom, savedMs])],
      // A revision is later than the publication that any printed date tells: it dates a story only when nothing else does.
      [page.modifiedDate],
      metaDates.map((line) => line.iso),
      tailDates,
    ),
    language,
  };
}

/** Words of an agency's name that its short name leaves out ("Agencia EFE" is "EFE"), and articles ("The Guardian"). */
const ORGANIZATION_FILLER = new Set(['agencia', 'agency', 'agence', 'agentur', 'agenzia', 'the', 'el', 'la']);

/**
 * Whether an author credit names the outlet itself ("EFE" on EFE's wire, "Agencia Reuters" beside "Reuters"), its
 * words equal but for case, accents and the words of ORGANIZATION_FILLER. The peer references credit an agency as
 * the author when a paper runs its copy ("Agencia EFE" on 24horas.cl, "JIJI" on the Japan Times); when the agency is
 * the outlet, the same name twice tells a reader nothing, and readers expect no author (newcomers 27 and 28).
 */
function isSameOrganization(author: string, outlet: string): boolean {
  const words = (name: string) => foldAccents(name.toLowerCase()).match(/[\p{L}\p{N}]+/gu)?.filter((word) => !ORGANIZATION_FILLER.has(word)).join(' ') ?? '';
  const named = words(author);
  return named !== '' && named === words(outlet);
}

const visible = (value: string | null) => (value === null ? null : withoutInvisible(value));
const casedOrNull = (name: string | null, cased: (name: string) => string = casedAuthors) => (name === null ? null : cased(name));

/**
 * The article's author or authors (", "-joined): declared, else a byline above the body, a date line
 * naming one, a byline or a name line after the body, an agency's closing credit, else an agency credited
 * above the story (see agencyCredit); null when none. `metaDates` are the date lines of `cleaned.meta` when
 * the caller has read them; `credits`, the outlets its datelines and date lines name.
 */
export function articleAuthor(cleaned: CleanedArticle, page: PageMeta = {}, metaDates = cleaned.meta.flatMap((line) => readDateLine(line) ?? []), credits: Array<string | null> = []): string | null {
  const candidates = [
    [page.author],
    // A byline that says "Por"/"By" before one read by its shape ("Brújula Digital · Economía | 3 de marzo" over "Por Ana Ruiz").
    cleaned.meta.map((line) => (BYLINE.test(line) ? readByline(line) : null)),
    cleaned.meta.map(readByline),
    metaDates.map((line) => line.author),
    cleaned.meta.map((line) => readBylineFields(line)?.author),
    cleaned.tail.map(readByline),
    [closingName(cleaned.tail)],
    namesAlone(cleaned, page),
    [closingCredit(cleaned.paragraphs.at(-1) ?? '')],
    credits.map(agencyCredit),
  ];
  // A desk's credit printed as the byline ("Redacción", "Staff") signs the story when no person does; a CMS's empty field
  // filled with the same word is a placeholder (isPlaceholderAuthor), which a printed line is not.
  const person = first(...candidates.map((group) => group.map((name) => (name && isNotAnAccount(name) && !isPlaceholderAuthor(name) && !isInterfaceLabel(name) ? name : null))));
  return person ?? first([page.desk], cleaned.meta.map(deskCredit));
}

/**
 * The names printed alone on metadata lines (readNameAlone): in a plain text (no markup or front matter declaring
 * anything), on any; in a page, only beside a date line or a publication's, where a page's labels ("Top Stories")
 * do not stand.
 */
function namesAlone(cleaned: CleanedArticle, page: PageMeta): Array<string | null> {
  const story = cleaned.paragraphs.join('\n');
  const plain = Object.keys(page).length === 0;
  const isField = (line: string | undefined) => line !== undefined && (readDateLine(line) !== null || readMastheadOutlet(line, true) !== null || (readBylineFields(line)?.outlet ?? null) !== null);
  return cleaned.meta.map((line, at) => (plain || isField(cleaned.meta[at - 1]) || isField(cleaned.meta[at + 1]) ? readNameAlone(line, story) : null));
}

/**
 * Digits are no part of a person's name: "Por Editor3" and the "Adm 1 / ADMINISTRATOR" box under a story are
 * a publishing system's accounts, not authors (as declared authors with digits are refused, page-meta.ts).
 */
function isNotAnAccount(name: string): boolean {
  return !/\d/u.test(name);
}

/**
 * The first value that is there, trying each group of candidates in turn. A group may be a function that gives it, called
 * only when no earlier group has a value: a reader that searches the whole story runs only as a last resort.
 */
function first(...groups: Array<Array<string | null | undefined> | (() => Array<string | null | undefined>)>): string | null {
  for (const group of groups) for (const value of typeof group === 'function' ? group() : group) if (value) return value;
  return null;
}

interface OutletDateline {
  outlet: string | null;
  date: string | null;
  /** Where the story's first sentence starts: past the dateline's closing mark and the spaces after it. */
  end: number;
}

/**
 * Where a paragraph's own words start after a dateline opening it ("Tokio (EFE).- ", "SEOUL (Reuters) - ", "MADRID, 3
 * Mar. (EUROPA PRESS) - "), a sentence opening after it; 0 when it opens with none. A dateline tells where the story
 * was filed, never what anyone said. Only the first DATELINE_PARAGRAPHS paragraphs of a story open with one.
 */
export function datelineEnd(paragraph: string): number {
  const end = (readOutletDateline(paragraph) ?? readDatedDateline(paragraph))?.end ?? PLACE_DATELINE.exec(paragraph)?.[0].length ?? 0;
  return end > 0 && /^[\p{Lu}\p{N}"“«‘'¿¡]/u.test(paragraph.slice(end)) ? end : 0;
}

/**
 * A dateline of the place alone, in capitals, and a spaced dash ("QUITO — ", "SAN JOSÉ, Costa Rica — "): no date nor
 * outlet to read, but still no one's words (newcomer 31 found "QUITO" the speaker of "el tribunal concluye que…").
 */
const PLACE_DATELINE = /^\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+(?:de\s+)?\p{Lu}[\p{L}.]*){0,3})?\s+[—–-]\s+/u;

/** The spaces after a dateline's closing mark. */
const SPACES = /^\s*/u;

/** A day and month with no year closing a dateline's place, in an agency's style ("Santiago de Chile, 2 dic", "Lima, 3 de mayo"): no date to read, no part of the place. */
const YEARLESS_DATE = new RegExp(`,\\s*\\d{1,2}\\s+(?:de\\s+)?(?:${Object.keys(MONTH_NUMBERS).join('|')})\\.?$`, 'iu');

/**
 * A dateline on a line of its own, an agency's in brackets closing it after the day ("MADRID, 3 (EUROPA PRESS)", "LIMA, 12
 * may. (ANDINA)", "MADRID, 3 dic. (EUROPA PRESS) -"): the day must be there to tell it from a name and its party ("Pedro
 * Sánchez (PSOE)"); the agency's dash may close it, the story starting on the next line.
 */
const DATELINE_ALONE = /^([^()\n]{1,80}?,\s*\d{1,2}(?:\s+[\p{L}.]{2,12})?)\s*\(([^()\n]{2,60})\)\s*(?:\.\s?[-–—]|[-–—]|:)?\s*$/u;
/** The closing mark of a dateline alone on its line (DATELINE_ALONE), if any. */
const ALONE_CLOSING = /\s*(?:\.\s?[-–—]|[-–—]|:)?\s*$/u;

/**
 * The date of a yearless dateline printed alone on its line (DATELINE_ALONE) above `story`'s first paragraph, which tells
 * its weekday: read as if the dateline opened that paragraph (yearlessDatelineDate). Null when `meta` has none.
 */
function yearlessDatelineAloneDate(meta: string[], story: string[], later: number[]): string | null {
  const dateline = meta.find((line) => DATELINE_ALONE.test(line));
  return dateline === undefined ? null : yearlessDatelineDate(`${dateline.replace(ALONE_CLOSING, '')} - ${story[0] ?? ''}`, later);
}

/** "PLACE[, date] (Outlet) -" at the start of a paragraph, or "PLACE, day (Outlet)" alone in one; a numeric date read in `order`. */
function readOutletDateline(paragraph: string, order: DateOrder = 'day-first'): OutletDateline | null {
  const match = DATELINE.exec(paragraph) ?? DATELINE_ALONE.exec(paragraph);
  const [whole = '', place = '', outlet = ''] = match ?? [];
  if (!outlet || !isName(outlet.trim())) return null;
  const date = findDate(place);
  const placeAlone = date ? place.slice(0, date.start) + place.slice(date.end) : place.replace(YEARLESS_DATE, '');
  if (!isPlace(placeAlone)) return null;
  const end = whole.length + SPACES.exec(paragraph.slice(whole.length))![0].length;
  // The date may follow the agency's dash, closed by one of its own ("LIMA (AP) — 5 de marzo de 2026 — ").
  const dated = date ? null : dateAfterDash(paragraph.slice(end));
  return { outlet: outlet.trim(), date: date ? readIn(date, order) : dated && readIn(dated.date, order), end: end + (dated?.end ?? 0) };
}

/** A date opening `text` and closed by a dash or ".-" (DATELINE_END without an agency), and where the text after it starts; null when none. */
function dateAfterDash(text: string): { date: DateMatch; end: number } | null {
  const date = findDate(text.slice(0, MAX_DATELINE_CHARS));
  const closing = date?.start === 0 ? DATE_CLOSED.exec(text.slice(date.end)) : null;
  return date && closing ? { date, end: date.end + closing[0].length } : null;
}
// What closes a date printed after a dateline's dash: ".-", a dash, a colon or a full stop, and the spaces after it; or the
// end of a dateline alone on its line.
const DATE_CLOSED = /^\s*(?:\.\s?[-–—]|[-–—]|:|\.(?=\s)|$)\s*/u;

/**
 * "PLACE, date[ (Agency)].- " or "PLACE, date:" at the start of a paragraph, with or without an agency:
 * "Tordesal, 12 de mayo de 2024.- …", "Zaragoza, 3 abr 2024 (EFE). …". The place ends in a comma, so a
 * sentence that opens with a date ("El 14 de mayo de 2024. …") is none. A numeric date is read in `order`.
 */
function readDatedDateline(paragraph: string, order: DateOrder = 'day-first'): OutletDateline | null {
  const date = findDate(paragraph.slice(0, MAX_DATELINE_CHARS));
  if (!date) return null;
  const place = paragraph.slice(0, date.start).trim();
  if (place && !(place.endsWith(',') && isPlace(place.slice(0, -1)))) return null;
  const end = DATELINE_END.exec(paragraph.slice(date.end));
  if (!end) return null;
  const outlet = end[1]?.trim();
  const after = date.end + end[0].length;
  return { outlet: outlet && isName(outlet) ? outlet : null, date: readIn(date, order), end: after + SPACES.exec(paragraph.slice(after))![0].length };
}

const MONTH_WORDS = Object.keys(MONTH_NUMBERS).sort((a, b) => b.length - a.length).join('|');
/**
 * A dateline whose date has a day and a month but no year, an agency or not in brackets after it: "Santiago de Chile, 2 dic
 * (EFE).-", "ROTTERDAM, Dec 2 (Reuters) -", "Lima, 3 de mayo.-", the place with its country or region ("SAN ISIDRO, Argentina,
 * Nov 30 (Reuters) -"). Groups: place, day and month, or month and day.
 */
const YEARLESS_DATELINE = new RegExp(
  `^([^()\\n,]{1,60}(?:,\\s*[^()\\n,\\d]{2,40})?),\\s*(?:(\\d{1,2})\\s+(?:de\\s+)?(${MONTH_WORDS})|(${MONTH_WORDS})\\.?\\s+(\\d{1,2}))(?![\\p{L}\\d])\\.?\\s*(?:\\([^()\\n]{2,60}\\))?\\s*(?:\\.\\s?[-–—]|[-–—]|:)`,
  'iu',
);
/** The same day and month printed after the agency's dash and closed by a dash of its own ("LONDON (Reuters) - Nov 30 -", "LIMA (AP) — 3 de mayo —"); the same groups. */
const YEARLESS_AFTER_DASH = new RegExp(
  `^([^()\\n,]{1,60}(?:,\\s*[^()\\n,\\d]{2,40})?)\\s*\\([^()\\n]{2,60}\\)\\s*(?:\\.\\s?[-–—]|[-–—])\\s*(?:(\\d{1,2})\\s+(?:de\\s+)?(${MONTH_WORDS})|(${MONTH_WORDS})\\.?\\s+(\\d{1,2}))(?![\\p{L}\\d])\\.?\\s*(?:\\.\\s?[-–—]|[-–—]|:)`,
  'iu',
);
const DAY_MS = 86_400_000;
/**
 * How many days after a yearless dateline's date its file may have been saved (or its update printed) for that year to date
 * it unconfirmed by a weekday: a season, as an archive keeps the stories of its last months (31 left a wire of 17 October
 * saved in December undated, newcomer 33). A file copied later keeps no date rather than a wrong one.
 */
const MAX_DAYS_SAVED_AFTER = 92;

/**
 * The date of a yearless dateline opening `paragraph` (YEARLESS_DATELINE), its year told by the first of `later` (ms since
 * the epoch: the file's own dates of an update, then when it was saved) that dates it: the latest such day no later than
 * that time (a day's slack for time zones), in its year or the one before. It must fall on a weekday the paragraph names
 * ("iniciaron este miércoles", "on Wednesday"); with none named, within MAX_DAYS_SAVED_AFTER days before that time, as an
 * update or a saved copy of a wire is. Never the clock's today: null when nothing given tells the year.
 */
function yearlessDatelineDate(paragraph: string, later: number[]): string | null {
  if (later.length === 0) return null;
  const dayOnly = DAY_ONLY_DATELINE.exec(paragraph);
  if (dayOnly) return isPlace(dayOnly[1] ?? '') ? dayOnlyDate(Number(dayOnly[2]), namedWeekdays(paragraph), later) : null;
  const match = YEARLESS_DATELINE.exec(paragraph) ?? YEARLESS_AFTER_DASH.exec(paragraph);
  if (!match || !isPlace(match[1] ?? '')) return null;
  const day = Number(match[2] ?? match[5]);
  const month = MONTH_NUMBERS[(match[3] ?? match[4] ?? '').toLowerCase()];
  if (month === undefined) return null;
  const named = namedWeekdays(paragraph);
  for (const time of later) {
    const year = new Date(time).getUTCFullYear();
    const at = [year, year - 1].map((each) => Date.UTC(each, month - 1, day)).find((each) => new Date(each).getUTCDate() === day && each <= time + DAY_MS);
    if (at === undefined) continue;
    const confirmed = named.size > 0 ? named.has((new Date(at).getUTCDay() + 6) % 7) : time - at <= MAX_DAYS_SAVED_AFTER * DAY_MS;
    if (confirmed) return new Date(at).toISOString().slice(0, 10);
  }
  return null;
}

/**
 * A dateline that prints only the day of the month, before an agency's name in brackets, as Spanish wires write the
 * current month's days ("SALTA, 5 (EUROPA PRESS) -", "Bruselas, 12 (Agencia Austral).-"). Groups: place, day.
 */
const DAY_ONLY_DATELINE = /^([^()\n,]{1,60}(?:,\s*[^()\n,\d]{2,40})?),\s*(\d{1,2})\s*\([^()\n]{2,60}\)\s*(?:\.\s?[-–—]|[-–—]|:)/u;
/** How many months back a day-only dateline's day may be looked for when the story names its weekday. */
const DAY_ONLY_MONTHS = 3;

/**
 * The date of a day-only dateline's `day` (DAY_ONLY_DATELINE), told by the first of `later` (ms since the epoch; see
 * yearlessDatelineDate): that day of the latest month no later than that time (a day's slack), or, when the paragraph
 * names weekdays (`named`), of the latest of the last DAY_ONLY_MONTHS months on which it falls on one of them. Null
 * when none does.
 */
function dayOnlyDate(day: number, named: Set<number>, later: number[]): string | null {
  for (const time of later) {
    const now = new Date(time);
    for (let back = 0; back < (named.size > 0 ? DAY_ONLY_MONTHS : 2); back++) {
      const at = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, day);
      if (new Date(at).getUTCDate() !== day || at > time + DAY_MS) continue;
      if (named.size === 0 || named.has((new Date(at).getUTCDay() + 6) % 7)) return new Date(at).toISOString().slice(0, 10);
    }
  }
  return null;
}

/** The days of the week `text` names, Spanish or English, as 0 (Monday) to 6. */
function namedWeekdays(text: string): Set<number> {
  const words = new Set(foldAccents(text.toLowerCase()).match(/\p{L}+/gu) ?? []);
  return new Set(Object.values(WEEKDAY_NAMES).flatMap((names) => names.flatMap((name, at) => (words.has(name) ? [at] : []))));
}

/** A dateline's place: a few capitalised words (a short date aside), not the subject of a sentence. */
function isPlace(place: string): boolean {
  const words = place.match(/[\p{L}\p{N}]+/gu) ?? [];
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length;
  return words.length === 0 || (/^\p{Lu}/u.test(place.trim()) && words.length <= MAX_PLACE_WORDS && lower <= 1);
}

/** A preposition before a place's name: where something is, or where from ("en La Ceiba", "desde El Alto", "in The Hague"). */
const PLACE_PREPOSITION = /(?:^|[^\p{L}])(?:en|desde|hasta|in|from|at)\s+$/iu;

/**
 * Whether a name a byline prints between its writer and its date, read as a publication by its article alone ("Ana Ruiz |
 * La Ceiba | 28 de noviembre"), is the place the story was filed from: it names no news organisation (isOrganization) and
 * `story` writes it after a preposition of place ("…llovió toda la noche en La Ceiba"). A
 * newspaper's name follows "dijo a", "según", not "en".
 */
function isPlaceWritten(name: string, story: string): boolean {
  if (isOrganization(name)) return false;
  for (let at = story.indexOf(name); at !== -1; at = story.indexOf(name, at + 1)) if (PLACE_PREPOSITION.test(story.slice(Math.max(0, at - 8), at))) return true;
  return false;
}


/**
 * A short name right after the body ("Ana Ruiz"): the way some sites sign an article. One word signs only as an
 * agency ("EFE", "Agencia"): a person signs with a given name and a surname, and a lone capitalised word after the
 * story is a label left from the page's furniture ("Shared", "Audio", a rail's tab).
 */
function closingName(tail: string[]): string | null {
  const [line] = tail;
  if (!line || wordCount(line) > MAX_AUTHOR_LINE_WORDS || furniture(line) || readDateLine(line)) return null;
  if (wordCount(line) === 1 && !isAgencyCredit(line)) return null;
  return isName(line) ? line : null;
}

// An agency's credit in brackets after the story's last sentence: "(FR mit dpa)", "(Redacción/AFP)", "(AP)".
const CLOSING_CREDIT = /[.!?…。]["'”’»]*\s+\(([^()]{2,40})\)$/u;
const MAX_CREDIT_WORDS = 5;
const CREDIT_JOINERS = new Set(['mit', 'with', 'con', 'y', 'and', 'und', 'et', 'e', 'avec', 'com', 'de']);

/**
 * The credit closing the story's last paragraph, when it names an agency: at most five words, one an
 * acronym ("EFE", "AP", "FR"), the others capitalised, a short lower-case agency name ("dpa") or a
 * joiner ("mit", "con"). "(Foto de archivo)" or "(sic)" names none.
 */
function closingCredit(paragraph: string): string | null {
  const credit = CLOSING_CREDIT.exec(paragraph)?.[1]?.trim() ?? '';
  const words = credit.split(/[\s/]+/u).filter(Boolean);
  const isPart = (word: string) => CREDIT_JOINERS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word) || /^\p{Ll}{2,4}$/u.test(word);
  return words.length > 0 && words.length <= MAX_CREDIT_WORDS && words.some((word) => /^\p{Lu}{2,}$/u.test(word)) && words.every(isPart) ? credit : null;
}

/**
 * A credit printed above the story ("agosto 15, 2023. Agencia Reuters", "MADRID (EFE).-") when it names a news
 * agency (isAgencyCredit); a site's own name in its dateline ("Rusia (Marcrix Noticias).-") is its outlet only.
 */
function agencyCredit(credit: string | null): string | null {
  return credit && isAgencyCredit(credit) ? credit : null;
}

/**
 * An agency's acronym as a byline spells it out, when one of `names` does: its capitalised words' initials are the
 * acronym ("AP" on the dateline, "By JANE DOE Associated Press" over it: "Associated Press"; "AFP", "Agence
 * France-Presse"), as the wires' own copy prints both. Else `outlet` as it is.
 */
function spelledOut(outlet: string | null, names: ReadonlyArray<string | null>): string | null {
  if (outlet === null || !/^\p{Lu}{2,6}$/u.test(outlet)) return outlet;
  const initials = (name: string) => name.split(/[\s-]+/u).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('').toUpperCase();
  return names.find((name) => name !== null && name !== outlet && initials(name) === outlet) ?? outlet;
}

/** A sentence's closing full stop, before any closing quotation mark or bracket ("…en mayo.", "…«en mayo».", "…(EFE)."). */
const CLOSING_FULL_STOP = /(?<!\.)\.(?=["'”’»)\]]*$)/u;

/**
 * A title for a page without one: its first sentence, written as a headline is, without its closing full stop, and cut
 * at a word near MAX_TITLE_CHARS. The sentence stays the story's: a title equal to a sentence of the text is read as the
 * headline printed again over the story, which yields no statement and answers nothing (quotes/extract.ts isFurniture,
 * answer/select.ts asksItself), so a lede taken whole for the title had been lost to /quote and /ask.
 */
function titleFromText(paragraph: string): string | null {
  const [sentence] = splitSentences(paragraph);
  if (!sentence) return null;
  const first = paragraph.slice(sentence.start, sentence.end);
  // A line too short to be a story's sentence (clean.ts MIN_BODY_WORDS: 'Gil: "Cerraremos el puente".') is a headline with
  // a stray full stop, and stays equal to the title: printed again, it yields no statement.
  const text = wordCount(first) >= MIN_BODY_WORDS ? first.replace(CLOSING_FULL_STOP, '') : first;
  if (text.length <= MAX_TITLE_CHARS) return text;
  const cut = text.lastIndexOf(' ', MAX_TITLE_CHARS);
  return `${text.slice(0, cut > 0 ? cut : MAX_TITLE_CHARS)}…`;
}
