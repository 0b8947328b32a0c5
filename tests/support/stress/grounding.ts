/**
 * Generated LLM replies for the grounding check (issue 18): from each paragraph, supported replies
 * (a sentence of it as written, framed with "according to the text", or its first clause) and
 * unsupported ones made by one edit of a sentence: another paragraph's name or figure, the figure
 * spelled out wrong ("tres millones" for 3,5 millones), a negation added or dropped, a content word
 * swapped for another paragraph's (a content word none of whose forms the paragraph has), another
 * paragraph's words appended, or the sentence as written but the question asked in the other language. Each reply cites the
 * paragraph as passage [1] and goes through `checkAnswer`, as a model's reply does.
 */
import type { Language } from '../../../src/corpus/types.js';
import { checkAnswer } from '../../../src/answer/summarise.js';
import type { Citation } from '../../../src/answer/types.js';
import { indexTerms } from '../../../src/search/analyze.js';
import { foldAccents } from '../../../src/text/words.js';

export interface Paragraph {
  text: string;
  language: Language;
}

export interface GroundingCase {
  kind: 'supported' | 'wrong name' | 'wrong figure' | 'wrong spelled-out figure' | 'negation added' | 'negation dropped' | 'word swapped' | 'words added' | 'other language';
  reply: string;
  paragraph: Paragraph;
  /** The question's language: the paragraph's, except for 'other language'. */
  asked: Language;
}

export interface GroundingReport {
  supported: number;
  supportedRejected: number;
  unsupported: number;
  unsupportedAccepted: number;
  byKind: Record<string, { cases: number; wrong: number }>;
  /** A few wrongly judged replies, to read. */
  examples: string[];
}

const FRAMES: Record<Language, string> = { es: 'Según el texto, ', en: 'According to the text, ' };
const NEGATION: Record<Language, string> = { es: 'no', en: 'not' };
const AND: Record<Language, string> = { es: 'y', en: 'and' };
const SPELLED: Record<Language, string[]> = {
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};
const MILLION: Record<Language, string> = { es: 'millones', en: 'million' };
/** Lower-case words of at least six letters: content words, in practice. */
const LONG_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]{5,}/gu;
/** A capitalised word after a lower-case one: a name, not a sentence's first word. */
const NAME = /(?<=\p{Ll}\s)\p{Lu}[\p{Ll}\p{M}]{2,}/gu;
const FIGURE = /(?<![\p{N}.,])\p{N}+(?:[.,]\p{N}+)*/gu;

/** Whole sentences of 6 to 40 words; not one the segmenter cut at a decimal point or an initial ("3. 14", "Rutherford B. Hayes"). */
function sentencesOf(paragraph: Paragraph): string[] {
  const segments = Array.from(new Intl.Segmenter(paragraph.language, { granularity: 'sentence' }).segment(paragraph.text), ({ segment }) => segment.trim());
  return segments.filter((sentence, i) => {
    const words = sentence.split(/\s+/).length;
    const cut = /(?:\p{N}|\b\p{Lu})\.$/u.test(sentence) && /^[\p{N}\p{Lu}]/u.test(segments[i + 1] ?? '');
    return words >= 6 && words <= 40 && /[.!?]$/.test(sentence) && !cut;
  });
}

const cite = (sentence: string) => sentence.replace(/([.!?])$/, ' [1]$1');
/** Whether `text` has `word`, accents and case aside. */
const has = (text: string, word: string) => foldAccents(text).includes(foldAccents(word));
/** A content word (not a stop word) none of whose forms the paragraph has, by the stems retrieval uses. */
const foreignTo = (paragraph: Paragraph, word: string) => {
  const [stem] = indexTerms(word, paragraph.language);
  return stem !== undefined && !indexTerms(paragraph.text, paragraph.language).includes(stem);
};

