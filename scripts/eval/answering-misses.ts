/**
 * The dev fold's answerable Spanish XQuAD questions that /ask refuses, one by one, to read by kind:
 * the articles are dealt as scripts/eval/answering.ts deals them, the models are fitted on the
 * questions of every group but HELD_OUT (whose questions are never listed), and each refusal of an
 * answerable question of those groups is printed with what refused it (a rule, or the model's
 * probability against its threshold), its features, the passage it would quote and the gold paragraph.
 * Run alone: `EVAL_DATA_DIR=… npx tsx scripts/eval/answering-misses.ts`.
 */
import { answerProbability, FEATURES } from '../../src/answer/answerability.js';
import { assessQuestion, decidesToAnswer, RULE_FLAGS } from '../../src/answer/ask.js';
import { xquadExamples, learnsFrom, type Example } from './answering.js';
import { fitAnswerabilityModels } from './fit-answerability.js';
import { loadSquadSet } from './squad.js';

/** The group never listed. */
const HELD_OUT = 0;

const set = await loadSquadSet('xquad/xquad.es.dev.json', { idPrefix: 'xquad', questionLanguage: 'es' });
const examples = (await xquadExamples(set)).filter((example) => example.fold !== HELD_OUT);
const models = fitAnswerabilityModels(examples.filter(learnsFrom));
const refusedBy = (example: Example): string => {
  const rules = RULE_FLAGS.filter((rule) => example[rule]);
  if (rules.length > 0) return rules.join('+');
  if (!example.hasAnswer) return 'no sentence';
  const model = models[example.mode];
  return `model ${example.mode} p=${answerProbability(example.features, model).toFixed(3)} < ${model.threshold.toFixed(3)}`;
};
const answerable = examples.filter((example) => example.inCorpus && example.question.answerable);
const refused = answerable.filter((example) => example.checked === undefined || !example.hasAnswer || !decidesToAnswer(example, models));
const outside = examples.filter((example) => !example.inCorpus);
const outsideAnswered = outside.filter((example) => example.checked !== undefined && example.hasAnswer && decidesToAnswer(example, models));
console.log(`dev groups: ${answerable.length} answerable, ${refused.length} refused; ${outside.length} out of corpus, ${outsideAnswered.length} answered`);
for (const example of refused) {
  const paragraphText = set.articles.find((article) => article.id === example.question.articleId)?.paragraphs[example.question.paragraph];
  const article = set.articles.find((item) => item.id === example.question.articleId);
  const gold = article && paragraphText ? article.text.slice(paragraphText.start, paragraphText.end) : '';
  console.log(`\n## ${example.question.text}\nrefused by: ${refusedBy(example)}; first passage gold: ${example.firstGold}; answers: ${example.question.answers.join(' | ')}`);
  console.log(`features: ${FEATURES.map((name) => `${name}=${example.features[name].toFixed(2)}`).join(' ')}`);
  const answer = example.checked && (await assessQuestion({ index: example.indexed.index, articles: example.indexed.articles, question: example.checked })).answer()?.result;
  for (const citation of answer?.citations.slice(0, 2) ?? []) console.log(`quoted: ${citation.excerpt.slice(0, 400)}`);
  console.log(`gold paragraph: ${gold.slice(0, 700)}`);
}
