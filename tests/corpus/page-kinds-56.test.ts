/** Page kinds of stop 56 (issue 14), on texts and pages written for them: each fails before its rule unless marked a guard. */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/index.js';
import { readSeedBytes } from '../../src/corpus/read.js';
import type { Article } from '../../src/corpus/types.js';

const ENGLISH = [
  'The harbour authority agreed on Thursday to dredge the north channel, silted up since the spring floods left two trawlers aground.',
  'Skippers who have waited for the tide to turn before leaving port said the work would give them back a morning every week.',
  'The authority expects the dredgers to finish before the winter, paid for with a national grant and the port\'s own fees.',
];
const SPANISH = [
  'La junta vecinal aprobó este jueves la reparación del puente colgante, cerrado desde que una crecida arrancó dos de sus pilotes en otoño.',
  'Los productores de la otra orilla, que daban un rodeo de cuarenta minutos por la ruta, dijeron que la obra les devolverá una mañana por semana.',
  'La intendencia prevé terminar los trabajos antes del invierno con un fondo provincial y recursos propios de la junta.',
];

/** A plain-text story: its lines before the story (headline, mastheads, bylines) as given, one a paragraph, then the story. */
function text(lines: string[], story: string[]): Article {
  const article = buildArticle({ id: 'nota', file: 'nota.txt', text: [...lines, ...story].join('\n\n'), hash: 'x' });
  if (!article) throw new Error('no article');
  return article;
}
const english = (...lines: string[]) => text(['Harbour authority to dredge the silted north channel', ...lines], ENGLISH);
const spanish = (...lines: string[]) => text(['Reparan el puente colgante tras la crecida de otoño', ...lines], SPANISH);
const fields = (article: Article) => [article.author, article.outlet, article.date];

describe('a byline line read by its parts, with or without "Por"/"By"', () => {
  it('reads a name and a publication after a dash, a slash, a comma or in brackets, in English and Spanish', () => {
    const cases: Array<[Article, string, string]> = [
      [spanish('Rocío Villalba Ortiz / El Heraldo del Litoral'), 'Rocío Villalba Ortiz', 'El Heraldo del Litoral'],
      [spanish('Rocío Villalba Ortiz (El Heraldo del Litoral)'), 'Rocío Villalba Ortiz', 'El Heraldo del Litoral'],
      [spanish('Por Rocío Villalba (Semanario del Delta)'), 'Rocío Villalba', 'Semanario del Delta'],
      [english('Owen Pritchard — The Estuary Chronicle'), 'Owen Pritchard', 'The Estuary Chronicle'],
      [english('Owen Pritchard, The Estuary Chronicle'), 'Owen Pritchard', 'The Estuary Chronicle'],
      [english('By Owen Pritchard, Estuary Courier'), 'Owen Pritchard', 'Estuary Courier'],
    ];
    for (const [article, author, outlet] of cases) expect([article.author, article.outlet]).toEqual([author, outlet]);
  });

  it('reads a name, a publication with its bracketed place and a date between dashes or bars', () => {
    expect(fields(spanish('Rocío Villalba — Correo del Delta — 9 de abril de 2026'))).toEqual(['Rocío Villalba', 'Correo del Delta', '2026-04-09']);
    expect(fields(spanish('Rocío Villalba | Prensa del Delta (Gualeguay) | 09/04/2026'))).toEqual(['Rocío Villalba', 'Prensa del Delta', '2026-04-09']);
  });

  it('reads a publication, its place and a date with no one signing; a publication is never the author', () => {
    expect(fields(spanish('Diario del Delta · Gualeguay · 9 de abril de 2026'))).toEqual([null, 'Diario del Delta', '2026-04-09']);
    expect(fields(spanish('Diario del Delta, Gualeguay, Entre Ríos'))).toEqual([null, 'Diario del Delta', null]);
    expect(fields(english('Published in The Estuary Chronicle on April 9, 2026'))).toEqual([null, 'The Estuary Chronicle', '2026-04-09']);
  });

  it('takes no outlet from a place in a byline, after "Por" or not, nor from a party\'s acronym after a name', () => {
    for (const byline of ['Por Rocío Villalba | Puerto Madryn | 9 de abril de 2026', 'Rocío Villalba | Gualeguay | 9 de abril de 2026', 'Por Rocío Villalba, desde Gualeguay | 9 de abril de 2026']) {
      expect(fields(spanish(byline)), byline).toEqual(['Rocío Villalba', null, '2026-04-09']);
    }
    expect(fields(spanish('Rocío Villalba (PRO)'))).toEqual([null, null, null]);
    // Two places after a comma are no publication and its place.
    expect(spanish('La Rioja, Argentina').outlet).toBeNull();
  });
});

describe('a byline with no "Por"/"By"', () => {
  it('reads a name alone on its line under the headline, over its date or its publication', () => {
    expect(fields(spanish('Rocío Villalba Ortiz', '9 de abril de 2026'))).toEqual(['Rocío Villalba Ortiz', null, '2026-04-09']);
    expect(fields(english('Owen Pritchard', 'The Estuary Chronicle', 'April 9, 2026'))).toEqual(['Owen Pritchard', 'The Estuary Chronicle', '2026-04-09']);
    expect(spanish('Rocío Villalba Ortiz').author).toBe('Rocío Villalba Ortiz');
  });

  it('reads the writer after "Redactado por" and "Reported by"', () => {
    expect(spanish('Redactado por Rocío Villalba, corresponsal').author).toBe('Rocío Villalba');
    expect(english('Reported by Owen Pritchard').author).toBe('Owen Pritchard');
  });

  it('guard: a place or a section\'s name alone on its line is no author', () => {
    for (const label of ['Puerto Madryn', 'Obras Públicas', 'Gualeguay']) expect(text(['Reparan el puente colgante tras la crecida de otoño', label], [...SPANISH, 'Las obras públicas de la junta siguen en marcha en toda la provincia.']).author, label).toBeNull();
  });
});

