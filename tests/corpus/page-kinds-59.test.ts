/** Page kinds of stop 59 (issue 14), on texts written for them: each fails before its rule unless marked a guard. */
import { describe, expect, it } from 'vitest';
import { seedArticle as seed } from '../support/seed-article.js';

const SPANISH = [
  'La junta vecinal de Cerro Azul pidió este jueves al municipio que repare las veredas de la avenida principal antes de las lluvias.',
  'Según los vecinos, tres personas mayores se cayeron el último mes en los tramos donde faltan baldosas desde hace dos años.',
  'El municipio respondió que la obra está presupuestada y que los trabajos empezarán en cuanto termine la licitación del asfalto.',
];
const ENGLISH = [
  'Residents of Fernhill asked the district council on Thursday to reopen the library branch that closed after a roof leak in August.',
  'The council said repairs had cost more than expected and that the branch would stay shut until the insurer settled the claim.',
  'A petition signed by nine hundred people will be presented at the next public meeting, organisers said.',
];
const HEADLINE_ES = 'Los vecinos de Cerro Azul piden arreglar las veredas antes de las lluvias';
const HEADLINE_EN = 'Fernhill residents want their library branch reopened before winter';

/** A text of paragraphs, one a line, blank lines between. */
const text = (lines: string[], name = 'nota.txt', saved?: string) => seed(name, lines.join('\n\n'), saved);

describe('a breadcrumb or a section\'s path above the headline', () => {
  it('is never the title, in plain text or Markdown, with bars, arrows or dots between its parts', () => {
    const cases: Array<[string[], string, string]> = [
      [['Política | Municipios', HEADLINE_ES, ...SPANISH], 'nota.txt', HEADLINE_ES],
      [['Diario Cordillerano', 'Ciudad > Barrios', HEADLINE_ES, 'Por Inés Cabral', ...SPANISH], 'nota.txt', HEADLINE_ES],
      [['Local News · Libraries', HEADLINE_EN, ...ENGLISH], 'story.txt', HEADLINE_EN],
      [['Comunidad > Vecinos', `# ${HEADLINE_ES}`, ...SPANISH], 'nota.md', HEADLINE_ES],
    ];
    for (const [lines, name, title] of cases) expect(text(lines, name).title, lines[0]).toBe(title);
  });

  it('gives the outlet its first part names ("El Centinela Andino > Regionales")', () => {
    expect(text(['El Centinela Andino > Regionales', HEADLINE_ES, ...SPANISH]).outlet).toBe('El Centinela Andino');
  });

  it('leaves a headline with the site\'s name after a bar as the title when no other headline follows (guard)', () => {
    const article = text(['Fernhill Residents Want Their Library Back | The Fernhill Bugle', 'By Nora Quigley', ...ENGLISH], 'story.txt');
    expect(article.title.startsWith('Fernhill Residents Want Their Library Back')).toBe(true);
  });
});

describe('a publication named on a line of its own', () => {
  it('is the outlet when it opens the text above the headline with a newspaper\'s word', () => {
    expect(text(['Semanario del Altiplano', HEADLINE_ES, ...SPANISH]).outlet).toBe('Semanario del Altiplano');
    expect(text(['Fernhill Evening Courier', HEADLINE_EN, ...ENGLISH], 'story.txt').outlet).toBe('Fernhill Evening Courier');
  });

  it('is the outlet in a footer with its motto ("Name · motto")', () => {
    expect(text([HEADLINE_ES, ...SPANISH, 'Radio Cerro Azul · La voz de los barrios']).outlet).toBe('Radio Cerro Azul');
  });

  it('is not when a menu\'s link stands under the headline of a whole page\'s copy (guard)', () => {
    expect(text([HEADLINE_EN, 'Press Releases', 'Weather', 'Sport', ...ENGLISH], 'story.txt').outlet).toBeNull();
  });
});

