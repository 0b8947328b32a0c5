/**
 * Discord's own markup in what a user types (mentions, custom emoji, timestamps), removed by every
 * front end before the text reaches the library: the console and the CLI read what a Discord user
 * would type, so `@everyone ¿Qué dijo Kim?` asks the same question everywhere.
 */

// User, role and channel mentions, custom emoji and timestamps: ids, not words (`<@123>`, `<:ok:123>`).
const DISCORD_TOKEN = /<(?:@[!&]?|#|a?:\w+:|t:)\d+(?::\w)?>|@(?:everyone|here)\b/gu;

/** `text` with mentions, custom emoji and timestamps replaced by spaces; they would neither match an article nor read well when echoed. */
export function withoutDiscordMarkup(text: string): string {
  return text.replace(DISCORD_TOKEN, ' ');
}
