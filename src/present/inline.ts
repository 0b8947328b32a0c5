/** Text from the corpus or the user, made fit for the one-line places of a reply. */

/**
 * For one-line places (titles, field names, labels): runs of whitespace and control characters (Unicode
 * category Cc: line breaks, NUL, escape…) become one space; a terminal would act on a control character
 * echoed raw, and text made only of them names nothing.
 */
export function inlineText(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}
