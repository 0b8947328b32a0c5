/**
 * Whether `text` ends as a question: a question mark (ASCII "?" or the full-width "？" of Chinese and Japanese text),
 * then only closing quotation marks, brackets or spaces ("¿Y ahora qué?»", "“Why?” ", "(¿cuándo?)").
 */
export function endsAsQuestion(text: string): boolean {
  return /[?？][\s"'“”‘’»)\]]*$/u.test(text);
}
