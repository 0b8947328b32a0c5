/** Page kinds of stop 55 (issue 14), on texts and pages written for them: each fails before its rule unless marked a guard. */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/index.js';
import { readSeedBytes } from '../../src/corpus/read.js';
import type { Article, PageMeta } from '../../src/corpus/types.js';

const ENGLISH = [
  'The county board voted on Monday to reopen the old river ferry, closed for repairs since a storm damaged its landing two winters ago.',
  'Farmers on the east bank, who have driven forty minutes around by the bridge, said the ferry would save them hours every week.',
  'The board expects the landing to be rebuilt by the end of the summer, paid for with a state grant and the county\'s own reserves.',
];
const SPANISH = [
  'El concejo municipal aprobó este lunes la reapertura del mercado central, cerrado desde que un incendio dañó su techo hace dos inviernos.',
  'Los comerciantes, que vendían en la calle desde entonces, dijeron que el regreso les ahorrará horas cada semana y traerá de vuelta a sus clientes.',
  'La alcaldía espera terminar la obra a finales del verano con una subvención regional y fondos propios del municipio.',
];

/** A plain-text story: its headline, the lines given (bylines, datelines), then its paragraphs; `saved` as the file's time. */
function text(lines: string[], story: string[], meta?: PageMeta, saved?: string): Article {
  const article = buildArticle({
    id: 'nota',
    file: 'nota.txt',
    text: [...lines, ...story].join('\n\n'),
    hash: 'x',
    ...(meta ? { meta } : {}),
    ...(saved ? { modifiedMs: Date.parse(saved) } : {}),
  });
  if (!article) throw new Error('no article');
  return article;
}
const english = (byline: string) => text(['County board votes to reopen the river ferry', byline], ENGLISH);
const spanish = (byline: string) => text(['Reabren el mercado central tras dos inviernos', byline], SPANISH);

describe('the outlet a byline names after its author', () => {
  it('reads the publication after a comma, a slash or "for"/"para", in English and Spanish', () => {
    const cases: Array<[Article, string, string]> = [
      [english('By Jane Doe, The Daily Courier'), 'Jane Doe', 'The Daily Courier'],
      [english('By Jane Doe, Staff Writer, The Daily Courier'), 'Jane Doe', 'The Daily Courier'],
      [english('By Jane Doe, Reuters'), 'Jane Doe', 'Reuters'],
      [english('By Jane Doe and Tom Li / Associated Press'), 'Jane Doe, Tom Li', 'Associated Press'],
      [english('By Tom Li for the Harbour Gazette'), 'Tom Li', 'Harbour Gazette'],
      [english('Written by Tom Li for The Harbour Gazette'), 'Tom Li', 'The Harbour Gazette'],
      [spanish('Por María Ruiz / Agencia Andina'), 'María Ruiz', 'Agencia Andina'],
      [spanish('Por María Ruiz, enviada especial de Diario El Sol'), 'María Ruiz', 'Diario El Sol'],
      [spanish('Escrito por María Ruiz para Diario El Sol'), 'María Ruiz', 'Diario El Sol'],
      [spanish('Por Julio Quispe Mamani, para La Gaceta del Altiplano'), 'Julio Quispe Mamani', 'La Gaceta del Altiplano'],
    ];
    for (const [article, author, outlet] of cases) expect([article.author, article.outlet]).toEqual([author, outlet]);
  });

  it('reads a name, the publication and the date between bars or dots, with no "By" before them', () => {
    const article = english('Jane Doe | The Daily Courier | March 3, 2026');
    expect([article.author, article.outlet, article.date]).toEqual(['Jane Doe', 'The Daily Courier', '2026-03-03']);
    const dots = spanish('Ana Quispe Flores · Diario El Correo · 14 de abril de 2026');
    expect([dots.author, dots.outlet, dots.date]).toEqual(['Ana Quispe Flores', 'Diario El Correo', '2026-04-14']);
  });

  it('takes the paper a desk is named for before the place it filed from', () => {
    const dots = spanish('Redacción Diario del Sur · Temuco · 3 de noviembre de 2026');
    expect([dots.outlet, dots.date]).toEqual(['Diario del Sur', '2026-11-03']);
    expect(spanish('Redacción El Observador del Valle | Villa Rica | 3 de noviembre de 2026').outlet).toBe('El Observador del Valle');
  });

  it('guard: a place, a trade or a beat after the comma names no outlet; a place alone before a date is no author', () => {
    for (const byline of ['By Jane Doe, Chicago', 'By Jane Doe, Staff Writer', 'Por María Ruiz, corresponsal en Lima']) {
      expect(english(byline).outlet, byline).toBeNull();
    }
    expect(english('By Jane Doe, Chicago').author).toBe('Jane Doe');
    const place = spanish('Cochabamba | 3 de marzo de 2026');
    expect([place.author, place.date]).toEqual([null, '2026-03-03']);
  });
});

