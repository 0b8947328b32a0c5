/**
 * The words of an /ask reply made from the articles' metadata (src/answer/metadata.ts): who signed an article, when
 * it was published, what
 * was published on a day, in a month or a year. Dates are written as /sources writes them; each article named is
 * cited, its first passage as the excerpt.
 */
import type { CitedArticle, MetadataFacts } from '../answer/metadata.js';
import type { AskResult, Citation } from '../answer/types.js';
import type { Language } from '../corpus/types.js';
import { formatDate, formatMonth } from './dates.js';

interface MetadataWords {
  /** `title` and `origin` (outlet, date; empty when unknown) of the article signed by `author`, cited as `marker`. */
  signed: (title: string, origin: string, author: string, marker: string) => string;
  /** The same article with no author in its metadata. */
  unsigned: (title: string, origin: string, marker: string) => string;
  /** `title` and `outlet` (empty when unknown) of the article published on `date` (as /sources writes it), cited as `marker`. */
  dated: (title: string, outlet: string, date: string, marker: string) => string;
  /** The same article with no date in its metadata. */
  undated: (title: string, outlet: string, marker: string) => string;
  /** The articles published `when` (by `outlet`, if asked), each listed as `items`. */
  published: (when: string, outlet: string | undefined, items: string[]) => string;
  /** "el 15 ago 2023", "en agosto de 2023", "en 2023". */
  when: { day: (date: string) => string; month: (month: string) => string; year: (year: string) => string };
  item: (title: string, outlet: string | null, marker: string) => string;
}

const WORDS: Record<Language, MetadataWords> = {
  es: {
    signed: (title, origin, author, marker) => `La noticia «${title}»${origin} la firma ${author} ${marker}.`,
    unsigned: (title, origin, marker) => `La noticia «${title}»${origin} no lleva firma ${marker}.`,
    dated: (title, outlet, date, marker) => `La noticia «${title}»${outlet} se publicó el ${date} ${marker}.`,
    undated: (title, outlet, marker) => `La noticia «${title}»${outlet} no indica su fecha ${marker}.`,
    published: (when, outlet, items) => `Publicado ${when}${outlet ? ` por ${outlet}` : ''}: ${items.join('; ')}.`,
    when: { day: (date) => `el ${date}`, month: (month) => `en ${month}`, year: (year) => `en ${year}` },
    item: (title, outlet, marker) => `«${title}»${outlet ? ` (${outlet})` : ''} ${marker}`,
  },
  en: {
    signed: (title, origin, author, marker) => `The article “${title}”${origin} is by ${author} ${marker}.`,
    unsigned: (title, origin, marker) => `The article “${title}”${origin} carries no byline ${marker}.`,
    dated: (title, outlet, date, marker) => `The article “${title}”${outlet} was published on ${date} ${marker}.`,
    undated: (title, outlet, marker) => `The article “${title}”${outlet} gives no date ${marker}.`,
    published: (when, outlet, items) => `Published ${when}${outlet ? ` by ${outlet}` : ''}: ${items.join('; ')}.`,
    when: { day: (date) => `on ${date}`, month: (month) => `in ${month}`, year: (year) => `in ${year}` },
    item: (title, outlet, marker) => `“${title}”${outlet ? ` (${outlet})` : ''} ${marker}`,
  },
};

/** The /ask reply for `facts`, in `language` (the question's), answering `question` (as echoed). */
export function metadataReply(question: string, language: Language, facts: MetadataFacts): AskResult {
  const cited = facts.kind === 'published' ? facts.found : [facts.found];
  const citations = cited.map((found, i) => citationOf(found, i + 1));
  return { question, language, answer: metadataAnswer(facts, language), mode: 'extractive', refused: false, citations };
}

/** The sentence of the reply for `facts`, its articles cited [1], [2]… in order. */
function metadataAnswer(facts: MetadataFacts, language: Language): string {
  const words = WORDS[language];
  if (facts.kind === 'published') {
    const items = facts.found.map(({ article }, i) => words.item(article.title, facts.outlet === undefined ? article.outlet : null, `[${i + 1}]`));
    return words.published(when(facts.date, language), facts.outlet === undefined ? undefined : (facts.found[0]?.article.outlet ?? facts.outlet), items);
  }
  const { article } = facts.found;
  if (facts.kind === 'dated') {
    const outlet = article.outlet === null ? '' : ` (${article.outlet})`;
    const date = formatDate(article.date, language);
    return date === null ? words.undated(article.title, outlet, '[1]') : words.dated(article.title, outlet, date, '[1]');
  }
  const origin = [article.outlet, formatDate(article.date, language)].filter((part) => part !== null).join(', ');
  const shown = origin === '' ? '' : ` (${origin})`;
  return article.author ? words.signed(article.title, shown, article.author, '[1]') : words.unsigned(article.title, shown, '[1]');

}

/** The asked day, month or year (`YYYY[-MM[-DD]]`) as the reply says it. */
function when(date: string, language: Language): string {
  const { day, month, year } = WORDS[language].when;
  const parts = date.split('-');
  if (parts.length === 3) return day(formatDate(date, language) ?? date);
  if (parts.length === 2) return month(formatMonth(date, language));
  return year(date);
}

function citationOf({ article, passage, score }: CitedArticle, n: number): Citation {
  return { n, articleId: article.id, title: article.title, outlet: article.outlet, date: article.date, passageId: passage.id, excerpt: passage.text, score, highlights: [] };
}
