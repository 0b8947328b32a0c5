/**
 * The outlet a page names where no newspaper word says it is one ("Clarín", "Página/12", "Pampa Hoy"): the places a page
 * prints its publication's name. A copyright notice names the publisher by itself ("© 2026 Mirador Sur. Todos los derechos
 * reservados."); the other places hold other names as often (a title's suffix a section, a masthead line a section's label,
 * a byline's part the place it was filed from), so a name there is the outlet only when a second such place prints it too
 * ("Headline | Pampa Hoy" and "Por Ana Ruiz | Pampa Hoy | 3 de marzo"). Names with a newspaper's word or an article are read
 * before this (lines.ts: readBylineOutlet, readMastheadOutlet); this is the last resort of describeArticle's outlet.
 */
import { foldAccents } from '../text/words.js';
import { BYLINE, deskName, isName, isNewspaperName, readDateLine, withoutPlace, wordCount } from './lines.js';
import { openingMatcher } from '../text/opening-matches.js';

/** The most words of a publication's name in one of these places. */
const MAX_OUTLET_WORDS = 5;
/** The most words of a copyright notice's line. */
const MAX_NOTICE_WORDS = 16;
/** A publication's name may hold a slash or digits ("Página/12", "Diario 16"): its words, split for isName. */
const NAME_SLASH = /\s*\/\s*/gu;

/**
 * A copyright notice: "©", "(c)" or "Copyright", a year or a span of years before or after the holder, then a rights
 * reservation or nothing. Groups: the holder before a year or the notice's end.
 */