describe('an agency\'s dateline with a day and month and no year', () => {
  it('is read alone on its line, closed by the agency\'s dash, and dated by the weekday and the saved file', () => {
    // 3 December 2026 was a Thursday ("este jueves").
    const article = text([HEADLINE_ES, 'CERRO AZUL, 3 dic. (EUROPA PRESS) -', ...SPANISH], 'nota.txt', '2026-12-05T10:00:00Z');
    expect(article.outlet).toBe('Europa Press');
    expect(article.date).toBe('2026-12-03');
    expect(article.text.startsWith('La junta vecinal')).toBe(true);
  });

  it('is read when the date follows the agency\'s dash ("FERNHILL (Reuters) - Dec 3 -")', () => {
    const story = [`FERNHILL, England (Reuters) - Dec 3 - ${ENGLISH[0]}`, ...ENGLISH.slice(1)];
    expect(text([HEADLINE_EN, ...story], 'story.txt', '2026-12-05T10:00:00Z').date).toBe('2026-12-03');
  });

  it('gives no date when nothing tells the year (guard)', () => {
    expect(text([HEADLINE_ES, 'CERRO AZUL, 3 dic. (EUROPA PRESS) -', ...SPANISH]).date).toBeNull();
  });
});

describe('fields labelled as a text prints them', () => {
  it('reads the outlet of a line labelled as the publication, Spanish or English, above or below the story', () => {
    expect(text([HEADLINE_ES, 'Medio: Gaceta de Cerro Azul', 'Autor: Inés Cabral', ...SPANISH]).outlet).toBe('Gaceta de Cerro Azul');
    expect(text([HEADLINE_EN, ...ENGLISH, 'Publication: Fernhill Weekly Advertiser'], 'story.txt').outlet).toBe('Fernhill Weekly Advertiser');
  });

  it('reads a newspaper credited as the source, however the label\'s value prints it, and keeps the line out of the story', () => {
    const cases: Array<[string[], string]> = [
      [[HEADLINE_ES, 'Fuente: periódico La Voz de Cerro Azul', ...SPANISH], 'Fuente: periódico'],
      [[HEADLINE_ES, ...SPANISH, 'Fuente: La Voz de Cerro Azul (Bolivia).'], 'Fuente: La Voz'],
      [[HEADLINE_ES, 'Fuente original: La Voz de Cerro Azul', ...SPANISH], 'Fuente original'],
      [[HEADLINE_ES, 'Medio de comunicación: La Voz de Cerro Azul', ...SPANISH], 'Medio de comunicación'],
    ];
    for (const [lines, printed] of cases) {
      const article = text(lines);
      expect(article.outlet, printed).toBe('La Voz de Cerro Azul');
      expect(article.text, printed).not.toContain(printed);
    }
  });

  it('leaves a data source under a figure in the story, and no outlet of it (guard)', () => {
    const article = text([HEADLINE_ES, ...SPANISH, 'Fuente: Ministerio de Obras Públicas.']);
    expect(article.outlet).toBeNull();
    expect(article.text).toContain('Fuente: Ministerio de Obras Públicas.');
  });

  it('reads every field of a line of labelled fields between bars', () => {
    const article = text([HEADLINE_ES, 'Periódico: El Mirador del Cerro | Fecha: 4 de diciembre de 2026 | Autor: Inés Cabral', ...SPANISH]);
    expect([article.outlet, article.date, article.author]).toEqual(['El Mirador del Cerro', '2026-12-04', 'Inés Cabral']);
  });
});

describe('an outlet named only in the story', () => {
  it('is the newspaper the story says twice someone spoke to, in a text that declares nothing else', () => {
    const spanish = [...SPANISH, '"Nadie vino a medir las veredas", dijo a La Voz de Cerro Azul una vecina.', 'El municipio confirmó a La Voz de Cerro Azul que la licitación cierra en enero.'];
    expect(text([HEADLINE_ES, ...spanish]).outlet).toBe('La Voz de Cerro Azul');
    const english = [...ENGLISH, '"We read there every week," one mother told the Fernhill Chronicle.', 'The insurer told the Chronicle it expected to settle the claim within a month.'];
    expect(text([HEADLINE_EN, ...english], 'story.txt').outlet).toBe('Fernhill Chronicle');
  });

  it('is not an outlet named once, nor a person spoken to, nor one of two publications (guard)', () => {
    expect(text([HEADLINE_EN, ...ENGLISH, 'The mayor told The Daily Courant in an interview last year that the branch was safe.'], 'story.txt').outlet).toBeNull();
    expect(text([HEADLINE_ES, ...SPANISH, 'La vecina le dijo a Marta Quiroga que no saldría.', 'Después le contó a Marta Quiroga que se había caído.']).outlet).toBeNull();
    expect(text([HEADLINE_ES, ...SPANISH, 'Una vecina dijo a El Mirador que no saldría.', 'El municipio confirmó a Radio Cerro que habrá obras.']).outlet).toBeNull();
  });
});

