/**
 * Numeric dates that read both ways ("03/11/2019": 3 November or 11 March), read in the order the page
 * writes them: its declared locale, its own dates that read one way only, else left unread (issue 14).
 */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/index.js';
import { pageDateOrder, parseDate } from '../../src/corpus/dates.js';
import { readSeedBytes } from '../../src/corpus/read.js';

const ENGLISH_STORY = [
  'The city council approved on Tuesday the budget to rebuild the central market, which has been closed since last winter.',
  'Works will start in September and last about eight months, the planning councillor told reporters at a press conference.',
  'Traders will move meanwhile to tents set up in the square, keeping the same opening hours they had until now.',
];
const SPANISH_STORY = [
  'El ayuntamiento aprobó este martes el presupuesto para reformar el mercado central, que lleva cerrado desde el invierno pasado.',
  'Las obras empezarán en septiembre y durarán unos ocho meses, según explicó la concejala de Urbanismo en la rueda de prensa.',
  'Los comerciantes se trasladarán mientras tanto a unas carpas instaladas en la plaza, con el mismo horario que tenían hasta ahora.',
];

/** A page whose only date is the one printed under its headline; `extra` goes after the story (a comment, a teaser). */
function page(htmlAttributes: string, head: string, dateLine: string, story: string[], extra = ''): string {
  return `<!doctype html><html ${htmlAttributes}><head><title>Market rebuilt</title>${head}</head><body><article><header><h1>Council approves the central market budget</h1><p class="date">${dateLine}</p></header>${story.map((text) => `<p>${text}</p>`).join('')}</article>${extra}</body></html>`;
}

function dateOf(html: string): string | null {
  const outcome = readSeedBytes('page.html', Buffer.from(html));
  if (!('file' in outcome)) throw new Error(outcome.warning.message);
  return buildArticle(outcome.file)?.date ?? null;
}

const textDate = (lines: string[]) => buildArticle({ id: 'note', file: 'note.txt', text: lines.join('\n\n'), hash: 'x' })?.date ?? null;

