/**
 * Finds quotations in an article: “…”, «…», „…“, "…" and ‘…’, outermost level only (a quotation inside a
 * quotation belongs to it). A quotation left open at the end of a paragraph, when the next paragraph opens
 * with the same mark, runs on into it: the press convention for a quotation spread over paragraphs.
 */
import type { TextSpan } from '../corpus/types.js';
import { AUXILIARIES, PERIPHRASIS_HEADS, PERIPHRASIS_LINKS, nonFiniteSpeechVerb, speechVerb, type SpeechVerb } from './lexicon.js';
import { foldWord } from './normalize.js';
import { appendAll } from '../arrays.js';
import { endsAsQuestion } from '../text/question-mark.js';

export interface Quotation {
  /** From the opening mark to just after the closing mark (or the paragraph's end when it runs on). */
  outer: TextSpan;
  /** The quoted words, without marks and without a trailing comma or spaces. */
  inner: TextSpan;
  paragraph: number;
  /** Left open at the paragraph's end and taken up by the next paragraph. */
  runsOn: boolean;
  /** Opens a paragraph that takes up a quotation left open in the previous one. */
  continuesPrevious: boolean;
  /** Dialogue set off by a dash ("—Este mercado es… —afirmó X—, y estará…"): the words after an inserted verb. */
  resumesDialogue?: boolean;
  /** The words after a dash inciso inside the same marks («No vamos a subir el IVA —afirmó X—, pero…»): one quotation resumed. */
  resumesInciso?: boolean;
  /** A dialogue line that answers the interviewer's line before it (interviewAnswerLines): the interviewee's words. */
  answersInterviewer?: boolean;
}

interface MarkStyle {
  open: string;
  close: string;
}

const STRAIGHT: MarkStyle = { open: '"', close: '"' };

/** Straight single quotes, as British and online copy writes them ('…'); the same mark is the apostrophe. */
const SINGLE_STRAIGHT: MarkStyle = { open: "'", close: "'" };

/** German and Central European press open low and close high: „…“ (some sites close with ” instead, see findClose). */
const LOW_HIGH: MarkStyle = { open: '„', close: '“' };

const STYLES: MarkStyle[] = [
  { open: '“', close: '”' },
  { open: '«', close: '»' },
  LOW_HIGH,
  STRAIGHT,
  { open: '‘', close: '’' },
  SINGLE_STRAIGHT,
];

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the mark at `index` can open a quotation: it starts a word (a straight single quote, a word of letters: not "'90s"). */
function canOpen(text: string, index: number, style: MarkStyle): boolean {
  if (style.open !== style.close && style.open !== '‘') return true;
  const before = text[index - 1];
  const after = text[index + 1];
  const starts = style === SINGLE_STRAIGHT ? /\p{L}/u.test(after ?? '') : after !== undefined && !/\s/.test(after);
  return (before === undefined || !WORD_CHAR.test(before)) && starts;
}

/** Whether the mark at `index` can close a quotation: it ends a word ("It’s", "didn't" keep their apostrophe). */
function canClose(text: string, index: number, style: MarkStyle): boolean {
  if (style.open !== style.close && style.close !== '’') return true;
  const after = text[index + 1];
  if (style === SINGLE_STRAIGHT && /\s/.test(text[index - 1] ?? ' ')) return false;
  return after === undefined || !WORD_CHAR.test(after);
}

/**
 * A straight single quote after "s" and before a lower-case word reads as a plural possessive ("the nurses' strike")
 * rather than a closing mark, when a later mark can close the quotation instead.
 */
function possessiveShaped(text: string, index: number): boolean {
  return text[index - 1] === 's' && /^\s\p{Ll}/u.test(text.slice(index + 1, index + 3));
}

/**
 * How far past its opening mark a quotation's close is sought (characters, about 800 words). A news
 * paragraph quotes far less than this at once, and without a bound a page of unclosed marks costs a
 * scan to the paragraph's end per mark: a 686 KB seed of them took 288 s to read.
 */
const MAX_QUOTATION_CHARS = 5000;

