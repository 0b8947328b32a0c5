/**
 * A byline line read part by part: who wrote the story, for which publication, when. Texts and pages print these
 * fields in any order and with any separator ("Ana Ruiz — Diario del Sur — 3 de marzo de 2026", "Jane Doe, The
 * Valley Ledger", "Ana Ruiz / El Heraldo Nacional", "Ana Ruiz (El Heraldo Nacional)", "Diario del Sur · Temuco ·
 * 3 de marzo de 2026"), with or without "Por"/"By" (issue 14, stop 56: newcomer 33's /sources misses). readByline and
 * readBylineOutlet (lines.ts) read the layouts they were written for first; this reader fills the fields they leave.
 */
import type { DateOrder } from './dates.js';
import { furniture } from './furniture.js';
import { BYLINE, deskCredit, deskName, isName, isOrganization, isPublicationName, isReadingTime, isWriterRole, NAME_PARTICLES, namesFiledFrom, readDateLine, withoutPlace, wordCount } from './lines.js';

export interface BylineFields {
  /** The author or authors (", "-joined); null when the line names none. */
  author: string | null;
  /** The publication; null when the line names none. */
  outlet: string | null;
  /** The date, ISO `YYYY-MM-DD`; null when the line prints none (or a numeric one `order` cannot read). */
  date: string | null;
}

/** A byline with its publication, place and dates runs to about this many words. */
const MAX_FIELDS_WORDS = 28;
/** Separators between a byline's fields: a bar or a dot, or a dash or a slash between spaces. */
const FIELD_SEPARATOR = /\s*[|·•]\s*|\s+[—–/-]\s+/u;
/** A field that names its publication in brackets after the name before it ("Ana Ruiz (El Heraldo Nacional)"). */
const BRACKETED = /^([^()]+?)\s*\(([^()]+)\)$/u;
/** A label saying where the story was published ("Publicado en El Heraldo Nacional el 3 de marzo", "First published in …"). */
const PUBLISHED_IN = /^(?:publicad[oa]\s+(?:originalmente\s+)?en|(?:originally |first )?published in|apareci[oó] en)\s+(.+)$/iu;
/** A clock time printed beside a byline's date ("08:30", "07:00 h", "9:05 pm", "10:15 a. m."): no field of its own. */
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}(?:\s*(?:h|hs|hrs|horas|[ap]\.?\s?m\.?|gmt|utc|cet))?$/iu;
/** A place before a date in one part, after a comma ("Villa Cañada, 4 de marzo de 2026"). */
const PLACE_BEFORE_DATE = /^([^,\d]+),\s*\S/u;
/** What opens a place from where a story was filed ("desde Temuco", "from Leeds", "en Quito"). */
const FILED_FROM = /^(?:desde|from|en|in)\s+\p{Lu}/u;
/** The section a publication's name is followed by ("Semanario El Faro, sección Región", "section Metro"). */
const SECTION = /^(?:secci[oó]n|section|suplemento|supplement)\s*:?\s+\p{Lu}/iu;
/**
 * Words that open place names, not a person's ("San José", "Puerto Montt", "New Haven", "Río Cuarto"): a byline's name
 * of two words opening with one is where the story was filed.
 */
const PLACE_OPENER = new Set([
  'san', 'santa', 'santo', 'são', 'sao', 'puerto', 'port', 'porto', 'villa', 'vila', 'ciudad', 'city', 'nueva', 'nuevo', 'new', 'fort', 'fuerte',
  'mount', 'monte', 'río', 'rio', 'lake', 'lago', 'cabo', 'cape', 'bahía', 'bay', 'punta', 'saint', 'st', 'sankt', 'isla', 'isle', 'playa',
  'cerro', 'buenos', 'mar', 'costa', 'gran', 'east', 'west', 'north', 'south', 'upper', 'lower', 'valle', 'las', 'los', 'el', 'la',
]);
/** A person signs with two to five capitalised words (given names and surnames), particles aside. */
const MIN_PERSON_WORDS = 2;
const MAX_PERSON_WORDS = 5;
/** An acronym in capitals ("PSOE", "AP"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Names of several authors in one field: "Ana Ruiz y Luis Gil", "Jane Doe and Tom Li". */
const CONJUNCTION = /\s+(?:y|e|and|und|et)\s+/u;

/**
 * The fields of a byline line (see this file's header): the fields are its parts between bars, dots, spaced dashes or
 * slashes, commas and a bracketed name. A part is a date line (readDateLine: a place may come before its date), a
 * publication (a name opening with an article or naming a news organisation, a bracketed place after it aside), a
 * person (the first name of two to five words, several joined by "y"/"and"; after "Por"/"By" one word too), or a
 * place (any name after the person, a name opening like a place, "desde Temuco"). Without "Por"/"By" the line must
 * open with a person or a publication and name a publication or a date besides, so that a name alone, a place and a
 * date ("Cochabamba | 3 de marzo de 2026") or a sentence are no byline. Null when any part is none of these, when
 * the line names nobody and no publication, or when it is a desk's credit (readByline reads those as printed).
 */
