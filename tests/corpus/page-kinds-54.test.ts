/** Page kinds of stop 54 (issue 14), on pages and lines written for them: each fails before its rule. */
import { describe, expect, it } from 'vitest';
import { pageDateOrder, parseDate } from '../../src/corpus/dates.js';
import { buildArticle } from '../../src/corpus/index.js';
import { readSeedBytes } from '../../src/corpus/read.js';
import type { Article } from '../../src/corpus/types.js';

const ENGLISH = [
  'The county board voted on Monday to reopen the old river ferry, closed for repairs since a storm damaged its landing two winters ago.',
  'The crossing will run every half hour from seven in the morning, and fares will stay at the price riders paid before it closed.',
  'Farmers on the east bank, who have driven forty minutes around by the bridge, said the ferry would save them hours every week.',
  'The board expects the landing to be rebuilt by the end of the summer, paid for with a state grant and the county\'s own reserves.',
  'Two members voted against the plan, saying the county should first repair the road to the bridge, which floods every spring.',
  'The ferry\'s old crew, laid off when it closed, will be offered their jobs back before the county hires anyone new for the crossing.',
];
const SPANISH = [
  'La junta comarcal votó este lunes reabrir el viejo transbordador del río, cerrado por reparaciones desde que una tormenta dañó su muelle.',
  'El cruce funcionará cada media hora desde las siete de la mañana, y el billete costará lo mismo que antes del cierre.',
  'Los agricultores de la orilla este, que rodean cuarenta minutos por el puente, dijeron que el transbordador les ahorrará horas cada semana.',
  'La junta espera tener el muelle listo a finales del verano, con una subvención regional y los fondos propios de la comarca.',
];
const HEADLINE = 'County board votes to reopen the river ferry';
const paragraphs = (story: string[]) => story.map((text) => `<p>${text}</p>`).join('\n');
const RELATED = '<div class="related"><h3>More news</h3><ul><li><a href="/a">Storm knocks out power to thousands overnight</a> <span>March 1, 2024</span></li><li><a href="/b">School board delays vote on the new calendar</a> <span>February 27, 2024</span></li></ul></div>';

function read(lang: string, body: string): Article {
  const html = `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>${HEADLINE} | River Courier</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}<footer><p>© River Courier. All rights reserved.</p></footer></body></html>`;
  const outcome = readSeedBytes('page.html', Buffer.from(html));
  if (!('file' in outcome)) throw new Error(outcome.warning.message);
  const article = buildArticle(outcome.file);
  if (!article) throw new Error('no article');
  return article;
}

describe('a numeric date that reads both ways, settled by what the page prints beside it', () => {
  it('takes the reading that falls on the weekday printed before it', () => {
    expect(parseDate('Tuesday 05/03/2024', 'undecided')).toBe('2024-03-05');
    expect(parseDate('Tue., 05/03/2024', 'undecided')).toBe('2024-03-05');
    expect(parseDate('Friday, 05/03/2024', 'undecided')).toBe('2024-05-03');
    expect(parseDate('viernes 05/03/2024', 'month-first')).toBe('2024-05-03');
    expect(parseDate('Sat 11/02/2023', 'undecided')).toBe('2023-02-11');
    // A weekday neither reading falls on leaves the date as it was.
    expect(parseDate('Wednesday 05/03/2024', 'undecided')).toBeNull();
    expect(parseDate('Wednesday 05/03/2024', 'day-first')).toBe('2024-03-05');
  });

  it('takes the order whose reading is a few days from a date the page writes with the month\'s name', () => {
    expect(pageDateOrder(['en'], 'Published 12/10/16\nFirst comment: December 9, 2016')).toBe('month-first');
    expect(pageDateOrder([], 'Posted 04/11/2023\nUpdated 12 April 2023')).toBe('month-first');
    expect(pageDateOrder([], 'Posted 04/11/2023\nUpdated 5 November 2023')).toBe('day-first');
    expect(pageDateOrder([], 'Posted 04/11/2023\nSeen 2023-11-06')).toBe('day-first');
    // A date far from both readings tells nothing, nor do dates near each.
    expect(pageDateOrder([], 'Posted 04/11/2023\nJanuary 20, 2023')).toBe('undecided');
    expect(pageDateOrder([], 'Posted 04/11/2023\nApril 10, 2023\nNovember 4, 2023')).toBe('undecided');
  });
});

