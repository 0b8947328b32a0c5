/**
 * Readings of single lines of a scraped page, shared by the cleaner (which decides what is body)
 * and the describer (which takes title, outlet, author and date from the lines around the body).
 */
import { findDate, MONTH_NUMBERS, readIn, WEEKDAY_NAMES, type DateOrder } from './dates.js';

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

// Japanese and Chinese write no spaces between words: about two characters make one.
const CJK_CHARS = /[\u3040-\u30ff\u3400-\u9fff]/gu;
const CJK_PER_WORD = 2;

/**
 * Space-separated tokens that have a letter or digit ("3,5" and "Kim-Jong" are one word each); a token
 * of Japanese or Chinese counts one word per two of its characters. Called on every line of every page:
 * a token of ASCII alone is read character by character, any other by the expressions.
 */
export function wordCount(text: string): number {
  let count = 0;
  let start = 0;
  let alphanumeric = false;
  let ascii = true;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 0x20;
    if (!isSpace(code)) {
      if (code >= 0x80) ascii = false;
      else if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) alphanumeric = true;
      continue;
    }
    if (at > start) count += ascii ? (alphanumeric ? 1 : 0) : tokenWords(text.slice(start, at));
    start = at + 1;
    alphanumeric = false;
    ascii = true;
  }
  return count;
}

/** The words one space-free token counts for in `wordCount`. */
function tokenWords(token: string): number {
  if (!WORD_CHAR.test(token)) return 0;
  const cjk = token.charCodeAt(0) >= 0x3000 || token.length > 8 ? (token.match(CJK_CHARS)?.length ?? 0) : 0;
  return cjk ? Math.max(1, Math.round(cjk / CJK_PER_WORD)) : 1;
}

/** Whether a UTF-16 code unit is one that \s matches (ECMAScript's white space and line terminators). */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `text` with every run of white space one space, and none at either end. */
export function squeezed(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Whether `text` holds a letter or a digit of any script. */
export function hasWords(text: string): boolean {
  return WORD_CHAR.test(text);
}

/** Lower-case words without punctuation: for comparing lines as text, whatever their punctuation. */
export function foldWords(text: string): string[] {
  // The runs of letters and digits matched, not the text split at the rest and the empty pieces dropped: a quarter
  // less time (cleaning folds every line of every page, a few times).
  return text.toLowerCase().match(WORD) ?? [];
}

// "。", "！" and "？" end Japanese and Chinese sentences. A closing credit in brackets may follow the
// last sentence on its line ("… hieß es. (FR mit dpa)", "… dijo. (EFE)"), and reference marks after it ("… made.\"[8]"),
// or the end sign a magazine closes its story with ("… so far. ®", "… ended. ■"), or the handles, hashtags and chat
// mentions a post or a pasted paragraph tags its last sentence with ("… es ilegal. @sindicato #huelga", "… today. <@123>").
const SENTENCE_END = /[.!?:;。！？]["'”’»)\]」』]*$|[”»"」』]$|[.!?。！？]["'”’»]*\s+\([^()]{1,60}\)$|[.!?。！？]["'”’»]*(?:\[\d{1,3}\])+$|[.!?。！？]["'”’»)]*\s*[®■◼◾∎●◆♦]$|[.!?。！？]["'”’»)]*(?:\s+(?:[@#][\p{L}\p{N}_]+|<(?:@[!&]?|#)\d+>))+[.!?]?$/u;
const ELLIPSIS_END = /(?:\.\.\.|…)[\])”»"']*$/u;

/**
 * A label a plain-text file may put before its title line ("Título: …", "Title: …", "Titular: …"): the line is the
 * title, even when it closes with a full stop as a sentence would.
 */
export const TITLE_LABEL = /^(?:t[íi]tulo|titular|title|headline|titel|titre|titolo)\s*:\s+(?=\S)/iu;

/** Ends as a finished sentence does; a trailing ellipsis marks a cut teaser, not a finished one. */
export function endsLikeSentence(line: string): boolean {
  return SENTENCE_END.test(line) && !ELLIPSIS_END.test(line);
}

const LOWER_WORD = /(?:^|[^\p{L}\p{N}])\p{Ll}/gu;
const MIN_PROSE_WORDS = 4;
const MIN_LOWER_SHARE = 0.3;

/**
 * Reads as running text rather than a menu, a list of names or a label: a few words, many of them
 * in lower case (prose has articles and prepositions; "Inicio Internacional Asia" has none).
 */
export function looksLikeProse(line: string): boolean {
  const words = wordCount(line);
  const lower = line.match(LOWER_WORD)?.length ?? 0;
  return words >= MIN_PROSE_WORDS && lower / words >= MIN_LOWER_SHARE;
}

// Words that may stand between the parts of a personal name or an outlet's name.
export const NAME_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'e', 'and', 'van', 'von', 'da', 'di', 'du', 'le', 'el', 'of', 'the', 'bin', 'al']);
const MAX_NAME_WORDS = 6;

/** Words of a page's comment and sharing buttons ("View Comments", "Discuss", "Compartir"): no person's name has them. */
const INTERFACE_WORD = /(?:^|[^\p{L}])(?:comments?|comentarios?|comentar|kommentare?|commentaires?|commenti|discuss(?:ion)?|share|compartir|teilen|partager|condividi)(?![\p{L}])/iu;

/** Whether a would-be byline is a button's label of the page around the story, not a name. */
export function isInterfaceLabel(text: string): boolean {
  return INTERFACE_WORD.test(text);
}

/** A name of a person or an outlet: capitalised words (or numbers, "Adm 1"), with particles between. */
export function isName(text: string, maxWords = MAX_NAME_WORDS): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > maxWords || !/^\p{Lu}/u.test(words[0] ?? '')) return false;
  return words.every((word) => /^[\p{Lu}\d][\p{L}\p{N}'’.-]*$/u.test(word) || NAME_PARTICLES.has(word));
}

/** The words that open a byline's date ("By Jane Doe Published May 2, 2024", "Por Ana Ruiz el 2 de mayo de 2024"). */
const DATE_LEAD = /(?:\s+(?:published|updated|posted|publicad[oa]|actualizad[oa]|publi[ée]e?|mis à jour|ver[öo]ffentlicht|aktualisiert|pubblicato|aggiornato|on|at|el|le|am|il|em))+\s*:?\s*$/iu;
/** A date's opening word run into the name before it, as an element's text joins its spans ("Jane DoePublished May 2"). */
const GLUED_LEAD = /(?<=\p{Ll})(?=(?:Published|Updated|Posted|Publicad[oa]|Actualizad[oa]|Publi[ée]|Ver[öo]ffentlicht|Aktualisiert|Pubblicato|Aggiornato)\b)/gu;
/** Nothing but a date's label before it ("Published:", "Updated", "Posted on"), or nothing at all. */
const DATE_LABEL_ONLY = /^[^\p{L}]*(?:(?:published|updated|posted|publicad[oa]|actualizad[oa]|publi[ée]e?|mis à jour|ver[öo]ffentlicht|aktualisiert|pubblicato|aggiornato)(?:\s+on|\s+el|\s+le|\s+am)?)?[^\p{L}\p{N}]*$/iu;
/** A date's time and zone after it, and the separators before the names ("9:21 PM ET |"); case-sensitive, so that "by" stays. */
const TIME_AFTER_DATE = /^[\s,]*(?:(?:at|a las|à|um|alle|às)\s+)?(?:\d{1,2}[:.h]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,5}\b)?)?[\s|·•,;–—-]*/u;
/**
 * A byline's names beside a date run into it, without the words that open the date: before the date ("Por Ana Ruiz 02 de
 * mayo de 2024", "By Jane Doe Published May 2, 2024"), or after it and its time when only the date's label comes before it
 * ("Published: June 5, 2013 9:21 PM By Jane Doe").
 */
export function namesBeforeDate(part: string): string {
  const date = findDate(part);
  if (!date) return part;
  const before = part.slice(0, date.start);
  if (!DATE_LABEL_ONLY.test(before)) return before.replace(GLUED_LEAD, ' ').replace(DATE_LEAD, '');
  return part.slice(date.end).replace(TIME_AFTER_DATE, '');
}