describe('a dateline with no year, dated by the file\'s own dates', () => {
  const wire = 'LIMA, Nov 30 (Reuters) - The county board voted on Sunday to reopen the old river ferry, closed since a storm.';
  const lima = 'Lima, 30 nov (EFE).- El concejo municipal aprobó este domingo la reapertura del mercado central, cerrado desde un incendio.';

  it('takes the year of the update the file prints or declares, not the update\'s day', () => {
    expect(text(['County board votes to reopen the river ferry', wire], [...ENGLISH, 'Updated December 2, 2025 at 9:14 a.m.']).date).toBe('2025-11-30');
    expect(text(['Reabren el mercado central', 'Actualizado el 1 de diciembre de 2025', lima], SPANISH).date).toBe('2025-11-30');
    expect(text(['County board votes to reopen the river ferry', wire], ENGLISH, { modifiedDate: '2025-12-01' }).date).toBe('2025-11-30');
  });

  it('prefers the file\'s own dates to when the file was saved, and takes none from the story\'s events', () => {
    // Copied a year after it ran: the printed update still dates it.
    expect(text(['County board votes to reopen the river ferry', wire], [...ENGLISH, 'Updated December 1, 2025'], undefined, '2026-12-03T10:00:00Z').date).toBe('2025-11-30');
    // A year in the story is another event's.
    expect(text(['County board votes to reopen the river ferry', wire, 'The ferry first ran on March 2, 2019, and carried a million riders by 2023.'], ENGLISH).date).toBeNull();
  });
});

