/** Text from the corpus or the user, made fit for the one-line places of a reply. */

/** For one-line places (titles, field names, labels): whitespace runs, line breaks included, become one space. */
export function inlineText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
