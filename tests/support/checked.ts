/** A question as the front ends hand it to the answer engine: accepted by checkQuestion, read once. */
import { checkQuestion } from '../../src/answer/question.js';
import type { CheckedQuestion } from '../../src/answer/types.js';

/** The checked question; throws when checkQuestion turns the text away (a test wrote a bad question). */
export function checked(question: string): CheckedQuestion {
  const check = checkQuestion(question);
  if (!check.ok) throw new Error(`checkQuestion turned "${question}" away: ${check.message}`);
  return check;
}
