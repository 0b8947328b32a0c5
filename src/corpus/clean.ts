/**
 * Separates an article's body from the page around it, with general rules rather than strings from
 * particular sites. Each line of the page is one paragraph (hard-wrapped text is joined first).
 *
 * - The title is the first title-like line above the body; copies of it are dropped.
 * - A body line is prose that ends like a sentence. The body runs from the first body line to the
 *   last one before a comment section, plus short sentences right after it (a closing remark).
 * - Lines above the body are kept when they read as prose (a deck, a photo caption) and set aside
 *   as metadata when they do not (datelines, bylines, labels).
 * - Lines after the body are the page's tail (author boxes, widgets, comment forms): never content.
 * - Site furniture (see furniture.ts) is dropped wherever it appears, with the list of titles under
 *   a widget heading.
 * - A paragraph whose words come again, in order, further down is a teaser or a repeat: it is dropped
 *   and the later, complete copy stays.
 * - Once the authors are known, their bios closing the story go (withoutAuthorBio), and so do other writers' (withoutWriterBios).
 */
import { withoutInvisible } from '../text/invisible.js';
import { isDatedFieldsLine, isPublishedInLine } from './byline-fields.js';
import { isSignatureLine } from './post-signature.js';
import { FACT_SEPARATOR, MAX_FACT_LABEL_WORDS, MIN_FACTS } from './dom-text.js';
import { furniture, type Furniture } from './furniture.js';
import { endsLikeSentence, foldWords, hasWords, isDatedReadingTime, isName, isOutletLabelLine, isWriterRole, MAX_SIGNATURE_WORDS, namesFiledFrom, isSectionPath, looksLikeProse, readByline, readDateLine, readFooterOutlet, readIssueLine, readRepublishedIn, TITLE_LABEL, wordCount } from './lines.js';

export interface CleanedArticle {
  /** The page's own title line; null when it has none. */
  title: string | null;
  /** Body paragraphs in reading order, each on one line. */
  paragraphs: string[];
  /**
   * Metadata lines above and inside the body: datelines, bylines, labels; less one that opens a section of the story
   * (see SECTION_META_PARAGRAPHS), which signs or dates that section, not the article (it is left out of both).
   */
  meta: string[];
  /** Lines right after the body, up to the comment section or widget lists (bylines, author names). */
  tail: string[];
  /** The text's first line when it stands above the title: where a copy of a page keeps its masthead ("Diario del Valle"). */
  masthead: string | null;
}

interface Line {
  text: string;
  words: number;
  furniture: Furniture | null;
  /** A byline or a line that is mostly a date. */
  isMeta: boolean;
  isBody: boolean;
  /** A line labelled as the title ("Título: …", see TITLE_LABEL): never body text, whatever closes it. */
  labelledTitle: boolean;
  /** The last line of a file cut short (see cleanArticle's `cutShort`): it lost its sentence end with the rest of the file. */
  cut?: boolean;
}

export const MIN_BODY_WORDS = 8;
/** A byline read by its parts runs to about this many words (byline-fields.ts's MAX_FIELDS_WORDS). */
const MAX_FIELDS_LINE_WORDS = 28;
const MIN_CLOSING_WORDS = 3;
const MIN_TITLE_WORDS = 2;
const MAX_TITLE_WORDS = 30;
/** How many lines other than furniture may precede the title (section labels, breadcrumbs). */
const TITLE_SEARCH_LINES = 6;

/**
 * `declaredTitle` is the title the page declares (HTML <title>, front matter), when it does; `cutShort`: the
 * file ends in the middle of its text (see endsInText), so its last line is story text though no sentence end closes it;
 * `declaresOutlet`: the page declares its outlet, so a credit of where the story was first published (readRepublishedIn)
 * names another publication and stays the story's line, which /sources does not show; without it the credit is
 * metadata, which names the outlet.
 */
