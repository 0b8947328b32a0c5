/**
 * Parts of a story written as a list, which tell of what the story is about without naming it: an answer under its
 * question in a question-and-answer layout ("¿Qué servicios mínimos hay? La consejería fijó…"), and a fact box's line of
 * "Label: value" items (clean.ts joins a box's items with ";" as dom-text.ts joins a table's cells with "·").
 */

// A question closing a sentence, maybe before closing marks or emphasis ("¿Quién convoca la huelga?**", "Why now?»").
const ASKS = /\?[\s*_»”"')\]]*$/u;

/**
 * Whether `sentence` answers `previous`, the sentence before it, in a question-and-answer layout ("¿Cuántos médicos están
 * llamados al paro? Unos 2.300 facultativos…"): `previous` is a question and `sentence` none.
 */
export function answersQuestionBefore(previous: string, sentence: string): boolean {
  return ASKS.test(previous.trimEnd()) && !ASKS.test(sentence.trimEnd());
}

// Between the items of a fact box's line.
const ITEM_SEPARATOR = /\s*[;·]\s+/u;
// A fact: a short capitalised label, a colon, its value ("Viviendas afectadas: 85").
const FACT = /^\p{Lu}[^:.!?]{0,40}:\s+\S/u;
// Where a question ends inside a quoted unit, before its answer.
const QUESTION_END = /\?[\s*_»”"')\]]*\s/u;

/**
 * Whether `unit` (a quoted stretch of a story) is a list's part that tells of its story's subject without naming it: a
 * question and the answer under it, or a line of two or more "Label: value" items ("Altura máxima: 4,2 metros; Viviendas
 * afectadas: 85"). A name of its story's headline is held by such a part as by the story.
 */
export function speaksOfHeadline(unit: string): boolean {
  const asked = QUESTION_END.exec(unit);
  if (asked && answersQuestionBefore(unit.slice(0, asked.index + 1), unit.slice(asked.index + asked[0].length))) return true;
  const items = unit.trim().split(ITEM_SEPARATOR);
  return items.length >= 2 && items.every((item) => FACT.test(item));
}
