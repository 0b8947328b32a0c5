/**
 * A small reader of Discord message markdown for tests: which links, mentions and layout-changing
 * constructs a piece of text would show, and the text a reader would see. It follows Discord's rules
 * where they matter here: a backslash before any punctuation shows that character literally; mentions,
 * emoji and timestamps are `<…>` tags; `[text](url)` is a masked link; `http(s)://` starts a link;
 * headings, subtext, quotes and lists act at the start of a line; ``` opens a code block.
 */

/** Characters hidden behind a backslash become this placeholder, so patterns cannot see them. */
const ESCAPED = '\u0000';

/** The text with every escaped character replaced by a placeholder, as Discord's parser sees structure. */
function structure(markdown: string): string {
  return markdown.replace(/\\([^\p{L}\p{N}\s])/gu, ESCAPED + ESCAPED);
}

const CONSTRUCTS: Array<[string, RegExp]> = [
  ['user or role mention', /<@[!&]?\d+>/],
  ['channel mention', /<#\d+>/],
  ['custom emoji', /<a?:\w+:\d+>/],
  ['timestamp', /<t:-?\d+(?::\w)?>/],
  ['command mention', /<\/[^\s>]+:\d+>/],
  ['mass mention', /@(?:everyone|here)/i],
  ['masked link', /\[[^\]]*\]\([^)]*\)/],
  ['link', /https?:\/\/\S/i],
  ['code', /`/],
  ['heading or subtext', /^[ \t]*(?:#{1,3}|-#)[ \t]/m],
  ['block quote', /^[ \t]*>/m],
  ['list item', /^[ \t]*(?:[-*+]|\d+\.)[ \t]/m],
  ['spoiler', /\|\|/],
  ['italics or underline', /[_*]/],
  ['strikethrough', /~~/],
];

/** The constructs `markdown` would form, by name (bold `**` is allowed: the bot uses it for highlights). */
export function formedConstructs(markdown: string, options: { allowBlockQuote?: boolean } = {}): string[] {
  const seen = structure(markdown).replace(/\*\*/g, '');
  return CONSTRUCTS.filter(([name, pattern]) => pattern.test(seen) && !(options.allowBlockQuote && name === 'block quote')).map(([name]) => name);
}

/** The links and mentions only: what must never come out of user or corpus text. */
export function formedLinksOrMentions(markdown: string): string[] {
  const kinds = new Set(['user or role mention', 'channel mention', 'custom emoji', 'timestamp', 'command mention', 'mass mention', 'masked link', 'link']);
  return formedConstructs(markdown).filter((name) => kinds.has(name));
}

/** What a reader sees: escapes resolved, bold markers gone, the zero-width space that defuses `@everyone` or `@here` dropped. */
export function displayedText(markdown: string): string {
  let out = '';
  for (let i = 0; i < markdown.length; i++) {
    const character = markdown[i];
    if (character === '\\' && i + 1 < markdown.length && /[^\p{L}\p{N}\s]/u.test(markdown.charAt(i + 1))) {
      out += markdown[++i];
    } else if (character === '*' && markdown[i + 1] === '*') {
      i++;
    } else {
      out += character;
    }
  }
  // Only the zero-width space the escaper puts inside a mass mention; one the user typed is theirs.
  return out.replace(/@\u200b(?=everyone|here)/gi, '@');
}