/** The closing mark of the quotation opened at `openIndex`, or -1 when it stays open to `end` (or to MAX_QUOTATION_CHARS). */
function findClose(text: string, openIndex: number, end: number, style: MarkStyle): number {
  const limit = Math.min(end, openIndex + 1 + MAX_QUOTATION_CHARS);
  const close = findMark(text, openIndex, limit, style);
  if (style === SINGLE_STRAIGHT && close >= 0 && possessiveShaped(text, close)) {
    const later = findMark(text, close, limit, style);
    return later >= 0 ? later : close;
  }
  if (close < 0 && style === LOW_HIGH) return findMark(text, openIndex, limit, { open: '„', close: '”' });
  if (close >= 0 || style.open !== '“') return close;
  // “…" : a curly quotation closed by a straight mark (a common slip) ends there, when nothing else closes it and
  // that mark is the only straight one left in the paragraph (else it may open a quotation of its own).
  const straight = findMark(text, openIndex, limit, STRAIGHT);
  if (straight < 0 || text.indexOf('"', openIndex + 1) !== straight) return -1;
  return text.slice(straight + 1, limit).includes('"') ? -1 : straight;
}

function findMark(text: string, openIndex: number, end: number, style: MarkStyle): number {
  let depth = 0;
  for (let i = openIndex + 1; i < end; i++) {
    const char = text[i];
    if (char === style.close && canClose(text, i, style)) {
      if (depth === 0) return i;
      depth--;
    } else if (style.open !== style.close && char === style.open && canOpen(text, i, style)) {
      depth++;
    }
  }
  return -1;
}