export function cleanArticle(text: string, declaredTitle?: string, cutShort = false, declaresOutlet = false): CleanedArticle {
  const lines = withNamesOverDates(toLines(text).map((line) => readLine(line, declaresOutlet)));
  const last = lines.at(-1);
  // Cut at its end, the last line is a body line when long enough to be one, else a closing line (closingEnd) as short as "Fin sin cerrar".
  if (cutShort && last && !last.isBody && !last.furniture && !last.isMeta) lines[lines.length - 1] = { ...last, isBody: last.words >= MIN_BODY_WORDS, cut: true };
  const titleAt = findTitle(lines, declaredTitle);
  const title = titleAt === -1 ? null : (lines[titleAt]?.text ?? null);
  const isTitleCopy = titleCopyTest(title);

  // Without a sentence-like line there is no body to delimit: whatever reads as prose is kept.
  const bodyStart = lines.findIndex((line, index) => index > titleAt && line.isBody);
  const sectionEnd = lines.findIndex((line, index) => index > Math.max(bodyStart, titleAt) && (line.furniture === 'comments' || line.furniture === 'rights'));
  const regionEnd = sectionEnd === -1 ? lines.length : sectionEnd;
  const bodyEnd = bodyStart === -1 ? regionEnd - 1 : closingEnd(lines, lines.findLastIndex((line, index) => index < regionEnd && line.isBody), regionEnd);
  const headLength = (bodyStart === -1 ? regionEnd : bodyStart) - titleAt - 1;

  const kept = [...beforeTitle(lines, titleAt), ...keptLines(lines.slice(titleAt + 1, bodyEnd + 1), headLength, isTitleCopy)];
  return {
    title,
    paragraphs: withoutRepeats(kept),
    meta: openingMeta(kept).flatMap(labelledFields),
    tail: tailLines(lines, bodyEnd + 1).flatMap(labelledFields),
    masthead: titleAt > 0 && !lines[0]!.furniture ? lines[0]!.text : null,
  };
}

interface KeptLine {
  text: string;
  /** Article text, as opposed to metadata (datelines, bylines, labels). */
  content: boolean;
  /** A photo caption: neither text nor metadata, kept only so that a teaser that runs it together with the lead is told as a repeat. */
  caption?: boolean;
}

/**
 * How many of the story's paragraphs may come before a byline or a date line of the whole article: a deck, a photo's
 * caption and a lead or two stand above some sites' bylines, and one closes some stories ("Written by Ana Ruiz").
 * One further down, right under a subheading, opens a section of the story ("A city upended" / "By Ana Ruiz,
 * Tordesal": an analysis box, a correspondent's part) and signs or dates that section only.
 */
const SECTION_META_PARAGRAPHS = 5;
/** The longest subheading over a section's byline. */
const MAX_SUBHEADING_WORDS = 12;

/** The metadata lines of `kept` (neither content nor captions), less a section's (see SECTION_META_PARAGRAPHS). */
function openingMeta(kept: KeptLine[]): string[] {
  const meta: string[] = [];
  let content = 0;
  for (const [index, line] of kept.entries()) {
    if (line.content) content++;
    if (line.content || line.caption) continue;
    const before = kept[index - 1];
    const underSubheading = before?.content === true && !endsLikeSentence(before.text) && wordCount(before.text) <= MAX_SUBHEADING_WORDS;
    if (content < SECTION_META_PARAGRAPHS || !underSubheading) meta.push(line.text);
  }
  return meta;
}

/** Labels above the title (a section name) are kept as metadata. */
function beforeTitle(lines: Line[], titleAt: number): KeptLine[] {
  return lines.slice(0, Math.max(titleAt, 0)).flatMap((line) => (line.furniture ? [] : [{ text: line.text, content: false }]));
}

/** The lines from below the title to the end of the body, less furniture; the first `headLength` are above the body. */
function keptLines(lines: Line[], headLength: number, isTitleCopy: (line: Line) => boolean): KeptLine[] {
  const kept: KeptLine[] = [];
  let underWidget = false;
  for (const [index, line] of lines.entries()) {
    if (line.furniture === 'list') underWidget = true;
    if (line.furniture === 'caption') kept.push({ text: line.text, content: false, caption: true });
    if (line.furniture || isTitleCopy(line)) continue;
    if (line.isMeta) {
      kept.push({ text: line.text, content: false });
      continue;
    }
    // The titles listed under a widget heading end where running text resumes.
    if (underWidget && !(endsLikeSentence(line.text) && line.words > MIN_CLOSING_WORDS)) continue;
    underWidget = false;
    // Above the body, only prose is content (a deck, a caption); labels are metadata.
    kept.push({ text: line.text, content: index >= headLength || looksLikeProse(line.text) });
  }
  return kept;
}

