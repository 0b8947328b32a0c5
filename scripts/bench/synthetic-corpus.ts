/**
 * Deterministic synthetic news archives for the scale benchmark (issue 8, item 2): any number of
 * article files that look like the seeds (scraped pages with a repeated title, a teaser of the lead,
 * a dateline, quotations, a byline, comment forms, carousels and "latest posts" lists), written as
 * .txt, .html and .md files into a folder that `readSeedFiles` reads like any seeds folder.
 *
 * The prose comes from the Spanish XQuAD paragraphs (../shared/data/xquad): each article takes its
 * sentences from one XQuAD article, so its vocabulary is that of one topic. So that a big archive
 * does not hold the same 1,000 sentences over and over (which would make every term's posting list
 * and every BM25 tie unrealistically long), sentences are recombined into new paragraphs and their
 * numbers and some of their names are replaced; invented people, places and outlets are drawn with a
 * long-tailed (1/rank) frequency from a pool that grows with the archive, as a newsroom's cast does.
 *
 * Same seed, same size: the same bytes, every run (a small seeded PRNG; no clock, no Math.random).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { splitSentences } from '../../src/corpus/sentences.js';
import { loadXquad } from '../eval/xquad.js';
import { stopwords as spanishStopWords } from '@orama/stopwords/spanish';
import { createRandom, type Random } from '../../tests/support/random.js';
import { heapsRank, heapsVocabulary, type Vocabulary } from './heaps-vocabulary.js';

export interface SyntheticArchive {
  dir: string;
  kind: CorpusKind;
  articles: number;
  bytes: number;
  /** Files by format. */
  formats: Record<Format, number>;
  text: TextFigures;
}

type Format = 'txt' | 'html' | 'md';

/** Files per subfolder, as archives are usually split (by day or month) rather than one huge folder. */
const FILES_PER_FOLDER = 1000;
const WRITE_CONCURRENCY = 32;

const FIRST_NAMES = [
  'Ana', 'Carlos', 'María', 'José', 'Lucía', 'Javier', 'Elena', 'Miguel', 'Carmen', 'Pedro', 'Laura', 'Andrés', 'Isabel', 'Diego', 'Marta',
  'Fernando', 'Sofía', 'Raúl', 'Paula', 'Jorge', 'Beatriz', 'Luis', 'Rosa', 'Alberto', 'Teresa', 'Pablo', 'Pilar', 'Sergio', 'Cristina', 'Manuel',
];
const SYLLABLES = [
  'ba', 'be', 'ca', 'co', 'da', 'de', 'fe', 'ga', 'go', 'la', 'lo', 'ma', 'me', 'mi', 'na', 'no', 'pa', 'pe', 'ra', 're',
  'ri', 'sa', 'so', 'ta', 'te', 'to', 'va', 'vi', 'za', 'zu', 'bar', 'cor', 'del', 'mar', 'ran', 'ter', 'vin', 'gal', 'mon', 'sal',
];
const ROLES = ['portavoz', 'ministra', 'ministro', 'director', 'directora', 'presidente', 'presidenta', 'alcalde', 'alcaldesa', 'analista', 'investigador', 'secretaria general'];
const SPEECH = ['dijo', 'afirmó', 'aseguró', 'declaró', 'explicó', 'señaló'];
const REPORTED = ['afirmó que', 'aseguró que', 'explicó que', 'dijo que', 'advirtió que'];
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const WIDGETS = ['Posts Carousel', 'Latest Posts', 'Noticias relacionadas', 'Lo más leído', 'Top Authors', 'Most Commented', 'Featured Videos'];