export function readBylineFields(printed: string, order: DateOrder = 'day-first'): BylineFields | null {
  const line = printed.trim();
  if (!line || wordCount(line) > MAX_FIELDS_WORDS || deskName(line) !== null) return null;
  const labelled = BYLINE.exec(line);
  const published = PUBLISHED_IN.exec(line);
  const rest = labelled?.[1] ?? published?.[1] ?? line;
  const fields: BylineFields = { author: null, outlet: null, date: null };
  // What the line opens with: a person, a publication or something else (a date, a place).
  let opening: 'person' | 'publication' | 'other' | undefined;
  let places = 0;
  // A name read as a place after the person: the publication's, when a date part names the place it was filed from.
  let filedName: string | null = null;
  // After a desk's credit the person who signs follows ("Faro Norte | Redacción Provincias - Ana Ruiz | …").
  let afterDesk = false;
  for (const part of rest.split(FIELD_SEPARATOR).map((part) => part.trim()).filter(Boolean)) {
    // A clock time or a reading time beside the date ("Published in The Ledger · 4 min read · Mar 5, 2026") is no field.
    if (CLOCK_TIME.test(part) || isReadingTime(part)) continue;
    if (deskCredit(part) !== null) {
      // The name before a desk is the publication the desk belongs to, not a person.
      if (opening === 'person' && fields.outlet === null && fields.author !== null && !fields.author.includes(', ')) [fields.outlet, fields.author] = [fields.author, null];
      afterDesk = true;
      opening ??= 'other';
      continue;
    }
    const date = readDateLine(part, order);
    if (date && date.author === null) {
      fields.date ??= date.iso;
      const filedFrom = PLACE_BEFORE_DATE.exec(part)?.[1]?.trim();
      if (filedFrom && filedName && fields.outlet === null && isName(filedFrom) && !isOrganization(filedFrom)) fields.outlet = filedName;
      // "El Heraldo Nacional el 3 de marzo de 2026": the publication before the date of a "published in" line.
      const named = published && fields.outlet === null ? part.slice(0, Math.max(0, part.search(/\s(?:el|on)\s|\s\d/u))).trim() : '';
      if (named && isPublicationName(named)) fields.outlet = named;
      opening ??= 'other';
      continue;
    }
    for (const piece of pieces(part)) {
      // The writer's role after their name ("Ana Ruiz, Transport correspondent | The Ledger | …") is no field of its own.
      if (fields.author !== null && isWriterRole(piece)) continue;
      const position = afterDesk && fields.author === null ? 'first' : opening !== undefined ? 'later' : labelled ? 'labelled' : published ? 'published' : 'first';
      const kind = fieldKind(piece, fields, position);
      if (kind === null) return null;
      if (kind === 'place' && fields.author !== null && filedName === null) filedName = piece;
      if (kind === 'person') fields.author = piece.split(CONJUNCTION).join(', ');
      if (kind === 'publication') fields.outlet = withoutPlace(piece);
      if (kind === 'place') places++;
      opening ??= kind === 'place' ? 'other' : kind;
    }
  }
  if (fields.author === null && fields.outlet === null) return null;
  if (!labelled && !published && (opening === 'other' || (fields.outlet === null && fields.date === null))) return null;
  // A name opening with an article and a place after it may be two places ("La Paz, Bolivia"): alone, a publication names a news organisation.
  // A publication's name alone is a masthead (readMastheadOutlet reads those); with places only, it names a news organisation.
  if (!labelled && !published && fields.author === null && fields.date === null && (places === 0 || !isOrganization(fields.outlet!))) return null;
  return fields;
}

/** A field's pieces: its parts between commas, a bracketed name after the one before it apart ("Ana Ruiz (El Heraldo Nacional)"). */
function pieces(part: string): string[] {
  return part.split(/\s*,\s*/u).flatMap((piece) => {
    const bracketed = BRACKETED.exec(piece);
    // A publication's bracketed place stays with it ("El Vigía (Salto)"): withoutPlace takes it off.
    // An acronym in brackets after a person's name is a party's ("Nerea Salcedo (PSOE)"): the piece is no byline's.
    return bracketed && !isPublicationName(bracketed[1]!) && !ACRONYM.test(bracketed[2]!) ? [bracketed[1]!, bracketed[2]!] : [piece];
  });
}