/** One line of the text read by its kind; `declaresOutlet` as cleanArticle's. */
function readLine(text: string, declaresOutlet: boolean): Line {
  const words = wordCount(text);
  // A reading time beside the date is furniture's only by its opening ("Lectura: 4 min | 9 de abril de 2026"): the line is the date's.
  const kind = isDatedReadingTime(text) ? null : furniture(text, words);
  const isMeta =
    readByline(text, words) !== null ||
    readDateLine(text) !== null ||
    isPublishedInLine(text) ||
    readIssueLine(text) !== null ||
    (words <= MAX_FIELDS_LINE_WORDS && (isDatedFieldsLine(text) || isOutletLabelLine(text) || (!declaresOutlet && readRepublishedIn(text) !== null)));
  const labelledTitle = words <= MAX_TITLE_WORDS && TITLE_LABEL.test(text);
  return { text, words, furniture: kind, isMeta, labelledTitle, isBody: words >= MIN_BODY_WORDS && endsLikeSentence(text) && !kind && !isMeta && !labelledTitle };
}

/** How many lines from the top a byline may stand, under a kicker, a headline, a deck and a caption. */
const HEAD_LINES = 8;
/** A person signs with two capitalised words at least (MAX_SIGNATURE_WORDS at most, as a name runs to in lines.ts). */
const MIN_SIGNATURE_WORDS = 2;

/**
 * `lines` with a name alone right above a date line near the top marked as metadata: the writer's signature, printed
 * under the deck without "Por"/"By" ("Lorena Ibáñez Soto" / "Comayagua - 30 de noviembre de 2026 - 09:40"), with their
 * role on a line between the two or not ("Enviada especial"). Under a
 * deck the story seemed begun, and the name was kept as its paragraph; describe.ts reads who it names (readNameAlone).
 */
function withNamesOverDates(lines: Line[]): Line[] {
  const isDated = (line: Line | undefined) => line !== undefined && readDateLine(line.text) !== null;
  // The writer's role may stand on its own line between the name and the date ("Enviada especial", "Education reporter").
  const isRoleOverDate = (index: number) => {
    const line = lines[index];
    return line !== undefined && !line.isMeta && !line.furniture && isWriterRole(line.text) && !endsLikeSentence(line.text) && isDated(lines[index + 1]);
  };
  const signatures = new Set<number>();
  lines.forEach((line, index) => {
    // Several writers each with where they filed from sign so too ("Harriet Lowe in London and Jonas Keller in Frankfurt").
    const isSignature = index < HEAD_LINES && !line.isMeta && !line.furniture && line.words >= MIN_SIGNATURE_WORDS && ((line.words <= MAX_SIGNATURE_WORDS && isName(line.text)) || namesFiledFrom(line.text) !== null);
    if (isSignature && isDated(lines[index + 1])) signatures.add(index);
    if (isSignature && isRoleOverDate(index + 1)) signatures.add(index).add(index + 1);
  });
  return lines.map((line, index) => (signatures.has(index) ? { ...line, isMeta: true, isBody: false } : line));
}

/** Whether a line is the title again, whatever its case or punctuation. */
function titleCopyTest(title: string | null): (line: Line) => boolean {
  if (title === null) return () => false;
  const words = foldWords(title).join(' ');
  // Only lines of about the title's length are compared word by word.
  return (line) => Math.abs(line.text.length - title.length) <= title.length / 4 && foldWords(line.text).join(' ') === words;
}

/**
 * The line the page declares as its title, else the first title-like line. A site's name or tagline
 * above the headline looks like a title too: the declared one tells them apart when there is one.
 */
function findTitle(lines: Line[], declaredTitle: string | undefined): number {
  const candidates: number[] = [];
  let searched = 0;
  for (const [index, line] of lines.entries()) {
    if ((line.isBody && !isQuotingHeadline(line)) || searched === TITLE_SEARCH_LINES) break;
    if (isTitleLike(line)) candidates.push(index);
    if (!line.furniture) searched++;
  }
  const declared = declaredTitle ? foldWords(declaredTitle).join(' ') : '';
  // "<title>" often adds the site's name: "Headline - Site" starts with the headline.
  const isDeclared = (index: number) => {
    const words = foldWords(lines[index]!.text).join(' ');
    return declared === words || declared.startsWith(`${words} `);
  };
  // A page that declares its title has no other: a different title-like line is a deck or a label.
  if (declared) return candidates.find(isDeclared) ?? -1;
  // A place or a section's name above the headline ("San Pedro de Atacama", "Arica, Chile") is a label.
  // A masthead or a place with its region after a comma is a label above any headline; a shorter name, above a longer one only.
  const isLabelAbove = (index: number, at: number) => {
    const label = lines[index]!;
    const sure = readFooterOutlet(label.text) !== null || isSectionPath(label.text) || (label.text.includes(',') && isNameLabel(label));
    return isNameLabel(label) && candidates.slice(at + 1).some((next) => (sure || lines[next]!.words > label.words) && !isNameLabel(lines[next]!));
  };
  return candidates.find((index, at) => !isLabelAbove(index, at)) ?? -1;
}

