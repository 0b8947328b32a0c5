/** Page kinds of stop 57 (issue 14), on texts and pages written for them: each fails before its rule unless marked a guard. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { seedArticle as seed } from '../support/seed-article.js';

const SPANISH = [
  'La cooperativa eléctrica aprobó este lunes el tendido de una línea nueva hasta los parajes del norte, sin luz estable desde la tormenta de agosto.',
  'Los vecinos de las chacras, que dependían de generadores a gasoil, dijeron que la obra les ahorrará la mitad de lo que gastan cada mes.',
  'La cooperativa prevé terminar los trabajos antes de la cosecha con un crédito provincial y aportes de los propios socios.',
];
const ENGLISH = [
  'The water board agreed on Monday to replace the cracked main under Mill Street, which has burst three times since the winter.',
  'Shopkeepers who closed for two days after the last burst said the work could not come soon enough for the high street.',
  'The board expects the new main to be laid before the autumn, paid for from its reserves and a county loan.',
];

/** A plain text: its lines before the story as given, one a paragraph, the story, then lines after it. */
const text = (before: string[], story: string[], after: string[] = []) => seed('nota.txt', [...before, ...story, ...after].join('\n\n'));
const spanish = (...lines: string[]) => text(['Llevan la luz a los parajes del norte', ...lines], SPANISH);
const english = (...lines: string[]) => text(['Water board to replace the Mill Street main', ...lines], ENGLISH);
const fields = (article: Article) => [article.author, article.outlet, article.date];

describe('a Markdown block of metadata lines keeps its lines apart', () => {
  it('reads a byline and a dateline written on consecutive lines as two lines, not as one name', () => {
    const cases: Array<[string, string, string]> = [
      ['# Llevan la luz a los parajes del norte\n\nPor Nélida Arrieta Sosa\nVilla Cañada, jueves 5 de marzo de 2026', 'Nélida Arrieta Sosa', '2026-03-05'],
      ['# Llevan la luz a los parajes del norte\n\nTexto de Nélida Arrieta\nPuerto Lindo, 5 de marzo de 2026', 'Nélida Arrieta', '2026-03-05'],
      ['# Water board to replace the Mill Street main\n\nBy Harriet Coombes\nMarlow Heath, Sept. 4, 2026', 'Harriet Coombes', '2026-09-04'],
    ];
    for (const [head, author, date] of cases) {
      const story = head.includes('Water') ? ENGLISH : SPANISH;
      const article = seed('nota.md', [head, ...story].join('\n\n'));
      expect([article.author, article.date], head).toEqual([author, date]);
    }
  });

  it('still joins a paragraph of prose wrapped over lines (guard)', () => {
    const wrapped = 'La cooperativa eléctrica aprobó este lunes el tendido\nde una línea nueva hasta los parajes del norte, sin luz\nestable desde la tormenta de agosto.';
    const article = seed('nota.md', ['# Llevan la luz a los parajes del norte', wrapped, ...SPANISH.slice(1)].join('\n\n'));
    expect(article.text).toContain('el tendido de una línea nueva hasta los parajes del norte, sin luz estable');
  });
});

describe('a desk that signs a story is its author, as printed', () => {
  it('shows the desk whether it names its section or not, alone, after "Por"/"By" or between a byline\'s parts', () => {
    const cases: Array<[Article, string]> = [
      [spanish('Redacción', '5 de marzo de 2026'), 'Redacción'],
      [spanish('Redacción Sociedad', '5 de marzo de 2026'), 'Redacción Sociedad'],
      [spanish('Por Redacción | 5 de marzo de 2026'), 'Redacción'],
      [spanish('Prensa Serrana | Redacción Valles Centrales | Villa Cañada, 5 de marzo de 2026'), 'Redacción Valles Centrales'],
      [english('Staff | March 5, 2026'), 'Staff'],
      [english('Newsroom', 'March 5, 2026'), 'Newsroom'],
    ];
    for (const [article, desk] of cases) expect(article.author).toBe(desk);
  });

  it('prefers a person who signs beside the desk, and a CMS\'s placeholder field stays empty (guards)', () => {
    expect(spanish('Redacción Deportes - Marcela Quiroga Funes', '5 de marzo de 2026').author).toBe('Marcela Quiroga Funes');
    const page = `<html><head><meta name="author" content="Redacción"><title>Llevan la luz a los parajes del norte</title></head><body><article><h1>Llevan la luz a los parajes del norte</h1>${SPANISH.map((line) => `<p>${line}</p>`).join('')}</article></body></html>`;
    expect(seed('nota.html', page).author).toBeNull();
  });
});

