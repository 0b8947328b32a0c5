/**
 * The XQuAD dev set (../shared/data/xquad, or $EVAL_DATA_DIR/xquad) as the evaluation scripts use it: each Spanish article
 * becomes an Article whose paragraphs are one passage each, and every question is kept in Spanish
 * and in its English original, both with the Spanish gold answers (answers quote the Spanish text).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Language, Passage, TextSpan } from '../../src/corpus/types.js';
import { passageId } from '../../src/corpus/split.js';
import { evalDataPath } from './data.js';

const XQUAD_DIR = evalDataPath('xquad');

export interface XquadQuestion {
  /** The SQuAD question id, shared by the Spanish question and its English original. */
  id: string;
  text: string;
  language: Language;
  goldPassageId: string;
  /** Position of the question's article in the file, for holding articles out. */
  articleIndex: number;
  /** The Spanish gold answers, verbatim from the paragraph. */
  answers: string[];
}

export interface Xquad {
  articles: Article[];
  passages: Passage[];
  questions: XquadQuestion[];
}

interface SquadFile {
  data: Array<{
    title: string;
    paragraphs: Array<{ context: string; qas: Array<{ id: string; question: string; answers: Array<{ text: string }> }> }>;
  }>;
}

const PARAGRAPH_BREAK = '\n\n';

export async function loadXquad(): Promise<Xquad> {
  const read = async (name: string): Promise<SquadFile> => JSON.parse(await readFile(path.join(XQUAD_DIR, name), 'utf8')) as SquadFile;
  const [spanishFile, englishFile] = await Promise.all([read('xquad.es.dev.json'), read('xquad.en.dev.json')]);
  const englishById = new Map(englishFile.data.flatMap((article) => article.paragraphs.flatMap((paragraph) => paragraph.qas.map((qa) => [qa.id, qa.question] as const))));
  const articles: Article[] = [];
  const passages: Passage[] = [];
  const questions: XquadQuestion[] = [];
  spanishFile.data.forEach((article, articleIndex) => {
    const articleId = `xquad-${articleIndex}`;
    // The Spanish file starts some paragraphs with a byte-order mark; it is not part of the text.
    const texts = article.paragraphs.map((paragraph) => paragraph.context.replace(/^\uFEFF/, ''));
    const spans: TextSpan[] = [];
    let offset = 0;
    article.paragraphs.forEach((paragraph, n) => {
      const id = passageId(articleId, n);
      const text = texts[n] ?? '';
      spans.push({ start: offset, end: offset + text.length });
      passages.push({ id, articleId, n, paragraph: n, start: offset, end: offset + text.length, text, language: 'es' });
      offset += text.length + PARAGRAPH_BREAK.length;
      for (const qa of paragraph.qas) {
        const answers = qa.answers.map((answer) => answer.text);
        questions.push({ id: qa.id, text: qa.question, language: 'es', goldPassageId: id, articleIndex, answers });
        const englishQuestion = englishById.get(qa.id);
        if (englishQuestion) questions.push({ id: qa.id, text: englishQuestion, language: 'en', goldPassageId: id, articleIndex, answers });
      }
    });
    const text = texts.join(PARAGRAPH_BREAK);
    articles.push({ id: articleId, title: article.title, outlet: null, author: null, date: null, language: 'es', text, paragraphs: spans, words: text.split(/\s+/).filter(Boolean).length });
  });
  return { articles, passages, questions };
}

/** Every XQuAD paragraph, Spanish and English (the same paragraphs in both), for generated LLM replies (npm run stress). */
export async function loadXquadParagraphs(): Promise<Array<{ text: string; language: Language }>> {
  const read = async (name: string, language: Language) =>
    (JSON.parse(await readFile(path.join(XQUAD_DIR, name), 'utf8')) as SquadFile).data.flatMap((article) => article.paragraphs.map((paragraph) => ({ text: paragraph.context, language })));
  return [...(await read('xquad.es.dev.json', 'es')), ...(await read('xquad.en.dev.json', 'en'))];
}