// A label word names the author only before a colon ("Autor: Ana Ruiz", "Texte : Jean Dupont"), the writer's too when
// the words and the pictures are one person's ("Texto y fotos: Ana Ruiz", "Words and pictures: Jane Doe"). The kind of
// piece before "de"/"by" credits its writer as "por" does ("Entrevista de Ana Ruiz", "Interview by Jane Doe", "Crónica de …").
export const BYLINE = /^(?:por|by|von|par|di|escrito por|redactad[oa] por|written by|reported by|posted by|(?:story|words|article|interview|report) by|(?:texto|entrevista|cr[oó]nica|reportaje) (?:de|por)|text by|(?:redacci[oó]n|autor(?:a|es)?|author|auteur|autore|texte|testo|texto|text)\s*:|(?:texto|text|words|story|report) (?:y|and|&) (?:fotos?|fotograf[ií]as?|im[aá]genes|photos?|photographs|pictures|images)\s*:)\s*:?\s+(.+)$/iu;
// Where a byline's names end: a separator, a date or time, "el"/"on" before a date, or "for"/"para" before a publication.
const BYLINE_NAME_END = /\s*(?:[|·•;/(–—]|\s-\s|\s(?:el|on|en|in|for|para|updated|actualizado|publicado|published)\s|\d{1,2}[:/.]\d|$)/iu;
// Names of several authors: "Ana Ruiz, Luis Gil y Marta Sanz", "Von A, B und C, NDR".
const CONJUNCTION = /\s+(?:y|e|and|und|et)\s+/u;
const LIST_SEPARATOR = /\s*,\s*|\s+(?:y|e|and|und|et)\s+/u;
// A name and then when it was published, with no "por"/"by": "Ana Ruiz | Publicado hace 3 horas"; the place it was filed
// from or the publication may come between ("Laura Martín Ordóñez | Madrid | 3 dic 2026 - 13:45 CET", "Jane Doe | The
// Daily Courier | March 3, 2026"), a few capitalised words. The date opens with its day, its month's name or its label.
const NAME_THEN_TIME = new RegExp(
  `^([^|·•]+?)\\s*[|·•]\\s*(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:de|del|la|las|los|el|\\p{Lu}[\\p{L}.'’-]*)){0,3}\\s*[|·•]\\s*)?(?:publicad[oa]|actualizad[oa]|published|updated|posted|hace\\s|\\d|(?:${Object.keys(MONTH_NUMBERS).join('|')})\\.?\\s+\\d)`,
  'iu',
);
const MAX_BYLINE_WORDS = 14;
/** The most words of a byline that is names then its dates, the publication's and an update's, with their times. */
const MAX_DATED_BYLINE_WORDS = 2 * MAX_BYLINE_WORDS;

// An acronym: capitals only, so a one-word name in title case ("Luis", "Cher") is none.
const ACRONYM = /^\p{Lu}{2,6}$/u;
// A news agency's name: the word itself, in the languages read ("Agencia Reuters", "Agence France-Presse", "Deutsche Presse-Agentur").
const AGENCY_WORD = /(?:^|[^\p{L}])(?:agencia|agency|agence|agentur|agenzia|ag[êe]ncia)(?![\p{L}])|presse-agentur/iu;

/**
 * Whether a credit names a news agency: an acronym ("EFE", "AFP", "JIJI") or a name with the word agency ("Agencia
 * Reuters"). The reference sets of peer projects credit an agency as the author when no person signs ("Agencia EFE",
 * "FR mit dpa", "JIJI" in trafilatura's).
 */
export function isAgencyCredit(credit: string): boolean {
  return ACRONYM.test(credit) || AGENCY_WORD.test(credit);
}

// A word that names a news organisation, in any case ("The Daily Post", "AGENCIA EFE").
const ORGANIZATION_WORD = /(?:^|[^\p{L}])(?:press|news|agency|agencia|agence|agentur|agenzia|noticias|not[íi]cias|nachrichten|times|post|journal|diario|peri[óo]dico|semanario|weekly|radio|tv|televisi[óo]n|media|magazine|revista|daily|herald|heraldo|tribune|gazette|gaceta|prensa|cr[óo]nica|chronicle|correo|courier|observador|observer|informador|centinela|sentinel|ledger|examiner|telegraph|dispatch|inquirer|bolet[íi]n|bulletin|reuters|bloomberg|hoy|today|noticiero|informativo)(?![\p{L}])/iu;

/**
 * Whether a name a byline gives beside its author is an organisation ("Jane Doe, Associated Press", "Stephen Collinson,
 * CNN"): an acronym in capitals, or a name with a word that names a news organisation. Taken only when no person is
 * named beside it.
 */
export function isOrganization(name: string): boolean {
  return ACRONYM.test(name) || ORGANIZATION_WORD.test(name) || BROADCASTER.test(name);
}

/**
 * A broadcaster's or a network's name: an acronym of three to five capitals, then a word in title case ("BBC Sport", "ITV
 * Wales", "RPP Noticias", "CNN Chile"). A person's name in capitals ("ANA RUIZ") has no word in lower case.
 */
const BROADCASTER = /^\p{Lu}{3,5}(?:\s+\p{Lu}\p{Ll}[\p{Ll}'’-]*)+$/u;

/**
 * The word a newsroom's desk signs with when no person signs by name ("Redacción EC", "Staff Reports", "Newsroom"). Its
 * group is a word the newsroom's name follows ("Redacción LR", "Rédaction Sud"); English names its desk before the word
 * ("TMZ Staff"), and "Staff …", "Newsroom …" open menus' links as often ("Staff Picks").
 */
const DESK = /^(?:(redacci[oó]n|redaktion|r[eé]daction|redazione|reda[cç][aã]o)|newsroom|staff|(?:equipo|mesa|sala|consejo) de redacci[oó]n)(?!\p{L})\s*/iu;
/** What follows a desk's word when it names whose desk it is ("LR", "Diario del Sur", "de El Comercio"), not what kind ("Web"). */
const DESK_NAME = /^(?:(?:de|del|der|di|da|do)\s+)?(?!(?:Web|Digital|Online|General|Central)(?!\p{L}))\p{Lu}/u;

/** Whether a credit is a newsroom's desk (see DESK) and names whose it is ("Redacción LR"); null when it is no desk's. */
function deskNamed(credit: string): boolean | null {
  const desk = DESK.exec(credit);
  return desk ? desk[1] !== undefined && DESK_NAME.test(credit.slice(desk[0].length)) : null;
}

/**
 * The name a desk's credit gives after its word ("LR" of "Redacción LR", "Diario del Sur", "Judicial" of "Redacción Judicial
 * con información de EFE": the name ends at a word in lower case that joins no name); null when the credit is no desk's
 * or names none (see deskNamed).
 */
export function deskName(credit: string): string | null {
  const desk = DESK.exec(credit);
  if (!desk || !deskNamed(credit)) return null;
  const words = credit.slice(desk[0].length).split(/\s+/u);
  const end = words.findIndex((word, at) => at > 0 && !/^\p{Lu}/u.test(word) && !NAME_PARTICLES.has(word));
  return words.slice(0, end === -1 ? words.length : end).join(' ');
}

/** The most words of a desk's credit ("Redacción Castilla y León", "Equipo de Redacción Deportes"). */
const MAX_DESK_WORDS = 6;

/**
 * The desk a metadata line credits, as printed: a line or a byline's part that is a newsroom desk's credit (DESK), named
 * or not ("Redacción", "Redacción Deportes", "Por Redacción | 3 de marzo de 2026", "Ágora Press | Redacción Castilla y
 * León | Salamanca, 21 de enero", "Staff | March 3, 2026"); null when no part is one. No person signs such a story, and a
 * journalist reading /sources expects the desk that signed it rather than nothing (newcomers 30 and 31 counted the desk
 * right; docs/EVALUATION.md, pages57): it is the author when nothing names a person.
 */
export function deskCredit(line: string): string | null {
  for (const printed of line.split(BYLINE_PARTS)) {
    const labelled = BYLINE.exec(printed.trim());
    const part = (labelled?.[1] ?? printed).trim();
    const desk = DESK.exec(part);
    // A publishing system's account is no desk ("Redacción web", "Redacción digital": see DESK_NAME).
    if (!desk || /^(?:web|digital|online|general|central)(?!\p{L})/iu.test(part.slice(desk[0].length))) continue;
    // English menus open links with the same words ("Staff Picks", "Newsroom Archive"): alone, or after "By", they sign.
    if (desk[1] === undefined && !/^(?:equipo|mesa|sala|consejo)/iu.test(part) && !labelled && part.length > desk[0].trimEnd().length) continue;
    // The desk's name ends where its words do ("Redacción Nacional con información de EFE" → "Redacción Nacional").
    const words = part.split(/\s+/u);
    const end = words.findIndex((word, at) => at > 0 && !/^\p{Lu}/u.test(word) && !NAME_PARTICLES.has(word));
    const credit = words.slice(0, end === -1 ? words.length : end).join(' ');
    if (isName(credit, MAX_DESK_WORDS)) return credit;
  }
  return null;
}

/**
 * Whether a would-be author is a desk naming no newsroom ("Newsroom", "Staff Reports", "Equipo de Redacción"). A desk that
 * names its newsroom ("Redacción LR", "Redacción Diario del Sur", as "TMZ Staff") is the credit the outlet printed, which a
 * reader of /sources expects as they expect a byline (docs/EVALUATION.md, pages46), and is no placeholder.
 */
export function isUnnamedDesk(name: string): boolean {
  return deskNamed(name) === false;
}

/**
 * The author or authors named by a byline ("Por Editor3", "By Jane Doe | Aug. 15, 2023", "Von Ana
 * Ruiz, Luis Gil und Marta Sanz", "Ana Ruiz | Publicado hace 3 horas"), several joined by ", "; or null. `words` is
 * the line's `wordCount`, when the caller has it.
 */
export function readByline(printed: string, words = wordCount(printed)): string | null {
  if (words > MAX_BYLINE_WORDS && !(words <= MAX_DATED_BYLINE_WORDS && (isNamesThenDates(BYLINE.exec(printed)?.[1] ?? '') || hasFieldParts(printed)))) return null;
  const line = fromByline(printed);
  const timed = NAME_THEN_TIME.exec(line)?.[1]?.trim();
  // Unlabelled, a person signs with a given name and a surname: one word before the date is the place ("Cochabamba | 3 de marzo").
  // A publication's name there is its masthead ("Diario del Sur · Temuco · 3 de marzo"), unless it is an agency's credit.
  if (timed && !BYLINE.test(line)) return isName(timed) && !(isPublicationName(timed) && !isAgencyCredit(timed)) && (wordCount(timed) > 1 || isAgencyCredit(timed)) ? timed : null;
  // A desk's credit is read whole, as printed ("Redacción LR | 3 de mayo"); "Redacción:" with a colon labels a writer.
  const [credit = '', ...others] = line.split(BYLINE_PARTS).map((part) => part.trim());
  // A person named after the desk signs the story ("Redacción de Deportes - Marcela Quiroga Funes").
  const signed = others.find((part) => wordCount(part) > 1 && isName(part) && !isOrganization(part) && deskNamed(part) === null);
  if (deskNamed(credit) && isName(credit)) return signed ?? credit;
  const labelledRest = BYLINE.exec(line)?.[1];
  if (!labelledRest) return nameBeforeRole(line);
  // A reporter's beat before the name ("By senior health correspondent Liam Tovey"): the name opens at the first capital.
  const rest = withoutFiledFrom(labelledRest.replace(BEAT_BEFORE_NAME, ''));
  // A line that ends like a sentence is a byline only when it is nothing but names ("Por Ana Ruiz."), or names and then a
  // date ("by Jane Doe at July 18, 2013 12:12 pm. Updated at …"); "Por Kim Jong Un, el líder norcoreano, fue recibido." is a sentence.
  const sentence = endsLikeSentence(line) && !isNamesThenDates(rest);
  // The names end at a date run into them ("Par Jean Dupont le 12 mai 2024", "Por Ana Ruiz 2 de mayo de 2024").
  const named = sentence ? rest : namesBeforeDate(rest);
  const names = sentence ? rest.replace(SENTENCE_STOP, '') : named.slice(0, BYLINE_NAME_END.exec(named)?.index ?? named.length).trim();
  // Without a conjunction, a name after a comma is an agency or a place ("By Jane Doe, Reuters"), not another author.
  const list = sentence || CONJUNCTION.test(names) ? names.split(LIST_SEPARATOR) : [names.split(',')[0] ?? ''];
  const authors = list.map((name) => withoutEmployer(name.trim())).filter(Boolean);
  if (authors.length === 0 || !authors.every((name) => isName(name))) return null;
  // Beside people, an organisation in the list is their employer ("Von Ana Ruiz und Luis Gil, NDR"), as in declared bylines.
  const people = authors.filter((name) => !isOrganization(name));
  return (people.length ? people : authors).join(', ');
}

/**
 * Where a writer filed from, printed after their name: "in"/"en" and a place's capitalised words ("in London", "en San
 * Pedro de Atacama"), up to the next name of a list or the line's end. A month there is a date's ("in March 2025").
 */
const FILED_FROM = /\s+(?:in|en)\s+(\p{Lu}[\p{L}'’.-]*)(?:\s+(?:de|del|la|las|los|el|\p{Lu}[\p{L}'’.-]*)){0,4}(?=\s*,\s*|\s+(?:y|e|and|und|et)\s+|\s*$)/gu;

/** A byline's names without where each writer filed from ("Ana Ruiz en Lima y Luis Gil en Quito" → "Ana Ruiz y Luis Gil"). */
function withoutFiledFrom(names: string): string {
  return names.replace(FILED_FROM, (place, first: string) => (MONTH_NUMBERS[first.toLowerCase().replace(/\.$/u, '')] === undefined ? '' : place));
}

/**
 * The writers of a line that gives two or more, unlabelled, each with where they filed from, as a business paper signs a
 * story from several cities ("Harriet Lowe in London and Jonas Keller in Frankfurt", "Ana Ruiz en Lima y Luis Gil en
 * Quito"): each a name of two words at least and no organisation's; null for any other line. The shape alone does not
 * tell it from a headline in title case ("Heavy Rain in Spain and Strong Winds in France"): the caller reads it only
 * where a signature stands, and checks the names as any signature's (clean.ts withNamesOverDates, readNameAlone).
 */
export function namesFiledFrom(line: string): string[] | null {
  const parts = line.split(LIST_SEPARATOR);
  if (parts.length < 2) return null;
  const names = parts.map((part) => {
    const name = withoutFiledFrom(part.trim());
    return name !== part.trim() && wordCount(name) > 1 && isName(name) && !isOrganization(name) ? name : null;
  });
  return names.every((name) => name !== null) ? (names as string[]) : null;
}

/**
 * A word that names the writer's job in a role printed after a byline's name ("corresponsal en Tarija", "enviada especial",
 * "Northern Affairs Correspondent", "staff writer"), in Spanish, English and Portuguese.
 */
const WRITER_ROLE =
  /(?<!\p{L})(?:corresponsal|enviad[oa]|periodista|reporter[oa]?|redactor(?:a)?|colaborador(?:a)?|columnista|cronista|fot[oó]grafo|fot[oó]grafa|correspondent|reporter|writer|columnist|contributor|journalist|editor(?:a)?|rep[oó]rter|jornalista)(?!\p{L})/iu;
/** A name, then a comma and what follows it to the line's end. */
const NAME_THEN_ROLE = /^([^,|·•]+?)\s*,\s*([^,|·•]+?)\.?$/u;
/** A writer's role runs to a few words. */
const MAX_ROLE_WORDS = 6;

/**
 * The writer a line names with no "Por"/"By", their role after a comma ("Ana Ruiz, corresponsal en Tarija", "Jane Doe,
 * Northern Affairs Correspondent"): a name of two words or more, no organisation's, and a role of a few words naming a
 * writer's job (WRITER_ROLE); null for any other line.
 */
function nameBeforeRole(printed: string): string | null {
  // An author box may close with the date ("Priya Nair Staff Writer March 3, 2026"), on a line that is no prose (readDateLine):
  // the name and role are before it.
  const date = findDate(printed);
  const line = date && DATE_TAIL.test(printed.slice(date.end)) && readDateLine(printed) !== null ? printed.slice(0, date.start).replace(/[\s|·•,;–—-]+$/u, '') : printed;
  const [, name = '', role = ''] = NAME_THEN_ROLE.exec(line) ?? [];
  if (!name) return nameRunIntoRole(line);
  return isName(name) && wordCount(name) > 1 && !isOrganization(name) && isWriterRole(role) ? name : null;
}

/** What may follow a date closing an author box: its time, nothing else. */
const DATE_TAIL = /^[\s,]*(?:\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?\s?[mM]\.?)?)?\s*$/u;

/** A person's name runs to this many words at most, particles aside: a signature's too. */
export const MAX_SIGNATURE_WORDS = 5;

/**
 * The writer a line names when the role follows the name with no comma, as a page's author box prints them in two elements
 * and its text runs them together ("Jorge Albiol Peris Redactor de Economía", "Priya Nair Political correspondent"): the
 * role opens at its job's word (WRITER_ROLE), or at the capitalised word before it when the words between are in lower
 * case (a role in sentence case: "Political correspondent", "Chief political correspondent"); the name before it is of two
 * to MAX_SIGNATURE_WORDS capitalised words and no organisation's. Null for any other line.
 */
export function nameRunIntoRole(line: string): string | null {
  const words = line.trim().split(/\s+/u);
  const job = words.findIndex((word) => WRITER_ROLE.test(word));
  if (job < 2) return null;
  let start = job;
  if (/^\p{Ll}/u.test(words[job]!)) while (start > 0 && /^\p{Ll}/u.test(words[start - 1]!)) start--;
  if (start < job || /^\p{Ll}/u.test(words[job]!)) start = Math.max(0, start - 1);
  // A role in title case keeps its rank and beat, which no surname is ("Priya Nair Education Reporter", "… Senior Staff Writer").
  else while (start > 2 && BEAT_WORD.test(words[start - 1]!)) start--;
  const name = words.slice(0, start).join(' ');
  const role = words.slice(start).join(' ');
  return start >= 2 && start <= MAX_SIGNATURE_WORDS && isName(name) && !isOrganization(name) && isWriterRole(role) && !/[.,;:!?]/u.test(line) ? name : null;
}

/** Whether a byline's part is the writer's role: a few words naming a writer's job (WRITER_ROLE: "corresponsal en Tarija", "Transport correspondent"). */
export function isWriterRole(part: string): boolean {
  return WRITER_ROLE.test(part) && wordCount(part) <= MAX_ROLE_WORDS;
}

/**
 * A rank or a beat that English prints before a writer's job, capitalised in a title-case role ("Senior", "Staff",
 * "Education", "Political", "Investigative"): the field's words, never a surname's.
 */
const BEAT_WORD =
  /^(?:senior|junior|chief|staff|deputy|associate|assistant|managing|executive|contributing|special|freelance|investigative|political|politics|education|health|science|business|economics|economy|finance|financial|sports?|crime|courts?|legal|foreign|world|national|local|city|metro|transport|transportation|environment|environmental|climate|energy|technology|tech|culture|arts|food|travel|data|digital|features|news|breaking|weather|opinion|general|assignment|white|house|county|state|statehouse|regional|community)$/iu;

/** Lower-case words of a reporter's beat or trade before the name a byline gives ("senior health correspondent", "enviada especial"). */
const BEAT_BEFORE_NAME = /^(?:(?!(?:de|del|la|las|los|van|von|da|di|du|le|el|al|bin)\s)\p{Ll}[\p{L}-]*\s+){1,4}(?=\p{Lu})/u;

/** A name opening with an article ("La Voz del Somontano", "El Diario", "The Courier"): a publication's, no person's. */
const MASTHEAD_ARTICLE = /^(?:El|La|Los|Las|The|Le|Les|Il|Lo|Der|Die|Das|O|Os|EL|LA|LOS|LAS|THE|LE|LES|IL|LO|DER|DIE|DAS|OS)\s+\p{Lu}/u;

/**
 * The publication a masthead line names, with no "Por"/"By": a name opening with an article (MASTHEAD_ARTICLE), where a
 * byline would name a person, before its place and date ("La Voz del Somontano · Barbastro · 8 de septiembre de 2026"),
 * or a publication's name before a dash and its dateline (see nameBeforeDateParts: "Diario La Cordillera — Villa Tarapaya, 27 de octubre")
 * or, when `alone` (the first line above the story), on a line of its own ("EL HERALDO DEL VALLE"), before its
 * section's name (see isMastheadLine: "Diario Austral — Deportes") or after it, closing a breadcrumb ("Deportes | El
 * Heraldo del Valle"). Null for any other line.
 */
export function readMastheadOutlet(printed: string, alone = false): string | null {
  if (wordCount(printed) > MAX_BYLINE_WORDS || BYLINE.test(printed)) return null;
  const dated = nameBeforeDateParts(printed);
  if (dated) return dated;
  const placed = PUBLICATION_THEN_PLACE.exec(printed);
  if (placed && isOrganization(placed[1]!) && isName(placed[1]!) && isName(placed[2]!)) return placed[1]!;
  const timed = NAME_THEN_TIME.exec(printed)?.[1]?.trim();
  if (!timed && alone && isMastheadLine(printed)) return withoutPlace(printed.split(SECTION_PARTS)[0]!.trim());
  if (!timed && alone) {
    // A kicker that prints its section before the publication ("Politics | The Fernhill Gazette", "Sociedad · Diario del Valle").
    const last = printed.split(SECTION_PARTS).at(-1)!.trim();
    if (isSectionPath(printed) && isNewspaperName(last) && !MEDIUM_ALONE.test(last)) return last;
  }
  const name = timed ?? (alone ? printed.trim() : null);
  return name && MASTHEAD_ARTICLE.test(name) && isName(name) ? name : null;
}

/** A publication's name, then after a comma the place it is printed in ("Diario El Faro, Mérida", "Semanario La Llanura, Santa Cruz"). */
const PUBLICATION_THEN_PLACE = /^([^,]+),\s*([^,]+)$/u;
/** A place in brackets after a publication's name ("El Vigía (Paysandú)", "Diario Centinela (Maracaibo)"). */
const BRACKETED_PLACE = /\s*\(([^()]{2,40})\)$/u;

/** A publication's name without the place bracketed after it ("El Vigía (Paysandú)" → "El Vigía"); any other text as it is. */
export function withoutPlace(name: string): string {
  const place = BRACKETED_PLACE.exec(name);
  return place && isName(place[1]!) && isName(name.slice(0, place.index)) ? name.slice(0, place.index) : name;
}

/**
 * The name a line prints before its date in parts after a dash ("Diario La Cordillera — Villa Tarapaya, 27 de octubre de
 * 2026", "The Courier - March 3, 2024"): the first part, when every other part is a date line (a place before the date
 * too: readDateLine) and the name names a publication (MASTHEAD_ARTICLE, an organisation's word); else null.
 */
function nameBeforeDateParts(line: string): string | null {
  const [name = '', ...others] = line.split(BYLINE_PARTS).map((part) => part.trim());
  return others.length > 0 && others.every((part) => readDateLine(part) !== null) && isPublicationName(name) ? name : null;
}

/**
 * Whether a name is a newspaper's or a broadcaster's by its words: it opens with an article (MASTHEAD_ARTICLE: "El Vigía",
 * "The Hill") or holds a news organisation's word (ORGANIZATION_WORD: "Radio Mitre", "Wessex Courier"). An acronym alone
 * ("NASA", "ONU") names any body.
 */
export function isNewspaperName(name: string): boolean {
  return isName(name) && (MASTHEAD_ARTICLE.test(name) || ORGANIZATION_WORD.test(name));
}

/** Whether a name is a publication's: it opens with an article (MASTHEAD_ARTICLE) or names a news organisation (isOrganization). */
export function isPublicationName(name: string): boolean {
  return isName(name) && (MASTHEAD_ARTICLE.test(name) || isOrganization(name));
}

/**
 * Whether a line is a publication's name, then its section's after a bar, a dot, a dash or an arrow ("Diario Austral — Deportes",
 * "La Gaceta | Economía y Empleo", "El Heraldo > Deportes") or its motto (isTagline: "Noticias de Cuenca · Periodismo sin
 * filtro"): the name opens with an article or names a news organisation (ORGANIZATION_WORD, an acronym; a medium's word alone,
 * MEDIUM_ALONE, names a section), and each part
 * after it is a name of at most MAX_LABEL_WORDS words without digits, or the one part is a motto. A person's name before the
 * dash ("Ana Ruiz — Deportes") is a byline's, not a masthead's.
 */
export function isMastheadLine(line: string): boolean {
  const [printed = '', ...sections] = line.split(SECTION_PARTS).map((part) => part.trim());
  const name = withoutPlace(printed);
  return (
    sections.length > 0 &&
    isName(name) &&
    !MEDIUM_ALONE.test(name) &&
    (MASTHEAD_ARTICLE.test(name) || isOrganization(name)) &&
    (sections.every((section) => isName(section, MAX_LABEL_WORDS) && !/\d/u.test(section)) || (sections.length === 1 && isTagline(sections[0]!)))
  );
}

/**
 * A kind of medium named alone, a site's section rather than a publication ("Noticias » Provincia", "News > World",
 * "Radio | Programas"): a publication's name says which one ("Noticias de Cuenca", "Radio Cumbre").
 */
const MEDIUM_ALONE = /^(?:noticias|not[íi]cias|news|nachrichten|press|prensa|radio|tv|televisi[óo]n|media|medios|diario|peri[óo]dico|revista|magazine|video|v[íi]deo|podcast)$/iu;

/** The most words of a publication's motto printed beside its name ("Periodismo sin filtro", "All the news that's fit to print"). */
const MAX_TAGLINE_WORDS = 8;

/** A motto: a short capitalised phrase (mottoShaped), what a masthead or a footer prints after the name. */
function isTagline(part: string): boolean {
  return mottoShaped(part) && /^\p{Lu}/u.test(part);
}

/** A phrase of a motto's length, not a sentence (no full stop), no date, no digits, no byline, whatever its case. */
function mottoShaped(part: string): boolean {
  const words = wordCount(part);
  return words >= 2 && words <= MAX_TAGLINE_WORDS && !/[\d.:;!?]/u.test(part) && !BYLINE.test(part);
}

/**
 * Words of a motto that speak of news or of the paper itself ("Noticias sin filtro", "Local news that matters",
 * "Periodismo independiente", "El diario de los hinchas", "The weekly of the valley").
 */
const NEWS_MOTTO = /(?:^|[^\p{L}])(?:noticias?|not[íi]cias|news|periodismo|journalism|informaci[oó]n|information|reporting|actualidad|reportajes|diario|peri[óo]dico|semanario|revista|newspaper|paper|weekly|magazine)(?![\p{L}])/iu;
/** The most words of a publication's name before its motto in a footer. */
const MAX_FOOTER_NAME_WORDS = 5;

/**
 * The publication a footer line names: a masthead with its section or motto (isMastheadLine), or any name before a motto
 * that speaks of news (NEWS_MOTTO), whatever its case ("Serrana Hoy — noticias sin filtro", "The Fenwick Lantern · Local
 * news that matters"): a publication's motto tells what the name is when the name has no newspaper's word. A writer's
 * role after a name ("Ana Ruiz · Editora de noticias") is a signature's. Null for any other line.
 */
export function readFooterOutlet(line: string): string | null {
  if (isMastheadLine(line)) return readMastheadOutlet(line, true);
  const parts = line.split(SECTION_PARTS).map((part) => part.trim());
  if (parts.length !== 2) return null;
  const [name, motto] = parts as [string, string];
  const isMotto = mottoShaped(motto) && NEWS_MOTTO.test(motto) && !isWriterRole(motto);
  return isMotto && isName(name, MAX_FOOTER_NAME_WORDS) && !/\d/u.test(name) && !BYLINE.test(name) ? name : null;
}

/** What separates a masthead's or a breadcrumb's parts: a byline's separators (BYLINE_PARTS) and a path's arrows ("El Faro > Deportes"). */
const SECTION_PARTS = /\s+[|·•—–>»›\/-]\s+/u;
/** The most words of one part of a breadcrumb ("Economía y Empleo", "Sucesos | Tribunales"). */
const MAX_SECTION_WORDS = 4;

/**
 * Whether a line is a breadcrumb or a section's path, as pages print it above the headline and text copies keep it:
 * two to four names of at most MAX_SECTION_WORDS words and no digits between bars, arrows or dots ("Economía | Empresas",
 * "Cultura > Libros", "Inicio » Mundo » Asia", "OUTLET · Nacionales"). A headline is a sentence in sentence case; with a
 * site's name after a bar ("Cierra la planta | El Eco") its first part is no name.
 */
export function isSectionPath(line: string): boolean {
  const parts = line.split(SECTION_PARTS).map((part) => part.trim());
  return parts.length >= 2 && parts.length <= 4 && parts.every((part) => isName(part, MAX_SECTION_WORDS) && !/\d/u.test(part));
}

/**
 * A byline's name without the organisation printed after it ("DANIEL OKAFOR Associated Press" → "DANIEL OKAFOR"): the
 * shortest tail of two or more capitalised words naming a news organisation (ORGANIZATION_WORD) after a name of two
 * or more words. "Mary Ann Post" (one word after) and "The Daily Post" (an organisation's whole name) stay.
 */
function withoutEmployer(name: string): string {
  const words = name.split(/\s+/u);
  // The shortest such tail, grown over an article or agency word opening it ("The Daily Post", "Agencia EFE").
  for (let at = words.length - 2; at >= 2; at--) {
    const employer = words.slice(at);
    if (EMPLOYER_OPENING.test(words[at - 1] ?? '')) continue;
    if (employer.every((word) => /^\p{Lu}/u.test(word)) && ORGANIZATION_WORD.test(employer.join(' ')) && !ORGANIZATION_WORD.test(words.slice(0, at).join(' '))) return words.slice(0, at).join(' ');
  }
  return name;
}

/** The full stop closing a byline written as a sentence, not one closing an initial or "Jr." ("Por Ana Ruiz R."). */
const SENTENCE_STOP = /(?<!(?:^|[\s.-])(?:\p{Lu}|[JS]r))\.$/u;

/** A word that opens an organisation's name, not a person's last ("The Daily Post", "Agencia EFE"). */
const EMPLOYER_OPENING = /^(?:the|el|la|los|las|le|les|il|der|die|das|agencia|agence|agentur|agenzia|ag[êe]ncia)$/iu;

/**
 * Whether a byline's text after its label is names, then date lines only ("Jane Doe at July 18, 2013 12:12 pm. Updated at
 * July 18, 2013 12:21 pm."), so that its closing stop or its length do not make it a sentence.
 */
function isNamesThenDates(rest: string): boolean {
  const date = findDate(rest);
  const named = namesBeforeDate(rest).trim();
  if (!date || !named || !rest.startsWith(named) || !named.split(LIST_SEPARATOR).every((name) => isName(name))) return false;
  const dates = rest.slice(named.length).split(/(?<=\.)\s+/u).map((part) => part.trim().replace(/\.$/u, ''));
  return dates.every((part) => readDateLine(part) !== null);
}

/**
 * Whether a byline line's length is its fields': its first part within a byline's length, and every part after it a name
 * (an outlet, a place) or a date line ("Entrevista de Ana Ruiz Ocaña | Diario del Sur | Quito, 9 de noviembre de 2025"
 * runs over MAX_BYLINE_WORDS with its outlet and dateline). A sentence with dashes has a part that is neither.
 */
function hasFieldParts(line: string): boolean {
  const [first = '', ...others] = line.split(BYLINE_PARTS).map((part) => part.trim());
  return others.length > 0 && wordCount(first) <= MAX_BYLINE_WORDS && others.every((part) => isName(part) || readDateLine(part) !== null);
}

const FOUR_DIGIT_YEAR = /\d{4}/u;
/**
 * A byline's parts, as a byline line separates them: a bar, a dot or a dash between spaces ("Por Ana Ruiz | Diario del Sur |
 * 12 de marzo de 2025", "Por Ana Ruiz — Diario del Sur — 12 de marzo", "Redacción Política - Diario del Sur"). A hyphen
 * inside a name has no spaces ("Ruiz-Gil").
 */
const BYLINE_PARTS = /\s+[|·•—–-]\s+/u;
/** The most words of a section's label printed before a byline on its line ("Ciclismo | Por: Juan Diego"). */
const MAX_LABEL_WORDS = 3;

/**
 * The line from its byline's part on: templates print the story's section before the byline, on one line
 * ("Ciclismo | Por: Juan Diego | Actualizado el: 19 abril 2022", "Opinión · By Jane Doe"). Parts of at most
 * MAX_LABEL_WORDS words before a part opening as a byline are that label; otherwise the line is returned whole.
 */
function fromByline(line: string): string {
  if (BYLINE.test(line)) return line;
  const parts = line.split(BYLINE_PARTS);
  const at = parts.findIndex((part) => BYLINE.test(part));
  if (at < 1 || parts.slice(0, at).some((part) => wordCount(part) > MAX_LABEL_WORDS || endsLikeSentence(part))) return line;
  return line.slice(line.indexOf(parts[at]!, parts.slice(0, at).join(' ').length));
}

/**
 * The outlet a byline or a desk's credit names beside its author, in a part of its own: "Por Ana Ruiz | Diario del Sur |
 * 12 de marzo de 2025" → "Diario del Sur", "Por Ana Ruiz — El Heraldo Caribe, 18 de octubre de 2026" → "El Heraldo
 * Caribe"; else the publication a desk is named for ("Redacción La Voz del Mantaro | Huancané Grande, 3 de noviembre");
 * null when it names none.
 */
export function readBylineOutlet(line: string): string | null {
  // A desk's credit names its section before the outlet's part ("Redacción Política - Diario del Sur"): a byline too.
  const desk = deskNamed(line.split(BYLINE_PARTS)[0] ?? '') === true;
  if (!desk && !readByline(line)) return null;
  const printed = fromByline(line);
  const [, ...others] = printed.split(BYLINE_PARTS);
  // Without "Por"/"By", a name between the author and the time is where the story was filed ("Ana Ruiz | Madrid | 3 dic
  // 2026"), unless it names a news organisation.
  const labelled = desk || BYLINE.test(printed);
  // After "Por"/"By" too a place is never the outlet ("Por Ana Ruiz | Puerto Montt | 3 dic 2026"): the part must name a publication.
  const named = others.map((part) => withoutPlace(part.trim())).find((part) => !FOUR_DIGIT_YEAR.test(part) && isName(part) && (labelled ? isPublicationName(part) : isOrganization(part)));
  // A publication's dateline in one part ("Por Ana Ruiz — El Heraldo Caribe, 18 de octubre de 2026"); a desk named for its paper ("Redacción La Voz del Mantaro").
  const dated = others.map((part) => PART_BEFORE_DATE.exec(part.trim())).find((match) => match && readDateLine(match[2]!) !== null && isPublicationName(match[1]!))?.[1];
  const deskPaper = desk ? deskName(line.split(BYLINE_PARTS)[0]!.trim()) : null;
  // The paper a desk is named for, before a part that may be where it filed from ("Redacción Diario del Sur · Temuco · …").
  if (deskPaper && isPublicationName(deskPaper)) return deskPaper;
  const names = BYLINE.exec(printed)?.[1];
  return named ?? (labelled ? nameBeforeFiledFrom(others) : null) ?? dated ?? (names ? publicationAfterNames(names.split(BYLINE_PARTS)[0]!) : null);
}

/**
 * The name in a byline's part between its author's and a last part that is where the story was filed from and when
 * ("Entrevista de Ana Ruiz | Faro Norte | Ciudad Vieja, 9 de noviembre de 2025" → "Faro Norte"): the place has its part,
 * so the name beside it is the publication's, whether or not a newspaper's word names it ("Clarín", "Página/12"). Null
 * when the last part is no place and date, or no part before it is a name.
 */
function nameBeforeFiledFrom(parts: string[]): string | null {
  const filed = PART_BEFORE_DATE.exec(parts.at(-1)?.trim() ?? '');
  if (parts.length < 2 || !filed || readDateLine(filed[2]!) === null || !isName(filed[1]!.trim()) || isOrganization(filed[1]!.trim())) return null;
  return parts.slice(0, -1).map((part) => withoutPlace(part.trim())).find((part) => isName(part.replace(/\s*\/\s*/gu, ' ')) && readDateLine(part) === null && DESK.exec(part) === null) ?? null;
}

/** What separates a byline's names from the publication they write for: a comma, a slash, "for"/"para" (see publicationAfterNames). */
const AFTER_NAMES = /\s*,\s*(?:(?:for|para)\s+)?|\s+\/\s+|\s+(?:for|para)\s+/iu;
/** A trade or a role before the publication it is held at ("enviada especial de Diario El Sol", "Staff Writer at The Courier"). */
const HELD_AT = /^.*?\s(?:de|del|of|at|en|in)\s+(?=\p{Lu})/u;

/**
 * The publication a byline's names are followed by within their part: after a comma, a slash or "for"/"para" ("Jane Doe,
 * The Daily Courier", "María Ruiz / Agencia Andina", "Tom Li for the Harbour Gazette", "María Ruiz, enviada especial de
 * Diario El Sol"); a place, a trade or a beat there ("Chicago", "Staff Writer", "corresponsal en Lima") names none. The
 * names' own part only: other parts are read by readBylineOutlet.
 */
function publicationAfterNames(names: string): string | null {
  const [first = '', ...pieces] = names.split(AFTER_NAMES);
  for (const piece of pieces) {
    const name = withoutArticle(piece.trim()).replace(/\.$/u, '');
    for (const candidate of [name, name.replace(HELD_AT, '')]) if (isPublicationName(candidate)) return candidate;
  }
  // Run into the name with no mark between, as a wire's own bylines print it ("By JANE DOE Associated Press"): the
  // employer withoutEmployer tells from the name.
  const person = withoutEmployer(first.trim());
  const employer = withoutArticle(first.trim().slice(person.length).trim());
  return employer && isPublicationName(employer) ? employer : null;
}

/** A name without the article opening it ("the Harbour Gazette" → "Harbour Gazette"). */
function withoutArticle(name: string): string {
  return name.replace(/^(?:the|el|la|los|las)\s+(?=\p{Lu})/u, '');
}

/** A part of a byline that is a name, a comma and what follows it (a date): "El Heraldo Caribe, 18 de octubre de 2026". */
const PART_BEFORE_DATE = /^([^,]+),\s*(.+)$/u;

/**
 * The date a byline gives in a part of its own: "Por Ana Ruiz | Diario del Sur | 12 de marzo de 2025" →
 * "2025-03-12". Author, outlet and date together run over a date line's length (MAX_DATE_LINE_WORDS), so
 * the date is read from its part alone (numeric dates in `order`); null when no part is a date line read.
 */
export function readBylineDate(line: string, order: DateOrder = 'day-first'): string | null {
  if (!readByline(line)) return null;
  const [, ...others] = fromByline(line).split(BYLINE_PARTS);
  for (const part of others) {
    const date = readDateLine(part.trim(), order);
    if (date?.iso) return date.iso;
  }
  return null;
}

// Words that may surround a date on a dateline or a "published" line without making it prose.
const DATE_LINE_WORDS = new Set([
  'el', 'de', 'del', 'a', 'la', 'las', 'los', 'y', 'on', 'at', 'am', 'pm', 'h', 'hs', 'hrs', 'gmt', 'utc', 'cet', 'cest',
  'publicado', 'publicada', 'actualizado', 'actualizada', 'modificado', 'fecha', 'published', 'updated', 'posted', 'date', 'last',
  // A print edition's line: "Edición impresa — martes 3 de febrero de 2026", "Morning edition, Tuesday, March 3, 2026".
  'edición', 'edicion', 'impresa', 'digital', 'edition', 'print',
  // "Maracay, martes 1 de diciembre de 2026 — Última actualización": the label of the date before it.
  'última', 'ultima', 'actualización', 'actualizacion',
  ...WEEKDAY_NAMES.es, 'miércoles', 'sábado', // the names' accented spellings too: words are compared as written
  ...WEEKDAY_NAMES.en,
  // French, German, Portuguese and Italian: "Publié le 12 mai 2024 à 10h30", "Veröffentlicht am 12. Mai 2024 um 10:30 Uhr",
  // "Publicado em 12 de maio de 2024 às 10h", "Pubblicato il 12 maggio 2024 alle ore 10:30", with their weekdays.
  'le', 'à', 'publié', 'publiée', 'mis', 'jour', 'modifié', 'modifiée',
  'am', 'um', 'uhr', 'stand', 'veröffentlicht', 'aktualisiert', 'zuletzt',
  'em', 'às', 'atualizado', 'atualizada', 'feira',
  'il', 'alle', 'ore', 'pubblicato', 'pubblicata', 'aggiornato', 'aggiornata',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  'segunda', 'terça', 'quarta', 'quinta', 'sexta',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
]);
// The words that introduce a byline's names on a date line ('par', 'von' and 'di' in French, German and Italian).
const BY = new Set(['por', 'by', 'par', 'von', 'di']);
const MAX_DATE_LINE_WORDS = 12;
const MAX_DATE_LINE_CHARS = 160;
const TIME = /\b\d{1,2}[:.]\d{2}\b/g;
/** The half of the day after a time, as English and Spanish pages print it: "a.m.", "p. m.". */
const HALF_DAY = /(?<=\d\s?)[ap]\.\s?m\.?/giu;
/**
 * The time zone printed after a time ("10:00 a.m. EDT", "14:30 CEST", "10 AM ET", "10:45 (GMT-3)"): an
 * abbreviation in capitals ending in T (Time, as in EST, CEST, ART, BRT, JST) or UTC/GMT with an offset.
 * It belongs to the time, and is no outlet's or author's name.
 */
const TIME_ZONE = /(?<=\d[:.]\d{2}(?:[:.]\d{2})?\s?(?:[aApP]\.?\s?[mM]\.?\s?)?|\d\s?[aApP]\.?\s?[mM]\.?\s?)\(?(?:(?:UTC|GMT)(?:\s?[+−-]\s?\d{1,2}(?::?\d{2})?)?|[A-Z]{1,4}T)\)?(?!\p{L})/gu;
const DATE_LINE_SEPARATOR = /\s*(?:[|·•,;.–—]|\s[-/]\s)\s*/u;

/**
 * An embedded post's signature ("— Ana Ruiz (@anaruiz) January 7, 2020"): its date is the post's,
 * never the article's; the line stays in the text, where it tells whose the post is.
 */
const EMBED_SIGNATURE = /^[—–-]\s*[^()]{1,80}\(@\w+\)/u;

export interface DateLine {
  /** The date, ISO `YYYY-MM-DD`; null when it is numeric and the page's order does not tell which reading it is. */
  iso: string | null;
  /** An outlet named after the date ("agosto 15, 2023. Agencia Reuters"). */
  outlet: string | null;
  /** An author named with "por"/"by" ("Publicado el 12/04/2024 por Ana Vidal"). */
  author: string | null;
}

/**
 * A line that is mostly a date: "agosto 15, 2023. Agencia Reuters", "Publicado el 15/08/2023 por
 * Ana Vidal", "martes, 15 de agosto de 2023". A sentence that mentions a date ("Foto tomada el 14 de
 * agosto de 2023") is not one: its other words are prose. A name before the date is a place
 * ("Madrid, 15 de agosto de 2023"), not an outlet. A numeric date is read in `order` (see DateOrder): the line
 * is a date line whatever it reads as.
 */
export function readDateLine(printed: string, order: DateOrder = 'day-first'): DateLine | null {
  // "10:00 a.m.", "10:30 p. m.": the half of the day, whose letters are no words of prose.
  const line = withoutTimeMarks(printed);
  if (line.length > MAX_DATE_LINE_CHARS || wordCount(line) > MAX_DATE_LINE_WORDS || EMBED_SIGNATURE.test(line)) return null;
  const date = findDate(line);
  if (!date) return null;
  const before = line.slice(0, date.start);
  // Where a labelled date was published, after it ("Publicado el 5 de marzo de 2026 en Sociedad", "Published March 5 in Local News").
  const placedIn = PUBLISHED_LABEL.test(before) ? PUBLISHED_WHERE.exec(line.slice(date.end)) : null;
  // A section's name may hold a newspaper's word ("Local News"): only a name with an article is taken for the publication's.
  const publishedIn = placedIn?.[1] && MASTHEAD_ARTICLE.test(placedIn[1]) && isPublicationName(placedIn[1]) ? placedIn[1] : null;
  // A button's label after the date ("January 19, 2017 / Leave a comment", "2 de mayo de 2024 | 3 comentarios") is no prose.
  const after = line
    .slice(date.end, placedIn ? date.end + placedIn.index : undefined)
    .replace(DAY_OF_MONTH, ' ')
    .split(DATE_LINE_SEPARATOR)
    .filter((part) => !isInterfaceLabel(part))
    .join(' | ');
  const isProse = (word: string) => /^\p{Ll}/u.test(word) && !isDateLineWord(word);
  if ([...before.matchAll(WORD), ...after.matchAll(WORD)].some(([word]) => isProse(word))) return null;

  const namesAfter = namesBeside(after);
  return {
    iso: readIn(date, order),
    outlet: publishedIn ?? namesAfter.find((name) => !name.byline)?.text ?? null,
    author: [...namesBeside(before), ...namesAfter].find((name) => name.byline)?.text ?? null,
  };
}

/** A label opening a line that says when the story was published ("Publicado el", "Published", "Posted on"). */
const PUBLISHED_LABEL = /^[^\p{L}]*(?:publicad[oa]|published|posted)(?![\p{L}])/iu;
/**
 * Where such a line says the story was published, closing it: the section or the publication after "en"/"in" ("… en la
 * sección Sociedad", "… in Local News", "… en El Heraldo Serrano"), capitalised names only. Group: the name.
 */
const PUBLISHED_WHERE = /[\s,]+(?:en|in)\s+(?:(?:la\s+|the\s+)?(?:secci[oó]n|section)\s+)?(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:de|del|la|las|los|y|e|of|the|and|&)\s+)*\p{Lu}[\p{L}\p{N}'’.&-]*)*)\s*\.?$/u;

const DIGIT = /\d/;

/**
 * `line` without its time zones (TIME_ZONE) and halves of the day (HALF_DAY). Both follow a digit, and a zone
 * always holds a capital T (…T, UTC, GMT): a line lacking these is returned as it is without trying the
 * patterns, whose lookbehinds are tried at every character (the zone's was a fifth of reading the lines of a
 * 10,000-article build, profiled; readDateLine over the lines of 100 realistic articles: about a third less CPU).
 */
function withoutTimeMarks(line: string): string {
  if (!DIGIT.test(line)) return line;
  const zoneless = line.includes('T') ? line.replace(TIME_ZONE, '') : line;
  const withoutHalfDay = zoneless.replace(HALF_DAY, '');
  return MINUTES.test(withoutHalfDay) ? withoutHalfDay.replace(READING_TIME, ' ') : withoutHalfDay;
}

/** Whether a line prints how long the story takes to read (READING_TIME) beside a date it reads as a date line: metadata, not furniture. */
export function isDatedReadingTime(line: string): boolean {
  return MINUTES.test(line) && HAS_READING_TIME.test(line) && readDateLine(line) !== null;
}

/**
 * How long the story takes to read, printed beside its date by blogging platforms ("4 min read · Mar 2, 2026", "Lectura: 3
 * min", "5 minutos de lectura"): no prose, and no date's.
 */
const READING_TIME = /(?<![\p{L}\p{N}])(?:\d{1,3}\s*(?:min(?:ute)?s?|minutos?)\.?\s+(?:de\s+)?(?:read|reading|lectura)|(?:lectura|reading time|read time)\s*:?\s*\d{1,3}\s*(?:min(?:ute)?s?|minutos?)\.?)(?![\p{L}])/giu;
const HAS_READING_TIME = new RegExp(READING_TIME.source, 'iu');
/**
 * What every reading time holds (both of READING_TIME's forms spell "min", with its flags): a line without it is not
 * searched. READING_TIME opens with a look-behind and is tried at every character; cleaning asks it of every line.
 */
const MINUTES = /min/iu;
const READING_TIME_ALONE = new RegExp(`^(?:${READING_TIME.source})$`, 'iu');

/** Whether a part of a line is only how long the story takes to read ("4 min read", "Lectura: 3 min"): no byline's field. */
export function isReadingTime(part: string): boolean {
  return READING_TIME_ALONE.test(part.trim());
}

const MONTH_WORDS = Object.keys(MONTH_NUMBERS).sort((a, b) => b.length - a.length).join('|');

/** A magazine's issue line (readIssueLine): a name, a separator, an issue's word or number, the month and the year. */
const ISSUE_LINE = new RegExp(
  `^([^,|·•]+?)\\s*[,|·•–—-]\\s*(?:(?:edici[oó]n|n[uú]mero|issue|edition|n\\.?[º°o]\\.?\\s*\\d+|no\\.\\s*\\d+)[^\\p{L}\\d]*(?:\\d+\\s*[,|·•–—-]\\s*)?)?(?:(?:de|del|of)\\s+)?(${MONTH_WORDS})\\.?\\s+(?:de\\s+)?(\\d{4})(?:\\s+(?:issue|edition))?\\.?$`,
  'iu',
);

/**
 * A magazine's issue line: its name, then the month and year of the issue, with or without a word for it ("Revista
 * Marea, edición de julio de 2024", "The Kettering Quarterly · July 2024 issue", "Revista Sur, número 112, marzo de
 * 2025"): the publication, and the issue's first day as its date (ISO), which is all a monthly prints. Null for any other
 * line, and when the name is no publication's ("Valdemora, julio de 2024" is a place's).
 */
export function readIssueLine(line: string): { outlet: string; date: string } | null {
  const [, name = '', month = '', year = ''] = ISSUE_LINE.exec(line.trim()) ?? [];
  const number = MONTH_NUMBERS[month.toLowerCase()];
  if (number === undefined || !isPublicationName(name.trim())) return null;
  return { outlet: name.trim(), date: `${year}-${String(number).padStart(2, '0')}-01` };
}
/**
 * A day of a month without its year after the date ("– January 20, 2000" closing a range, "Updated: Aug. 13"): a date's
 * part, never an outlet's name.
 */
const DAY_OF_MONTH = new RegExp(`(?<!\\p{L})(?:(?:${MONTH_WORDS})\\.?\\s+\\d{1,2}(?!\\d)|\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${MONTH_WORDS})(?!\\p{L}))`, 'giu');

function isDateLineWord(word: string): boolean {
  const lower = word.toLowerCase();
  return DATE_LINE_WORDS.has(lower) || BY.has(lower) || /^\d+$/.test(word);
}

/** The names in the text beside a date, each with whether "por"/"by" introduced it. */
function namesBeside(text: string): Array<{ text: string; byline: boolean }> {
  return text
    .replace(TIME, ' ')
    .split(DATE_LINE_SEPARATOR)
    .flatMap((part) => {
      const words = part.split(/\s+/u).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
      let start = 0;
      while (start < words.length && isDateLineWord(words[start]!)) start++;
      let end = words.length;
      while (end > start && isDateLineWord(words[end - 1]!)) end--;
      const name = words.slice(start, end).join(' ');
      const byline = words.slice(0, start).some((word) => BY.has(word.toLowerCase()));
      return name && isName(name) ? [{ text: name, byline }] : [];
    });
}

/** Words that mark a date as a later revision of the story, not its publication. */
const REVISION_WORDS = 'actualizad[oa]|modificad[oa]|updated|modified|aktualisiert|mis à jour|aggiornat[oa]|atualizad[oa]';
const REVISED = new RegExp(`\\b(?:${REVISION_WORDS})\\b`, 'iu');
/** Where a label opens a date of its own: before "Publicado", "Updated", "Veröffentlicht"… (what a line that prints two dates puts before each). */
const DATE_LABEL = new RegExp(`(?<!\\p{L})(?=(?:publicad[oa]|published|posted|publi[ée]e?|ver[öo]ffentlicht|pubblicat[oa]|${REVISION_WORDS})(?!\\p{L}))`, 'iu');
/** What a part may end with before the next label: a separator or an opening bracket. */
const PART_END = /[\s|·•,;(\[–—-]+$/u;

/**
 * The parts of a line that are not marked as a revision: a line that prints its publication and its update
 * ("Publicado: 02/12/2026 Actualizado: 03/12/2026", "May 2, 2024 (Updated: May 3, 2024)", "Actualizado el 3 de mayo
 * | Publicado el 2 de mayo") is cut before each label, and the parts naming an update are left out. A line with no
 * revision mark is its own only part; one that is all an update has none.
 */
export function unrevisedParts(line: string): string[] {
  if (!REVISED.test(line)) return [line];
  return line
    .split(DATE_LABEL)
    .filter((part) => !REVISED.test(part))
    .map((part) => part.replace(PART_END, '').trim())
    .filter(Boolean);
}

/** The publication date a line prints as a date line (readDateLine, numeric dates in `order`), never its update's (see unrevisedParts); null when none. */
export function publishedDateOf(line: string, order: DateOrder): string | null {
  for (const part of unrevisedParts(line)) {
    const iso = findDate(part) && readDateLine(part, order)?.iso;
    if (iso) return iso;
  }
  return null;
}

/** A line that labels the publication ("Medio: El Correo Manchego", "Outlet: The Harbour Post", "Publicado en: …"), as a text that prints its fields one a line does. */
const OUTLET_LABEL =
  /^(?:medio(?: de comunicaci[oó]n)?|publicaci[oó]n|peri[oó]dico|diario|outlet|news outlet|publication|publisher|newspaper|m[ée]dia|journal|zeitung|giornale|testata|ve[íi]culo|publicad[oa] (?:originalmente )?en|(?:originally |first )?published in)\s*:\s*(.+)$/iu;
/** A line that credits the story's source ("Fuente: EFE", "Fuente original: El Sol", "Source: Reuters", "(Con información de AP)"). */
const SOURCE_LABEL = /^(\(?)(?:fuentes?(?: original(?:es)?)?|(?:original )?sources?|con informaci[oó]n de|with reporting from)\s*:?\s+(.+)$/iu;
/**
 * A common noun in lower case a label's value may put before the publication's name ("Fuente: diario El Sol", "Source: the
 * newspaper La Prensa"); case matters: "Semanario Costero" is the name.
 */
const PUBLICATION_NOUN = /^(?:(?:el|la|the)\s+)?(?:diario|peri[oó]dico|semanario|revista|portal|sitio|agencia|newspaper|magazine|website|site|agency)\s+(?=\p{Lu})/u;

/** The name a label's value gives: its full stop, a common noun before it and a bracketed place after it off; null when no name is left. */
function labelledName(value: string | undefined): string | null {
  const name = withoutPlace((value ?? '').trim().replace(/\.$/u, '').replace(PUBLICATION_NOUN, '').trim());
  return name && isName(name) ? name : null;
}

/**
 * A credit of where the text was first published, as a republished copy closes or opens with it: the text itself as the
 * subject ("Texto publicado originalmente en …", "Este artículo fue publicado originalmente en …", "Esta nota apareció
 * por primera vez en …", "This story was originally published by …", "A version of this article first appeared in …"),
 * "This article is republished from …", or the participle with "originally" and no subject ("Originally published in …",
 * "Publicado originalmente por …").
 * A study "publicado en la revista Nature" names no subject of this kind and stays the story's.
 */
const REPUBLISHED =
  /^\(?(?<subject>(?:(?:(?:este|esta|el|la|the|this)\s+)?(?:texto|art[ií]culo|nota|reportaje|cr[oó]nica|columna|entrevista|historia|noticia|contenido|story|article|piece|report|column|interview|essay|post)|(?:una|a) versi[oó]n de (?:este|esta) (?:texto|art[ií]culo|nota|reportaje|cr[oó]nica|columna|entrevista|historia)|a version of this (?:story|article|piece|report|column|interview|essay|post))\s+(?:(?:fue|ha sido|es|se|was|has been|is)\s+)?)?(?<before>(?:originalmente|originariamente|inicialmente|originally|first)\s+)?(?:publicad[oa]|public[oó]|difundid[oa]|apareci[oó]|republicad[oa]|reproducid[oa]|published|appeared|ran|republished|reprinted|reproduced)\s+(?<after>(?:originalmente|originariamente|por primera vez|originally|first)\s+)?(?:en|por|de|desde|in|by|on|from)\s+(?<publisher>.+)$/iu;
/**
 * Where the publication's name ends in a republication credit, and all that may follow it: nothing but a date ("el 3 de
 * marzo", "on March 2, 2026"), that the copy is reproduced ("y se reproduce con permiso", "and is republished here") or
 * under which licence or permission ("bajo licencia Creative Commons", "with permission"). A sentence going on after the
 * name ("…, que generó polémica, fue retirada") is the story's.
 */
const AFTER_PUBLISHER =
  /(?:\s*,)?\s+(?:(?:el|on|in|en)\s+(?:\d|\p{Lu}|(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b)|(?:y|and)\s+(?:se\s+)?(?:reproduc|republic|reprodu|is\s+|has\s+been\s+|was\s+|appears\s+|aparece\s+|se\s+)|(?:bajo|under|con|with)\s+(?:[^\s.]+\s+){0,3}?(?:licencia|license|licence|permiso|permission|autorizaci[oó]n|acuerdo|agreement)\b)[^.!?]*\.?$|\.$/iu;
/** An article in lower case before a publication's name ("originally published by the Valley Ledger"). */
const LOWER_ARTICLE = /^(?:the|el|la|los|las)\s+(?=\p{Lu})/u;
/** A language named where the publication would be ("originally published in English"): no publication. */
const LANGUAGE_NAME = /^(?:english|spanish|french|german|italian|portuguese|catalan|galician|basque|chinese|japanese|russian|arabic|ingl[eé]s|espa[nñ]ol|franc[eé]s|alem[aá]n|italiano|portugu[eé]s|catal[aá]n|gallego|euskera)$/iu;

/** The publication a republication credit names (REPUBLISHED: "Texto publicado originalmente en La Gaceta del Sur." → "La Gaceta del Sur"); null for any other line. */
export function readRepublishedIn(line: string): string | null {
  // A text copy keeps the emphasis marks a credit was printed in ("*Esta nota fue publicada originalmente en …*").
  const groups = REPUBLISHED.exec(line.trim().replace(/^[*_]+|[*_]+$/gu, ''))?.groups;
  // Without the text as its subject, only "originally" makes a participle a credit ("Publicado en Tarija" is a dateline's).
  const value = groups?.subject || groups?.before || groups?.after ? groups.publisher : undefined;
  const name = value === undefined ? null : labelledName(value.replace(AFTER_PUBLISHER, '').replace(LOWER_ARTICLE, ''));
  // What is left must be the name alone (labelledName): a clause or a second sentence makes the line the story's.
  return name !== null && !LANGUAGE_NAME.test(name) ? name : null;
}

/** The publication a labelled line names (OUTLET_LABEL); null for any other line. */
export function readOutletLabel(line: string): string | null {
  return labelledName(OUTLET_LABEL.exec(line.trim())?.[1]);
}

/** The source a credit line names (SOURCE_LABEL: "Fuente: El Sol de Tarija (Bolivia)." → "El Sol de Tarija"); null for any other line. */
export function readSourceLine(line: string): string | null {
  const [, bracket, value] = SOURCE_LABEL.exec(line.trim()) ?? [];
  // A credit in brackets closes them ("(Con información de AP)"); a place in brackets after the name stays for labelledName.
  return labelledName(bracket ? value?.replace(/\)\.?$/u, '') : value);
}

/**
 * Whether a line labels the publication ("Medio: …") or credits a newspaper or an agency as the source with a colon
 * ("Fuente: diario El Sol", "Fuente: EFE"): metadata, never a line of the story. A data source under a chart ("Fuente:
 * Ministerio de Salud", "Fuente: INE") stays where it is.
 */
export function isOutletLabelLine(line: string): boolean {
  if (readOutletLabel(line) !== null) return true;
  const source = line.includes(':') ? readSourceLine(line) : null;
  return source !== null && (isNewspaperName(source) || isAgencyCredit(source));
}