describe('an outlet named with no newspaper word', () => {
  it('reads the publisher of a copyright notice after the story, in Spanish, English and with a slash in the name', () => {
    const cases: Array<[string, string[], string]> = [
      ['© 2026 Mirador Serrano. Todos los derechos reservados.', SPANISH, 'Mirador Serrano'],
      ['Copyright © 2025-2026 Lakeshore Voice. All rights reserved.', ENGLISH, 'Lakeshore Voice'],
      ['(c) Página/14, 2026', SPANISH, 'Página/14'],
    ];
    for (const [notice, story, outlet] of cases) expect(text(['Titular de la nota del día'], story, [notice]).outlet, notice).toBe(outlet);
  });

  it('reads a name printed in two of the places a publication\'s stands, and drops it from the title', () => {
    const suffixAndByline = spanish('Por Nélida Arrieta | Cumbre Abierta | 5 de marzo de 2026');
    expect(suffixAndByline.outlet).toBeNull();
    const twice = text(['Llevan la luz a los parajes del norte | Cumbre Abierta', 'Por Nélida Arrieta | Cumbre Abierta | 5 de marzo de 2026'], SPANISH);
    expect([twice.title, twice.outlet]).toEqual(['Llevan la luz a los parajes del norte', 'Cumbre Abierta']);
    const masthead = text(['CUMBRE ABIERTA', 'Llevan la luz a los parajes del norte - Cumbre Abierta', 'Por Nélida Arrieta', '5 de marzo de 2026'], SPANISH);
    expect([masthead.title, masthead.outlet]).toEqual(['Llevan la luz a los parajes del norte', 'Cumbre Abierta']);
    const english = text(['Water board to replace the Mill Street main | Bayside Beacon', 'By Harriet Coombes | Bayside Beacon | March 5, 2026'], ENGLISH);
    expect([english.title, english.outlet]).toEqual(['Water board to replace the Mill Street main', 'Bayside Beacon']);
  });

  it('reads the name beside a byline\'s part that is where the story was filed from, not the place', () => {
    const cases: Array<[string, string]> = [
      ['Entrevista de Nélida Arrieta | Faro Norte | Villa Cañada, 9 de noviembre de 2025', 'Faro Norte'],
      ['Entrevista de Nélida Arrieta | Faro Norte | La Cañada, 9 de noviembre de 2025', 'Faro Norte'],
      ['Por Nélida Arrieta — Página/14 — Villa Cañada, 9 de noviembre de 2025', 'Página/14'],
    ];
    for (const [byline, outlet] of cases) expect(fields(spanish(byline)), byline).toEqual(['Nélida Arrieta', outlet, '2025-11-09']);
  });

  it('takes no outlet from one place alone: a section in a title, a place in a byline, a photo\'s credit (guards)', () => {
    const section = text(['Llevan la luz a los parajes del norte | Sociedad', 'Por Nélida Arrieta | Puerto Lindo | 5 de marzo de 2026'], SPANISH);
    expect([section.title, section.outlet]).toEqual(['Llevan la luz a los parajes del norte | Sociedad', null]);
    expect(text(['Water board to replace the Mill Street main', 'By Harriet Coombes', 'March 5, 2026'], ENGLISH, ['Photo: © AFP']).outlet).toBeNull();
  });
});

/** An HTML page: `head` inside <head>, `body` inside <body>. */
const page = (head: string, body: string) => seed('nota.html', `<html><head>${head}</head><body>${body}</body></html>`);
const STORY_HTML = (story: string[]) => story.map((line) => `<p>${line}</p>`).join('');

