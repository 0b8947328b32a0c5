/** Page kinds of stop 58 (issue 14), on texts written for them: each fails before its rule unless marked a guard. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { seedArticle as seed } from '../support/seed-article.js';

const SPANISH = [
  'El concejo de Tarija votó anoche la compra de cuatro camiones cisterna para los barrios altos, que reciben agua dos veces por semana.',
  'Las juntas vecinales de la zona sur pidieron que el reparto empiece antes de la temporada seca, cuando los pozos bajan de nivel.',
  'La alcaldía calcula que los camiones llegarán en noventa días y que el gasto saldrá de la partida de obras que no se ejecutó.',
];
const ENGLISH = [
  'Ballarat councillors voted on Tuesday to buy back the old tram depot from a developer who had planned to turn it into flats.',
  'Heritage groups, who collected four thousand signatures last winter, said the depot should become a museum of the city tramways.',
  'The council will pay for the purchase from a reserve set aside for the railway station forecourt, which has been delayed again.',
];

/** A text of paragraphs: its headline, the lines before the story, the story, then lines after it. */
const text = (lines: string[], name = 'nota.txt', saved?: string) => seed(name, lines.join('\n\n'), saved);
const spanish = (before: string[], after: string[] = [], name?: string) => text(['Compran camiones cisterna para los barrios altos', ...before, ...SPANISH, ...after], name);
const english = (before: string[], after: string[] = [], name?: string) => text(['Council buys back the old tram depot', ...before, ...ENGLISH, ...after], name);
/** A story whose first paragraph opens with `dateline`. */
const wire = (dateline: string, story: string[], saved?: string) => text(['Compran camiones cisterna', `${dateline} ${story[0]}`, ...story.slice(1)], 'nota.txt', saved);

describe('a date printed after an agency\'s dateline', () => {
  it('dates the story by a full date between the agency\'s dash and the story\'s first sentence, in either language', () => {
    const cases: Array<[string, string[], string]> = [
      ['ORURO (AFP) – 14 de octubre de 2026 –', SPANISH, '2026-10-14'],
      ['BALLARAT, Australia (AP) — Sept. 22, 2025 —', ENGLISH, '2025-09-22'],
      ['GENEVA (Reuters) - 3 Feb 2026 -', ENGLISH, '2026-02-03'],
      ['San Pedro Sula (EFE).- 27 nov. 2026.-', SPANISH, '2026-11-27'],
    ];
    for (const [dateline, story, date] of cases) expect(wire(dateline, story).date, dateline).toBe(date);
  });

  it('dates a dateline that prints only the day by the month the file was saved in, or the one before', () => {
    expect(wire('COCHABAMBA, 9 (EUROPA PRESS) -', SPANISH, '2026-10-20T09:00:00Z').date).toBe('2026-10-09');
    // The 28th had not come yet when the file was saved on the 20th: the month before.
    expect(wire('Potosí, 28 (Agencia Andina).-', SPANISH, '2026-10-20T09:00:00Z').date).toBe('2026-09-28');
    // A weekday the story names settles the month: 11 August 2026 was a Tuesday, 11 October a Sunday.
    const tuesday = ['El concejo de Tarija votó este martes la compra de cuatro camiones cisterna.', ...SPANISH.slice(1)];
    expect(wire('TARIJA, 11 (EUROPA PRESS) -', tuesday, '2026-10-20T09:00:00Z').date).toBe('2026-08-11');
  });

  it('gives no date to a day-only dateline when nothing tells its month (guard)', () => {
    expect(wire('COCHABAMBA, 9 (EUROPA PRESS) -', SPANISH).date).toBeNull();
  });
});