/**
 * What a byline's piece is (see readBylineFields); null when it is none of a byline's fields. `position` says whether
 * the piece opens an unlabelled line ('first'), follows "Por"/"By" ('labelled') or "Published in" ('published') before any
 * name, or comes later.
 */
function fieldKind(piece: string, fields: BylineFields, position: 'first' | 'labelled' | 'published' | 'later'): 'person' | 'publication' | 'place' | null {
  // The names "Por"/"By" opens are the writers' ("By Mary Ann Post"): readByline reads them, employers apart.
  if (position === 'labelled') return isName(piece) ? 'person' : null;
  // The name "Published in" opens is where the story was published, newspaper's word or not ("Published in Tramway Notes").
  if (position === 'published') return isName(piece) ? 'publication' : null;
  if (fields.outlet === null && isPublicationName(withoutPlace(piece))) return 'publication';
  if (FILED_FROM.test(piece) || SECTION.test(piece)) return 'place';
  if (!isName(piece)) return null;
  if (fields.author === null && position === 'first' && piece.split(CONJUNCTION).every((name) => isPersonName(name))) return 'person';
  return 'place';
}

/**
 * Whether `name` is a person's by its shape: two to five capitalised words besides particles (one after "Por"/"By",
 * `fewest`), naming no news organisation, not opening like a place (PLACE_OPENER).
 */
function isPersonName(name: string, fewest = MIN_PERSON_WORDS): boolean {
  const own = name.split(/\s+/u).filter((word) => !NAME_PARTICLES.has(word.toLowerCase()));
  return isName(name) && own.length >= fewest && own.length <= MAX_PERSON_WORDS && !isOrganization(name) && !PLACE_OPENER.has(own[0]!.toLowerCase().replace(/\.$/u, ''));
}

/** A place a story is filed from is named in at most this many words ("Santiago de los Caballeros"). */
const MAX_PLACE_WORDS = 4;

/**
 * The author a line names alone, with no "Por"/"By" (a name under the headline, over its date or publication:
 * newcomer 33's kind), or before the place it was filed from or a button to follow its writer after a separator ("Ana
 * Ruiz | Tucumán", "Jane Doe · Follow"): a person's name by its shape (isPersonName, no publication's) that `story` (the
 * article's text) never mentions, nor any of its words in lower case. A place or a section's name on its own line ("Medio Ambiente",
 * "Villa Rica") reads as a name too: the story writes a place it was filed from, and a section's words are common
 * nouns it writes in lower case; a byline's name is the writer's, whom the story does not name. Null for any other line.
 */
export function readNameAlone(line: string, story: string): string | null {
  // Several writers, each with where they filed from ("Harriet Lowe in London and Jonas Keller in Frankfurt"): each a signature's name.
  const filed = namesFiledFrom(line.trim());
  if (filed) return filed.every((name) => readNameAlone(name, story) === name) ? filed.join(', ') : null;
  // The place the writer files from, or a button to follow them, may follow the name ("Ana Ruiz | Tucumán", "Jane Doe · Follow").
  const [name = '', ...after] = line.trim().split(FIELD_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (after.some((part) => furniture(part) !== 'line' && !(isName(part, MAX_PLACE_WORDS) && !isPublicationName(part)))) return null;
  if (BYLINE.test(name) || deskName(name) !== null || !isPersonName(name) || isPublicationName(name) || story.includes(name)) return null;
  const lower = lowerWordsOf(story);
  return name.split(/\s+/u).some((word) => !NAME_PARTICLES.has(word.toLowerCase()) && lower.has(word.toLocaleLowerCase())) ? null : name;
}

/** The last story's words written in lower case: a build asks for one story's, line after line. */
let lowerWords: { story: string; words: Set<string> } = { story: '', words: new Set() };

function lowerWordsOf(story: string): Set<string> {
  if (lowerWords.story !== story) lowerWords = { story, words: new Set(story.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? []) };
  return lowerWords.words;
}

/**
 * Whether a line says where the story was published, and names the publication ("Publicado en El Heraldo Nacional el 3
 * de marzo de 2026", "First published in The Valley Ledger"): metadata, though its words read as prose.
 */
export function isPublishedInLine(line: string): boolean {
  return PUBLISHED_IN.test(line.trim()) && (readBylineFields(line)?.outlet ?? null) !== null;
}

/**
 * Whether a line is a byline read by its parts that dates the story ("Gaceta del Valle | Redacción Deportes - Ana Ruiz | 4
 * de marzo de 2026", "Ana Ruiz · Faro Norte · Villa Cañada, 4 de marzo de 2026 · 08:30"): metadata, though neither
 * readByline nor readDateLine reads the whole line. Only lines with a field separator are read.
 */
export function isDatedFieldsLine(line: string): boolean {
  return FIELD_SEPARATOR.test(line) && (readBylineFields(line)?.date ?? null) !== null;
}