describe('a masthead above the headline', () => {
  it('takes the headline for the title past the masthead, its place, section and edition lines, and dates it by the edition', () => {
    const spanishPaper = text(['LA GACETA DEL DELTA', 'Gualeguay, Entre Ríos', 'Sección: Provincia', 'Edición impresa — jueves 9 de abril de 2026', 'Reparan el puente colgante tras la crecida de otoño'], SPANISH);
    expect([spanishPaper.title, spanishPaper.date]).toEqual(['Reparan el puente colgante tras la crecida de otoño', '2026-04-09']);
    const englishPaper = text(['THE ESTUARY CHRONICLE', 'Morning edition, Thursday, April 9, 2026', 'Harbour authority to dredge the silted north channel'], ENGLISH);
    expect([englishPaper.title, englishPaper.outlet, englishPaper.date]).toEqual(['Harbour authority to dredge the silted north channel', 'The Estuary Chronicle', '2026-04-09']);
  });
});

/** An HTML page's article: its head, then `body` inside <body>. */
function page(title: string, body: string, language = 'en'): Article {
  const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}<footer><p>© 2026 The Estuary Chronicle</p></footer></body></html>`;
  const outcome = readSeedBytes('page.html', Buffer.from(html));
  if (!('file' in outcome)) throw new Error(outcome.warning.message);
  const article = buildArticle(outcome.file);
  if (!article) throw new Error('no article');
  return article;
}

describe('widgets inside the story\'s paragraphs', () => {
  it('drops share buttons printed inside each paragraph, in English and Spanish', () => {
    const english = page('Harbour authority to dredge the north channel', `<article><h1>Harbour authority to dredge the north channel</h1>${ENGLISH.map((line) => `<p>${line} <span class="tools"><a href="#">Share on X</a> <a href="#">Copy link</a></span></p>`).join('')}</article>`);
    expect(english.text.split('\n\n')).toEqual(ENGLISH);
    const spanish = page('Reparan el puente colgante', `<article><h1>Reparan el puente colgante</h1>${SPANISH.map((line) => `<p>${line}<span class="acciones"><a>Compartir en Facebook</a><a>Enviar por WhatsApp</a></span></p>`).join('')}</article>`, 'es');
    expect(spanish.text.split('\n\n')).toEqual(SPANISH);
  });

  it('drops footnote markers linked within the page and the notes\' links back, so that no sentence ends in a figure', () => {
    const marked = ENGLISH.map((line, at) => `<p>${line.replace(/\.$/u, `.<sup class="fn"><a href="#note-${at}">${at + 1}</a></sup>`)}</p>`).join('');
    const notes = '<ol class="notes"><li id="note-0">Port accounts for the year to March. <a href="#ref-0">↩</a></li></ol>';
    const article = page('Harbour authority to dredge the north channel', `<article><h1>Harbour authority to dredge the north channel</h1>${marked}${notes}</article>`);
    for (const line of ENGLISH) expect(article.text.split('\n\n')).toContain(line);
    expect(article.text).not.toContain('↩');
  });

  it('guard: a figure in superscript that links nowhere stays ("40 m<sup>2</sup>")', () => {
    const article = page('Harbour authority to dredge the north channel', `<article><h1>Harbour authority to dredge the north channel</h1><p>${ENGLISH[0]}</p><p>The new berth covers 400 m<sup>2</sup> of the old quay and opens in the spring, the authority said on Thursday.</p><p>${ENGLISH[1]}</p></article>`);
    expect(article.text).toContain('400 m2 of the old quay');
  });
});

describe('a blogging platform\'s reading time beside the date', () => {
  it('reads the date of a line that prints how long the story takes to read', () => {
    for (const line of ['6 min read · Apr 9, 2026', 'Lectura: 4 min | 9 de abril de 2026', '9 de abril de 2026 · 5 minutos de lectura']) {
      expect(text([line.includes('abril') ? 'Reparan el puente colgante tras la crecida de otoño' : 'Harbour authority to dredge the silted north channel', line], line.includes('abril') ? SPANISH : ENGLISH).date, line).toBe('2026-04-09');
    }
  });
});

describe('bylines of newcomer 34\'s kinds, on lines of our own', () => {
  it('takes the person named after a desk, the name after a reporter\'s beat, and a publication before its section', () => {
    expect(spanish('Redacción de Provincias - Rocío Villalba Ortiz').author).toBe('Rocío Villalba Ortiz');
    expect(fields(english('By chief marine correspondent Owen Pritchard — Estuary Courier — Posted Thu 9 Apr 2026'))).toEqual(['Owen Pritchard', 'Estuary Courier', '2026-04-09']);
    expect(fields(spanish('Por Rocío Villalba Ortiz – Semanario El Delta, sección Provincia'))).toEqual(['Rocío Villalba Ortiz', 'Semanario El Delta', null]);
  });

  it('dates a dateline whose date a "last update" label follows', () => {
    expect(spanish('Gualeguay, jueves 9 de abril de 2026 — Última actualización').date).toBe('2026-04-09');
  });
});
