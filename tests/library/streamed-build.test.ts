/**
 * A full build indexes each file's passages as the file comes (live/archive.ts), a batch at a time,
 * while later files are still being read. On a folder of many files (more passages than one batch,
 * Spanish and English articles interleaved, duplicates among them), the index it gives answers every
 * question exactly as an index made from all the passages at once, and holds the same postings; the
 * articles, passages and statements are those of the former composition (read everything, then
 * build the corpus, then analyse each article).
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLibraryData } from '../../src/live/archive.js';
import { createPassageIndex, type PassageIndex } from '../../src/search/store.js';
import type { Language } from '../../src/corpus/types.js';
import { referenceBuild } from '../support/reference-build.js';
import { recordingLogger } from '../support/recording-logger.js';

const FILES = 150;
const CITIES = ['Valdemora', 'Río Claro', 'Puerto Alto', 'Sierra Verde', 'Castrillo', 'Almenara'];
const PEOPLE = ['Lucía Ferrán', 'Tomás Aldave', 'Marta Quiroga', 'Andrés Peñalba', 'Irene Solís'];
const SUBJECTS = ['el plan de agua', 'la nueva línea de autobuses', 'el presupuesto escolar', 'la reforma del mercado', 'el parque eólico'];
const EN_SUBJECTS = ['the water plan', 'the new bus line', 'the school budget', 'the market reform', 'the wind farm'];

/** Article `n`: Spanish or English (every third), a dozen paragraphs of numbered facts, a quotation, and its own title. */
function article(n: number): string {
  const city = CITIES[n % CITIES.length]!;
  const person = PEOPLE[n % PEOPLE.length]!;
  const english = n % 3 === 2;
  const subject = (english ? EN_SUBJECTS : SUBJECTS)[n % SUBJECTS.length]!;
  const title = english ? `${city} council votes on ${subject} (${n})` : `${city} vota ${subject} (${n})`;
  const paragraphs = Array.from({ length: 12 }, (_, p) =>
    english
      ? `The council of ${city} approved ${subject} with ${n * 7 + p} votes on ${p + 1} March. The mayor, ${person}, said the work would take ${p + 2} years.`
      : `El pleno de ${city} aprobó ${subject} con ${n * 7 + p} votos el ${p + 1} de marzo. La alcaldesa, ${person}, dijo que las obras durarán ${p + 2} años.`,
  );
  const quotation = english ? `"We will finish ${subject} before ${2030 + (n % 5)}", said ${person}.` : `«Terminaremos ${subject} antes de ${2030 + (n % 5)}», afirmó ${person}.`;
  return [title, ...paragraphs, quotation].join('\n\n');
}

const QUESTIONS: [string, Language][] = [
  ['¿Cuántos votos obtuvo el plan de agua en Valdemora?', 'es'],
  ['¿Qué dijo Marta Quiroga sobre el presupuesto escolar?', 'es'],
  ['¿Cuándo terminará el parque eólico de Almenara?', 'es'],
  ['How many years will the bus line work in Puerto Alto take?', 'en'],
  ['What did Irene Solís say about the market reform?', 'en'],
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-streamed-'));
  for (let n = 0; n < FILES; n++) await writeFile(path.join(dir, `noticia-${String(n).padStart(3, '0')}.txt`), article(n));
  // Duplicates the build must skip as before: the same bytes, and the same article under other line ends.
  await writeFile(path.join(dir, 'noticia-copia.txt'), article(4));
  await writeFile(path.join(dir, 'noticia-crlf.txt'), article(5).replace(/\n/g, '\r\n'));
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(dir + '-index', { recursive: true, force: true });
});

/** What the former build composed (the reference build), then one index of all its passages. */
async function formerBuild() {
  const former = await referenceBuild(dir);
  return { ...former, index: await createPassageIndex(former.passages) };
}

async function answers(index: PassageIndex) {
  return Promise.all(QUESTIONS.map(([question, language]) => index.search(question, { limit: 10, language })));
}

describe('a build that indexes each file as it comes', () => {
  it('gives the same articles, passages, statements and answers as reading everything before indexing', async () => {
    const former = await formerBuild();
    expect(former.passages.length).toBeGreaterThan(1500);
    expect(new Set(former.passages.map((passage) => passage.language))).toEqual(new Set(['es', 'en']));
    expect(former.warnings.map(({ file }) => file).sort()).toEqual(['noticia-copia.txt', 'noticia-crlf.txt']);
    const expected = await answers(former.index);
    expect(expected.every((hits) => hits.length > 0)).toBe(true);

    // The last build sets its articles' text aside in a folder it makes (INDEX_DIR's role), which it leaves empty.
    const textFolder = path.join(dir + '-index', 'made');
    for (const options of [{ threads: 1 }, { threads: 2, minFilesPerThread: 1 }, { threads: 2, minFilesPerThread: 1, textFolder }]) {
      const built = await buildLibraryData(dir, options);
      expect(JSON.parse(JSON.stringify([built.data.articles, built.data.passages, built.data.quotes, built.data.warnings]))).toEqual(
        JSON.parse(JSON.stringify([former.articles, former.passages, former.quotes, former.warnings])),
      );
      expect(await answers(built.index)).toEqual(expected);
      expect(await built.index.toSnapshot(built.data.passages)).toEqual(await former.index.toSnapshot(former.passages));
    }
    expect(await readdir(textFolder)).toEqual([]);
  }, 180_000);

  it('keeps the text in memory, with a warning, when no file can be made in the text folder', async () => {
    const { log, logged } = recordingLogger();
    // A folder that cannot be made: its parent is a file.
    const built = await buildLibraryData(dir, { threads: 1, textFolder: path.join(dir, 'noticia-000.txt', 'index'), log });
    expect(logged.filter(({ level }) => level === 'warn').map(({ message }) => message)).toEqual([expect.stringContaining('in memory')]);
    expect(built.data.articles.find((article) => article.id === 'noticia-007')?.text).toContain('Río Claro aprobó el presupuesto escolar con 49 votos el 1 de marzo.');
  }, 60_000);
});
