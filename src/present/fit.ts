/**
 * The one place that makes text fit a size limit: splitting long text into pieces, or shortening it
 * with an ellipsis. Cuts fall after a sentence when possible, else between words, and only inside a
 * word (between graphemes, never inside an emoji) when a single word is longer than the limit.
 *
 * Limits apply to what is sent, which may be longer than the raw text (escaping, bold markers), so
 * callers pass `measure`: the size of a raw piece once rendered. It must not shrink as a piece grows,
 * and is never less than the piece's length (rendering only adds), so only the first `max` characters
 * need looking at for a cut.
 */
export type Measure = (text: string) => number;

const byLength: Measure = (text) => text.length;

export const ELLIPSIS = '…';

/**
 * Splits `text` into trimmed pieces that each measure at most `max` (unless a single grapheme
 * measures more), in order, losing only whitespace at the cuts.
 */
export function splitToFit(text: string, max: number, measure: Measure = byLength): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest !== '') {
    // A measure is never less than the length, so a longer rest cannot fit and is not measured whole.
    if (rest.length <= max && measure(rest) <= max) {
      pieces.push(rest);
      break;
    }
    const cut = longestFittingCut(rest, max, (prefix) => measure(prefix) <= max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return pieces;
}

/** `text` itself when it fits, else its longest prefix (cut between words when possible) followed by an ellipsis. */
export function truncateToFit(text: string, max: number, measure: Measure = byLength): string {
  if (text.length <= max && measure(text) <= max) return text;
  const fits = (end: number) => measure(text.slice(0, end) + ELLIPSIS) <= max;
  const cut = lastFitting(wordEnds(text, max), fits) ?? lastFitting(graphemeEnds(text, max), fits);
  return cut === undefined ? '' : text.slice(0, cut).trimEnd() + ELLIPSIS;
}

/** Where the first piece of `text` should end: the furthest sentence end that fits, else word end, else grapheme. */
function longestFittingCut(text: string, max: number, fits: (prefix: string) => boolean): number {
  const fitsUpTo = (end: number) => fits(text.slice(0, end).trimEnd());
  for (const cuts of [sentenceEnds, wordEnds, graphemeEnds]) {
    const cut = lastFitting(cuts(text, max), fitsUpTo);
    if (cut !== undefined) return cut;
  }
  // Not even one grapheme fits the limit: send it alone rather than loop forever.
  const [firstEnd] = segmentEnds(graphemes.segment(text.slice(0, WINDOW_SLACK)));
  return firstEnd ?? text.length;
}

/** The largest cut for which `fits` holds, by binary search (cuts ascending, `fits` true then false). */
function lastFitting(cuts: number[], fits: (cut: number) => boolean): number | undefined {
  let low = 0;
  let high = cuts.length - 1;
  let best: number | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const cut = cuts[middle];
    if (cut !== undefined && fits(cut)) {
      best = cut;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}

const sentences = new Intl.Segmenter(undefined, { granularity: 'sentence' });
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/*
 * Cut positions within the first `max` characters (plus the whitespace after them), strictly inside
 * `text`. Segmenting a window rather than the whole text keeps splitting long text linear; a boundary
 * at the window's own end is not trusted, since the text goes on.
 */
const WINDOW_SLACK = 64;

function sentenceEnds(text: string, max: number): number[] {
  const window = text.slice(0, max + WINDOW_SLACK);
  // A sentence segment carries its trailing spaces; an end without them ("¿Sí?No") is inside a word.
  return segmentEnds(sentences.segment(window)).filter((end) => end < window.length && /\s/.test(window.charAt(end - 1)));
}

function graphemeEnds(text: string, max: number): number[] {
  const window = text.slice(0, max + WINDOW_SLACK);
  return segmentEnds(graphemes.segment(window)).filter((end) => end < window.length && end <= max);
}

/** Positions where a word ends and whitespace begins. */
function wordEnds(text: string, max: number): number[] {
  return [...text.slice(0, max + 1).matchAll(/\S(?=\s)/g)].map((match) => match.index + 1);
}

function segmentEnds(segments: Intl.Segments): number[] {
  return Array.from(segments, ({ index, segment }) => index + segment.length);
}

/** A list known to hold at least one item, so its first item needs no check. */
export type NonEmpty<T> = [T, ...T[]];

/** `items` mapped one for one, keeping the knowledge that there is at least one. */
export function mapNonEmpty<T, U>([first, ...rest]: readonly [T, ...T[]], map: (item: T, index: number) => U): NonEmpty<U> {
  return [map(first, 0), ...rest.map((item, index) => map(item, index + 1))];
}

/** Groups items, in order, so that each group holds at most `maxCount` items whose sizes add up to at most `maxSize`. */
export function packInto<T>(items: readonly T[], sizeOf: (item: T) => number, maxSize: number, maxCount = Infinity): NonEmpty<T>[] {
  const groups: NonEmpty<T>[] = [];
  let current: NonEmpty<T> | undefined;
  let size = 0;
  for (const item of items) {
    const next = sizeOf(item);
    if (current && current.length < maxCount && size + next <= maxSize) {
      current.push(item);
      size += next;
    } else {
      if (current) groups.push(current);
      current = [item];
      size = next;
    }
  }
  if (current) groups.push(current);
  return groups;
}

/** Joins lines with line breaks into as few blocks of at most `max` characters as possible (each line must fit alone). */
export function packLines(lines: readonly string[], max: number): string[] {
  // Each line costs its length plus the line break before the next one.
  return packInto(lines, (line) => line.length + 1, max + 1).map((group) => group.join('\n'));
}
