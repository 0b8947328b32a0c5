/**
 * `npx tsx scripts/train-answerability.ts`: fits the answerability model on every XQuAD example, in and
 * out of the corpus (../shared/data, or EVAL_DATA_DIR; see `learnsFrom`), the way `npm run eval` fits it on each fold, and writes
 * its coefficients to src/answer/answerability-model.ts.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FEATURES } from '../src/answer/answerability.js';
import { collectExamples, learnsFrom } from './eval/answering.js';
import { fitAnswerability } from './eval/fit-answerability.js';

const MODEL_FILE = fileURLToPath(new URL('../src/answer/answerability-model.ts', import.meta.url));

const examples = await collectExamples();
const all = [...(typeof examples.xquad === 'string' ? [] : examples.xquad), ...(typeof examples.squadEs === 'string' ? [] : examples.squadEs)];
if (all.length === 0) {
  console.error(`no training data: ${String(examples.xquad)}; ${String(examples.squadEs)}`);
  process.exit(1);
}
const model = fitAnswerability(all.filter(learnsFrom));
const round = (values: readonly number[]) => values.map((value) => Number(value.toFixed(6)));
const source = `/**
 * Written by \`npx tsx scripts/train-answerability.ts\` from ${all.filter(learnsFrom).length} XQuAD examples (in and out of
 * the corpus); do not edit by hand. Weights are in FEATURES order: ${FEATURES.join(', ')}.
 */
import type { AnswerabilityModel } from './answerability.js';

export const ANSWERABILITY_MODEL: AnswerabilityModel = {
  mean: ${JSON.stringify(round(model.mean))},
  scale: ${JSON.stringify(round(model.scale))},
  weights: ${JSON.stringify(round(model.weights))},
  bias: ${Number(model.bias.toFixed(6))},
  threshold: ${Number(model.threshold.toFixed(6))},
};
`;
await writeFile(MODEL_FILE, source);
console.log(`wrote ${MODEL_FILE}`);
