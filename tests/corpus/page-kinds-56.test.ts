/** Page kinds of stop 56 (issue 14), on texts and pages written for them: each fails before its rule unless marked a guard. */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/index.js';
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
