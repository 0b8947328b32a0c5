/**
 * `text` as a regular expression's source that matches it literally: every character with a meaning in a pattern
 * (`. * + ? ^ $ { } ( ) | [ ] \`) escaped, as MDN's "Escaping" section of its regular-expressions guide writes it.
 * Safe inside patterns with or without the `u` flag. "Dr. (h.c.)" → "Dr\. \(h\.c\.\)".
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
