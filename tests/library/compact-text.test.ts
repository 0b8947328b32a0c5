/**
 * Article text is kept as UTF-8 bytes and passages as spans of it (corpus/compact.ts), in a built
 * library and in one restored from its snapshot: whatever a user sees (the article as `show` prints
 * it, each passage's text, each cited excerpt) must still be exactly the text the corpus reads from
 * the seed files, whatever characters it holds: accents, curly quotes, the euro sign, characters
 * outside the Basic Multilingual Plane (two UTF-16 units, four UTF-8 bytes), CJK.
 */
import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary, type Library } from '../../src/library.js';
import { buildCorpus, readSeedFiles } from '../../src/corpus/index.js';
import { articleParagraphPairs, compactArticle, spanPassage, spanPairs } from '../../src/corpus/compact.js';
import { recordingLogger } from '../support/recording-logger.js';

const ARTICLES: Record<string, string[]> = {
  'euro.txt': [
    'El Banco Central subió los tipos al 4,5 % por la inflación',
    'El Banco Central Europeo subió el jueves los tipos de interés hasta el 4,5 %, la décima subida seguida, para frenar una inflación que en agosto llegó al 5,3 % en la zona del euro.',
    '“No hemos terminado todavía”, dijo la presidenta Christine Lagarde en Fráncfort, donde añadió que el precio del dinero seguirá alto «el tiempo que haga falta».',
    'La subida encarece en unos 40 € al mes una hipoteca media de 150.000 € a tipo variable, según los cálculos de la asociación de consumidores Asufin.',
  ],
  'sonda.md': [
    '# La sonda 𝕁𝕦𝕟𝕠 envió 🚀 imágenes de Ío',
    'La sonda 𝕁𝕦𝕟𝕠 🚀 envió el martes 312 imágenes de los volcanes de Ío, la luna de Júpiter, según la agencia espacial japonesa 宇宙航空研究開発機構.',
    '«Cada imagen 🛰️ muestra un volcán distinto», explicó la científica Ana Núñez, responsable de la misión, en una rueda de prensa en Tokio.',
    'Las imágenes llegarán a los laboratorios en tres semanas; el equipo calcula que Ío tiene más de 400 volcanes activos.',
  ],
};

let dir: string;
let seedsDir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-compact-'));
  seedsDir = path.join(dir, 'seeds');
  await mkdir(seedsDir);
  for (const [name, paragraphs] of Object.entries(ARTICLES)) await writeFile(path.join(seedsDir, name), paragraphs.join('\n\n'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const QUESTIONS = ['¿Cuántas imágenes envió la sonda de Ío?', '¿Hasta dónde subió el Banco Central Europeo los tipos de interés?', '¿Qué dijo Ana Núñez?', '¿Cuánto encarece la subida una hipoteca?'];

async function open(): Promise<Library> {
  return openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: path.join(dir, 'index'), TRANSLATOR: 'none' }), recordingLogger().log);
}

/** Articles and passages as the corpus reads them from the seed files, as plain strings. */
async function readDirectly() {
  const corpus = buildCorpus((await readSeedFiles(seedsDir)).files);
  return new Map(corpus.articles.map((article) => [article.id, { text: article.text, passages: corpus.passages.filter((passage) => passage.articleId === article.id).map(({ id, start, end, text }) => ({ id, start, end, text })) }]));
}