describe('numeric dates that read both ways', () => {
  it('reads them in the order asked, and the only real reading whatever the order', () => {
    expect(parseDate('03/11/2019')).toBe('2019-11-03');
    expect(parseDate('03/11/2019', 'month-first')).toBe('2019-03-11');
    expect(parseDate('03/11/2019', 'undecided')).toBeNull();
    for (const order of ['day-first', 'month-first', 'undecided'] as const) {
      expect(parseDate('11/28/2019', order)).toBe('2019-11-28');
      expect(parseDate('28.11.2019', order)).toBe('2019-11-28');
      expect(parseDate('07/07/2019', order)).toBe('2019-07-07');
      expect(parseDate('November 3, 2019', order)).toBe('2019-11-03');
    }
  });

  it('takes the order from the locale, the page\'s own unambiguous dates first for English', () => {
    expect(pageDateOrder(['en-US'], '')).toBe('month-first');
    expect(pageDateOrder(['en_US'], '')).toBe('month-first');
    expect(pageDateOrder(['en-GB'], '')).toBe('day-first');
    expect(pageDateOrder(['en-AU', 'en'], '')).toBe('day-first');
    expect(pageDateOrder(['en'], '')).toBe('undecided');
    expect(pageDateOrder(['en-CA'], '')).toBe('undecided');
    expect(pageDateOrder([], '')).toBe('undecided');
    expect(pageDateOrder(['en-US', 'en-GB'], '')).toBe('undecided');
    // Spanish is written day first in the United States too; a Spanish page quoting a US date stays day first.
    expect(pageDateOrder(['es-US'], '')).toBe('day-first');
    expect(pageDateOrder(['es'], 'Posted 11/28/2019')).toBe('day-first');
    expect(pageDateOrder(['pt-BR', 'de'], '')).toBe('day-first');
    // A publishing system declares en-US wherever it runs: the page's dates that read one way tell.
    expect(pageDateOrder(['en-US'], 'Comment posted 28/11/2019 at 10:00')).toBe('day-first');
    expect(pageDateOrder(['en'], 'Comment posted 11/28/2019')).toBe('month-first');
    expect(pageDateOrder(['en'], 'Posted 11/28/2019, updated 29/11/2019')).toBe('undecided');
  });

  it('dates an English page by the order its locale or its other dates give, and leaves it undated when nothing does', () => {
    const dateLine = 'Published 11/03/2019';
    expect(dateOf(page('lang="en-US"', '', dateLine, ENGLISH_STORY))).toBe('2019-11-03');
    expect(dateOf(page('lang="en"', '<meta property="og:locale" content="en_US">', dateLine, ENGLISH_STORY))).toBe('2019-11-03');
    expect(dateOf(page('lang="en-GB"', '', dateLine, ENGLISH_STORY))).toBe('2019-03-11');
    expect(dateOf(page('lang="en"', '', dateLine, ENGLISH_STORY))).toBeNull();
    expect(dateOf(page('', '', dateLine, ENGLISH_STORY))).toBeNull();
    const comment = (printed: string) => `<section class="comments"><p>Reader since ${printed}: a fine plan.</p></section>`;
    expect(dateOf(page('lang="en"', '', dateLine, ENGLISH_STORY, comment('11/25/2019')))).toBe('2019-11-03');
    expect(dateOf(page('lang="en-US"', '', dateLine, ENGLISH_STORY, comment('25/11/2019')))).toBe('2019-03-11');
  });

  it('reads a numeric date declared in a meta tag in the page\'s order', () => {
    expect(dateOf(page('lang="en-US"', '<meta name="date" content="11/03/2019">', '', ENGLISH_STORY))).toBe('2019-11-03');
    expect(dateOf(page('lang="en"', '<meta name="date" content="11/03/2019">', '', ENGLISH_STORY))).toBeNull();
  });

  it('keeps Spanish pages and texts day first', () => {
    expect(dateOf(page('lang="es-US"', '', 'Publicado el 11/03/2019', SPANISH_STORY))).toBe('2019-03-11');
    expect(dateOf(page('', '', 'Publicado el 11/03/2019', SPANISH_STORY))).toBe('2019-03-11');
    expect(textDate(['Reforman el mercado central', 'Publicado el 11/03/2019', ...SPANISH_STORY])).toBe('2019-03-11');
  });

  it('leaves an English text undated when its dates read both ways and nothing tells the order', () => {
    expect(textDate(['Council approves the central market budget', 'Published 11/03/2019', ...ENGLISH_STORY])).toBeNull();
    expect(textDate(['Council approves the central market budget', 'Published 11/28/2019', ...ENGLISH_STORY])).toBe('2019-11-28');
  });
});

describe('numeric dates with a two-digit year', () => {
  it('reads them written with slashes, in the order asked', () => {
    expect(parseDate('3/11/19')).toBe('2019-11-03');
    expect(parseDate('3/11/19', 'month-first')).toBe('2019-03-11');
    expect(parseDate('3/11/19', 'undecided')).toBeNull();
    expect(parseDate('Posted 12/25/98')).toBe('1998-12-25');
    expect(parseDate('el 25/12/05 a las 10:00')).toBe('2005-12-25');
  });

  it('reads no version, score, fraction or path as one', () => {
    for (const text of ['version 1.2.19', 'won 3-1-19 on aggregate', 'about 1/2/3 of them', 'files/12/10/16/report', '12/10/165', '3/11/19/20']) {
      expect(parseDate(text), text).toBeNull();
    }
  });

  it('dates a page that prints only such a date, in its order', () => {
    expect(dateOf(page('lang="en-US"', '', 'Published 12/10/16', ENGLISH_STORY))).toBe('2016-12-10');
    expect(dateOf(page('lang="es"', '', 'Publicado el 12/10/16', SPANISH_STORY))).toBe('2016-10-12');
    expect(pageDateOrder(['en'], 'Comment posted 11/28/19')).toBe('month-first');
  });
});
