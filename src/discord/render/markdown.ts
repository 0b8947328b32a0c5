/**
 * Makes text we do not control (corpus excerpts and titles, echoed user input) display literally in
 * Discord, then adds the only markup the bot itself uses: bold. Every markdown character is escaped
 * wherever it stands (plus a few line-start and look-ahead rules), so escaped pieces stay inert when
 * joined with the bot's own labels: nothing in them can become formatting, a heading, list, quote,
 * code block, masked link, bare link or mention.
 */
import type { TextSpan } from '../../corpus/types.js';

/** Half of a surrogate pair on its own (e.g. text cut mid-emoji) is not valid Unicode for Discord. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ALWAYS_SPECIAL = /[\\*_~`|[\]<>]/g;
/** Headings (`#`, `-#`), bullets (`-`, `+`) and numbered lists (`1.`) only act at the start of a line. */
const LINE_START_MARKUP = /^([ \t]*)([#+-]|\d+(?=[.)]))/gm;
/** `https://` becomes a link; an escaped colon keeps it text. */
const URL_SCHEME = /:(?=\/\/)/g;
/** `@everyone` and `@here` render as mentions; a zero-width space after the `@` keeps them plain. */
const MASS_MENTION = /@(?=everyone|here)/gi;

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
  const units = text.replace(LONE_SURROGATE, '\uFFFD').split('');
  const escapeAt = (index: number) => (units[index] = '\\' + units[index]);
  for (const { index } of text.matchAll(ALWAYS_SPECIAL)) escapeAt(index);
  for (const match of text.matchAll(LINE_START_MARKUP)) {
    const [, indent = '', marker = ''] = match;
    // A list number is kept and its dot escaped; any other marker is escaped itself.
    escapeAt(match.index + indent.length + (/^\d/.test(marker) ? marker.length : 0));
  }
  for (const { index } of text.matchAll(URL_SCHEME)) escapeAt(index);
  for (const { index } of text.matchAll(MASS_MENTION)) units[index] += '\u200b';
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

function trimSpan(text: string) {
  return ({ start, end }: TextSpan): TextSpan => {
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    return { start, end };
  };
}

/** `index`, moved back if it falls between the two halves of a surrogate pair, so no character is cut in two. */
function codePointStart(text: string, index: number): number {
  const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
  const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
  return index > 0 && index < text.length && isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1)) ? index - 1 : index;
}