describe('a date the page prints only away from its headline, labelled as the publication\'s', () => {
  it('dates the story by a "Published" line in an author\'s box, its order told by the comments\' dates', () => {
    const body = `<main><article><h1>${HEADLINE}</h1><div class="byline">By Ruth Okafor</div>${paragraphs(ENGLISH)}</article><aside class="author-box"><p>Ruth Okafor covers the county.</p><ul><li>Published 12/10/16</li></ul></aside><section class="comments"><div class="comment"><span>December 9, 2016</span><p>About time they fixed the landing, we have waited two winters for this.</p></div></section></main>`;
    expect(read('', body).date).toBe('2016-12-10');
  });

  it('reads a sidebar\'s "Published <time>" with no datetime, a footer\'s "Publicado el", a "Posted on" line', () => {
    expect(read('en', `<main><article><h1>${HEADLINE}</h1>${paragraphs(ENGLISH)}</article><aside><p>Published <time>March 3, 2024</time></p></aside>${RELATED}</main>`).date).toBe('2024-03-03');
    expect(read('es', `<main><article><h1>La junta reabre el transbordador</h1>${paragraphs(SPANISH)}</article><div class="pie"><span>Publicado el 03/12/2024</span> <span>Actualizado el 04/12/2024</span></div></main>`).date).toBe('2024-12-03');
    expect(read('en', `<main><article><h1>${HEADLINE}</h1>${paragraphs(ENGLISH)}</article><div class="meta">Filed under Local · Posted on Jan 8, 2025 by Ruth Okafor</div></main>`).date).toBe('2025-01-08');
  });

  it('takes no bare date of a teaser or an update\'s for the story\'s', () => {
    expect(read('en', `<main><article><h1>${HEADLINE}</h1>${paragraphs(ENGLISH)}</article>${RELATED}</main>`).date).toBeNull();
    expect(read('en', `<main><article><h1>${HEADLINE}</h1>${paragraphs(ENGLISH)}</article><aside><p>Updated March 4, 2024</p></aside>${RELATED}</main>`).date).toBeNull();
  });
});

describe('a card about another story set between the story\'s paragraphs', () => {
  const promo = (title: string, blurb: string) => `<div class="Enhancement"><div class="Enhancement-item"><div class="promo"><div class="promo-title"><a href="/other">${title}</a></div><div class="promo-description">${blurb}</div></div></div></div>`;

  it('drops the card with its blurb and keeps every paragraph around it', () => {
    const cards = [
      promo('County approves budget with new money for road repairs', 'The plan sets aside twenty million dollars for potholes.'),
      `<aside class="relacionada"><h4><a href="/otra">La comarca aprueba su presupuesto para carreteras</a></h4><p>El plan reserva veinte millones para baches.</p></aside>`,
      `<div class="inline-story"><div><a href="/more"><span>Read: The bridge that floods every spring, explained</span></a></div><p>Why the east bank has waited so long.</p></div>`,
    ];
    for (const card of cards) {
      const body = `<main><article><h1>${HEADLINE}</h1><p class="byline">By Ruth Okafor</p>${paragraphs(ENGLISH.slice(0, 3))}${card}${paragraphs(ENGLISH.slice(3))}</article></main>`;
      const article = read('en', body);
      expect(article.text, card).not.toMatch(/potholes|baches|waited so long/u);
      for (const paragraph of ENGLISH) expect(article.text).toContain(paragraph);
    }
  });

  it('keeps a section of the story under a linked heading, and a linked source in a paragraph', () => {
    const section = `<div class="section"><h3><a href="/report">The county's own report on the landing</a></h3><p>The report, published in January, found that the landing's pilings had rotted through in four places and that the ramp could not carry a loaded truck without risk.</p><p>Engineers recommended replacing the pilings before any reopening, at a cost the county put at two million dollars over two budget years.</p></div>`;
    const article = read('en', `<main><article><h1>${HEADLINE}</h1>${paragraphs(ENGLISH.slice(0, 3))}${section}${paragraphs(ENGLISH.slice(3))}</article></main>`);
    expect(article.text).toContain('pilings had rotted through');
    expect(article.text).toContain('Engineers recommended');
  });
});

