/**
 * What the sentence an answer would quote first lacks of its question, counted by group on the dev groups (every group of
 * answering.ts's deal but HELD_OUT, as squad-unanswered.ts lists them), for three sets of questions: SQuAD-es v2's
 * unanswerable questions that /ask answers, its answerable ones answered from their paragraph, and the Spanish XQuAD
 * questions answered from their paragraph (against the whole index). A refusal rule for a group pays only when the group
 * is much larger among the first set than among the other two (XQuAD's answerable questions refused must stay at most
 * 5 %). Each question falls in the first group that holds (in this order): a number the question writes in digits is
 * missing (AnswerabilityFeatures.numbersMissing), a name of the question is missing (sentenceNamesMissing), one of
 * question and sentence holds a negation and the other none (negation.ts `holdsNegation`), every question term is there
 * (sentenceCoverage 1), a word of the question is missing even by its first letters (wordsMissing), else other. The
 * committed answerability models decide. Run: `EVAL_DATA_DIR=… npx tsx scripts/eval/near-miss-groups.ts`.
 */
import { ANSWERABILITY_MODELS } from '../../src/answer/answerability-model.js';
import { assessQuestion, decidesToAnswer } from '../../src/answer/ask.js';
import { holdsNegation } from '../../src/answer/negation.js';
import { checkQuestion } from '../../src/answer/question.js';
import { foldsOf, indexOf, isGold } from './answering.js';
import { loadSquadSet, type SquadSet } from './squad.js';

/** The group never read (as in answering-misses.ts and squad-unanswered.ts). */
const HELD_OUT = 0;
const GROUPS = ['a number of the question', 'a name of the question', 'a negation on one side only', 'nothing: every question term', 'a word of the question', 'other'] as const;
type Group = (typeof GROUPS)[number];

/** A column: per group, how many of its questions fall in it. */
type Tally = Map<Group, number>;
const tally = (): Tally => new Map(GROUPS.map((group) => [group, 0]));

/**
 * Reads every Spanish question of the dev groups of `set` once, and counts each one /ask answers into the column `column`
 * picks from whether it is answerable and answered from its gold paragraph (none: not counted), by what its first quoted
 * sentence lacks.
 */
async function grouped(set: SquadSet, columns: readonly Tally[], column: (answerable: boolean, gold: boolean) => number | undefined): Promise<void> {
  const folds = foldsOf(set.articles);
  const whole = await indexOf(set.articles, set.passages);
  for (const question of set.questions.filter((item) => item.language === 'es' && (folds.get(item.articleId) ?? HELD_OUT) !== HELD_OUT)) {
    const checked = checkQuestion(question.text);
    if (!checked.ok) continue;
    const assessment = await assessQuestion({ index: whole.index, articles: whole.articles, question: checked });
    const answer = decidesToAnswer(assessment, ANSWERABILITY_MODELS) ? assessment.answer() : undefined;
    const at = answer && column(question.answerable, isGold(whole, question, assessment.firstPassageId));
    const counted = at === undefined ? undefined : columns[at];
    if (!answer || !counted) continue;
    const { features } = assessment;
    const sentence = answer.written.quotations[0]?.text ?? '';
    const group: Group = features.numbersMissing > 0 ? 'a number of the question'
      : features.sentenceNamesMissing > 0 ? 'a name of the question'
        : holdsNegation(sentence) !== holdsNegation(question.text) ? 'a negation on one side only'
          : features.sentenceCoverage >= 1 ? 'nothing: every question term'
            : features.wordsMissing > 0 ? 'a word of the question' : 'other';
    counted.set(group, (counted.get(group) ?? 0) + 1);
  }
}

const labels = ['SQuAD-es v2 unanswerable, answered', 'SQuAD-es v2 answerable, answered from the gold paragraph', 'Spanish XQuAD answered from the gold paragraph'];
const tallies = labels.map(tally);
await grouped(await loadSquadSet('squad-es-v2/squad-es-v2.dev.json', { idPrefix: 'squad-es', questionLanguage: 'es' }), tallies, (answerable, gold) => (!answerable ? 0 : gold ? 1 : undefined));
await grouped(await loadSquadSet('xquad/xquad.es.dev.json', { idPrefix: 'xquad', questionLanguage: 'es' }), tallies, (answerable, gold) => (answerable && gold ? 2 : undefined));
const columns = labels.map((label, at) => [label, tallies[at] ?? tally()] as const);
const cell = (counts: Tally, group: Group) => {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const count = counts.get(group) ?? 0;
  return `${count} (${((100 * count) / Math.max(1, total)).toFixed(1)} %)`;
};
console.log(`| the first quoted sentence lacks | ${columns.map(([label, counts]) => `${label} (${[...counts.values()].reduce((sum, count) => sum + count, 0)})`).join(' | ')} |`);
console.log(`| --- | ${columns.map(() => '---').join(' | ')} |`);
for (const group of GROUPS) console.log(`| ${group} | ${columns.map(([, counts]) => cell(counts, group)).join(' | ')} |`);