/** A made-up word of 2–4 syllables, different for every `rank` (its digits in base SYLLABLES.length). */
function inventedWord(rank: number): string {
  let word = '';
  let rest = rank + SYLLABLES.length; // at least two syllables
  while (rest > 0) {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return word[0]!.toUpperCase() + word.slice(1);
}

/** The invented person of a rank: the same full name every time, so /quote can look them up. */
export function personName(rank: number): string {
  return `${FIRST_NAMES[(rank * 7) % FIRST_NAMES.length]} ${inventedWord(rank * 3 + 1)}`;
}

const placeName = (rank: number) => inventedWord(rank * 3 + 2);
const outletName = (rank: number) => `Diario ${inventedWord(rank * 3)}`;

interface Topic {
  title: string;
  sentences: string[];
}

/** XQuAD's Spanish articles as topics: each a list of sentences. */
async function loadTopics(): Promise<Topic[]> {
  const { articles } = await loadXquad();
  return articles.map((article) => ({
    title: article.title,
    sentences: article.paragraphs.flatMap((paragraph) => {
      const text = article.text.slice(paragraph.start, paragraph.end);
      return splitSentences(text).map((span) => text.slice(span.start, span.end));
    }),
  }));
}

/** Sizes of the invented pools for an archive of `articles`; they grow with it, as a newsroom's cast does. */
export function poolSizes(articles: number) {
  return { people: 200 + 4 * articles, places: 100 + articles, outlets: 20 + Math.ceil(articles / 200) };
}

interface ArticleDraft {
  title: string;
  date: { year: number; month: number; day: number };
  outlet: string;
  author: string;
  body: string[];
}

/**
 * How an archive's words are drawn. `recombined` (issue 8): XQuAD sentences with some numbers and names
 * changed, names from pools that grow with the archive; a big archive holds the same 1,000 sentences
 * over and over, with a small vocabulary. `realistic` (issue 17): besides that, half of each sentence's
 * content words are drawn from a vocabulary that keeps growing by Heaps' law (heaps-vocabulary.ts), every
 * number is a new one, and names, places and their frequencies follow the same law with no pool to run
 * out of, so that sentences are not reused and the index meets the vocabulary and posting lists of a
 * real archive.
 */
export type CorpusKind = 'recombined' | 'realistic';

/** How an article draws its places and people and varies the sentences it takes. */
interface Casting {
  place(): string;
  person(): string;
  vary(sentence: string): string;
}

/** Share of content words replaced by draws from the vocabulary, in a realistic archive. */
const REPLACED_WORDS = 0.5;
/** Chance that a drawn word is one the article already drew: news repeats its own terms (burstiness). */
const REPEATED_WORDS = 0.3;
/** How many ranks share the top frequencies: of content words, people and places (heaps-vocabulary.ts). */
const WORD_SCALE = 300;
const NAME_SCALE = 20;
/** A lower-case word of four letters or more standing alone: a content word unless a stop word. */
const CONTENT_WORD = /(?<![\p{L}\p{N}])\p{Ll}{4,}(?![\p{L}\p{N}])/gu;
const STOP_WORDS = new Set(spanishStopWords);

function recombinedCasting(random: Random, articles: number): Casting {
  const pools = poolSizes(articles);
  const place = () => placeName(random.longTail(pools.places));
  return {
    place,
    person: () => personName(random.longTail(pools.people)),
    vary: (sentence) =>
      sentence
        // Numbers change (years stay plausible), and names after the first word are sometimes someone else's.
        .replace(/\d+/g, (digits) => (random.chance(0.5) ? otherNumber(random, digits) : digits))
        .replace(/(?<=\s)\p{Lu}\p{Ll}{3,}/gu, (name) => (random.chance(0.25) ? place() : name)),
  };
}

function realisticCasting(random: Random, vocabulary: Vocabulary): Casting {
  const place = () => placeName(1 + heapsRank(random, NAME_SCALE));
  const drawn: string[] = [];
  const word = () => {
    if (drawn.length && random.chance(REPEATED_WORDS)) return random.pick(drawn);
    const fresh = vocabulary.draw(random);
    drawn.push(fresh);
    return fresh;
  };
  return {
    place,
    person: () => personName(1 + heapsRank(random, NAME_SCALE)),
    vary: (sentence) =>
      sentence
        .replace(/\d+(?:[.,]\d+)*/g, (number) => freshNumber(random, number))
        .replace(/(?<=\s)\p{Lu}\p{Ll}{3,}/gu, (name) => (random.chance(0.5) ? place() : name))
        .replace(CONTENT_WORD, (found) => (STOP_WORDS.has(found) || !random.chance(REPLACED_WORDS) ? found : word())),
  };
}

/** Any number: a plausible year for a year, else an amount of any size, sometimes with decimals (as Spanish writes them). */
function freshNumber(random: Random, number: string): string {
  if (/^(1[5-9]|20)\d\d$/.test(number)) return String(random.between(1500, 2024));
  const amount = String(random.int(10 ** random.between(1, 7)));
  return random.chance(0.3) ? `${amount},${random.between(1, 99)}` : amount;
}

function draftArticle(random: Random, topics: Topic[], cast: (random: Random) => Casting, articles: number): ArticleDraft {
  const pools = poolSizes(articles);
  const topic = random.pick(topics);
  const { place, person, vary } = cast(random);
  // Sentences are dealt from the shuffled topic like cards, so that an article does not repeat one.
  const deck = shuffled(random, topic.sentences);
  let dealt = 0;
  const sentence = () => vary(deck[dealt++ % deck.length]!);
  const paragraph = () => Array.from({ length: random.between(2, 4) }, sentence).join(' ');
  const lower = (text: string) => text[0]!.toLowerCase() + text.slice(1);
  const quotation = () => {
    const speaker = person();
    const role = `${random.pick(ROLES)} de ${place()}`;
    const said = sentence().replace(/[.]$/, '');
    switch (random.int(3)) {
      case 0: return `“${said}”, ${random.pick(SPEECH)} ${speaker}, ${role}.`;
      case 1: return `${speaker}, ${role}, ${random.pick(REPORTED)} ${lower(said)}.`;
      default: return `${paragraph()} “${said}”, ${random.pick(SPEECH)} ${speaker}.`;
    }
  };

  const body = Array.from({ length: random.between(3, 6) }, paragraph);
  for (let quotes = random.between(1, 3); quotes > 0; quotes--) body.splice(1 + random.int(body.length), 0, quotation());
  const lead = body[0]!.split(' ');
  const title = `${place()}: ${lead.slice(0, random.between(6, 11)).join(' ').replace(/[.,;:]$/, '')}`;
  return {
    title,
    date: { year: random.between(2015, 2024), month: random.between(1, 12), day: random.between(1, 28) },
    outlet: outletName(random.longTail(pools.outlets)),
    author: random.chance(0.5) ? person() : `Editor${random.between(1, 9)}`,
    body,
  };
}

/** A number of the same length; four digits stay a plausible year. */
function otherNumber(random: Random, digits: string): string {
  return digits.length === 4 ? String(random.between(1900, 2024)) : String(random.int(10 ** digits.length)).padStart(digits.length, '1');
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const isoDate = ({ year, month, day }: ArticleDraft['date']) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Scraped plain text, like the seeds: title (often twice), dateline, a teaser cut mid-sentence, body, byline, comment form, widgets. */
function asText(random: Random, article: ArticleDraft, otherTitles: string[]): string {
  const { year, month, day } = article.date;
  const lines = [article.title];
  if (random.chance(0.5)) lines.push(article.title);
  lines.push(random.chance(0.5) ? `${MONTHS[month - 1]} ${day}, ${year}. ${article.outlet}` : `${day} de ${MONTHS[month - 1]} de ${year}`);
  if (random.chance(0.6)) lines.push(article.body[0]!.slice(0, random.between(120, 220)));
  lines.push(...article.body);
  lines.push(random.chance(0.5) ? `Por ${article.author}` : `${article.author}\nADMINISTRATOR\nPROFILE`);
  if (random.chance(0.7)) lines.push('Deja una respuesta', 'Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *');
  else lines.push('Leave a Comment', 'Your email address will not be published. Required fields are marked with *');
  for (const widget of WIDGETS.filter(() => random.chance(0.4))) lines.push(widget, ...otherTitles.slice(0, random.between(0, 3)));
  if (random.chance(0.3)) lines.push('error: Gracias por Visitarnos !!');
  return lines.join('\n\n') + '\n';
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A CMS page: meta tags, site header and navigation, the article, a sidebar, comments and a footer. */
function asHtml(article: ArticleDraft, otherTitles: string[]): string {
  const list = (titles: string[]) => titles.map((title) => `<li><a href="#">${escapeHtml(title)}</a></li>`).join('');
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>${escapeHtml(article.title)} | ${escapeHtml(article.outlet)}</title>
<meta property="og:title" content="${escapeHtml(article.title)}"><meta property="og:site_name" content="${escapeHtml(article.outlet)}">
<meta name="author" content="${escapeHtml(article.author)}"><meta property="article:published_time" content="${isoDate(article.date)}T08:00:00Z">
<script>window.dataLayer = [];</script></head>
<body><header><a href="/">${escapeHtml(article.outlet)}</a><nav><ul><li>Inicio</li><li>Política</li><li>Economía</li><li>Deportes</li></ul></nav></header>
<main><article><h1>${escapeHtml(article.title)}</h1><p class="byline">Por ${escapeHtml(article.author)} · ${isoDate(article.date)}</p>
${article.body.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
<div class="share">Compartir en Facebook Twitter WhatsApp</div></article>
<aside class="sidebar"><h3>Lo más leído</h3><ul>${list(otherTitles)}</ul></aside>
<section id="comments"><h3>Deja una respuesta</h3><form><textarea></textarea><button>Publicar comentario</button></form></section></main>
<footer>© ${article.date.year} ${escapeHtml(article.outlet)}. Todos los derechos reservados.</footer></body></html>
`;
}

/** Markdown with front matter, as static-site archives keep articles. */
function asMarkdown(article: ArticleDraft, otherTitles: string[]): string {
  return [
    '---',
    `title: "${article.title.replace(/"/g, "'")}"`,
    `author: ${article.author}`,
    `date: ${isoDate(article.date)}`,
    `outlet: ${article.outlet}`,
    '---',
    '',
    `# ${article.title}`,
    '',
    ...article.body.flatMap((paragraph) => [paragraph, '']),
    '## Noticias relacionadas',
    '',
    ...otherTitles.map((title) => `- [${title}](#)`),
    '',
  ].join('\n');
}

const folderOf = (i: number) => String(Math.floor(i / FILES_PER_FOLDER)).padStart(4, '0');

/** The content words of the topics, most frequent first: the common end of a realistic archive's vocabulary. */
function commonWords(topics: Topic[]): string[] {
  const counts = new Map<string, number>();
  for (const topic of topics) {
    for (const sentence of topic.sentences) {
      for (const [word] of sentence.matchAll(CONTENT_WORD)) if (!STOP_WORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** What the archive's prose is like: tokens, distinct word forms (lower-cased), sentences and distinct sentences of the article bodies. */
export interface TextFigures {
  tokens: number;
  wordForms: number;
  sentences: number;
  distinctSentences: number;
}

function textCounter() {
  const forms = new Set<string>();
  const sentenceHashes = new Set<number>();
  const figures: TextFigures = { tokens: 0, wordForms: 0, sentences: 0, distinctSentences: 0 };
  return {
    add(article: ArticleDraft) {
      for (const paragraph of article.body) {
        for (const [token] of paragraph.matchAll(/[\p{L}\p{N}]+/gu)) {
          figures.tokens++;
          forms.add(token.toLowerCase());
        }
        for (const span of splitSentences(paragraph)) {
          figures.sentences++;
          sentenceHashes.add(hash53(paragraph.slice(span.start, span.end)));
        }
      }
    },
    figures: (): TextFigures => ({ ...figures, wordForms: forms.size, distinctSentences: sentenceHashes.size }),
  };
}

/** A 53-bit string hash (cyrb53): distinct sentences counted without keeping their text. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Writes `articles` files into `dir` (emptied first): 70% scraped text, 20% HTML, 10% Markdown, in
 * subfolders of FILES_PER_FOLDER. Article i depends only on the seed, the kind and i, not on the write order.
 */
export async function writeSyntheticArchive(dir: string, articles: number, seed = 1, kind: CorpusKind = 'recombined'): Promise<SyntheticArchive> {
  const topics = await loadTopics();
  const vocabulary = heapsVocabulary(commonWords(topics), { scale: WORD_SCALE });
  const cast = kind === 'realistic' ? (random: Random) => realisticCasting(random, vocabulary) : (random: Random) => recombinedCasting(random, articles);
  await rm(dir, { recursive: true, force: true });
  const formats: Record<Format, number> = { txt: 0, html: 0, md: 0 };
  const text = textCounter();
  let bytes = 0;
  let next = 0;
  for (let i = 0; i < articles; i += FILES_PER_FOLDER) await mkdir(path.join(dir, folderOf(i)), { recursive: true });
  const writeOne = async (i: number) => {
    const random = createRandom(seed * 1_000_003 + i);
    // Widget lists show other articles' titles: three drafts drawn only for their titles.
    const others = Array.from({ length: 3 }, () => draftArticle(random, topics, cast, articles).title);
    const article = draftArticle(random, topics, cast, articles);
    text.add(article);
    const roll = random.next();
    const format: Format = roll < 0.7 ? 'txt' : roll < 0.9 ? 'html' : 'md';
    const content = format === 'txt' ? asText(random, article, others) : format === 'html' ? asHtml(article, others) : asMarkdown(article, others);
    const buffer = Buffer.from(content, 'utf8');
    await writeFile(path.join(dir, folderOf(i), `${String(i).padStart(6, '0')}.${format}`), buffer);
    formats[format]++;
    bytes += buffer.length;
  };
  const worker = async () => {
    while (next < articles) await writeOne(next++);
  };
  await Promise.all(Array.from({ length: Math.min(WRITE_CONCURRENCY, articles) }, worker));
  return { dir, kind, articles, bytes, formats, text: text.figures() };
}
