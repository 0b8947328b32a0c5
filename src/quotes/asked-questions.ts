/**
 * A reporter's question quoted alone in its paragraph and answered in the next ("“Will you resign?” ¶ “Not now,” he
 * replied.", "«¿Dimitirá?» ¶ «No pienso en eso», respondió."): the question is the asker's, never the words of the one
 * the narration had in focus, who is the one answering.
 */
import type { TextSpan } from '../corpus/types.js';
import type { Draft } from './reading.js';

/** A verb of replying, Spanish or English, as written ("respondió", "contestó", "replicó", "replied", "answered", "responded"). */
const REPLYING = /(?<!\p{L})(?:respond|contest|replic|repli|answer)\p{L}*/iu;

/** Characters after a quotation its verb of saying is looked for in ("», respondió el técnico."). */
const MAX_TAIL_CHARS = 60;

/**
 * Takes the speaker off each direct statement that is a question filling its paragraph when the next paragraph's
 * statement, credited to the same speaker, is given by a verb of replying after it: the question was put to that speaker.
 * `drafts` (in text order) are changed in place; `paragraphs` are the article's.
 */
export function unsayAskedQuestions(text: string, paragraphs: readonly TextSpan[], drafts: readonly Draft[]): void {
  const paragraphOf = (at: number) => paragraphs.findIndex((span) => span.start <= at && at < span.end);
  for (let i = 0; i + 1 < drafts.length; i++) {
    const [question, reply] = [drafts[i]!, drafts[i + 1]!];
    const speaker = question.attribution?.speaker;
    if (question.kind !== 'direct' || reply.kind !== 'direct' || !speaker || reply.attribution?.speaker !== speaker) continue;
    if (!/\?\s*$/u.test(text.slice(question.start, question.end))) continue;
    const asked = paragraphOf(question.start);
    const span = paragraphs[asked];
    // The question fills its paragraph: nothing but quotation marks and dashes around it.
    if (!span || /[\p{L}\p{N}]/u.test(text.slice(span.start, question.start) + text.slice(question.end, span.end))) continue;
    if (paragraphOf(reply.start) !== asked + 1 || !REPLYING.test(text.slice(reply.end, Math.min(reply.end + MAX_TAIL_CHARS, paragraphs[asked + 1]!.end)))) continue;
    question.attribution = undefined;
    question.media = [];
  }
}
