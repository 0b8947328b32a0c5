/** Page kinds found on pages written in real sites' markup styles (issue 14, stop 49): each fails before its rule. */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/index.js';
import { readSeedBytes } from '../../src/corpus/read.js';
import type { Article } from '../../src/corpus/types.js';

const STORY = [
  'Un sismo de magnitud 5,2 se registró la noche de este viernes frente a la costa, según informó el instituto geofísico, que ubicó el epicentro a 40 kilómetros.',
  'El movimiento se sintió con fuerza en los distritos del sur de la capital, donde los vecinos salieron a las calles por precaución y sin heridos.',
  'La oficina de defensa civil recordó a la población tener lista una mochila de emergencia y conocer las zonas seguras de sus viviendas.',
];
const paragraphs = STORY.map((text) => `<p>${text}</p>`).join('\n');
const HEADLINE = 'Temblor de 5,2 sacude la capital esta noche';

function read(head: string, body: string, lang = 'es'): Article {
  const html = `<!doctype html><html lang="${lang}"><head><title>${HEADLINE} | Diario Andino</title>${head}</head><body>${body}</body></html>`;
  const outcome = readSeedBytes('pagina.html', Buffer.from(html));
  if (!('file' in outcome)) throw new Error(outcome.warning.message);
  const article = buildArticle(outcome.file);
  if (!article) throw new Error('no article');
  return article;
}

describe('a UTC timestamp beside the local date printed by the headline', () => {
  const utc = '<meta property="article:published_time" content="2024-06-08T03:25:00Z">';
  const story = (dateLine: string) => `<main><article><h1>${HEADLINE}</h1><p class="byline">Por Lucía Ramos Paz</p><p class="date">${dateLine}</p>${paragraphs}</article></main>`;

  it('dates the story by the printed date when it is the instant\'s date in some time zone', () => {
    expect(read(utc, story('Publicado el 7 de junio de 2024, 22:25')).date).toBe('2024-06-07');
    expect(read(utc, story('07/06/2024 22:25')).date).toBe('2024-06-07');
  });

  it('keeps the timestamp\'s date when the printed one is no date of that instant, or is an update\'s', () => {
    expect(read(utc, story('Publicado el 5 de junio de 2024')).date).toBe('2024-06-08');
    expect(read(utc, story('Actualizado el 7 de junio de 2024, 22:25')).date).toBe('2024-06-08');
  });
});

describe('a story\'s meta items and a live blog\'s stamps', () => {
  it('drops a reading time printed beside the date ("6 min read · Oct 2, 2024"), and a profile\'s follower count', () => {
    for (const row of ['6 min read · Oct 2, 2024', '2 de octubre de 2024 | Lectura: 4 min', '3 minutos de lectura • 02/10/2024']) {
      const article = read('', `<main><article><h1>${HEADLINE}</h1><div>${row}</div>${paragraphs}<div><p>1.204 seguidores</p></div></article></main>`);
      expect(article.text, row).not.toMatch(/min|Lectura|seguidores/u);
      expect(article.text).toContain(STORY[0]);
    }
  });

  it('drops the time stamped over each entry of a live blog and keeps the entries', () => {
    const entries = STORY.map((text, at) => `<article class="entry"><time>${10 + at}:15 p.m.</time><p>${text}</p></article>`).join('');
    const article = read('', `<main><h1>${HEADLINE}</h1><div class="feed">${entries}</div></main>`);
    expect(article.text).not.toMatch(/\d:15/u);
    for (const sentence of STORY) expect(article.text).toContain(sentence);
  });
});

describe('a page dated only by its modification', () => {
  it('dates the story by the declared modification when nothing declares or prints its publication ("hace 3 horas")', () => {
    const modified = '<meta property="article:modified_time" content="2024-07-19T18:40:00-04:00">';
    const body = `<main><article><h1>${HEADLINE}</h1><div class="meta">Por Tomás Fuentealba · hace 3 horas</div>${paragraphs}</article></main>`;
    expect(read(modified, body).date).toBe('2024-07-19');
    // A printed publication date still comes first.
    const printed = `<main><article><h1>${HEADLINE}</h1><div class="meta">Publicado el 17 de julio de 2024</div>${paragraphs}</article></main>`;
    expect(read(modified, printed).date).toBe('2024-07-17');
  });
});

describe('desks and author boxes', () => {
  const site = '<meta property="og:site_name" content="Diario de Antioquia"><link rel="canonical" href="https://diariodeantioquia.co/judicial/captura">';
  const byline = (credit: string) => `<main><article><h1>${HEADLINE}</h1><div class="autor">${credit}</div>${paragraphs}</article></main>`;

  it('credits a section\'s desk as printed, a desk credit without its sources, and "Mesa de Redacción" (pages57: desks sign as printed)', () => {
    const cases: Array<[string, string]> = [
      ['Redacción Judicial', 'Redacción Judicial'],
      ['Redacción Deportes', 'Redacción Deportes'],
      ['Por Redacción Nacional con información de EFE', 'Redacción Nacional'],
      ['Mesa de Redacción', 'Mesa de Redacción'],
    ];
    for (const [credit, desk] of cases) expect(read(site, byline(credit)).author, credit).toBe(desk);
  });

  it('still credits a desk named by the newsroom: its acronym, its name or a part of it', () => {
    for (const credit of ['Redacción DA', 'Redacción Antioquia', 'Redacción Diario de Antioquia']) expect(read(site, byline(credit)).author, credit).toBe(credit);
  });

  it('drops the heading an author box leaves when its name and bio go', () => {
    const head = '<meta name="author" content="Sebastián Lozano Rincón">';
    for (const heading of ['Sobre el autor', 'Acerca de la autora']) {
      const box = `<div class="autor-caja"><h3>${heading}</h3><p><strong>Sebastián Lozano Rincón</strong></p><p>Periodista de la Universidad del Valle. Cubre temas de medio ambiente y orden público desde 2018.</p></div>`;
      const article = read(head, `<main><article><h1>${HEADLINE}</h1>${paragraphs}${box}</article></main>`);
      expect(article.text, heading).not.toContain(heading);
      expect(article.text).toContain(STORY[2]);
    }
  });
});