describe('a byline\'s parts', () => {
  it('reads a place with an article between the writer and the date as where the story was filed when the story writes it as a place', () => {
    const story = [...SPANISH.slice(0, 2), 'Los vecinos recuerdan que en La Guaira las lluvias llegan en diciembre.'];
    const article = text([`# ${HEADLINE_ES}`, '**Inés Cabral** | La Guaira | 4 de diciembre de 2026', ...story], 'nota.md');
    expect([article.author, article.outlet, article.date]).toEqual(['Inés Cabral', null, '2026-12-04']);
  });

  it('keeps a newspaper named there as the outlet (guard)', () => {
    expect(text([HEADLINE_ES, 'Inés Cabral | El Mirador | 4 de diciembre de 2026', ...SPANISH]).outlet).toBe('El Mirador');
  });

  it('reads a name alone between the deck and a date line as the writer\'s', () => {
    const deck = 'Los vecinos de la avenida principal llevan dos años esperando que el municipio cambie las baldosas rotas.';
    const article = text([HEADLINE_ES, deck, 'Ramiro Etchegoyen Paz', 'Cerro Azul - 4 de diciembre de 2026 - 10:15', ...SPANISH]);
    expect(article.author).toBe('Ramiro Etchegoyen Paz');
    expect(article.text).not.toContain('Ramiro Etchegoyen');
  });

  it('reads a writer\'s name run into their role, as an author box\'s two elements give it', () => {
    const page = (box: string, lang: string) =>
      `<!doctype html><html lang="${lang}"><head><title>Nota</title></head><body><article><h1>Titular de la nota</h1><div class="author">${box}</div>${(lang === 'es' ? SPANISH : ENGLISH).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(seed('nota.html', page('<span>Rocío Benavente Iriarte</span><span>Redactora de Sociedad</span>', 'es')).author).toBe('Rocío Benavente Iriarte');
    expect(seed('story.html', page('<span>Owen Pritchard</span><span>Chief local government correspondent</span>', 'en')).author).toBe('Owen Pritchard');
  });
});

describe('a plain text\'s headline written as a Markdown heading', () => {
  it('has no heading marks in its title', () => {
    expect(text([`## ${HEADLINE_EN}`, ...ENGLISH], 'story.txt').title).toBe(HEADLINE_EN);
  });
});

describe('a call to write to the newsroom or the writer closing the story', () => {
  it('is left out of the story, in tú, vos and usted forms and English, after a question or not', () => {
    const calls = [
      '¿Sabes algo más sobre las veredas de tu barrio? Escríbenos a nuestro correo de la redacción.',
      '¿Tenés una denuncia sobre tu cuadra? Contanos por WhatsApp y la publicamos.',
      'Si desea que investiguemos un tema de su barrio, escríbanos o déjenos un mensaje en la página del diario.',
      'Do you know more about the library closure? Email us at the address below and we will follow it up.',
      'Is there a local story you think I should look into? Leave me a message on my page and I will reply.',
      'Have a tip about the council? Send it to our newsroom through the secure form.',
      'Si te gustó esta nota, compartila con tus vecinos en tus redes.',
    ];
    for (const call of calls) {
      const spanish = /[¿ñáéíó]|\b(?:si|la|tus)\b/u.test(call);
      expect(text([spanish ? HEADLINE_ES : HEADLINE_EN, ...(spanish ? SPANISH : ENGLISH), call]).text, call).not.toContain(call.slice(0, 25));
    }
  });

  it('stays when the story quotes it or tells of it (guard)', () => {
    const quoted = '"Escríbanos a la fiscalía si tiene pruebas", pidió el fiscal a los vecinos de la avenida.';
    const told = 'The mayor asked residents to email the council with photographs of the damaged shelves.';
    expect(text([HEADLINE_ES, ...SPANISH, quoted]).text).toContain(quoted);
    expect(text([HEADLINE_EN, ...ENGLISH, told], 'story.txt').text).toContain(told);
  });
});

describe('a byline that says "Por" or "By"', () => {
  it('signs the story before a name read by its shape on a masthead\'s line', () => {
    const article = text([`# ${HEADLINE_ES}`, '**Brújula Vecinal** · Ciudad | 4 de diciembre de 2026', 'Por Inés Cabral', ...SPANISH], 'nota.md');
    expect([article.author, article.date]).toEqual(['Inés Cabral', '2026-12-04']);
  });
});
