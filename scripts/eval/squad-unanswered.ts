/**
 * The dev groups' SQuAD-es v2 unanswerable questions that /ask answers, one by one, to read by kind: the articles are
 * indexed and dealt as scripts/eval/answering.ts deals them, the committed answerability models decide, and each
 * unanswerable question of every group but HELD_OUT (whose questions are never listed) that is answered is printed
 * with the sentences it would quote and its paragraph's opening. The count closes the listing.
 * Run alone: `EVAL_DATA_DIR=… npx tsx scripts/eval/squad-unanswered.ts`.
 */
import { ANSWERABILITY_MODELS } from '../../src/answer/answerability-model.js';
import { assessQuestion, decidesToAnswer } from '../../src/answer/ask.js';
import { checkQuestion } from '../../src/answer/question.js';
import { foldsOf, indexOf } from './answering.js';
import { loadSquadSet } from './squad.js';

/** The group never listed (as in answering-misses.ts). */
const HELD_OUT = 0;

const set = await loadSquadSet('squad-es-v2/squad-es-v2.dev.json', { idPrefix: 'squad-es', questionLanguage: 'es' });
const folds = foldsOf(set.articles);
const whole = await indexOf(set.articles, set.passages);
let unanswerable = 0;
let answered = 0;
for (const question of set.questions.filter((item) => !item.answerable && (folds.get(item.articleId) ?? HELD_OUT) !== HELD_OUT)) {
  unanswerable++;
  const checked = checkQuestion(question.text);
  if (!checked.ok) continue;
  const assessment = await assessQuestion({ index: whole.index, articles: whole.articles, question: checked });
  const answer = decidesToAnswer(assessment, ANSWERABILITY_MODELS) ? assessment.answer() : undefined;
  if (!answer) continue;
  answered++;
  console.log(`\n## ${question.text}`);
  console.log(`answer: ${answer.result.answer.replace(/\s+/gu, ' ').slice(0, 500)}`);
}
console.log(`\n${answered} of ${unanswerable} dev unanswerable questions answered`);