/** A page read as a seed file: the headline and the body given, between a menu and a footer. */
function page(lang: string, headline: string, body: string): Article {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${headline} | River Courier</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}<footer><p>© River Courier. All rights reserved.</p></footer></body></html>`;
  const outcome = readSeedBytes('page.html', Buffer.from(html));
  if (!('file' in outcome)) throw new Error(outcome.warning.message);
  const article = buildArticle(outcome.file);
  if (!article) throw new Error('no article');
  return article;
}

describe('a story set in <font>s and parted by <br><br>, in a table\'s cell', () => {
  it('keeps the byline out of the first paragraph and reads its author', () => {
    const layouts: Array<[string, string, string[], string]> = [
      ['es', 'Reabren el mercado central tras dos inviernos', SPANISH, 'Por María Ruiz'],
      ['en', 'County board votes to reopen the river ferry', ENGLISH, 'By Jane Doe'],
    ];
    for (const [lang, headline, story, byline] of layouts) {
      const cell = `<font size="4"><b>${headline}</b></font><br><font size="2" face="Arial">${byline}</font><br><br><font size="2">${story.join('<br><br>')}</font><br><br><a href="/">Back</a>`;
      for (const body of [`<table><tr><td>${cell}</td></tr></table>`, `<table><tr><td class="menu"><a href="/a">Front page</a><br><a href="/b">Region</a></td><td>${cell}</td></tr></table>`]) {
        const article = page(lang, headline, body);
        expect(article.author, body).toBe(byline.replace(/^\S+ /u, ''));
        expect(article.text.split('\n\n')[0]).toBe(story[0]);
        expect(article.text.split('\n\n')).toEqual(expect.arrayContaining(story));
      }
    }
  });
});

describe('other stories and furniture inlaid in a story, and stories told outside its paragraphs', () => {
  it('drops a "read also" card (its prompt alone above the other story\'s headline) between the story\'s paragraphs', () => {
    const cards: Array<[string, string, string[], string]> = [
      ['es', 'Reabren el mercado central tras dos inviernos', SPANISH, '<div class="c-interstitial"><a href="/a"><span>Lee también</span><h2>Inauguran la nueva biblioteca del barrio sur</h2></a></div>'],
      ['es', 'Reabren el mercado central tras dos inviernos', SPANISH, '<aside class="inline"><p><strong>LEA TAMBIÉN:</strong></p><p><a href="/a">Inauguran la nueva biblioteca del barrio sur</a></p></aside>'],
      ['en', 'County board votes to reopen the river ferry', ENGLISH, '<div class="interstitial"><a href="/b"><span>Also read</span><h3>Storm knocks out power to thousands overnight</h3></a></div>'],
      ['en', 'County board votes to reopen the river ferry', ENGLISH, '<div class="related-inline"><div>See also</div><div><a href="/b">Storm knocks out power to thousands overnight</a></div></div>'],
    ];
    for (const [lang, headline, story, card] of cards) {
      const article = page(lang, headline, `<article><h1>${headline}</h1><p>${story[0]}</p><p>${story[1]}</p>${card}<p>${story[2]}</p></article>`);
      expect(article.text.split('\n\n'), card).toEqual(story);
    }
  });

  it('reads a story a script assigns as an object ("window.__PRELOADED_STATE__ = {…}") when the markup holds none', () => {
    const state = { article: { headline: 'County board votes to reopen the river ferry', blocks: ENGLISH.map((text) => ({ type: 'paragraph', text })) } };
    for (const script of [`window.__PRELOADED_STATE__ = ${JSON.stringify(state)};`, `window.Fusion=window.Fusion||{};Fusion.arcSite="courier";Fusion.globalContent=${JSON.stringify(state)};Fusion.lastModified=1700000000;`]) {
      const article = page('en', 'County board votes to reopen the river ferry', `<div id="root"><h1>County board votes to reopen the river ferry</h1><div class="loading">Loading…</div></div><script>${script}</script>`);
      expect(article.text.split('\n\n')).toEqual(ENGLISH);
    }
  });

  it('reads a gallery whose slides\' captions tell the story, without their counters and credits', () => {
    const slides = (story: string[], counter: (n: number) => string, credit: string) =>
      story.map((text, at) => `<div class="slide"><img src="${at}.jpg"><div class="caption"><p>${text}</p><span class="credit">${credit}</span></div><div class="count">${counter(at + 1)}</div></div>`).join('');
    const english = page('en', 'County board votes to reopen the river ferry', `<article><h1>County board votes to reopen the river ferry</h1><p class="byline">By Jane Doe</p><div class="gallery">${slides(ENGLISH, (n) => `Image ${n} of ${ENGLISH.length}`, 'Photo: Tom Li')}</div></article>`);
    expect(english.text.split('\n\n')).toEqual(ENGLISH);
    const spanish = page('es', 'Reabren el mercado central tras dos inviernos', `<article><h1>Reabren el mercado central tras dos inviernos</h1><div class="galeria slideshow">${slides(SPANISH, (n) => `Foto ${n} de ${SPANISH.length}`, 'Foto: Ana Quispe')}</div></article>`);
    expect(spanish.text.split('\n\n')).toEqual(SPANISH);
  });
});

describe('a date in an element of its own right after the byline\'s, no space between them', () => {
  it('keeps the date\'s lower-case weekday or month out of the author\'s name, and reads the date', () => {
    const dates: Array<[string, string, string]> = [
      ['<span>Por María Ruiz</span><time class="fecha">martes 3 de marzo de 2026 - 10:15</time>', 'María Ruiz', '2026-03-03'],
      ['<span class="autor">Ana Quispe Flores</span><span class="fecha">marzo 3, 2026</span>', 'Ana Quispe Flores', '2026-03-03'],
      ['<b>Por Julio Mamani</b><span>miércoles, 4 de marzo de 2026</span>', 'Julio Mamani', '2026-03-04'],
    ];
    for (const [meta, author, date] of dates) {
      const article = page('es', 'Reabren el mercado central tras dos inviernos', `<article><h1>Reabren el mercado central tras dos inviernos</h1><div class="meta">${meta}</div>${SPANISH.map((text) => `<p>${text}</p>`).join('')}</article>`);
      expect([article.author, article.date], meta).toEqual([author, date]);
    }
  });
});

describe('mastheads and publications named with their place (newcomer 33\'s kinds, on lines written for them)', () => {
  it('reads the publication before its bracketed place, in a byline\'s part or a masthead over its desk', () => {
    const byline = spanish('Por Ana Quispe | El Vigía (Paysandú) | 12 de octubre de 2026');
    expect([byline.author, byline.outlet, byline.date]).toEqual(['Ana Quispe', 'El Vigía', '2026-10-12']);
    expect(english('By Jane Doe | The Valley Courier (Fresno) | October 12, 2026').outlet).toBe('The Valley Courier');
    const masthead = text(['Diario El Faro (Mérida) — Redacción Economía', 'Reabren el mercado central tras dos inviernos', '12 de octubre de 2026'], SPANISH);
    expect([masthead.title, masthead.outlet]).toEqual(['Reabren el mercado central tras dos inviernos', 'Diario El Faro']);
  });

  it('reads a publication named before the place it is printed in, after a comma', () => {
    for (const line of ['Semanario La Llanura, Santa Cruz', 'Diario El Faro, Mérida']) expect(spanish(line).outlet, line).toBe(line.split(',')[0]);
    expect(english('The Harbour Weekly, Port Ellis').outlet).toBe('The Harbour Weekly');
    // A place and its country name no publication.
    expect(spanish('La Paz, Bolivia').outlet).toBeNull();
  });

  it('takes the headline, not a masthead\'s place line with its region and country above it', () => {
    const article = text(['EL ECO DEL VALLE', 'San Cristóbal de las Casas, Chiapas, México', 'Sección: Ciudad', 'Reabren el mercado central tras el incendio', 'Por Ana Quispe'], SPANISH);
    expect([article.title, article.outlet, article.author]).toEqual(['Reabren el mercado central tras el incendio', 'El Eco del Valle', 'Ana Quispe']);
    const english = text(['THE VALLEY COURIER', 'Port Ellis, Harbour County, Maine', 'County board votes to reopen the river ferry'], ENGLISH);
    expect(english.title).toBe('County board votes to reopen the river ferry');
  });

  it('dates a wire\'s yearless dateline saved within a season of it', () => {
    const wire = 'Santa Rosa de Copán, 17 oct (EFE).- El concejo municipal aprobó la reapertura del mercado central, cerrado desde un incendio.';
    expect(text(['Reabren el mercado central', wire], SPANISH.slice(1), undefined, '2026-12-04T12:00:00Z').date).toBe('2026-10-17');
    // Half a year after, no weekday to confirm it: no date rather than a wrong one.
    expect(text(['Reabren el mercado central', wire], SPANISH.slice(1), undefined, '2027-05-04T12:00:00Z').date).toBeNull();
  });
});