describe('a writer\'s bio closing the story when no byline names the writer', () => {
  const closing = (bio: string) => read('en', `<main><article><h1>${HEADLINE}</h1>${paragraphs(ENGLISH)}<p><em>${bio}</em></p></article></main>`).text;

  it('drops the bio that names a newsroom trade and a beat or a contact', () => {
    for (const bio of [
      'Ruth Okafor is a staff writer covering the county board. Reach her at rokafor@rivercourier.com.',
      'Tom Reyes has been The Courier\'s farm reporter since 2019 and writes about rural life. Follow him on X @tomreyes.',
      'Ana de la Peña es periodista de la sección Regional y cubre temas de transporte y medio ambiente.',
      'Luis Gil es corresponsal en el norte del país. Escríbele a lgil@correo.com.',
    ]) {
      const text = closing(bio);
      expect(text, bio).not.toContain(bio.slice(0, 20));
      expect(text).toContain(ENGLISH.at(-1));
    }
  });

  it('keeps a last paragraph about a person of the story, journalists included', () => {
    for (const last of [
      'Maria Lopez is a nurse who has crossed the river by ferry every morning for twenty years, and she says she will be first in line.',
      'Juan Pérez es periodista del diario regional y fue detenido el martes mientras cubría la protesta en el muelle.',
    ]) expect(closing(last)).toContain(last);
  });
});

describe('a story the page ships only as data in its scripts', () => {
  const app = (data: unknown, lang = 'en') => read(lang, `<div id="__next"><h1>${HEADLINE}</h1><div class="spinner">Loading…</div></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`);

  it('reads the list of paragraphs in the data, whatever its items are shaped as', () => {
    const shapes: Array<{ data: unknown; story: string[]; lang?: string }> = [
      { data: { props: { pageProps: { story: { blocks: ENGLISH.map((text) => ({ type: 'paragraph', text })) } } } }, story: ENGLISH },
      { data: { state: { article: { body: ENGLISH.map((text) => `<p>${text.replace('ferry', '<a href="/f">ferry</a>')}</p>`) } } }, story: ENGLISH.slice(1) },
      { data: { nota: { cuerpo: SPANISH.map((texto) => ({ tipo: 'p', contenido: { texto } })) } }, story: SPANISH, lang: 'es' },
    ];
    for (const { data, story, lang } of shapes) {
      const article = app(data, lang);
      for (const paragraph of story) expect(article.text).toContain(paragraph);
      expect(article.text).not.toContain('Loading');
    }
  });

  it('reads a page\'s own text over its data, and takes no list of headlines for a story', () => {
    const data = { related: ['Storm knocks out power to thousands overnight', 'School board delays vote'], teasers: [{ blurb: 'An earlier ferry plan was dropped in 2019 when the state grant fell through.' }, { blurb: 'The county has not said when the road to the bridge will be repaired.' }] };
    const page = read('en', `<main><article><h1>${HEADLINE}</h1>${paragraphs(ENGLISH)}</article></main><script type="application/json">${JSON.stringify(data)}</script>`);
    expect(page.text).not.toContain('earlier ferry plan');
    const outcome = readSeedBytes('page.html', Buffer.from(`<!doctype html><html><head><title>Ferry</title></head><body><div id="app">Loading…</div><script type="application/json">${JSON.stringify({ related: data.related })}</script></body></html>`));
    expect('file' in outcome && buildArticle(outcome.file)?.text.includes('Storm knocks')).toBeFalsy();
  });
});

