/**
 * `npx tsx scripts/train-answerability.ts`: fits the answerability models on every example the eval
 * learns from (../shared/data, or EVAL_DATA_DIR; see `learnsFrom`), the way `npm run eval` fits them on each fold, and writes
 * their coefficients to src/answer/answerability-model.ts.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FEATURES, LOOKUP_MODES } from '../src/answer/answerability.js';
import { collectExamples, learnsFrom } from './eval/answering.js';
import { fitAnswerabilityModels } from './eval/fit-answerability.js';

const MODEL_FILE = fileURLToPath(new URL('../src/answer/answerability-model.ts', import.meta.url));

const examples = await collectExamples();
const all = [...(typeof examples.xquad === 'string' ? [] : examples.xquad), ...(typeof examples.squadEs === 'string' ? [] : examples.squadEs)];
if (all.length === 0) {
  console.error(`no training data: ${String(examples.xquad)}; ${String(examples.squadEs)}`);
  process.exit(1);
}
const learnt = all.filter(learnsFrom);
const models = fitAnswerabilityModels(learnt);
const round = (values: readonly number[]) => values.map((value) => Number(value.toFixed(6)));
const count = (mode: string) => learnt.filter((example) => example.mode === mode).length;
const modelSource = (mode: (typeof LOOKUP_MODES)[number]) => {
  const model = models[mode];
  return `  // ${count(mode)} examples
  ${mode}: {
    mean: ${JSON.stringify(round(model.mean))},
    scale: ${JSON.stringify(round(model.scale))},
    weights: ${JSON.stringify(round(model.weights))},
    bias: ${Number(model.bias.toFixed(6))},
    threshold: ${Number(model.threshold.toFixed(6))},
  },`;
};
const source = `/**
 * Written by \`npx tsx scripts/train-answerability.ts\` from ${learnt.length} examples (see learnsFrom in
 * scripts/eval/answering.ts); do not edit by hand. Weights are in FEATURES order: ${FEATURES.join(', ')}.
 */
import type { AnswerabilityModels } from './answerability.js';

export const ANSWERABILITY_MODELS: AnswerabilityModels = {
${LOOKUP_MODES.map(modelSource).join('\n')}
};
`;
await writeFile(MODEL_FILE, source);
console.log(`wrote ${MODEL_FILE}`);
