/**
 * Discord's own markup in what a user types, removed by every front end before the text reaches the library, so that
 * the question (or name) the core reads is the plain text the user meant: mentions, custom emoji and timestamps (ids,
 * not words), and markdown (bold, italics, underline, spoilers, code, masked links, headings, quotes, subtext), whose
 * marks are no words and whose link targets the user never wrote as words. Struck-out text is text the user crossed
 * out, and goes with its marks. The console and the CLI read what a Discord user would type, so `**¿Qué dijo Kim?**`
 * asks the same question everywhere. Source of the markup: Discord's "Markdown Text 101" help article.
 */

// User, role and channel mentions, custom emoji and timestamps: ids, not words (`<@123>`, `<:ok:123>`).
const DISCORD_TOKEN = /<(?:@[!&]?|#|a?:\w+:|t:)\d+(?::\w)?>|@(?:everyone|here)\b/gu;

/** A markdown character escaped with a backslash (`\*`): kept as itself, never read as a mark. */
const ESCAPED = /\\([*_~|`>#[\]()\\-])/gu;
/** Where an escaped character waits while the marks are removed: a private-use code point per character. */
const HELD = 0xe000;

/** Marks that wrap text; each pattern keeps what the marks hold, but struck-out text (`~~…~~`), which goes. */
const WRAPPING: readonly [RegExp, string][] = [
  // A code block, its language tag (a word alone on the opening line) dropped, then code spans of any run of backticks.
  [/```(?:[\w+-]+\n)?([\s\S]*?)```/gu, ' $1 '],
  [/(`+)([\s\S]*?[^`])\1(?!`)/gu, '$2'],
  // A masked link's text, its target dropped: [text](https://…) or [text](<https://…>).
  [/\[([^\]\n]*)\]\(\s*<?[a-z][a-z\d+.-]*:\/\/[^\s)>]*>?\s*\)/giu, '$1'],
  [/~~[\s\S]*?~~/gu, ' '],
  [/\|\|([\s\S]*?)\|\|/gu, '$1'],
];

/** Emphasis marks (`*`, `_` in runs of one to three): at a word's edge only, so that snake_case or "5 * 3" stay. */
const EMPHASIS = /(?<![\p{L}\p{N}*_])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,3}(?![\p{L}\p{N}*_])/gu;

/** Marks that open a line: a heading, subtext, a block quote, a list item's bullet. */
const LINE_START = /^[ \t]*(?:#{1,3}[ \t]+|-#[ \t]+|>>>[ \t]*|>[ \t]+|[-*][ \t]+)/gmu;

/** `text` with Discord's markup removed (see the header); mentions and struck-out text become spaces. */
export function withoutDiscordMarkup(text: string): string {
  const held: string[] = [];
  let plain = text.replace(ESCAPED, (_escape, character: string) => String.fromCodePoint(HELD + held.push(character) - 1));
  plain = plain.replace(DISCORD_TOKEN, ' ');
  for (const [pattern, replacement] of WRAPPING) plain = plain.replace(pattern, replacement);
  plain = plain.replace(LINE_START, '').replace(EMPHASIS, '');
  return plain.replace(/[\uE000-\uF8FF]/gu, (character) => held[character.codePointAt(0)! - HELD] ?? character);
}