describe('outlets and dates a text prints in its byline and dateline lines (newcomer 32)', () => {
  const LEAD_ES = 'La junta comarcal votó este martes reabrir el viejo transbordador del río, cerrado por reparaciones desde que una tormenta dañó su muelle.';
  const LEAD_EN = 'The county board voted on Tuesday to reopen the old river ferry, closed for repairs since a storm damaged its landing two winters ago.';
  const text = (lines: string[], saved = Date.UTC(2026, 9, 8, 12)) =>
    buildArticle({ id: 'nota', file: 'nota.txt', text: lines.join('\n\n'), hash: 'x', modifiedMs: saved })!;

  it('reads the outlet a byline names after a dash, with its date', () => {
    for (const [line, outlet] of [
      ['Por Ana Ruiz Toledo — El Diario del Valle, 18 de octubre de 2026', 'El Diario del Valle'],
      ['By Jane Doe - The Harbour Gazette, October 18, 2026', 'The Harbour Gazette'],
      ['Por Ana Ruiz Toledo – Radio Cumbre, 18 de octubre de 2026', 'Radio Cumbre'],
    ] as const) {
      const article = text(['La junta reabre el transbordador', line, LEAD_ES, SPANISH[1]!]);
      expect(article.outlet, line).toBe(outlet);
      expect(article.date).toBe('2026-10-18');
    }
    expect(text(['La junta reabre el transbordador', 'Por Ana Ruiz Toledo — Quito, 18 de octubre de 2026', LEAD_ES]).outlet).toBeNull();
  });

  it('reads a publication\'s name before a dash and its dateline, under the byline or over it', () => {
    for (const [lines, outlet] of [
      [['Por Lourdes Quispe Mamani', 'Diario El Altiplano — Villa Serena, 27 de octubre de 2026'], 'Diario El Altiplano'],
      [['Radio Cumbre - Cusco, 27 de octubre de 2026', 'Por Lourdes Quispe Mamani'], 'Radio Cumbre'],
      [['By Jane Doe', 'The Weekly Ledger – Portland, October 27, 2026'], 'The Weekly Ledger'],
    ] as const) {
      const article = text(['La junta reabre el transbordador', ...lines, LEAD_ES, SPANISH[1]!]);
      expect(article.outlet, lines.join(' / ')).toBe(outlet);
      expect(article.date).toBe('2026-10-27');
    }
    expect(text(['La junta reabre el transbordador', 'Por Lourdes Quispe Mamani', 'Deportes — 27 de octubre de 2026', LEAD_ES]).outlet).toBeNull();
  });

  it('reads the paper a newsroom desk is named for as the outlet, not a section desk', () => {
    const desk = text(['La junta reabre el transbordador', 'Redacción El Sol del Norte | Trujillo, 3 de octubre de 2026', LEAD_ES]);
    expect(desk.outlet).toBe('El Sol del Norte');
    expect(desk.date).toBe('2026-10-03');
    expect(text(['La junta reabre el transbordador', 'Redacción Judicial | Trujillo, 3 de octubre de 2026', LEAD_ES]).outlet).toBeNull();
  });

  it('dates a yearless dateline whose place names its country or region', () => {
    expect(text(['Ferry to reopen', `PUERTO ALEGRE, Chile, Oct 6 (Reuters) - ${LEAD_EN}`, ENGLISH[1]!]).date).toBe('2026-10-06');
    expect(text(['La junta reabre el transbordador', `Villa Rica, Paraguay, 6 oct (EFE).- ${LEAD_ES}`, SPANISH[1]!]).date).toBe('2026-10-06');
    expect(text(['La junta reabre el transbordador', `Huaraz, Áncash, 6 de octubre.- ${LEAD_ES}`, SPANISH[1]!]).date).toBe('2026-10-06');
  });
});

describe('a closing credit of the story\'s reporting marked as a credit', () => {
  it('keeps it at the story\'s end, out of the author, and drops a photo\'s credit marked alike', () => {
    for (const credit of ['With reporting by Mark Ellison; editing by Sara Kim', 'Dana Wu in Chicago contributed reporting.', '(Con información de EFE y Reuters)', 'The Associated Press contributed to this report.']) {
      const article = read('en', `<main><article><h1>${HEADLINE}</h1>${paragraphs(ENGLISH)}<p class="credit">${credit}</p></article>${RELATED}</main>`);
      expect(article.text.endsWith(credit), credit).toBe(true);
      expect(article.author).toBeNull();
    }
    const photo = read('en', `<main><article><h1>${HEADLINE}</h1>${paragraphs(ENGLISH.slice(0, 3))}<figure><img src="ferry.jpg"><span class="credit">Sam Lee / River Courier</span></figure>${paragraphs(ENGLISH.slice(3))}</article></main>`);
    expect(photo.text).not.toContain('Sam Lee');
  });
});
