/**
 * What every /ask result must satisfy, whatever the question: a refusal quotes nothing, each [n] names a citation, each
 * citation is referred to and numbered in order of first mention, each excerpt is verbatim article
 * text around its passage, and highlights fall on whole words (or, in Chinese or Japanese text, which has no
 * spaces between words, on whole characters). Returns the broken rules, [] when none.
 */
import type { Article } from '../../src/corpus/types.js';
import type { AskResult } from '../../src/answer/types.js';
import type { PassageIndex } from '../../src/search/store.js';

const MARKER = /\[(\d+)\]/g;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const CJK = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;
/** Whether a highlight may start or end between these two characters. */
const wordEdge = (before: string, after: string) => !WORD_CHARACTER.test(before) || !WORD_CHARACTER.test(after) || (CJK.test(before) && CJK.test(after));

export function answerProblems(result: AskResult, articles: ReadonlyMap<string, Article>, index: PassageIndex): string[] {
  const problems: string[] = [];
  const numbers = result.citations.map((citation) => citation.n);
  const mentioned = [...result.answer.matchAll(MARKER)].map((match) => Number(match[1]));
  const firstMentions = [...new Set(mentioned)];

  // A refusal may point at passages (leads), but never quotes one as if it answered.
  if (result.refused && /[«“]/u.test(result.answer)) problems.push('a refusal quotes article text');
  if (numbers.some((n, i) => n !== i + 1)) problems.push(`citations are not numbered 1..k: ${numbers.join(',')}`);
  for (const n of mentioned) if (!numbers.includes(n)) problems.push(`[${n}] names no citation`);
  for (const n of numbers) if (!mentioned.includes(n)) problems.push(`citation ${n} is never referred to`);
  if (firstMentions.some((n, i) => n !== i + 1)) problems.push(`citations are not numbered in order of first mention: ${firstMentions.join(',')}`);

  for (const citation of result.citations) {
    const article = articles.get(citation.articleId);
    const passage = index.passage(citation.passageId);
    if (!article || !passage) {
      problems.push(`citation ${citation.n} names an unknown article or passage`);
      continue;
    }
    if (citation.title !== article.title || citation.outlet !== article.outlet || citation.date !== article.date) problems.push(`citation ${citation.n} misdescribes its article`);
    const at = citation.excerpt.trim() === '' ? -1 : excerptOffset(article.text, citation.excerpt, passage.start);
    if (at === -1) problems.push(`citation ${citation.n}: excerpt is not verbatim article text`);
    else if (at >= passage.end || at + citation.excerpt.length <= passage.start) problems.push(`citation ${citation.n}: excerpt does not cover its passage`);
    let previousEnd = 0;
    for (const { start, end } of citation.highlights) {
      if (start < previousEnd || end <= start || end > citation.excerpt.length) problems.push(`citation ${citation.n}: highlight ${start}-${end} is out of place`);
      else if (!wordEdge(citation.excerpt[start - 1] ?? '', citation.excerpt[start] ?? '') || !wordEdge(citation.excerpt[end - 1] ?? '', citation.excerpt[end] ?? '')) {
        problems.push(`citation ${citation.n}: highlight "${citation.excerpt.slice(start, end)}" is not a whole word`);
      }
      previousEnd = end;
    }
  }
  return problems;
}

/** Where the excerpt lies in the article: the occurrence nearest its passage, or -1. */
function excerptOffset(text: string, excerpt: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(excerpt); at !== -1; at = text.indexOf(excerpt, at + 1)) {
    if (best === -1 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}