describe('a "published" line that says where the story was published', () => {
  it('reads the date of a line that ends with the section or publication, and keeps the line out of the story', () => {
    const cases: Array<[Article, string, string | null]> = [
      [spanish(['Por Rosendo Villca', 'Publicada el miércoles 14 de octubre de 2026 en la sección Ciudad']), '2026-10-14', null],
      [spanish(['Publicado el 14/10/2026 a las 07:40 en Regionales']), '2026-10-14', null],
      [spanish(['Por Rosendo Villca', 'Publicado el 14 de octubre de 2026 en El Vigía Chapaco']), '2026-10-14', 'El Vigía Chapaco'],
      [english(['By Imogen Pratt', 'Published Sept. 22, 2025 in Local News']), '2025-09-22', null],
      [english(['By Imogen Pratt', 'Posted on September 22, 2025 in Politics']), '2025-09-22', null],
    ];
    for (const [article, date, outlet] of cases) {
      expect([article.date, article.outlet]).toEqual([date, outlet]);
      expect(article.text).not.toMatch(/Publicad|Published|Posted/u);
    }
  });

  it('reads a blogging platform\'s line of publication, reading time and date as one line', () => {
    const english = text(['# Council buys back the old tram depot', 'Imogen Pratt', 'Published in Tramway Notes · 6 min read · Sep 22, 2025', ...ENGLISH], 'post.md');
    expect([english.author, english.outlet, english.date]).toEqual(['Imogen Pratt', 'Tramway Notes', '2025-09-22']);
    const spanish = text(['# Compran camiones cisterna', 'Rosendo Villca', 'Publicado en Cuaderno Chapaco · 3 min de lectura · 14 oct 2026', ...SPANISH], 'post.md');
    expect([spanish.author, spanish.outlet, spanish.date]).toEqual(['Rosendo Villca', 'Cuaderno Chapaco', '2026-10-14']);
  });

  it('still reads a sentence that names a date and a place as the story\'s (guard)', () => {
    const article = spanish([], ['Nacida el 2 de mayo de 1950 en Villazón, fue la primera concejala del distrito.']);
    expect(article.text).toContain('Nacida el 2 de mayo de 1950 en Villazón');
    expect(article.date).toBeNull();
  });
});

describe('a byline that names the writer and where the story was filed from', () => {
  it('takes the name before the place as the author, with the date on that line or the next', () => {
    const cases: Array<[Article, string]> = [
      [spanish(['Rosendo Villca | Bermejo', '14 de octubre de 2026']), 'Rosendo Villca'],
      [spanish(['Ximena Choque Mamani - Villa Montes']), 'Ximena Choque Mamani'],
      [english(['Imogen Pratt | Ballarat', 'Tue 22 Sep 2025']), 'Imogen Pratt'],
      [text(['# Council buys back the old tram depot', 'Imogen Pratt · Follow', 'Published in Tramway Notes', '6 min read · Sep 22, 2025', ...ENGLISH], 'post.md'), 'Imogen Pratt'],
    ];
    for (const [article, author] of cases) expect(article.author).toBe(author);
  });

  it('takes no section\'s label for a writer (guard)', () => {
    expect(spanish(['Sociedad | Medio Ambiente', '14 de octubre de 2026']).author).toBeNull();
  });
});

describe('a newsletter\'s furniture around the post', () => {
  it('leaves out its appeal to subscribe, in English and in Spanish tú and vos forms, and keeps the story after it', () => {
    const appeals = [
      'Thank you for reading Tramway Notes! Subscribe for free to get every new post and to support this work.',
      'Tramway Notes is a reader-supported publication. To get new posts, consider becoming a free or paid subscriber.',
      '¡Gracias por leer Cuaderno Chapaco! Suscríbete gratis y recibe cada entrega en tu correo.',
      'Gracias por leer Cuaderno Chapaco. Suscribite para que te lleguen las próximas entregas.',
      'Este boletín se sostiene gracias a sus lectores: suscríbase para apoyarlo.',
    ];
    for (const appeal of appeals) {
      const article = text(['# Compran camiones cisterna', ...SPANISH.slice(0, 2), appeal, 'Subscribe', SPANISH[2]!], 'post.md');
      expect(article.text, appeal).not.toContain(appeal.slice(0, 20));
      expect(article.text).toContain(SPANISH[2]);
    }
  });

  it('keeps a story\'s sentence about a newsletter\'s subscribers (guard)', () => {
    const sentence = 'El boletín, que se sostiene gracias a sus lectores, sumó dos mil suscriptores en un mes según su editora.';
    expect(spanish([], [sentence]).text).toContain(sentence);
  });
});

describe('prompts to other stories in tú, vos, usted and ustedes forms', () => {
  it('leaves out the prompt and the headline on its line', () => {
    const prompts = [
      'Podría interesarle: Suben las tarifas del transporte interprovincial',
      'Les recomendamos',
      'Seguí leyendo: Suben las tarifas del transporte interprovincial',
      'Recomendada: Suben las tarifas del transporte interprovincial',
      'Keep reading: Tram fares to rise in the new year',
    ];
    for (const prompt of prompts) {
      // Inlaid in the story, between two of its paragraphs.
      const article = text(['Compran camiones cisterna para los barrios altos', ...SPANISH.slice(0, 2), prompt, SPANISH[2]!]);
      expect(article.text, prompt).not.toContain(prompt.slice(0, 12));
      expect(article.text).toContain(SPANISH[2]);
    }
  });
});