describe('a place is never the author, an organisation credited is cased as an outlet', () => {
  it('takes no author from the place an agency\'s credit line gives after the agency, declared as the author or not', () => {
    const declared = '<title>Llevan la luz a los parajes del norte</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Llevan la luz a los parajes del norte","author":{"@type":"Organization","name":"Agencia Austral"},"datePublished":"2026-12-02T10:00:00+01:00"}</script>';
    const body = (credit: string) => `<article><h1>Llevan la luz a los parajes del norte</h1><div class="firma">${credit}</div>${STORY_HTML(SPANISH)}</article>`;
    for (const credit of ['AGENCIA AUSTRAL · Villa Cañada · 02/12/2026', 'Agencia Austral | Puerto Lindo | 2 de diciembre de 2026']) {
      const article = page(declared, body(credit));
      expect([article.author, article.outlet, article.date], credit).toEqual([null, 'Agencia Austral', '2026-12-02']);
    }
    expect(page('<title>Llevan la luz a los parajes del norte</title>', body('AGENCIA AUSTRAL · Villa Cañada · 02/12/2026')).author).toBe('Agencia Austral');
  });

  it('cases a one-word outlet in capitals as a name unless it may be an acronym', () => {
    const wire = (agency: string) => text(['Llevan la luz a los parajes del norte'], [`VILLA CAÑADA, 4 mar (${agency}).– ${SPANISH[0]}`, ...SPANISH.slice(1)]).outlet;
    expect([wire('AUSTRALIS'), wire('ANSA'), wire('NOTISUR')]).toEqual(['Australis', 'ANSA', 'Notisur']);
  });
});

describe('bylines read by their parts: a broadcaster, a clock time, a desk between the outlet and the person', () => {
  it('reads an outlet whose name opens with a broadcaster\'s acronym after the name', () => {
    const cases: Array<[string, string]> = [['By Harriet Coombes, ITV Wales | Updated 4 March 2026', 'ITV Wales'], ['By Harriet Coombes, RTE Sport | Published 4 March 2026', 'RTE Sport']];
    for (const [byline, outlet] of cases) {
      expect(fields(english(byline)), byline).toEqual(['Harriet Coombes', outlet, '2026-03-04']);
    }
  });

  it('reads the person, the outlet beside the place it was filed from, and the date before a clock time, in a text or in Markdown', () => {
    const expected = ['Nélida Arrieta', 'Faro Norte', '2026-03-04'];
    expect(fields(spanish('Nélida Arrieta · Faro Norte · Villa Cañada, 4 de marzo de 2026 · 08:30'))).toEqual(expected);
    expect(fields(seed('nota.md', ['# Llevan la luz a los parajes del norte', '**Nélida Arrieta** | Faro Norte | Villa Cañada, 4 de marzo de 2026 | 10:15 h', ...SPANISH].join('\n\n')))).toEqual(expected);
    // A name beside a date with no place of its own is where the story was filed (guard).
    expect(fields(spanish('Nélida Arrieta · Puerto Lindo · 4 de marzo de 2026'))).toEqual(['Nélida Arrieta', null, '2026-03-04']);
  });

  it('reads the outlet before a desk and the person who signs after it', () => {
    for (const byline of ['Faro Norte | Redacción Provincias - Nélida Arrieta | Miércoles, 4 de marzo de 2026', 'Gaceta del Valle | Redacción Deportes - Nélida Arrieta | 4 de marzo de 2026']) {
      const article = spanish(byline);
      expect(fields(article), byline).toEqual(['Nélida Arrieta', byline.split(' | ')[0], '2026-03-04']);
      expect(article.text).not.toContain('Redacción');
    }
  });
});

describe('blog platforms\' author cards', () => {
  const STORY = [...ENGLISH, 'Engineers found that the old cast-iron pipe, laid in 1911, had thinned to a few millimetres along most of its length.', 'A public meeting on the works will be held at the library on Thursday evening, where the board will take questions.'];
  it('takes the author without the follow button printed after the name', () => {
    for (const card of ['<a href="/@hcoombes">Harriet Coombes</a><span>Follow</span><p>Published in <a href="/civic">Civic Notes</a></p>', '<a href="/@hcoombes">Harriet Coombes</a><button>Seguir</button><p>Publicado en <a href="/civic">Notas Cívicas</a></p>']) {
      const body = `<article><h1>Why our town replaced its water main</h1><div class="author-card">${card}<span>6 min read</span><span>·</span><span>Mar 5, 2026</span></div>${STORY_HTML(STORY)}</article>`;
      expect(page('<title>Why our town replaced its water main</title>', body).author, card).toBe('Harriet Coombes');
    }
  });

  it('takes the author a <title> names after "by" when the page links the name nowhere it reads', () => {
    const body = `<article><h1>Why our town replaced its water main</h1><div class="post-meta"><a href="https://example.org/@hc">HC</a><div>Mar 05, 2026</div></div>${STORY_HTML(STORY)}</article>`;
    for (const title of ['Why our town replaced its water main - by Harriet Coombes', 'Why our town replaced its water main | by Harriet Coombes | Civic Notes']) {
      expect(page(`<title>${title}</title><meta property="og:site_name" content="Civic Notes">`, body).author, title).toBe('Harriet Coombes');
    }
  });
});
