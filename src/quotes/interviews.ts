/**
 * Answers in an interview set out as questions and answers under a heading that names the one interviewed ("MAGALY
 * MEDINA: ME ESCAPÉ DEL COLEGIO" ¶ "¿Magaly, qué travesura…?" ¶ "De niña le hice varias…"): the answer is printed
 * without quotation marks or a verb of saying, and is the interviewee's own words, a direct statement.
 */
import type { TextSpan } from '../corpus/types.js';
import { endsAsQuestion } from '../text/question-mark.js';
import type { Draft } from './reading.js';

/** Quotation marks that would make a paragraph a quotation, which the quotation rules read instead. */
const QUOTE_MARKS = /["“”«»]/u;

/**
 * The direct statements of the interviewee for each answer paragraph: a paragraph right after a question, itself no
 * question, heading or quotation, and holding no statement already (`drafts`), under a heading of the vox-pop or
 * interview layout that names a speaker (`headings`, by paragraph index; see extract.ts headingSpeaker). A heading
 * naming nobody ends the interview. The article's `text` and `paragraphs` are as the corpus gives them.
 */
export function interviewAnswers(text: string, paragraphs: readonly TextSpan[], headings: ReadonlyMap<number, string | null>, drafts: readonly Draft[]): Draft[] {
  if (headings.size === 0) return [];
  const answers: Draft[] = [];
  let interviewee: string | null = null;
  paragraphs.forEach((span, index) => {
    if (headings.has(index)) {
      interviewee = headings.get(index) ?? null;
      return;
    }
    const previous = paragraphs[index - 1];
    if (interviewee === null || !previous || headings.has(index - 1) || !endsAsQuestion(text.slice(previous.start, previous.end).trim())) return;
    const answer = text.slice(span.start, span.end);
    if (endsAsQuestion(answer.trim()) || QUOTE_MARKS.test(answer) || drafts.some((draft) => draft.start < span.end && draft.end > span.start)) return;
    const start = span.start + (answer.length - answer.trimStart().length);
    const end = span.start + answer.trimEnd().length;
    answers.push({ kind: 'direct', start, end, attribution: { speaker: interviewee, medium: null }, media: [] });
  });
  return answers;
}
