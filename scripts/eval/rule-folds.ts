/**
 * Whether to keep each refusal rule named on the command line (ask.ts RULE_FLAGS), chosen by cross-validation grouped by
 * article as scripts/eval/answering.ts deals the articles. Every Spanish XQuAD question (in the corpus, and out of it
 * against the index without its group's articles) and every SQuAD-es v2 question is assessed once through the
 * production path (assessQuestion). For each group, the answerability models are refitted on the other groups' XQuAD
 * questions with and without each rule (a rule's refusals of out-of-corpus questions move the threshold), and a rule is
 * kept when, on the other groups' questions, it raises SQuAD-es v2 accuracy and leaves Spanish XQuAD's answerable
 * questions refused at most ANSWERABLE_REFUSED_TARGET; the group's own questions (held-out) are decided with the rules
 * kept so. Prints the rules kept per group, then dev / held-out figures without the named rules and with those kept.
 * Spanish only (no Apertium), so a few minutes where the whole answering eval takes ten.
 * Run: `EVAL_DATA_DIR=… npx tsx scripts/eval/rule-folds.ts harmedCount lifeEventNotTold`.
 */
import { RULE_FLAGS, type RuleFlag } from '../../src/answer/ask.js';
import { decided, FOLDS, learnsFrom, squadEsExamples, squadEsFigures, xquadExamples, xquadFigures, type Example, type Outcome } from './answering.js';
import { fitAnswerabilityModels } from './fit-answerability.js';
import { loadSquadSet } from './squad.js';

/** Issue 15's ceiling on answerable XQuAD questions refused. */
const ANSWERABLE_REFUSED_TARGET = 0.05;

const named = process.argv.slice(2);
const unknown = named.filter((flag) => !(RULE_FLAGS as readonly string[]).includes(flag));
if (named.length === 0 || unknown.length > 0) throw new Error(`name rule flags of ask.ts RULE_FLAGS${unknown.length > 0 ? `; unknown: ${unknown.join(', ')}` : ''}`);
const tested = named as RuleFlag[];

const examples = [
  ...(await xquadExamples(await loadSquadSet('xquad/xquad.es.dev.json', { idPrefix: 'xquad', questionLanguage: 'es' }))),
  ...(await squadEsExamples(await loadSquadSet('squad-es-v2/squad-es-v2.dev.json', { idPrefix: 'squad-es', questionLanguage: 'es' }))),
];

/** `example` with the rules of `tested` that `kept` lacks switched off, and what refuses it whatever the model says. */
function withRules(example: Example, kept: ReadonlySet<RuleFlag>): Example {
  const off = Object.fromEntries(tested.filter((flag) => !kept.has(flag)).map((flag) => [flag, false]));
  const ruled = { ...example, ...off };
  return { ...ruled, refusedAnyway: example.checked === undefined || !example.hasAnswer || RULE_FLAGS.some((flag) => ruled[flag]) };
}

/** The outcomes of `questions` under `kept`, with the models fitted on `training` under the same rules. */
function outcomes(training: readonly Example[], questions: readonly Example[], kept: ReadonlySet<RuleFlag>): Outcome[] {
  const models = fitAnswerabilityModels(training.filter(learnsFrom).map((example) => withRules(example, kept)));
  return questions.map((example) => decided(withRules(example, kept), models));
}

const of = (items: Outcome[], prefix: string) => items.filter((outcome) => outcome.question.articleId.startsWith(`${prefix}-`));
const accuracy = (items: Outcome[]) => squadEsFigures(of(items, 'squad-es')).accuracy;
const answerableRefused = (items: Outcome[]) => xquadFigures(of(items, 'xquad')).answerableRefused;

const none = new Set<RuleFlag>();
const dev = { without: [] as Outcome[], chosen: [] as Outcome[] };
const heldOut = { without: [] as Outcome[], chosen: [] as Outcome[] };
for (let fold = 0; fold < FOLDS; fold++) {
  const training = examples.filter((example) => example.fold !== fold);
  const own = examples.filter((example) => example.fold === fold);
  const base = outcomes(training, training, none);
  const kept = new Set(tested.filter((flag) => {
    const on = outcomes(training, training, new Set([flag]));
    return accuracy(on) > accuracy(base) && answerableRefused(on) <= ANSWERABLE_REFUSED_TARGET;
  }));
  console.log(`group ${fold}: kept ${[...kept].join(', ') || 'none'}`);
  dev.without.push(...base);
  dev.chosen.push(...outcomes(training, training, kept));
  heldOut.without.push(...outcomes(training, own, none));
  heldOut.chosen.push(...outcomes(training, own, kept));
}

const row = (label: string, devItems: Outcome[], heldItems: Outcome[]) => {
  const [x, h] = [xquadFigures(of(devItems, 'xquad')), xquadFigures(of(heldItems, 'xquad'))];
  const [s, t] = [squadEsFigures(of(devItems, 'squad-es')), squadEsFigures(of(heldItems, 'squad-es'))];
  const pct = (value: number) => `${(100 * value).toFixed(1)} %`;
  return `| ${label} | ${x.recallAt1.toFixed(3)} / ${h.recallAt1.toFixed(3)} | ${pct(x.answerableRefused)} / ${pct(h.answerableRefused)} | ${pct(x.outOfCorpusRefused)} / ${pct(h.outOfCorpusRefused)} | ${s.accuracy.toFixed(3)} / ${t.accuracy.toFixed(3)} | ${pct(s.unanswerableRefused)} / ${pct(t.unanswerableRefused)} | ${pct(s.answerableRefused)} / ${pct(t.answerableRefused)} |`;
};
console.log('\n| dev / held-out | Spanish XQuAD R@1 | answerable refused | out-of-corpus refused | SQuAD-es v2 | unanswerable refused | answerable refused |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(row(`without ${tested.join(', ')}`, dev.without, heldOut.without));
console.log(row('with the rules kept per group', dev.chosen, heldOut.chosen));
