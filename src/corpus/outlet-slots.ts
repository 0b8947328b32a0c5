/**
 * The outlet a page names where no newspaper word says it is one ("Clarín", "Página/12", "Pampa Hoy"): the places a page
 * prints its publication's name. A copyright notice names the publisher by itself ("© 2026 Mirador Sur. Todos los derechos
 * reservados."); the other places hold other names as often (a title's suffix a section, a masthead line a section's label,
 * a byline's part the place it was filed from), so a name there is the outlet only when a second such place prints it too
 * ("Headline | Pampa Hoy" and "Por Ana Ruiz | Pampa Hoy | 3 de marzo"). Names with a newspaper's word or an article are read
 * before this (lines.ts: readBylineOutlet, readMastheadOutlet); this is the last resort of describeArticle's outlet.
 */
import { foldAccents } from '../text/words.js';
import { BYLINE, isName, readDateLine, withoutPlace, wordCount } from './lines.js';

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
 * no date lines ("Por Ana Ruiz | Pampa Hoy | 3 de marzo" → "Pampa Hoy"), or the whole line when it is a short name alone
 * (a masthead: "PAMPA HOY").
 */
function slotNames(line: string): string[] {
  const parts = line.split(PARTS).map((part) => withoutPlace(part.trim()));
  const names = (parts.length > 1 ? parts.slice(1) : BYLINE.test(line) ? [] : parts).filter((part) => isOutletName(part) && readDateLine(part) === null);
  return names;
}

const fold = (name: string) => foldAccents(name.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The outlet named by a copyright notice in `lines` (the story's metadata and closing lines), else by a name printed in two
 * of the places a publication's name stands: `title`'s suffix and the metadata lines' parts or masthead (see slotNames).
 * Null when none is.
 */
export function slotOutlet(title: string | null, meta: string[], tail: string[]): string | null {
  for (const line of [...tail, ...meta]) {
    const holder = copyrightHolder(line);
    if (holder) return holder;
  }
  const seen = new Map<string, number>();
  const suffix = titleSuffix(title);
  const candidates = [...(suffix ? [[suffix]] : []), ...meta.map(slotNames)];
  for (const names of candidates) for (const key of new Set(names.map(fold))) seen.set(key, (seen.get(key) ?? 0) + 1);
  return candidates.flat().find((name) => (seen.get(fold(name)) ?? 0) > 1) ?? null;
}
