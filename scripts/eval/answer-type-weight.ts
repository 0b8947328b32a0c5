/**
 * `npx tsx scripts/eval/answer-type-weight.ts`: chooses WITHOUT_ANSWER_TYPE (src/answer/select.ts),
 * the share of its score a sentence keeps when the question expects a kind of answer it does not
 * hold, by cross-validation grouped by article. Questions: the Spanish answerable ones of XQuAD and
 * SQuAD-es v2 that expect a kind of answer (the weight changes nothing for the others), each asked
 * through the production path against its whole data set. For each group of articles the weight
 * with the most gold paragraphs cited first on the other groups' questions is applied to the
 * group's own (held-out); dev is that weight on the other groups.
 */
import { assessQuestion } from '../../src/answer/ask.js';
import { checkQuestion } from '../../src/answer/question.js';
import { WITHOUT_ANSWER_TYPE } from '../../src/answer/select.js';
import { FOLDS, foldsOf, indexOf, isGold } from './answering.js';
import { missingEvalData } from './data.js';
import { loadSquadSet, type SquadSet } from './squad.js';

const CANDIDATES = [0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1];

/** Per question that expects a type: its fold and, per candidate weight, whether the gold paragraph is cited first. */
interface Row {
  fold: number;
  gold: boolean[];
}

async function outcomes(set: SquadSet): Promise<Row[]> {
  const folds = foldsOf(set.articles);
  const indexed = await indexOf(set.articles, set.passages);
  const rows: Row[] = [];
  for (const question of set.questions.filter((item) => item.answerable && item.language === 'es')) {
    const checked = checkQuestion(question.text);
    if (!checked.ok || checked.expects === undefined) continue;
    const gold: boolean[] = [];
    for (const withoutType of CANDIDATES) {
      const assessment = await assessQuestion({ index: indexed.index, articles: indexed.articles, question: checked, withoutType });
      gold.push(isGold(indexed, question, assessment.firstPassageId));
    }
    rows.push({ fold: folds.get(question.articleId) ?? 0, gold });
  }
  return rows;
}

const sets = [
  { file: 'xquad/xquad.es.dev.json', idPrefix: 'xquad' },
  { file: 'squad-es-v2/squad-es-v2.dev.json', idPrefix: 'squad-es' },
];
const rows: Row[] = [];
for (const { file, idPrefix } of sets) {
  const missing = missingEvalData(file);
  if (missing) console.log(`${file}: skipped: ${missing}`);
  else rows.push(...(await outcomes(await loadSquadSet(file, { idPrefix, questionLanguage: 'es' }))));
}
const rate = (items: Row[], i: number) => (items.length === 0 ? 0 : items.filter((row) => row.gold[i]).length / items.length);
console.log(`${rows.length} Spanish questions that expect a kind of answer; gold paragraph cited first, by weight (all folds):`);
console.log(CANDIDATES.map((weight, i) => `${weight}: ${rate(rows, i).toFixed(3)}`).join(', '));
let dev = 0;
let heldOut = 0;
for (let fold = 0; fold < FOLDS; fold++) {
  const training = rows.filter((row) => row.fold !== fold);
  const testing = rows.filter((row) => row.fold === fold);
  const best = CANDIDATES.reduce((chosen, _, i) => (rate(training, i) > rate(training, chosen) ? i : chosen), 0);
  console.log(`fold ${fold}: chose ${CANDIDATES[best]}; dev ${rate(training, best).toFixed(3)}, held-out ${rate(testing, best).toFixed(3)}`);
  dev += rate(training, best) * training.length;
  heldOut += testing.filter((row) => row.gold[best]).length;
}
console.log(`dev ${(dev / ((FOLDS - 1) * rows.length)).toFixed(3)} / held-out ${(heldOut / rows.length).toFixed(3)}; current WITHOUT_ANSWER_TYPE ${WITHOUT_ANSWER_TYPE}: ${rate(rows, CANDIDATES.indexOf(WITHOUT_ANSWER_TYPE)).toFixed(3)}`);
