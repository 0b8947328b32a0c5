/**
 * Makes text we do not control (corpus excerpts and titles, echoed user input) display literally in
 * Discord, then adds the only markup the bot itself uses: bold. Every markdown character is escaped
 * wherever it stands (plus a few line-start and look-ahead rules), so escaped pieces stay inert when
 * joined with the bot's own labels: nothing in them can become formatting, a heading, list, quote,
 * code block, masked link, bare link or mention. Invisible format characters (bidirectional
 * overrides above all) are dropped, so nothing quoted can turn the bot's own words around.
 */
import type { TextSpan } from '../../corpus/types.js';
import { INVISIBLE_FORMAT } from '../../present/safe-text.js';

/** Half of a surrogate pair on its own (e.g. text cut mid-emoji) is not valid Unicode for Discord. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ALWAYS_SPECIAL = /[\\*_~`|[\]<>]/g;
/** Headings (`#`, `-#`), bullets (`-`, `+`) and numbered lists (`1.`) only act at the start of a line. */
const LINE_START_MARKUP = /^([ \t]*)([#+-]|\d+(?=[.)]))/gm;
/** `https://` becomes a link; an escaped colon keeps it text. */
const URL_SCHEME = /:(?=\/\/)/g;
/** `@everyone` and `@here` render as mentions; a zero-width space after the `@` keeps them plain. */
const MASS_MENTION = /@(?=everyone|here)/gi;

/** `text` with every character Discord would read as markdown, a link or a mass mention escaped, so it shows as written. */
export function escapeMarkdown(text: string): string {
  return escapedCharacters(text).join('');
}

/** How long `text` is once escaped: the measure for fitting text to a limit before it is escaped. */
export function escapedLength(text: string): number {
  return escapeMarkdown(text).length;
}

/**
 * The escaped form of each UTF-16 unit of `text`, decided with the whole text in view, so that any
 * slice of the result, joined with bold markers, is as safe as the whole.
 */
function escapedCharacters(text: string): string[] {
  const valid = text.replace(LONE_SURROGATE, '\uFFFD');
  const units = valid.split('');
  // Invisible format characters go first, unit by unit so that offsets into `text` (bold spans) stay
  // valid; the rules below then read the text as it will show, where a hidden character no longer
  // keeps apart what would form markup ("#" at a line start, "https://", "@everyone").
  const hidden = [...text.matchAll(INVISIBLE_FORMAT)];
  for (const { index, 0: invisible } of hidden) units.fill('', index, index + invisible.length);
  // Where each shown unit stands in `text` (the same place when nothing was hidden, the usual case).
  const shownAt = hidden.length === 0 ? undefined : units.flatMap((unit, index) => (unit === '' ? [] : [index]));
  const shown = shownAt ? units.join('') : valid;
  const placeOf = (at: number) => (shownAt ? shownAt[at] : at);
  const escapeAt = (at: number) => {
    const index = placeOf(at);
    if (index !== undefined) units[index] = '\\' + units[index];
  };
  for (const { index } of shown.matchAll(ALWAYS_SPECIAL)) escapeAt(index);
  for (const match of shown.matchAll(LINE_START_MARKUP)) {
    const [, indent = '', marker = ''] = match;
    // A list number is kept and its dot escaped; any other marker is escaped itself.
    escapeAt(match.index + indent.length + (/^\d/.test(marker) ? marker.length : 0));
  }
  for (const { index } of shown.matchAll(URL_SCHEME)) escapeAt(index);
  for (const { index } of shown.matchAll(MASS_MENTION)) {
    const at = placeOf(index);
    if (at !== undefined) units[at] += '\u200b';
  }
  return units;
}

/** Escapes `text` and bolds the parts of it that `spans` cover (merged, clipped to the text, trimmed of spaces). */
export function emphasise(text: string, spans: readonly TextSpan[]): string {
  const escaped = escapedCharacters(text);
  let out = '';
  let at = 0;
  for (const span of boldableSpans(text, spans)) {
    out += escaped.slice(at, span.start).join('') + '**' + escaped.slice(span.start, span.end).join('') + '**';
    at = span.end;
  }
  return out + escaped.slice(at).join('');
}

function boldableSpans(text: string, spans: readonly TextSpan[]): TextSpan[] {
  const sorted = spans
    .map(({ start, end }) => ({ start: codePointStart(text, Math.max(0, start)), end: codePointStart(text, Math.min(text.length, end)) }))
    .filter(({ start, end }) => start < end)
    .sort((a, b) => a.start - b.start);
  // Touching or overlapping spans become one, so `**a****b**` never appears.
  const merged: TextSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.map(trimSpan(text)).filter(({ start, end }) => start < end);
}

/** A space, or a unit that is dropped: bold around it alone would show as stray asterisks. */
const SHOWS_NOTHING = /^[\s\p{Cf}]$/u;

function trimSpan(text: string) {
  return ({ start, end }: TextSpan): TextSpan => {
    while (start < end && SHOWS_NOTHING.test(text.charAt(start))) start++;
    while (end > start && SHOWS_NOTHING.test(text.charAt(end - 1))) end--;
    return { start, end };
  };
}

/** `index`, moved back if it falls between the two halves of a surrogate pair, so no character is cut in two. */
function codePointStart(text: string, index: number): number {
  const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
  const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
  return index > 0 && index < text.length && isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1)) ? index - 1 : index;
}