describe('article text kept as UTF-8 bytes', () => {
  it('shows, cites and quotes exactly the text read from the seed files, built and after a restart', async () => {
    const expected = await readDirectly();
    const built = await open();
    const restored = await open();
    expect(built.status.origin).toBe('built');
    expect(restored.status.origin).toBe('snapshot');
    for (const library of [built, restored]) {
      for (const [id, { text, passages }] of expected) {
        const shown = library.article(id)!;
        expect(shown.text).toBe(text);
        expect(shown.passages).toEqual(passages);
        // What `cli show --json` prints: the same fields, the text decoded.
        expect(JSON.parse(JSON.stringify(shown))).toMatchObject({ text, passages });
      }
      for (const question of QUESTIONS) {
        const answer = await library.ask(question);
        expect(answer.citations.length).toBeGreaterThan(0);
        for (const citation of answer.citations) expect(expected.get(citation.articleId)!.text).toContain(citation.excerpt);
      }
      for (const statement of library.quote('Ana Núñez').statements) expect(expected.get(statement.articleId)!.text.slice(statement.start, statement.end)).toBe(statement.text);
    }
    expect(built.quote('Ana Núñez').statements.map(({ text }) => text)).toEqual([expect.stringContaining('🛰️')]);
    for (const question of QUESTIONS) expect(await restored.ask(question)).toEqual(await built.ask(question));
  }, 60_000);

  it('a restored library reads its articles\' text from the snapshot it was restored from, also once a later save has removed that snapshot', async () => {
    const bulkDir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-text-on-disk-'));
    try {
      const bulkSeeds = path.join(bulkDir, 'seeds');
      const config = { SEEDS_DIR: bulkSeeds, INDEX_DIR: path.join(bulkDir, 'index'), TRANSLATOR: 'none' };
      await mkdir(bulkSeeds);
      // More articles than the 64 texts kept decoded, each read again from the file.
      const towns = ['Ávila', 'Cádiz', 'León', 'Logroño', 'Málaga', 'Cáceres'];
      for (let a = 0; a < 80; a++) {
        const paragraphs = Array.from({ length: 12 }, (_, p) => `El ayuntamiento de ${towns[(a + p) % towns.length]} aprobó el día ${p + 1} un gasto de ${a * 1000 + p * 7} euros para ${p * 3 + a} “viviendas” nuevas y ${p + a * 11} plazas de aparcamiento junto al río.`);
        await writeFile(path.join(bulkSeeds, `pleno-${a}.txt`), [`Pleno número ${a} del ayuntamiento`, ...paragraphs].join('\n\n'));
      }
      const expected = await (async () => {
        const built = await openLibrary(readConfig(config), recordingLogger().log);
        return new Map(built.sources().map(({ id }) => [id, built.article(id)!.text]));
      })();
      const restored = await openLibrary(readConfig(config), recordingLogger().log);
      expect(restored.status.origin).toBe('snapshot');
      const generations = async () => (await readdir(config.INDEX_DIR)).filter((name) => name.startsWith('snapshot-'));
      const [first] = await generations();
      // A start that finds a changed file saves a new snapshot and removes the one `restored` reads its text from.
      await writeFile(path.join(bulkSeeds, 'pleno-nuevo.txt'), 'Pleno extraordinario\n\nEl ayuntamiento de Soria aprobó el lunes un gasto de 12 euros.');
      const next = await openLibrary(readConfig(config), recordingLogger().log);
      expect(await generations()).not.toContain(first);
      for (const library of [restored, next]) for (const [id, text] of expected) expect(library.article(id)!.text).toBe(text);
      const answer = await restored.ask('¿Cuántas plazas de aparcamiento aprobó el ayuntamiento de Cádiz el día 2?');
      expect(answer.citations.length).toBeGreaterThan(0);
      for (const citation of answer.citations) expect(expected.get(citation.articleId)).toContain(citation.excerpt);
    } finally {
      await rm(bulkDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('reads a compact article and its passages as the plain ones, and serialises them as such', () => {
    const text = 'Dijo “sí” 🚀 a 宇宙.\n\nOtra línea más: 40 €.';
    const paragraphs = [{ start: 0, end: text.indexOf('\n') }, { start: text.indexOf('\n') + 2, end: text.length }];
    const article = compactArticle({ id: 'a', title: 'T', outlet: null, author: null, date: null, language: 'es', words: 9 }, Buffer.from(text, 'utf8'), spanPairs(paragraphs));
    expect(article.text).toBe(text);
    expect(article.paragraphs).toEqual(paragraphs);
    const passage = spanPassage(article, { id: 'a#0', n: 0, paragraph: 0, start: 5, end: 12 });
    expect(passage.text).toBe('“sí” 🚀');
    expect(JSON.parse(JSON.stringify({ article, passage }))).toEqual({
      article: { id: 'a', title: 'T', outlet: null, author: null, date: null, language: 'es', text, paragraphs, words: 9 },
      passage: { id: 'a#0', articleId: 'a', n: 0, paragraph: 0, start: 5, end: 12, text: '“sí” 🚀', language: 'es' },
    });
  });

  it('gives an article\'s paragraphs as [start, end] pairs, whether it holds pairs, has read them as spans, or is plain', () => {
    const text = 'Uno dos.\n\nTres cuatro cinco.\n\nSeis.';
    const paragraphs = [{ start: 0, end: 8 }, { start: 10, end: 28 }, { start: 30, end: 35 }];
    const pairs = Uint32Array.from([0, 8, 10, 28, 30, 35]);
    const head = { id: 'b', title: 'T', outlet: null, author: null, date: null, language: 'es', words: 6 };
    const compact = compactArticle(head, Buffer.from(text, 'utf8'), Uint32Array.from(pairs));
    expect(articleParagraphPairs(compact)).toEqual(pairs);
    expect(compact.paragraphs).toEqual(paragraphs);
    expect(articleParagraphPairs(compact)).toEqual(pairs);
    expect(articleParagraphPairs({ ...head, text, paragraphs })).toEqual(pairs);
  });
});