const MAX_LABEL_WORDS = 4;
/** A place with its region and country after commas runs longer ("San Cristóbal de las Casas, Chiapas, México"). */
const MAX_PLACE_LABEL_WORDS = 8;
/**
 * A short line of capitalised words, with short lower-case joiners and commas between them ("Arica, Chile",
 * "San Pedro de Atacama", "Isle of Man"): what a dateline's place or a section's name looks like on its own
 * line, and a headline written in sentence case does not.
 */
const NAME_LABEL = /^\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,3}))*$/u;

/**
 * A place's or section's name alone (NAME_LABEL), a masthead with its section or motto (readFooterOutlet: "TRIBUNA
 * NORTE - El diario de la comarca", as a footer prints it and a text copy keeps it over the headline) or a breadcrumb
 * (isSectionPath): a label above the headline.
 */
function isNameLabel(line: Line): boolean {
  return ((line.words <= MAX_LABEL_WORDS || (line.text.includes(',') && line.words <= MAX_PLACE_LABEL_WORDS)) && NAME_LABEL.test(line.text)) || readFooterOutlet(line.text) !== null || isSectionPath(line.text);
}

/**
 * A headline that quotes someone ends at the closing quotation mark with no full stop before it
 * ("Gil: «Cerraremos el puente»"): it looks like a finished sentence but is the page's title, and
 * must never be read as a statement.
 */
