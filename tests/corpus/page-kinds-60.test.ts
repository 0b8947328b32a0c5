/** Page kinds of stop 60 (issue 14), on texts written for them: each fails before its rule unless marked a guard. */
import { describe, expect, it } from 'vitest';
import { seedArticle as seed } from '../support/seed-article.js';

const SPANISH = [
  'El hospital regional de Puerto Almagro abrió este lunes una guardia pediátrica nocturna después de dos años de reclamos de las familias.',
  'La directora del centro explicó que el servicio contará con cuatro médicas y seis enfermeros, y que atenderá de ocho de la noche a ocho de la mañana.',
  'Hasta ahora los niños que enfermaban de noche debían ser trasladados en ambulancia a la capital provincial, a tres horas de ruta.',
];
const ENGLISH = [
  'The ferry service between Kestrel Island and the mainland will resume on Friday after six weeks of repairs to the harbour ramp, the port authority said.',
  'Islanders had relied on a single water taxi since the ramp cracked during a storm in October, and some missed hospital appointments as a result.',
  'The authority said the first sailing would leave the island at seven in the morning and that fares would stay at last year\'s prices.',
];
const HEADLINE_ES = 'Puerto Almagro estrena una guardia pediátrica nocturna tras dos años de reclamos';
const HEADLINE_EN = 'Kestrel Island ferry to sail again after ramp repairs';

/** A text of paragraphs, one a line, blank lines between. */
const text = (lines: string[], name = 'nota.txt') => seed(name, lines.join('\n\n'));
const paragraphs = (lines: string[], name = 'nota.txt') => text(lines, name).text.split('\n\n');