function trimmedInner(text: string, start: number, end: number): TextSpan {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /[\s,]/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/** The marks that open some style: a paragraph's scan passes over every other character at once. */
const OPENING_MARKS: ReadonlySet<string> = new Set([...STYLES.map((style) => style.open), '`']);

function styleOpening(text: string, index: number): MarkStyle | undefined {
  return STYLES.find((style) => text[index] === style.open && canOpen(text, index, style));
}

/** Spanish continues a «…» quotation in the next paragraph with a closing mark: "»Nadie creía…". */
const CONTINUATION_MARKS: Record<string, string> = { '«': '»' };

/**
 * Where a paragraph closes a quotation it never opened ("Nobody wanted to say it,” he added."): the first closing
 * mark of `style` before any opening one, or -1. A straight " counts as closing only where it cannot open (glued
 * to the word before it: "…se han ido".").
 */
function unopenedClose(text: string, span: TextSpan, style: MarkStyle): number {
  const straight = style.open === style.close;
  for (let i = span.start; i < span.end; i++) {
    if (text[i] === style.open && (!straight || canOpen(text, i, style))) return -1;
    if (text[i] === style.close && canClose(text, i, style)) return i;
  }
  return -1;
}

/** The two-character marks of copy typed on keyboards without curly quotes: ''…'' and ``…'' (older wire copy). */
const DOUBLED_OPEN = /^(?:''|``)(?=[^\s'`])/u;
const DOUBLED_CLOSE = /(?<=\S)''(?![\p{L}\p{N}])/u;

/** Whether doubled apostrophes open a quotation at `index` (not "rock 'n' roll", not after a letter). */
function opensDoubled(text: string, index: number): boolean {
  return (text[index] === "'" || text[index] === '`') && !WORD_CHAR.test(text[index - 1] ?? ' ') && DOUBLED_OPEN.test(text.slice(index, index + 3));
}

/**
 * A quotation between doubled apostrophes opening at `index` (''We will not close,'' she said.), as one quotation with
 * both marks: read as two single quotes it would leave a stray apostrophe before the speaker. `closed` false when
 * nothing closes it before `end` (the span then runs to `end`); undefined when the marks at `index` open none.
 */
function doubledApostrophes(text: string, index: number, end: number): (TextSpan & { closed: boolean }) | undefined {
  if (!opensDoubled(text, index)) return undefined;
  const limit = Math.min(end, index + 2 + MAX_QUOTATION_CHARS);
  const close = DOUBLED_CLOSE.exec(text.slice(index + 2, limit));
  return close ? { start: index, end: index + 2 + close.index + 2, closed: true } : { start: index, end, closed: false };
}

function paragraphQuotations(text: string, span: TextSpan, paragraph: number, nextOpensWith: (mark: string) => boolean, nextOpensDoubled: boolean, continuing: MarkStyle | undefined): Quotation[] {
  const found: Quotation[] = [];
  let i = span.start;
  // A quotation left open in the paragraph before and closed in this one without a mark to resume it: its words run from here.
  const unmarked = continuing && !STYLES.some((style) => text[i] === style.open) && text[i] !== CONTINUATION_MARKS[continuing.open] ? unopenedClose(text, span, continuing) : -1;
  if (unmarked >= 0) {
    found.push({ outer: { start: span.start, end: unmarked + 1 }, inner: trimmedInner(text, span.start, unmarked), paragraph, runsOn: false, continuesPrevious: false });
    i = unmarked + 1;
  }
  while (i < span.end) {
    const doubled = doubledApostrophes(text, i, span.end);
    if (doubled?.closed) {
      found.push({ outer: doubled, inner: trimmedInner(text, doubled.start + 2, doubled.end - 2), paragraph, runsOn: false, continuesPrevious: false });
      i = doubled.end;
      continue;
    }
    if (doubled && nextOpensDoubled) {
      found.push({ outer: doubled, inner: trimmedInner(text, doubled.start + 2, span.end), paragraph, runsOn: true, continuesPrevious: false });
      break;
    }
    const resumed = i === span.start && continuing !== undefined && text[i] === CONTINUATION_MARKS[continuing.open] ? continuing : undefined;
    const style = resumed ?? styleOpening(text, i);
    if (!style) {
      // No style opens at a character that is none of their marks.
      i++;
      while (i < span.end && !OPENING_MARKS.has(text[i]!)) i++;
      continue;
    }
    const close = findClose(text, i, span.end, style);
    if (close >= 0) {
      appendAll(found, splitAtInciso(text, { start: i, end: close + 1 }, paragraph));
      i = close + 1;
    } else if (style !== SINGLE_STRAIGHT && nextOpensWith(style.open)) {
      found.push({ outer: { start: i, end: span.end }, inner: trimmedInner(text, i + 1, span.end), paragraph, runsOn: true, continuesPrevious: false });
      break;
    } else {
      // An unmatched mark quotes nothing we can delimit; read on after it.
      i++;
    }
  }
  return found;
}

/** Dashes that open a line of dialogue and set off the narrator's inserted verb. */
const DASHES = /[—–]/u;

/**
 * Whether the words after a dash are the narrator's inserted verb of saying ("afirmó la ministra…", "ha dicho",
 * "se limitó a decir"): lower case, the verb among the first four words with only its group's words before it
 * (pronoun, auxiliary, periphrasis); "y lo digo claro" is not.
 */
function insertsCueVerb(words: string): boolean {
  const leading = (/^(?:\p{Ll}+\s+){0,3}\p{Ll}+/u.exec(words)?.[0] ?? '').split(/\s+/);
  // A question verb inserts a question: an interviewer's, no statement ("—preguntó la periodista"), unless the asker is
  // named, someone the story quotes ("—¿Vos sabés lo que cuesta? —preguntó Nélida Sosa, de 63 años—. Me tomo…").
  const named = /^\p{Lu}/u.test(words.slice(leading.join(' ').length).trimStart());
  const cue = (verb: SpeechVerb | undefined) => verb !== undefined && (verb.frame !== 'question' || named);
  const verb = leading.findIndex((word, index) => cue(speechVerb(word)) || (index > 0 && cue(nonFiniteSpeechVerb(word))));
  const group = (word: string) => word === 'se' || AUXILIARIES.has(word) || PERIPHRASIS_HEADS.has(word) || PERIPHRASIS_LINKS.has(word);
  return verb >= 0 && leading.slice(0, verb).map(foldWord).every(group);
}

/**
 * A quotation with the narrator's verb set off by dashes inside its marks (the Spanish inciso, Fundéu/RAE style:
 * «No vamos a subir el IVA —afirmó la ministra, María Jesús Montero—, pero sí…»): the words before the first dash
 * and those after the second are two quotations, the second resuming the first, so that the inserted words read
 * as the narrator's sentence. Otherwise the quotation whole.
 */
function splitAtInciso(text: string, outer: TextSpan, paragraph: number): Quotation[] {
  const whole: Quotation = { outer, inner: trimmedInner(text, outer.start + 1, outer.end - 1), paragraph, runsOn: false, continuesPrevious: false };
  const quoted = text.slice(outer.start + 1, outer.end - 1);
  const opening = /\s[—–](?=\p{Ll})/u.exec(quoted);
  if (!opening) return [whole];
  const open = outer.start + 1 + opening.index + 1;
  const closing = text.slice(open + 1, outer.end - 1).search(DASHES);
  if (closing < 0 || !insertsCueVerb(text.slice(open + 1, open + 1 + closing))) return [whole];
  const close = open + 1 + closing;
  let from = close + 1;
  while (from < outer.end - 1 && /[\s,.;:]/u.test(text[from]!)) from++;
  const first: Quotation = { ...whole, outer: { start: outer.start, end: open + 1 }, inner: trimmedInner(text, outer.start + 1, open) };
  if (from >= outer.end - 1) return [first];
  return [first, { ...whole, outer: { start: close, end: outer.end }, inner: trimmedInner(text, from, outer.end - 1), resumesInciso: true }];
}

/**
 * A paragraph of dialogue: it opens with a dash glued to the words ("—Este mercado…"), and a dash after a space
 * sets off a lower-case verb of saying ("—afirmó Valcárcel—"); what follows the closing dash is said too.
 * Without such an inserted verb the line is not read as a quotation (an interview's question, a list item), unless
 * the paragraph before ends in a colon that announces it.
 */
function dialogueQuotations(text: string, span: TextSpan, paragraph: number, before: TextSpan | undefined, answer: boolean): Quotation[] {
  if (!opensDialogue(text, span)) return [];
  const line = text.slice(span.start, span.end);
  const inserted = /\s[—–](\p{Ll}+)/u.exec(line.slice(1));
  // "X lo resumió así:¶—Tenemos camas…": a dashed line right after a paragraph that announces words with a colon is
  // them; a question there ("—¿Cuál es el plan?") is an interviewer's. An interview's answer (interviewAnswerLines) is quoted too.
  if (answer) return [{ outer: span, inner: trimmedInner(text, span.start + 1, span.end), paragraph, runsOn: false, continuesPrevious: false, answersInterviewer: true }];
  if (!inserted && text[span.start + 1] !== '¿' && before !== undefined && (announcesWords(text.slice(before.start, before.end)) || tellsOfSpeaking(text.slice(before.start, before.end)))) return [{ outer: span, inner: trimmedInner(text, span.start + 1, span.end), paragraph, runsOn: false, continuesPrevious: false }];
  if (!inserted || !insertsCueVerb(line.slice(1 + inserted.index + 2))) return [];
  const dash = span.start + 1 + inserted.index + 1;
  const quotations: Quotation[] = [{ outer: { start: span.start, end: dash + 1 }, inner: trimmedInner(text, span.start + 1, dash), paragraph, runsOn: false, continuesPrevious: false }];
  const close = line.slice(dash + 1 - span.start).search(DASHES);
  if (close >= 0) {
    const closing = dash + 1 + close;
    let from = closing + 1;
    while (from < span.end && /[\s,.;:]/u.test(text[from]!)) from++;
    // "—afirmó X—, y estará…": the conjunction joins the halves; the quoted words start after it.
    const conjunction = /^(?:y|e|and)\s+/u.exec(text.slice(from, span.end));
    if (conjunction) from += conjunction[0].length;
    if (from < span.end) quotations.push({ outer: { start: closing, end: span.end }, inner: trimmedInner(text, from, span.end), paragraph, runsOn: false, continuesPrevious: false, resumesDialogue: true });
  }
  return quotations;
}

/** A dash after a space before a lower-case word: the narrator's verb inserted in a line of dialogue ("—dijo X—"). */
const INSERTED_DASH = /\s[—–]\p{Ll}/u;

/** Who a line of a dialogue-dash interview is: the interviewer's question or prompt, an answer, or a line quoted with its own verb. */
type InterviewRole = 'question' | 'prompt' | 'answer' | 'other';

/**
 * The paragraphs (indices) that answer an interviewer in runs of dialogue lines with no inserted verb, as the Chilean and
 * Rioplatense press lays out an interview: the interviewer's line is a question ("—¿Y va a seguir viajando?") or, where
 * no question comes before, a topic or remark ("—Sobre la reforma.", "—La oposición dice que…"), and the next line is
 * the answer. Lines alternate from each question; the first line of a run is the interviewer's, unless a paragraph
 * announcing words with a colon precedes it ("X lo resumió así:"); a line with an inserted verb ("—…—preguntó X—") is
 * its own. Only a run holding at least one interviewer's question is an interview: narrative dialogue asks none.
 */
function interviewAnswerLines(text: string, paragraphs: TextSpan[]): Set<number> {
  const answers = new Set<number>();
  let run: Array<{ index: number; role: InterviewRole }> = [];
  const close = () => {
    if (run.some(({ role }) => role === 'question')) for (const { index, role } of run) if (role === 'answer') answers.add(index);
    run = [];
  };
  paragraphs.forEach((span, index) => {
    if (!opensDialogue(text, span)) return close();
    const line = text.slice(span.start, span.end).trim();
    const before = paragraphs[index - 1];
    const previous = run.at(-1)?.role;
    const announced = previous === undefined && before !== undefined && announcesWords(text.slice(before.start, before.end));
    const role: InterviewRole = INSERTED_DASH.test(line.slice(1)) || announced ? 'other'
      : endsAsQuestion(line) ? 'question'
      : previous === 'question' || previous === 'prompt' ? 'answer'
      : previous === undefined || previous === 'answer' ? 'prompt' : 'other';
    run.push({ index, role });
  });
  close();
  return answers;
}

/** Whether a paragraph is a line of dialogue: it opens with a dash glued to its first word ("—Este mercado…"). */
function opensDialogue(text: string, span: TextSpan): boolean {
  return DASHES.test(text[span.start] ?? '') && !/\s/.test(text[span.start + 1] ?? ' ');
}

/** Words before a paragraph's closing colon searched for the verb of saying that announces what follows. */
const ANNOUNCING_WORDS = 12;

/** Whether a paragraph ends in a colon after a verb of saying ("Ferrer lo resumió así:"; not "Las medidas son las siguientes:"). */
function announcesWords(paragraph: string): boolean {
  if (!/:\s*$/u.test(paragraph)) return false;
  const words = paragraph.split(/[\s,.;:]+/u).slice(-ANNOUNCING_WORDS - 1);
  return words.some((word) => /^\p{Ll}/u.test(word) && speechVerb(word) !== undefined && speechVerb(word)!.frame !== 'question');
}

/**
 * Whether a paragraph's last sentence tells of someone speaking without a colon ("Larrañaga habló con la prensa tras la
 * derrota.", "El fiscal respondió a los periodistas en la puerta del juzgado."): a lower-case verb of saying, no question's,
 * among its last ANNOUNCING_WORDS words. The dashed line after it ("—No nos alcanzó.") is what was said, as after a colon.
 */
function tellsOfSpeaking(paragraph: string): boolean {
  const last = paragraph.trim().split(/(?<=[.!?…])\s+(?=\p{Lu})/u).at(-1) ?? '';
  if (!/[.!…]$/u.test(last)) return false;
  const words = last.split(/[\s,.;:]+/u).slice(-ANNOUNCING_WORDS - 1);
  return words.some((word) => /^\p{Ll}/u.test(word) && speechVerb(word) !== undefined && speechVerb(word)!.frame !== 'question');
}

/** The span without the white space it opens with, so that its first character is its first mark. */
function trimmedStart(text: string, span: TextSpan): TextSpan {
  let start = span.start;
  while (start < span.end && /\s/u.test(text[start]!)) start++;
  return { start, end: span.end };
}

/**
 * Every quotation of `text` in reading order: words between quote marks of one of the STYLES (“”, «», „“, "", ‘’, ''),
 * or between doubled apostrophes (''…'', ``…''),
 * and dialogue set off by dashes. `rawParagraphs` are the article's paragraph spans (character offsets into
 * `text`); a quotation left open at a paragraph's end runs on into the next when that one takes it up.
 */
export function findQuotations(text: string, rawParagraphs: TextSpan[]): Quotation[] {
  const quotations: Quotation[] = [];
  const paragraphs = rawParagraphs.map((span) => trimmedStart(text, span));
  const answers = interviewAnswerLines(text, paragraphs);
  paragraphs.forEach((span, index) => {
    const next = paragraphs[index + 1];
    // The next paragraph takes the quotation up: it opens with the mark again (or "»"), or closes it unmarked.
    // Asked once per unclosed mark: remembered per mark, so that each reads the next paragraph once.
    const opensNext = new Map<string, boolean>();
    const nextOpensWith = (mark: string) => {
      if (next === undefined) return false;
      if (text[next.start] === mark || text[next.start] === CONTINUATION_MARKS[mark]) return true;
      const style = STYLES.find((candidate) => candidate.open === mark);
      if (style === undefined || STYLES.some((other) => text[next.start] === other.open)) return false;
      if (!opensNext.has(mark)) opensNext.set(mark, unopenedClose(text, next, style) >= 0);
      return opensNext.get(mark)!;
    };
    const open = quotations.at(-1);
    // A quotation already resumed with "»" keeps its «…» style for the paragraph after ("«…¶»…¶»…»").
    const mark = open ? text[open.outer.start] : undefined;
    const continuing = open?.runsOn && open.paragraph === index - 1 ? STYLES.find((style) => style.open === mark || CONTINUATION_MARKS[style.open] === mark) : undefined;
    const before = paragraphs[index - 1];
    const dialogue = dialogueQuotations(text, span, index, before, answers.has(index));
    const found = dialogue.length ? dialogue : paragraphQuotations(text, span, index, nextOpensWith, next !== undefined && opensDoubled(text, next.start), continuing);
    const previous = quotations.at(-1);
    const first = found[0];
    if (first && previous?.runsOn && previous.paragraph === index - 1 && first.outer.start === span.start) first.continuesPrevious = true;
    appendAll(quotations, found);
  });
  return quotations;
}