function isQuotingHeadline(line: Line): boolean {
  return line.words <= MAX_TITLE_WORDS && /[^.!?…\s]\s*["”»」』]$/u.test(line.text);
}

function isTitleLike(line: Line): boolean {
  return (
    !line.furniture &&
    !line.isMeta &&
    line.words >= MIN_TITLE_WORDS &&
    line.words <= MAX_TITLE_WORDS &&
    // Headlines end without a full stop (a question or exclamation is fine), unless labelled as one; breadcrumbs have arrows between spaces ("Inicio » Mundo"), a closing « » quotation is none.
    (line.labelledTitle || !/\.["'”’»)]*$/u.test(line.text)) &&
    !/(?:^|\s)[»›](?:\s|$)/u.test(line.text)
  );
}

/**
 * Short sentences right after the last body line are the article's closing words, and so are the
 * items of a list a closing line introduces with a colon ("Las obras incluyen:" and its items, which
 * need not end like sentences).
 */
function closingEnd(lines: Line[], last: number, regionEnd: number): number {
  let end = last;
  while (end + 1 < regionEnd) {
    if (isClosing(lines[end + 1]!)) {
      end++;
      continue;
    }
    let item = end + 1;
    if (lines[end]!.text.endsWith(':')) while (item < regionEnd && item - end <= MAX_LIST_ITEMS && isListItem(lines[item]!)) item++;
    if (item === end + 1) item = factBoxEnd(lines, end + 1, regionEnd);
    if (item === end + 1) break;
    end = item - 1;
  }
  return end;
}

/** A fact: a short capitalised label, a colon, its value ("Origen: Rusia", "Límite de pago: 23 de abril"). */
const FACT = /^\p{Lu}[^:.!?]{0,40}:\s+\S/u;
/** A fact's value is a name, a figure or a short list. */
const MAX_FACT_WORDS = 30;
/** A fact box's heading ("¿Qué es?", "Ficha técnica", "Key facts") is a few words. */
const MAX_BOX_HEADING_WORDS = 6;

/** How many facts a line holds: one per "Label: value" part, parts joined by " · " as a data table's row or a fact box's line is (dom-text.ts); 0 when any part is no fact. */
function factCount(line: Line): number {
  if (line.furniture || line.isMeta) return 0;
  const parts = line.text.split(FACT_SEPARATOR);
  const isFact = (part: string) => FACT.test(part) && wordCount(part.slice(0, part.indexOf(':'))) <= MAX_FACT_LABEL_WORDS && wordCount(part) <= MAX_FACT_WORDS;
  return parts.every(isFact) ? parts.length : 0;
}

/**
 * A fact box after the story's last sentence: a short heading or none, then lines of at least MIN_FACTS facts in
 * all (a box of the story's figures, a data table's rows); where it ends, or `from` when none starts there.
 * Related headlines after a story have no labels, and tags or credits after a label are furniture.
 */
function factBoxEnd(lines: Line[], from: number, regionEnd: number): number {
  const heading = lines[from];
  const start = heading && !factCount(heading) && !heading.furniture && !heading.isMeta && heading.words <= MAX_BOX_HEADING_WORDS ? from + 1 : from;
  let end = start;
  let facts = 0;
  while (end < regionEnd && end - start < MAX_LIST_ITEMS) {
    const count = factCount(lines[end]!);
    if (!count) break;
    facts += count;
    end++;
  }
  return facts >= MIN_FACTS ? end : from;
}

/** A list introduced by a colon longer than this is a page's list, not the story's. */
const MAX_LIST_ITEMS = 30;

function isListItem(line: Line): boolean {
  return !line.furniture && !line.isMeta && line.words <= MAX_TITLE_WORDS;
}

/** Credit lines that close a story: "Additional reporting by …", "(FR mit dpa)", "Con información de EFE". */
const CLOSING_CREDIT = /^(?:\(.*\)|(?:additional |with )?(?:reporting|writing|editing) by\b.*|(?:con )?informaci[oó]n de\b.*|mit material (?:von|der)\b.*|avec\b.*)$/iu;

function isClosing(line: Line): boolean {
  return line.words >= MIN_CLOSING_WORDS && (endsLikeSentence(line.text) || line.cut === true || CLOSING_CREDIT.test(line.text)) && !line.furniture && !line.isMeta;
}

function tailLines(lines: Line[], from: number): string[] {
  const tail: string[] = [];
  for (const line of lines.slice(from)) {
    if (line.furniture === 'comments' || line.furniture === 'list') break;
    tail.push(line.text);
  }
  return tail;
}

/** What separates fields printed on one line: a bar, a dot or a semicolon. */
const FIELD_SEPARATOR = /\s+[|·•]\s+|;\s+/u;
/** A field's label and its value ("Medio: El Correo", "Fecha: 3 de marzo de 2026", "Published: 2 March 2026"). */
const LABELLED_FIELD = /^\p{L}[\p{L} ]{1,24}:\s*\S/u;

/**
 * A metadata line of labelled fields ("Medio: El Correo | Fecha: 12 de octubre de 2026 | Autor: Pablo Sevilla"), each field
 * on a line of its own, as a text that prints one field a line is read; any other line as it is.
 */
function labelledFields(line: string): string[] {
  const fields = line.split(FIELD_SEPARATOR).map((field) => field.trim());
  return fields.length > 1 && fields.every((field) => LABELLED_FIELD.test(field)) ? fields : [line];
}

const SHINGLE = 4;
/** Share of a paragraph's word 4-grams that must occur again later for it to count as a repeat. */
const REPEATED_SHARE = 0.8;

/**
 * The content lines of `kept`, less those whose words nearly all occur again further down (in any
 * kept line, metadata included: a teaser often runs the dateline, a caption and the lead together).
 */
function withoutRepeats(kept: KeptLine[]): string[] {
  const words = kept.map((line) => foldWords(line.text));
  const { keys, count } = shingleKeys(words.flat());
  const lastSeen = new Int32Array(count);
  keys.forEach((key, at) => (lastSeen[key] = at));
  const lastLine = new Map<string, number>();
  words.forEach((lineWords, index) => lastLine.set(lineWords.join(' '), index));

  const paragraphs: string[] = [];
  let start = 0;
  kept.forEach((line, index) => {
    const own = words[index] ?? [];
    const end = start + own.length;
    const repeated = own.length < SHINGLE ? (lastLine.get(own.join(' ')) ?? index) > index : repeatedShare(keys, start, end, lastSeen) >= REPEATED_SHARE;
    if (line.content && !repeated) paragraphs.push(line.text);
    start = end;
  });
  return paragraphs;
}

/**
 * The share of a paragraph's word 4-grams that occur again after it as one run: each with its next
 * 4-gram right after it there too. A copy (a teaser, a pull quote) is such a run; the same 4-grams
 * scattered over a long text written from few words are none (issue 14: a page of 10,000 paragraphs
 * from a 30-word vocabulary lost 8,800 of them to a test that ignored their order).
 */
function repeatedShare(keys: Int32Array, start: number, end: number, lastSeen: Int32Array): number {
  const last = (at: number) => (at < keys.length ? lastSeen[keys[at]!]! : -1);
  const shingles = end - start - SHINGLE + 1;
  if (shingles === 1) return last(start) >= end ? 1 : 0;
  let repeated = 0;
  for (let at = start; at + SHINGLE < end; at++) if (last(at) >= end && last(at + 1) === last(at) + 1) repeated++;
  return repeated / (shingles - 1);
}

/**
 * A number for each run of four words, equal exactly when the runs are: words, then word pairs, then runs (two
 * pairs) are numbered in order of first appearance (no hashing, so no collisions; far faster than joining strings).
 * A pair of numbers below n is keyed as first × n + second, which stays a small integer for an article's vocabulary
 * (V8 keeps numbers past 2^30 as heap numbers, each made and hashed anew). The runs' numbers are small and dense
 * (`count` of them), so that where each run was last seen is an array, not a map of numbers.
 */
function shingleKeys(words: string[]): { keys: Int32Array; count: number } {
  const wordIds = new Map<string, number>();
  const ids = words.map((word) => wordIds.get(word) ?? (wordIds.set(word, wordIds.size), wordIds.size - 1));
  const vocabulary = wordIds.size;
  const pairs = dense(Math.max(0, ids.length - 1), (at) => ids[at]! * vocabulary + ids[at + 1]!);
  return dense(Math.max(0, pairs.keys.length - 2), (at) => pairs.keys[at]! * pairs.count + pairs.keys[at + 2]!);
}

/** Numbers the `length` values `valueAt` gives, in order of first appearance. */
function dense(length: number, valueAt: (at: number) => number): { keys: Int32Array; count: number } {
  const numbers = new Map<number, number>();
  const keys = new Int32Array(length);
  for (let at = 0; at < length; at++) {
    const value = valueAt(at);
    let number = numbers.get(value);
    if (number === undefined) numbers.set(value, (number = numbers.size));
    keys[at] = number;
  }
  return { keys, count: numbers.size };
}

/** Hard-wrapped text has no line longer than this. */
const MAX_WRAP_WIDTH = 100;
/** A line at least this share of the wrap width continues on the next line. */
const FULL_LINE_SHARE = 0.6;
/** Wrapped lines needed before a text counts as hard-wrapped. */
const MIN_WRAPPED_LINES = 3;

/**
 * The page's lines that have words, with spaces normalised (lines of only dashes or asterisks are
 * decoration). Text hard-wrapped at a fixed width (mail, plain-text exports) is joined back into
 * paragraphs; a scraped page, one paragraph per line, has lines far longer than any wrap width.
 */
function toLines(text: string): string[] {
  const raw = withFiguresJoined(withSignaturesJoined(withoutInvisible(text).split('\n').map((line) => line.replace(/[\s\u00A0]+/gu, ' ').trim())));
  const width = raw.reduce((max, line) => Math.max(max, line.length), 0);
  const continues = (line: string, next: string | undefined) => line.length >= width * FULL_LINE_SHARE && Boolean(next);
  const wrapped = width <= MAX_WRAP_WIDTH && raw.filter((line, index) => continues(line, raw[index + 1])).length >= MIN_WRAPPED_LINES;

  const lines: string[] = [];
  let current = '';
  raw.forEach((line, index) => {
    current = current && line ? `${current} ${line}` : current || line;
    if (wrapped && continues(line, raw[index + 1])) return;
    if (hasWords(current)) lines.push(current);
    current = '';
  });
  return lines;
}

/**
 * `lines` with each line that is only a post's signature ("— Name (@handle) July 21, 2024",
 * post-signature.ts) joined to the line before it, the post: alone it is neither text nor a byline, and
 * an answer that cites it would cite nobody's words.
 */
function withSignaturesJoined(lines: string[]): string[] {
  const joined: string[] = [];
  let postAt = -1;
  for (const line of lines) {
    if (postAt >= 0 && isSignatureLine(line)) {
      joined[postAt] = `${joined[postAt]} ${line}`;
      joined.length = postAt + 1;
      continue;
    }
    joined.push(line);
    if (line !== '') postAt = joined.length - 1;
  }
  return joined;
}

/** A line that is only a figure: a number, with its sign, currency, thousands separators, a percent or a unit letter ("9", "2021", "1.490", "+12%", "$3,5M"). */
const FIGURE = /^[+\-−]?[$€£¥]?\d[\d.,\s]*(?:%|[kKmM]|mil|bn)?$/u;

/**
 * `lines` with each line that is only a figure (FIGURE) joined to the line after it when that one goes on in lower
 * case: a fact box prints the figure big and the rest under it ("9" / "meses tiene la aeronave retenida…"). Alone,
 * the figure has no words and is dropped, and the rest says nothing ("meses tiene…"); joined, it reads as written.
 */
function withFiguresJoined(lines: string[]): string[] {
  const joined: string[] = [];
  let figureAt = -1;
  for (const line of lines) {
    if (line === '') {
      joined.push(line);
      continue;
    }
    if (figureAt >= 0 && /^\p{Ll}/u.test(line)) {
      joined[figureAt] = `${joined[figureAt]} ${line}`;
      joined.length = figureAt + 1;
    } else joined.push(line);
    figureAt = FIGURE.test(line) ? joined.length - 1 : -1;
  }
  return joined;
}

/** How many bios of each author may close the story. */
const BIO_PARAGRAPHS = 2;
const MIN_BIO_NAME_WORDS = 2;
/** An author box's lines after the bio (links to more of their work or to a section: "See more by …"): short, few. */
const MAX_BOX_LINK_WORDS = 15;
const BOX_LINKS = 3;
/** How a bio goes on from the author's name: their post, beat or employer (English and Spanish). */
const BIO_PREDICATE = /^\s+(?:is|has been|currently|covers|writes|reports|joined|es|ha sido|cubre|escribe|trabaja)\b/iu;
/**
 * A bio away from the story's end is one short paragraph, yet a sentence: a story's paragraph on the author is longer or
 * goes on otherwise, and a transcript's "Ana Ruiz reports." hands over to the reporter.
 */
const MAX_BIO_WORDS = 80;
/** A note's mark before a closing paragraph: an asterisk (also in brackets) or a dash. */
const NOTE_MARK = /^(?:\(\*\)|\*{1,3}|[—–])\s*/u;
const MIN_BIO_WORDS = 6;

/**
 * `paragraphs` without the authors' bios (`authors` ", "-joined, as ArticleMeta has them). A bio closing the story is
 * a paragraph that opens with the full name of one of them and goes on as a sentence about them ("Sarah Moreno
 * cubre temas de negocios…", "Alice Wu is a political consultant…"), or an author box: a line that is only one
 * of their names, then a paragraph of prose ("Periodista cubana. Las Tunas, 1984…", a newcomer's page, where
 * two co-authors' boxes closed the story and the books a bio named were quoted); up to BOX_LINKS short lines may
 * follow it ("See more by Sharon Gaudin on Computerworld.com.": article 1.1.2's dev pages). Above the story or
 * inside it (an author box beside the byline: Slate's, TechCrunch's), a bio is a paragraph of MIN_BIO_WORDS to
 * MAX_BIO_WORDS words that opens with the name and a predicate of BIO_PREDICATE ("Jamelle Bouie is Slate's chief political
 * correspondent."), or with the given name alone and a predicate naming the beat or the trade ("Priya covers health and
 * science."), with the line of the name before it. A name of one word ("Editor3") is too common to tell a bio by.
 */
export function withoutAuthorBio(paragraphs: string[], authors: string | null): string[] {
  const names = (authors ?? '').split(', ').filter((name) => name.split(/\s+/u).length >= MIN_BIO_NAME_WORDS);
  if (!names.length) return paragraphs;
  // A bio may be marked as a note, by an asterisk or a dash before the name ("*Ana Ruiz es periodista…").
  const opensBio = (printed: string) => {
    const paragraph = printed.replace(NOTE_MARK, '');
    return names.some((name) => paragraph.startsWith(name) && /^\s+\p{Ll}/u.test(paragraph.slice(name.length)));
  };
  const isBox = (nameLine: string, paragraph: string) => names.includes(nameLine.trim()) && looksLikeProse(paragraph);
  const closingBios = (from: number) => {
    let end = from;
    for (let bios = 0; bios < BIO_PARAGRAPHS * names.length; bios++) {
      if (end > 1 && opensBio(paragraphs[end - 1]!)) end--;
      else if (end > 2 && isBox(paragraphs[end - 2]!, paragraphs[end - 1]!)) end -= 2;
      else break;
    }
    return end;
  };
  let end = closingBios(paragraphs.length);
  for (let links = paragraphs.length - 1; end === paragraphs.length && links >= Math.max(1, paragraphs.length - BOX_LINKS); links--) {
    if (wordCount(paragraphs[links]!) > MAX_BOX_LINK_WORDS) break;
    const bioEnd = closingBios(links);
    if (bioEnd < links) end = bioEnd;
  }
  // A bio may call its writer by the given name alone ("Priya covers health…"), when it names their beat or trade.
  const givenNames = names.map((name) => name.split(/\s+/u)[0]!);
  const opensWith = (paragraph: string, name: string, needsTrade: boolean) => {
    const rest = paragraph.slice(name.length);
    return paragraph.startsWith(name) && BIO_PREDICATE.test(rest) && (!needsTrade || BIO_DETAIL.test(rest) || NEWSROOM_TRADE.test(rest));
  };
  const isBio = (paragraph: string | undefined) =>
    paragraph !== undefined &&
    wordCount(paragraph) >= MIN_BIO_WORDS &&
    wordCount(paragraph) <= MAX_BIO_WORDS &&
    (names.some((name) => opensWith(paragraph, name, false)) || givenNames.some((name) => opensWith(paragraph, name, true)));
  const story = paragraphs.slice(0, end);
  return story.filter((paragraph, at) => !isBio(paragraph) && !(names.includes(paragraph.trim()) && isBio(story[at + 1])));
}

/** A person's full name opening a paragraph: two to four capitalised words ("Jane Porter", "María José Gil", "Ana de la Peña"). */
const OPENING_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|del|la|van|von|da|di)\s+)*\p{Lu}[\p{L}'’.-]+){1,3}(?=\s)/u;
/**
 * The newsroom's trades a writer's bio names right after the predicate, a few words in ("is a staff writer", "is The
 * Courier's city hall reporter", "es periodista", "es corresponsal de"), English and Spanish.
 */
const NEWSROOM_TRADE = /^\s+(?:is|has been|es|ha sido)\s+(?:[\p{L}'’.-]+\s+){0,5}?(?:writer|reporter|correspondent|editor|columnist|journalist|contributor|critic|photographer|producer|periodista|redactora?|corresponsal|columnista|editora?|colaboradora?|cronista|reportera?|fot[oó]grafa?)\b/iu;
/**
 * What a writer's bio says beyond the trade, and a story's sentence about a journalist ("Juan Pérez es periodista y fue
 * detenido el martes") does not: their beat ("covers city hall", "cubre temas de salud", "writes about"), or how to reach
 * them (an e-mail address, a handle, "follow her on X", "escríbele a").
 */
const BIO_DETAIL = /\b(?:covers|covering|writes about|cubre|escribe sobre|reach (?:him|her|them)|contact (?:him|her|them)|follow (?:him|her|them)|email (?:him|her|them)|escr[ií]b[ae]l[eo]s?|s[ií]gue(?:l[ao]|nos)|twitter|on x\b)|[\w.-]+@[\w-]+\.[\w.]+|(?:^|\s)@\w{2,}/iu;
/** How many closing paragraphs may be writers' bios (two co-authors'). */
const CLOSING_BIOS = 2;

/**
 * `paragraphs` without the bios of writers no byline names that close the story: up to CLOSING_BIOS last paragraphs of
 * MIN_BIO_WORDS to MAX_BIO_WORDS words that open with a full name, go on with the newsroom's trade (NEWSROOM_TRADE) and
 * say a beat or a contact (BIO_DETAIL): "Jane Porter is a staff writer covering city hall. Reach her at …", "Luis Gil es
 * periodista y cubre economía.". A story's own last paragraph about a person goes on otherwise ("Maria Lopez is a nurse
 * who…", "Juan Pérez es periodista y fue detenido el martes.") and stays.
 */
export function withoutWriterBios(paragraphs: string[]): string[] {
  let end = paragraphs.length;
  while (end > 1 && paragraphs.length - end < CLOSING_BIOS && isWriterBio(paragraphs[end - 1]!)) end--;
  return end === paragraphs.length ? paragraphs : paragraphs.slice(0, end);
}

function isWriterBio(paragraph: string): boolean {
  const words = wordCount(paragraph);
  const name = OPENING_NAME.exec(paragraph)?.[0];
  return words >= MIN_BIO_WORDS && words <= MAX_BIO_WORDS && name !== undefined && NEWSROOM_TRADE.test(paragraph.slice(name.length)) && BIO_DETAIL.test(paragraph);
}