describe('photo credits as broadcasters and British papers print them', () => {
  it('leaves out a caption closed by a credit with a colon, and a credit line alone', () => {
    const captions = [
      'Volunteers repaint the depot doors on Sunday. (ABC Ballarat: Imogen Pratt)',
      'The depot was closed to trams in 1971. (Supplied: Ballarat Tramway Museum)',
      'Volunteers repaint the depot doors on Sunday. Photograph: Imogen Pratt/Getty Images',
      'Photograph: Imogen Pratt/AAP',
      'Los camiones, en el patio de la alcaldía. (Cortesía: Gobierno Municipal)',
    ];
    for (const caption of captions) expect(english([caption]).text, caption).not.toContain(caption.slice(0, 15));
  });

  it('keeps a sentence closed by a source in brackets (guard)', () => {
    const sentence = 'La inflación del trimestre fue del 3,1 %, la más alta en dos años. (Fuente: Banco Central)';
    expect(spanish([], [sentence]).text).toContain('la más alta en dos años');
  });
});

describe('a byline with the writer\'s role or credits for words and pictures', () => {
  it('takes the name before a role after a comma, and after a label for text and photos', () => {
    const cases: Array<[Article, string]> = [
      [spanish(['Ximena Choque Mamani, corresponsal en Villa Montes', '14 de octubre de 2026']), 'Ximena Choque Mamani'],
      [spanish(['Rosendo Villca, enviado especial', '14 de octubre de 2026']), 'Rosendo Villca'],
      [english(['Imogen Pratt, Regional Affairs Reporter', '22 September 2025']), 'Imogen Pratt'],
      [spanish(['Texto y fotos: Ximena Choque Mamani', '14.10.2026']), 'Ximena Choque Mamani'],
      [english(['Words and pictures: Imogen Pratt', '22 September 2025']), 'Imogen Pratt'],
    ];
    for (const [article, author] of cases) expect(article.author).toBe(author);
  });

  it('reads a byline\'s other fields past the writer\'s role', () => {
    const english = text(['Council buys back the old tram depot', 'Imogen Pratt, Heritage correspondent | The Goldfields Ledger | Tue 22 Sep 2025 07.15 BST', ...ENGLISH]);
    expect([english.author, english.outlet, english.date]).toEqual(['Imogen Pratt', 'The Goldfields Ledger', '2025-09-22']);
    const spanish = text(['Compran camiones cisterna', 'Rosendo Villca, cronista · Diario Chapaco · Bermejo, 14 de octubre de 2026 · 09:10', ...SPANISH]);
    expect([spanish.author, spanish.outlet, spanish.date]).toEqual(['Rosendo Villca', 'Diario Chapaco', '2026-10-14']);
  });

  it('keeps a story\'s line naming a person and another trade (guard)', () => {
    expect(spanish(['Ximena Choque Mamani, dirigente vecinal', '14 de octubre de 2026']).author).toBeNull();
  });

  it('leaves out the author\'s bio closing the story when a note\'s asterisk opens it', () => {
    const bio = '*Ximena Choque Mamani es periodista y maestra en gestión del agua.';
    const article = spanish(['Por Ximena Choque Mamani', '14 de octubre de 2026'], [bio]);
    expect(article.text).not.toContain('maestra en gestión');
  });
});

describe('an outlet with no newspaper word that the story says it was spoken to', () => {
  it('reads the name before the date as the outlet, not the author, when the story says someone spoke to it', () => {
    const spoke = [
      'Las juntas vecinales, explicó a Voz Chapaca su presidenta, pidieron que el reparto empiece antes de la temporada seca.',
      '«No podemos esperar otro año», le contó a Voz Chapaca Teodora Limachi, vecina de la zona sur.',
    ];
    for (const paragraph of spoke) {
      const article = text(['Compran camiones cisterna', 'Voz Chapaca - 14 de octubre de 2026', SPANISH[0]!, paragraph, SPANISH[2]!]);
      expect([article.outlet, article.author], paragraph).toEqual(['Voz Chapaca', null]);
    }
    const english = text(['Council buys back the old tram depot', 'Goldfields Today — 22 September 2025', ENGLISH[0]!, 'A heritage group leader told Goldfields Today the depot should become a museum.', ENGLISH[2]!]);
    expect(english.outlet).toBe('Goldfields Today');
  });

  it('names no outlet from a place the story says someone returned to (guard)', () => {
    const article = text(['Compran camiones cisterna', 'Villa Montes - 14 de octubre de 2026', SPANISH[0]!, 'La alcaldesa regresó a Villa Montes tras la votación.', SPANISH[2]!]);
    expect(article.outlet).toBeNull();
  });
});
