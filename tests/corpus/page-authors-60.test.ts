/** Writers' credits of stop 60 (issue 14), on pages and texts written for them: each fails before its rule unless marked a guard. */
import { describe, expect, it } from 'vitest';
import { seedArticle as seed } from '../support/seed-article.js';

const SPANISH = [
  'La cooperativa eléctrica de Río Tercero anunció este miércoles que reemplazará los medidores de dos mil viviendas antes de fin de año.',
  'Según la gerencia, los aparatos nuevos permitirán detectar cortes en tiempo real y evitarán las lecturas estimadas que tanto reclaman los socios.',
  'El cambio será gratuito y los técnicos avisarán cada visita con dos días de anticipación, informó la cooperativa.',
];
const ENGLISH = [
  'The county library in Ashgrove will open on Sundays from next month, the first time in a decade that its doors have been open seven days a week.',
  'Library managers said a grant from a local foundation would pay for two extra staff members and the heating for the longer hours.',
  'Readers had asked for Sunday hours in a survey last spring, and more than six hundred signed a letter to the county board.',
];
const HEADLINE_ES = 'La cooperativa de Río Tercero cambiará dos mil medidores antes de fin de año';
const HEADLINE_EN = 'Ashgrove library to open on Sundays for the first time in a decade';

/** A page with `credit` printed between its headline and its story. */
const page = (headline: string, credit: string, story: string[], name: string) =>
  seed(name, `<!doctype html><html><head><title>${headline}</title></head><body><main><h1>${headline}</h1>${credit}<div class="story">${story.map((line) => `<p>${line}</p>`).join('')}</div></main></body></html>`);

describe('a writer\'s role in title case after the name', () => {
  it('is no part of the name, on the byline\'s line, run into it by the markup or in a block of its own', () => {
    const inline = page(HEADLINE_EN, '<div class="byline"><a href="/people/odette-marsh">Odette Marsh</a><span class="title">Staff Writer, Metro</span><time datetime="2026-02-11">Feb. 11, 2026</time></div>', ENGLISH, 'story.html');
    expect([inline.author, inline.date]).toEqual(['Odette Marsh', '2026-02-11']);
    const byline = page(HEADLINE_EN, '<div class="byline"><a href="/staff/odette-marsh">Odette Marsh</a> <span>County Reporter, Local News</span> <time datetime="2026-02-11">Feb. 11, 2026</time></div>', ENGLISH, 'story.html');
    expect(byline.author).toBe('Odette Marsh');
    const block = page(HEADLINE_EN, '<div><span>Odette Marsh</span> <span>Senior Education Reporter</span></div>', ENGLISH, 'story.html');
    expect(block.author).toBe('Odette Marsh');
  });

  it('leaves a surname that is no beat, and a Spanish role after its job\'s word (guards)', () => {
    const article = page(HEADLINE_EN, '<div><span>Odette Marsh Whitlow</span> <span>Reporter</span></div>', ENGLISH, 'story.html');
    expect(article.author).toBe('Odette Marsh Whitlow');
    const spanish = page(HEADLINE_ES, '<div class="byline"><a href="/autores/ines-barbero">Inés Barbero</a><span>Redactora de Economía</span><span>11 de febrero de 2026</span></div>', SPANISH, 'nota.html');
    expect(spanish.author).toBe('Inés Barbero');
  });
});

describe('an author box that prints the name, the role and the date in elements of their own, with no mark', () => {
  it('gives the name as the author, and the date', () => {
    const article = page(HEADLINE_EN, '<div class="meta"><span>Odette Marsh</span> <span>Staff Writer</span> <span>Feb. 11, 2026</span></div>', ENGLISH, 'story.html');
    expect([article.author, article.date]).toEqual(['Odette Marsh', '2026-02-11']);
  });

  it('gives the name printed under or over the role, Spanish or English', () => {
    const english = page(HEADLINE_EN, '<div class="contributors"><p>Political correspondent</p><p>Odette Marsh</p></div>', ENGLISH, 'story.html');
    expect(english.author).toBe('Odette Marsh');
    const spanish = page(HEADLINE_ES, '<div class="equipo"><p>Inés Barbero</p><p>Corresponsal en Río Tercero</p></div>', SPANISH, 'nota.html');
    expect(spanish.author).toBe('Inés Barbero');
  });

  it('reads no author from a sentence that names a reporter before a date (guard)', () => {
    const article = page(HEADLINE_EN, '<p class="meta">Odette Marsh Reporter said on Feb. 11, 2026</p>', ENGLISH, 'story.html');
    expect(article.author).toBeNull();
  });
});

describe('a writer\'s bio above the story that calls them by the given name', () => {
  it('is no paragraph of the story', () => {
    const article = page(HEADLINE_EN, '<div class="author"><div class="name">Odette Marsh</div><div class="bio">Odette covers libraries, schools and county politics for the Ashgrove Courier.</div></div>', ENGLISH, 'story.html');
    expect(article.author).toBe('Odette Marsh');
    expect(article.text.startsWith(ENGLISH[0]!)).toBe(true);
  });

  it('keeps a story\'s paragraph that opens with a person of the same given name (guard)', () => {
    const line = 'Odette Brennan, who has volunteered at the library for twenty years, said the change was long overdue.';
    const article = page(HEADLINE_EN, '<div class="author"><div class="name">Odette Marsh</div></div>', [...ENGLISH, line], 'story.html');
    expect(article.text).toContain(line);
  });
});

describe('a writer\'s name above a role line and a date line under the deck', () => {
  it('is the author, and neither line is a paragraph of the story', () => {
    const lines = [HEADLINE_ES, 'Los socios no pagarán el cambio de los aparatos.', 'Inés Barbero', 'Enviada especial', 'Río Tercero - 11 de febrero de 2026 - 08:15', ...SPANISH];
    const article = seed('nota.txt', lines.join('\n\n'));
    expect([article.author, article.date]).toEqual(['Inés Barbero', '2026-02-11']);
    expect(article.text).not.toMatch(/Inés Barbero|Enviada especial/u);
    const english = seed('story.txt', [HEADLINE_EN, 'Extra staff will cover the longer hours.', 'Odette Marsh', 'Education correspondent', 'Ashgrove - Feb. 11, 2026 - 8:15 a.m.', ...ENGLISH].join('\n\n'));
    expect(english.author).toBe('Odette Marsh');
    expect(english.text).not.toMatch(/Odette Marsh|Education correspondent/u);
  });
});
