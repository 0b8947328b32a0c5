import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, readSeedFiles, type Corpus } from '../../src/corpus/index.js';
import { SEEDS_DIR } from '../support/seed-library.js';

const MARCRIX = '000_00d19ce3f6e8e9cf';
const REUTERS = '001_5b51ff2f8a5eff13';

// Every line of the seeds that is not article body: site furniture, bylines, the repeated title,
// the teaser and the dateline line. None may reach a passage.
const NOT_BODY: Record<string, string[]> = {
  [MARCRIX]: [
    'Pyongyang y Moscú han intensificado cada vez más sus relaciones diplomáticas y de seguridad',
    'Por Editor3',
    'Deja una respuesta',
    'Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *',
    'error: Gracias por Visitarnos !!',
  ],
  [REUTERS]: [
    'Kim Jong Un promete a Putin una alianza estratégica duradera',
    'agosto 15, 2023. Agencia Reuters El líder norcoreano, Kim Jong Un, visita una fábrica militar clave en esta foto sin fecha publicada por la Agencia Central de Noticias de Corea del Norte (KCNA) el 14 de agosto de 2023. KCNA vía REUTERS El líder norcoreano Kim Jong Un y el presidente ruso Vladimir Putin intercambiaron',
    'agosto 15, 2023. Agencia Reuters',
    // A photo caption and its credit.
    'El líder norcoreano, Kim Jong Un, visita una fábrica militar clave en esta foto sin fecha publicada por la Agencia Central de Noticias de Corea del Norte (KCNA) el 14 de agosto de 2023. KCNA vía REUTERS',
    'Adm 1',
    'ADMINISTRATOR',
    'PROFILE',
    'Posts Carousel',
    'Leave a Comment',
    'Your email address will not be published. Required fields are marked with *',
    'Latest Posts',
    'Top Authors',
    'Most Commented',
    'Featured Videos',
  ],
};

let corpus: Corpus;
let seedLines: Map<string, string[]>;

beforeAll(async () => {
  const { files, warnings } = await readSeedFiles(SEEDS_DIR);
  expect(warnings).toEqual([]);
  corpus = buildCorpus(files);
  seedLines = new Map();
  for (const id of [MARCRIX, REUTERS]) {
    const raw = await readFile(`${SEEDS_DIR}${id}.txt`, 'utf8');
    seedLines.set(id, raw.split('\n').map((line) => line.trim()).filter(Boolean));
  }
});

const article = (id: string) => corpus.articles.find((candidate) => candidate.id === id)!;
const metadata = (id: string) => {
  const { title, outlet, author, date, language } = article(id);
  return { id, title, outlet, author, date, language };
};

describe('the seed articles', () => {
  it('are both indexed, without warnings', () => {
    expect(corpus.articles.map((a) => a.id)).toEqual([MARCRIX, REUTERS]);
    expect(corpus.warnings).toEqual([]);
  });

  it('keep every body line of the page as a paragraph, and nothing else', () => {
    for (const [id, lines] of seedLines) {
      const body = lines.filter((line) => !NOT_BODY[id]!.includes(line));
      const { text, paragraphs } = article(id);
      expect(paragraphs.map(({ start, end }) => text.slice(start, end))).toEqual(body);
    }
  });

  it('let no furniture, byline, title copy or teaser line reach a passage', () => {
    for (const passage of corpus.passages) {
      for (const line of NOT_BODY[passage.articleId]!) {
        expect(passage.text).not.toBe(line);
        // Long lines would be recognisable inside a passage; short ones ("Adm 1") only as the whole passage.
        // The Marcrix title opens a body paragraph, so it is only checked as a whole passage.
        if (line.length > 20 && line !== article(passage.articleId).title) expect(passage.text.includes(line)).toBe(false);
      }
      expect(passage.text).not.toMatch(/ADMINISTRATOR|PROFILE|Leave a Comment|Deja una respuesta|Gracias por Visitarnos|Latest Posts|Featured Videos/);
    }
  });

  it('are described as a reader would: title, outlet, byline, date, language', () => {
    expect(metadata(MARCRIX)).toEqual({
      id: MARCRIX,
      title: 'Pyongyang y Moscú han intensificado cada vez más sus relaciones diplomáticas y de seguridad',
      outlet: 'Marcrix Noticias',
      // "Por Editor3" and "Adm 1 / ADMINISTRATOR" name the site's accounts, not who wrote the story.
      author: null,
      // The article only says "este miércoles" and "el lunes": no absolute date.
      date: null,
      language: 'es',
    });
    expect(metadata(REUTERS)).toEqual({
      id: REUTERS,
      title: 'Kim Jong Un promete a Putin una alianza estratégica duradera',
      outlet: 'Agencia Reuters',
      // No one signs, and the agency credited on the date line is the outlet: the same name as author would say nothing more.
      author: null,
      // The dateline's date, not the photo's "14 de agosto de 2023" nor the summit's "18 de agosto".
      date: '2023-08-15',
      language: 'es',
    });
  });

  it('are split into passages that point back into the cleaned text', () => {
    expect(corpus.passages.filter((p) => p.articleId === MARCRIX)).toHaveLength(9);
    expect(corpus.passages.filter((p) => p.articleId === REUTERS)).toHaveLength(9);
    for (const passage of corpus.passages) {
      expect(article(passage.articleId).text.slice(passage.start, passage.end)).toBe(passage.text);
    }
  });
});
