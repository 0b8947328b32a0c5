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