const NOTICE = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(.+?)(?:,?\s*\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[.,]?\s*(?:(?:todos los |all )?(?:derechos reservados|rights reserved|droits r[ée]serv[ée]s|rechte vorbehalten|diritti riservati|direitos reservados)\.?)?$/iu;
/** A year, or a rights reservation: what tells a notice from a photo's credit ("© AFP"). */
const NOTICE_MARK = /\d{4}|reservados|reserved|r[ée]serv[ée]s|vorbehalten|riservati/iu;

/** The publisher a copyright notice names ("© 2026 Mirador Sur. Todos los derechos reservados." → "Mirador Sur"); null for any other line. */
export function copyrightHolder(line: string): string | null {
  const printed = line.trim();
  if (wordCount(printed) > MAX_NOTICE_WORDS || !NOTICE_MARK.test(printed)) return null;
  const holder = NOTICE.exec(printed)?.[1]?.trim().replace(/[.,]$/u, '');
  return holder && isOutletName(holder) ? holder : null;
}

/** Whether `name` reads as a publication's name: a name of at most MAX_OUTLET_WORDS words ("Página/12" read as "Página 12"). */
function isOutletName(name: string): boolean {
  return wordCount(name) <= MAX_OUTLET_WORDS && isName(name.replace(NAME_SLASH, ' '), MAX_OUTLET_WORDS);
}

/** A publication's name as a story prints it: capitalised words, an article's and a slash's aside ("Pampa Hoy", "Página/12", "The Valley Ledger"). */
const OUTLET_NAME = "\\p{Lu}[\\p{L}\\p{N}'’.&-]*(?:\\/\\d+)?(?:\\s+(?:(?:de|del|la|el|of|the)\\s+)?\\p{Lu}[\\p{L}\\p{N}'’.&-]*){0,4}";

/** What separates a title's site name from the headline: a bar or a spaced dash ("Headline | Pampa Hoy", "Headline - Página/12"). */
const TITLE_SUFFIX = /\s+(?:\||[-–—])\s+([^|–—]+)$/u;
/** What separates a byline's parts (as lines.ts's BYLINE_PARTS). */
const PARTS = /\s+[|·•—–-]\s+/u;

/** The name after a title's last bar or spaced dash, when it reads as a publication's; null otherwise. */
export function titleSuffix(title: string | null): string | null {
  const suffix = title ? TITLE_SUFFIX.exec(title)?.[1]?.trim() : undefined;
  return suffix && isOutletName(suffix) ? suffix : null;
}

/**
 * The names a metadata line prints where a publication's may stand: a byline's parts after the first that are names and
 * no date lines ("Por Ana Ruiz | Pampa Hoy | 3 de marzo" → "Pampa Hoy"), the whole line when it is a short name alone
 * (a masthead: "PAMPA HOY"), or the name a desk's credit gives ("Redacción Pampa Hoy", as deskName reads it: a section's
 * too, "Redacción Deportes", which a story never says anyone spoke to).
 */
function slotNames(line: string): string[] {
  const parts = line.split(PARTS).map((part) => withoutPlace(part.trim()));
  // A name before the date alone ("Pampa Hoy - 3 de marzo de 2026") is the publication's or the writer's: a slot too.
  const dated = parts.length > 1 && parts.slice(1).every((part) => readDateLine(part) !== null);
  const desks = parts.flatMap((part) => deskName(part) ?? []);
  const names = (dated ? parts.slice(0, 1) : parts.length > 1 ? parts.slice(1) : BYLINE.test(line) || desks.length ? [] : parts).filter((part) => isOutletName(part) && readDateLine(part) === null);
  return [...desks.filter(isOutletName), ...names];
}

/** The words that open a report of someone speaking to a publication (TOLD's): a verb of saying and "a", "told", a talk's noun. */
const TOLD_OPENING = '(?:(?:dij(?:o|eron)|(?:cont|explic|asegur|declar|relat|confirm|coment|detall|precis|indic|se[ñn]al|afirm|manifest)(?:[oó]|aron)|(?:admit|reconoc|advirt|insist)(?:i[oó]|ieron))\\s+a|told|en (?:declaraciones|di[aá]logo|entrevista|conversaci[oó]n) (?:a|con)|in an interview with)';

/**
 * The names the story says someone spoke to: after a verb of saying and "a" in Spanish, of one speaker or several ("le dijo
 * a Pampa Hoy", "aseguró a Página/12", "confirmaron a Pampa Hoy fuentes del ministerio"), "told" in English ("told The Valley Ledger"), or a talk's noun ("en declaraciones a …", "en diálogo con …",
 * "in an interview with …"). A newspaper writes the name of its own when its reporters are spoken to; another outlet's
 * too, so such a name is the outlet only when a metadata line prints it as well (slotOutlet).
 */
const TOLD = new RegExp(`(?<!\\p{L})${TOLD_OPENING}\\s+(?:the\\s+)?(${OUTLET_NAME})`, 'u');

/** TOLD's matches in a paragraph, tried only where its opening words are (every paragraph of every story is searched). */
const toldMatches = openingMatcher(new RegExp(TOLD_OPENING, 'u'), TOLD);

/** A full stop closing a sentence after a name's word, not an initial's or a short abbreviation's ("L.A. Times", "St. Louis"). */
const SENTENCE_STOP = /(?<=\p{L}{3})\.(?=\s|$)/u;

/** The names the story says someone spoke to (TOLD), as printed, each cut at a sentence's end ("told the Courier. The council…"). */
function toldNames(story: string[]): string[] {
  return story.flatMap((paragraph) => toldMatches(paragraph).map((match) => match[1]!.split(SENTENCE_STOP)[0]!).filter(isOutletName));
}

/** How many times a story must say someone spoke to one publication for it to be the story's own (toldOutlet). */
const MIN_TOLD = 2;

/**
 * The publication the story says again and again someone spoke to, when it names one by a newspaper's words
 * (isNewspaperName) and no other ("contó a El Vigilante del Sur" … "confirmó a El Vigilante del Sur", "told the Wessex
 * Courier" … "told the Courier"): a newspaper writes so of its own reporters' interviews. Once is as often another
 * outlet's interview retold ("Trump told The New York Times" in another magazine's story, a Mercury test page). A shorter
 * form of the name is the same one; two publications, or a name that may be a person's ("le dijo a Marta Quispe"), give
 * null. Meant for texts that declare nothing else.
 */
export function toldOutlet(story: string[]): string | null {
  const named = toldNames(story);
  const first = named.find(isNewspaperName);
  if (first === undefined || named.length < MIN_TOLD) return null;
  const words = new Set(fold(first).split(' '));
  return named.every((name) => fold(name).split(' ').every((word) => words.has(word))) ? first : null;
}

const fold = (name: string) => foldAccents(name.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The outlet named by a copyright notice in `lines` (the story's metadata and closing lines), else by a name printed in two
 * of the places a publication's name stands: `title`'s suffix, the metadata lines' parts or masthead (see slotNames) and
 * the names `story` (its paragraphs) says someone spoke to (toldNames). Null when none is.
 */
export function slotOutlet(title: string | null, meta: string[], tail: string[], story: string[] = []): string | null {
  for (const line of [...tail, ...meta]) {
    const holder = copyrightHolder(line);
    if (holder) return holder;
  }
  const seen = new Map<string, number>();
  const suffix = titleSuffix(title);
  const candidates = [...(suffix ? [[suffix]] : []), ...meta.map(slotNames)];
  for (const names of candidates) for (const key of new Set(names.map(fold))) seen.set(key, (seen.get(key) ?? 0) + 1);
  // A name the story says someone spoke to may run into the speaker's after it ("le dijo a Pampa Hoy Ana Ruiz"): it opens with the slot's.
  // Read only when some slot holds a name for it to confirm: it searches every paragraph.
  const told = seen.size ? toldNames(story).map(fold) : [];
  for (const key of seen.keys()) if (told.some((name) => name === key || name.startsWith(`${key} `))) seen.set(key, seen.get(key)! + 1);
  return candidates.flat().find((name) => (seen.get(fold(name)) ?? 0) > 1) ?? null;
}