describe('a credit of the story\'s source that gives only a web address', () => {
  it('is no line of the story, closing it or between its paragraphs, Spanish or English', () => {
    const cases: Array<[string[], string]> = [
      [[HEADLINE_ES, SPANISH[0]!, 'Fuente: https://www.diarioalmagro.com.ar/salud/guardia-nocturna', ...SPANISH.slice(1)], 'nota.txt'],
      [[HEADLINE_ES, ...SPANISH, 'Con información de www.almagroinforma.com', 'La guardia funcionará también los fines de semana y los feriados, según confirmó el ministerio provincial.'], 'nota.txt'],
      [[HEADLINE_EN, ENGLISH[0]!, 'Source: https://kestrelislandnews.co.uk/ferry-ramp', ...ENGLISH.slice(1)], 'story.txt'],
      [[HEADLINE_EN, ...ENGLISH, 'Via: <https://harbourwatch.org/ferries/kestrel> and https://islandpost.example.org/ramp'], 'story.md'],
    ];
    for (const [lines, name] of cases) {
      const kept = paragraphs(lines, name);
      expect(kept.filter((paragraph) => /https?:|www\.|\.org\b/u.test(paragraph)), lines.join(' / ')).toEqual([]);
      expect(kept.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('leaves a story\'s sentence that names a web address as its own (guard)', () => {
    const line = 'Las familias pueden pedir turno en la página del hospital, www.hospitalalmagro.gob.ar, o por teléfono.';
    expect(paragraphs([HEADLINE_ES, ...SPANISH, line])).toContain(line);
  });
});

describe('a credit of where the text was first published', () => {
  it('is no line of the story and names the outlet in a text that declares none', () => {
    const cases: Array<[string[], string, string]> = [
      [[HEADLINE_ES, ...SPANISH, 'Texto publicado originalmente en El Vocero de Almagro.'], 'nota.txt', 'El Vocero de Almagro'],
      [[HEADLINE_ES, ...SPANISH, 'Esta crónica fue publicada originalmente por Almagro Semanal y se reproduce con su autorización.'], 'nota.txt', 'Almagro Semanal'],
      [[HEADLINE_ES, ...SPANISH, '*Una versión de esta nota apareció por primera vez en Mirador Sur el 2 de febrero de 2026.*'], 'nota.md', 'Mirador Sur'],
      [[HEADLINE_EN, ...ENGLISH, 'This article was originally published by the Kestrel Lookout.'], 'story.txt', 'Kestrel Lookout'],
      [[HEADLINE_EN, ...ENGLISH, 'This piece is republished from Harbour Notes under a Creative Commons license.'], 'story.txt', 'Harbour Notes'],
    ];
    for (const [lines, name, outlet] of cases) {
      const article = text(lines, name);
      expect(article.outlet, lines.at(-1)).toBe(outlet);
      expect(article.text).not.toMatch(/original|primera vez|republished/u);
    }
  });

  it('stays the story\'s when the page declares its own site, which the credit does not name (guard)', () => {
    const html = `<!doctype html><html><head><title>${HEADLINE_EN}</title><meta property="og:site_name" content="Coastline Daily"></head><body><article><h1>${HEADLINE_EN}</h1>${[...ENGLISH, 'This story originally appeared in the Kestrel Lookout.'].map((line) => `<p>${line}</p>`).join('')}</article></body></html>`;
    const article = seed('story.html', html);
    expect(article.outlet).toBe('Coastline Daily');
    expect(article.text).toContain('This story originally appeared in the Kestrel Lookout.');
  });

  it('is not a sentence of the story about a publication, nor a language (guard)', () => {
    const told = 'La denuncia publicada por El Vocero de Almagro, que citaba a tres familias, llegó a la Legislatura.';
    const article = text([HEADLINE_ES, ...SPANISH, told]);
    expect(article.text).toContain(told);
    expect(article.outlet).toBeNull();
    expect(text([HEADLINE_EN, ...ENGLISH, 'This article was originally published in French.'], 'story.txt').outlet).toBeNull();
  });
});

describe('a footer that prints a publication\'s name and its motto', () => {
  it('names the outlet when the motto speaks of news, whatever the name and the motto\'s case', () => {
    expect(text([HEADLINE_ES, ...SPANISH, 'Mirador Sur — periodismo de la Patagonia']).outlet).toBe('Mirador Sur');
    expect(text([HEADLINE_EN, ...ENGLISH, 'Kestrel Lookout · island news for island people'], 'story.txt').outlet).toBe('Kestrel Lookout');
  });

  it('is no outlet when a writer signs with a role that mentions news (guard)', () => {
    expect(text([HEADLINE_EN, ...ENGLISH, 'Nora Pembridge · News reporter'], 'story.txt').outlet).toBeNull();
  });
});

describe('a publication named for the day or for its newscast', () => {
  it('is the outlet, never the author, on a masthead line or a Markdown kicker', () => {
    const masthead = text(['Almagro Hoy', HEADLINE_ES, ...SPANISH]);
    expect([masthead.outlet, masthead.author]).toEqual(['Almagro Hoy', null]);
    const kicker = text([`# ${HEADLINE_EN}`, '**Kestrel Today** · Transport', ...ENGLISH], 'story.md');
    expect([kicker.outlet, kicker.author]).toEqual(['Kestrel Today', null]);
  });
});

describe('a breadcrumb above the headline', () => {
  it('names no outlet when its first part is only a kind of medium ("Noticias » Provincia", "News > World")', () => {
    expect(text(['Noticias » Provincia', HEADLINE_ES, ...SPANISH]).outlet).toBeNull();
    expect(text(['Radio > Programas > Mañanas', HEADLINE_ES, ...SPANISH]).outlet).toBeNull();
    expect(text(['News > Transport', HEADLINE_EN, ...ENGLISH], 'story.txt').outlet).toBeNull();
  });

  it('names the outlet when the publication closes it after its section', () => {
    expect(text(['Salud | Diario del Almagro', HEADLINE_ES, ...SPANISH]).outlet).toBe('Diario del Almagro');
    expect(text(['Transport · The Kestrel Courier', HEADLINE_EN, ...ENGLISH], 'story.txt').outlet).toBe('The Kestrel Courier');
  });
});
