/**
 * SQuAD-format data (xquad/ and squad-es-v2/ in the evaluation data folder, see data.ts) turned into
 * what the product indexes: one Article per Wikipedia article, its language detected and its passages
 * split by src/corpus exactly as a seed file's would be. Each question keeps the article and the
 * paragraph that holds (or, when unanswerable, was written against) it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { detectLanguage } from '../../src/corpus/language.js';
import { splitPassages } from '../../src/corpus/split.js';
import type { Article, Language, Passage, TextSpan } from '../../src/corpus/types.js';
import { EVAL_DATA_DIR } from './data.js';

export interface SquadQuestion {
  id: string;
  text: string;
  /** The language the question was written in (the data set's, not a detection). */
  language: Language;
  articleId: string;
  /** Index of the paragraph in the article's `paragraphs`. */
  paragraph: number;
  /** False for SQuAD v2's questions written to be unanswerable from their paragraph. */
  answerable: boolean;
  answers: string[];
}

export interface SquadSet {
  articles: Article[];
  passages: Passage[];
  questions: SquadQuestion[];
}

interface SquadFile {
  data: Array<{
    title: string;
    paragraphs: Array<{ context: string; qas: Array<{ id: string; question: string; is_impossible?: boolean; answers: Array<{ text: string }> }> }>;
  }>;
}

const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * Reads one SQuAD file as articles, passages and questions. `translations` (question id → text) adds
 * each question again in `translationLanguage`, with the same gold paragraph (XQuAD's parallel files).
 */
export async function loadSquadSet(
  relativePath: string,
  options: { idPrefix: string; questionLanguage: Language; translations?: { file: string; language: Language } },
): Promise<SquadSet> {
  const read = async (file: string) => JSON.parse(await readFile(path.join(EVAL_DATA_DIR, file), 'utf8')) as SquadFile;
  const file = await read(relativePath);
  const translated = options.translations ? questionsById(await read(options.translations.file)) : new Map<string, string>();
  const articles: Article[] = [];
  const questions: SquadQuestion[] = [];
  file.data.forEach((entry, articleIndex) => {
    const id = `${options.idPrefix}-${articleIndex}`;
    // Some XQuAD paragraphs start with a byte-order mark; it is not part of the text.
    const texts = entry.paragraphs.map((paragraph) => paragraph.context.replace(/^\uFEFF/u, '').trim());
    const paragraphs: TextSpan[] = [];
    let offset = 0;
    for (const text of texts) {
      paragraphs.push({ start: offset, end: offset + text.length });
      offset += text.length + PARAGRAPH_SEPARATOR.length;
    }
    const text = texts.join(PARAGRAPH_SEPARATOR);
    articles.push({ id, title: entry.title, outlet: null, author: null, date: null, language: detectLanguage(text), text, paragraphs, words: text.split(/\s+/u).filter(Boolean).length });
    entry.paragraphs.forEach((paragraph, n) => {
      for (const qa of paragraph.qas) {
        const base = { id: qa.id, articleId: id, paragraph: n, answerable: qa.is_impossible !== true, answers: qa.answers.map((answer) => answer.text) };
        questions.push({ ...base, text: qa.question, language: options.questionLanguage });
        const translation = translated.get(qa.id);
        if (translation && options.translations) questions.push({ ...base, text: translation, language: options.translations.language });
      }
    });
  });
  return { articles, passages: articles.flatMap(splitPassages), questions };
}

function questionsById(file: SquadFile): Map<string, string> {
  return new Map(file.data.flatMap((article) => article.paragraphs.flatMap((paragraph) => paragraph.qas.map((qa) => [qa.id, qa.question] as const))));
}

/** A deterministic pseudo-random generator (mulberry32), so that folds and subsamples are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The items in a seeded random order. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