/** Replies built from `paragraphs`; `others` (same language, other articles) lend names, figures and words. */
export function groundingCases(paragraphs: readonly Paragraph[]): GroundingCase[] {
  const cases: GroundingCase[] = [];
  paragraphs.forEach((paragraph, index) => {
    const [sentence] = sentencesOf(paragraph);
    if (!sentence) return;
    const other = paragraphs.slice(index + 1).concat(paragraphs.slice(0, index)).find((candidate) => candidate.language === paragraph.language && candidate.text !== paragraph.text);
    const { language } = paragraph;
    const add = (kind: GroundingCase['kind'], text: string | undefined) => {
      if (text !== undefined && text !== sentence) cases.push({ kind, reply: cite(text), paragraph, asked: language });
    };
    const supported = (text: string) => cases.push({ kind: 'supported', reply: cite(text), paragraph, asked: language });
    supported(sentence);
    supported(FRAMES[language] + sentence);
    // A comma before a space ends a clause; one between digits is a decimal or thousands separator.
    const clause = sentence.split(/,\s/)[0] ?? '';
    if (clause !== sentence && clause.split(/\s+/).length >= 6) supported(clause + '.');
    // The passage's own sentence, but the question was asked in the other language.
    cases.push({ kind: 'other language', reply: cite(sentence), paragraph, asked: language === 'es' ? 'en' : 'es' });

    const name = sentence.match(NAME)?.[0];
    const foreignName = other?.text.match(NAME)?.find((candidate) => !has(paragraph.text, candidate));
    if (name && foreignName) add('wrong name', sentence.replace(name, foreignName));

    const figure = sentence.match(FIGURE)?.[0];
    if (figure) {
      const shifted = String(Number(figure.replace(/[.,]/g, '')) + 7);
      if (!paragraph.text.includes(shifted)) add('wrong figure', sentence.replace(figure, shifted));
      const spelled = SPELLED[language][(Number(figure.replace(/[.,]/g, '')) % 9) + 1];
      add('wrong spelled-out figure', sentence.replace(figure, `${spelled} ${MILLION[language]}`));
    }

    const words = sentence.match(LONG_WORD) ?? [];
    const target = words[0];
    if (target) add('negation added', sentence.replace(new RegExp(`(?<![\\p{L}])${target}`, 'u'), `${NEGATION[language]} ${target}`));
    const negated = new RegExp(`\\s${NEGATION[language] === 'not' ? 'not' : 'no'}\\s`, 'u');
    if (negated.test(sentence)) add('negation dropped', sentence.replace(negated, ' '));

    const foreignWord = other?.text.match(LONG_WORD)?.find((candidate) => foreignTo(paragraph, candidate));
    const longest = [...words].sort((a, b) => b.length - a.length)[0];
    if (longest && foreignWord) add('word swapped', sentence.replace(longest, foreignWord));
    const borrowed = other ? sentencesOf(other)[0]?.split(/\s+/).slice(1, 6).join(' ') : undefined;
    if (borrowed && (borrowed.match(LONG_WORD) ?? []).some((word) => foreignTo(paragraph, word))) {
      add('words added', sentence.replace(/[.!?]$/, `, ${AND[language]} ${borrowed.replace(/[.,;:!?]+$/, '')}.`));
    }
  });
  return cases;
}

/** Runs every case through `checkAnswer`, the paragraph as citation [1], for a question in the case's `asked` language. */
export function judgeGrounding(cases: readonly GroundingCase[]): GroundingReport {
  const report: GroundingReport = { supported: 0, supportedRejected: 0, unsupported: 0, unsupportedAccepted: 0, byKind: {}, examples: [] };
  for (const { kind, reply, paragraph, asked } of cases) {
    const citation: Citation = { n: 1, articleId: 'a', title: 't', outlet: null, date: null, passageId: 'a#0', excerpt: paragraph.text, score: 1, highlights: [] };
    const checked = checkAnswer(reply, [citation], asked);
    const accepted = checked.kind === 'answer';
    const wrong = kind === 'supported' ? !accepted : accepted;
    const tally = (report.byKind[kind] ??= { cases: 0, wrong: 0 });
    tally.cases++;
    if (wrong) tally.wrong++;
    if (kind === 'supported') {
      report.supported++;
      if (wrong) report.supportedRejected++;
    } else {
      report.unsupported++;
      if (wrong) report.unsupportedAccepted++;
    }
    if (wrong && report.examples.length < 12) report.examples.push(`${kind}: ${reply}${checked.kind === 'rejected' ? ` (${checked.reason})` : ''}`);
  }
  return report;
}
