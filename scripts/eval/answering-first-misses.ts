/**
 * The dev groups' answerable Spanish XQuAD questions whose first citation is not the gold paragraph, one by one, to read
 * by kind: every article indexed (as answering.ts indexes them for in-corpus questions), each question of every group but
 * HELD_OUT (whose questions are never listed) assessed through the production path (checkQuestion, assessQuestion),
 * whatever the answerability model would decide. Each miss is printed with the first three citations (the gold one
 * marked), the answer's text and the gold paragraph; the count closes the listing.
 * Run alone: `EVAL_DATA_DIR=… npx tsx scripts/eval/answering-first-misses.ts`.
 */
import { assessQuestion } from '../../src/answer/ask.js';
import { checkQuestion } from '../../src/answer/question.js';
import { foldsOf, indexOf, isGold } from './answering.js';
import { loadSquadSet } from './squad.js';

/** The group never listed (as in answering-misses.ts). */
const HELD_OUT = 0;

const set = await loadSquadSet('xquad/xquad.es.dev.json', { idPrefix: 'xquad', questionLanguage: 'es' });
const folds = foldsOf(set.articles);
const whole = await indexOf(set.articles, set.passages);
const listed = set.questions.filter((question) => (folds.get(question.articleId) ?? HELD_OUT) !== HELD_OUT);
let misses = 0;
for (const question of listed) {
  const check = checkQuestion(question.text);
  const assessment = check.ok ? await assessQuestion({ index: whole.index, articles: whole.articles, question: check }) : undefined;
  if (assessment?.firstPassageId === undefined || isGold(whole, question, assessment.firstPassageId)) continue;
  misses++;
  const article = set.articles.find((item) => item.id === question.articleId);
  const paragraph = article?.paragraphs[question.paragraph];
  const first = whole.passageById.get(assessment.firstPassageId);
  const answer = assessment.answer()?.result;
  console.log(`\n## ${question.text}\nanswers: ${question.answers.join(' | ')}; first citation from the question's story: ${first?.articleId === question.articleId}`);
  for (const citation of answer?.citations.slice(0, 3) ?? []) console.log(`cited${isGold(whole, question, citation.passageId) ? ' (gold)' : ''}: ${citation.excerpt.slice(0, 300)}`);
  console.log(`answer: ${answer?.answer.slice(0, 300) ?? ''}`);
  console.log(`gold paragraph: ${article && paragraph ? article.text.slice(paragraph.start, paragraph.end).slice(0, 600) : ''}`);
}
console.log(`\n${listed.length} questions of the dev groups, ${misses} with another paragraph cited first`);
