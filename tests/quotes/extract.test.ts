import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildArticle, readSeedBytes } from '../../src/corpus/index.js';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const article = (paragraphs: string[], language = 'es') =>
  articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs);
const statementsOf = (paragraphs: string[], language?: string) => extractStatements(article(paragraphs, language));
const brief = (paragraphs: string[], language?: string) =>
  statementsOf(paragraphs, language).map(({ kind, text, speaker, via }) => ({ kind, text, speaker, via }));

describe('direct quotations', () => {
  it('reads every common quote style', () => {
    expect(brief(['«Vamos a ganar estas elecciones», dijo la candidata Ana Torres.'])).toEqual([
      { kind: 'direct', text: 'Vamos a ganar estas elecciones', speaker: 'Ana Torres', via: null },
    ]);
    expect(brief(['"Vamos a ganar estas elecciones", dijo Ana Torres.'])[0]).toMatchObject({ text: 'Vamos a ganar estas elecciones', speaker: 'Ana Torres' });
    expect(brief(['‘We won’t give up on this town,’ said Mayor John Reed.'], 'en')[0]).toMatchObject({ text: 'We won’t give up on this town', speaker: 'John Reed' });
    expect(brief(['“Ya basta de promesas”, afirmó el sindicalista Luis Gómez.'])[0]).toMatchObject({ text: 'Ya basta de promesas', speaker: 'Luis Gómez' });
  });

  it('keeps multi-sentence quotations and ellipses whole', () => {
    const [statement] = brief(['“La inflación bajará … pero no este año. Hay que ser pacientes”, explicó el ministro Raúl Vidal.']);
    expect(statement).toMatchObject({ text: 'La inflación bajará … pero no este año. Hay que ser pacientes', speaker: 'Raúl Vidal' });
  });

  it('follows a quotation across paragraphs, crediting its first paragraph to whom the next one names', () => {
    const found = brief([
      'La presidenta del comité, Sara Lind, habló tras la votación. “Hemos hecho historia hoy.',
      '“Nadie creía que lo lograríamos”, añadió Lind.',
      '“Y aún queda mucho por hacer”.',
    ]);
    expect(found.map((s) => [s.text, s.speaker])).toEqual([
      ['Hemos hecho historia hoy.', 'Sara Lind'],
      ['Nadie creía que lo lograríamos', 'Sara Lind'],
      ['Y aún queda mucho por hacer', 'Sara Lind'],
    ]);
  });

  it('gives both halves of an interrupted quotation to the speaker, each without the quote marks', () => {
    const found = brief(['"The economy is strong," President Maria Silva said, "and it will stay strong."'], 'en');
    expect(found.map((s) => [s.text, s.speaker])).toEqual([
      ['The economy is strong', 'Maria Silva'],
      ['and it will stay strong.', 'Maria Silva'],
    ]);
  });

  it('does not take scare quotes for statements', () => {
    expect(brief(['El llamado "plan B" fue aprobado por el pleno.'])).toEqual([]);
  });
});

describe('reported speech', () => {
  it('takes the reported clause verbatim after verbs of saying, in Spanish and English', () => {
    expect(brief(['El alcalde, Pedro Ruiz, aseguró que las obras terminarán en mayo.'])[0]).toMatchObject({
      kind: 'indirect', text: 'las obras terminarán en mayo', speaker: 'Pedro Ruiz',
    });
    expect(brief(['The minister, Anne Dubois, said on Friday that taxes would not rise.'], 'en')[0]).toMatchObject({
      kind: 'indirect', text: 'taxes would not rise', speaker: 'Anne Dubois',
    });
    expect(brief(['Governor Tom Hale promised to cut waiting lists.'], 'en')[0]).toMatchObject({ text: 'promised to cut waiting lists', speaker: 'Tom Hale' });
  });

  it('splits two verbs of one speaker into two statements', () => {
    const found = brief(['La portavoz Irene Sáez negó las acusaciones y advirtió que el Gobierno acudirá a los tribunales.']);
    expect(found.map((s) => [s.text, s.speaker])).toEqual([
      ['negó las acusaciones', 'Irene Sáez'],
      ['el Gobierno acudirá a los tribunales', 'Irene Sáez'],
    ]);
  });

  it('credits collective speakers and institutions', () => {
    expect(brief(['Fuentes del ministerio han dicho que la reforma se votará en marzo.'])[0]).toMatchObject({ speaker: 'Fuentes del ministerio' });
    expect(brief(['The Pentagon said the drill was routine.'], 'en')[0]).toMatchObject({ speaker: 'Pentagon', text: 'the drill was routine' });
  });

  it('reports nothing for a negated verb of saying', () => {
    expect(brief(['El club no ha confirmado la venta del jugador.'])).toEqual([]);
  });
});

describe('attribution traps', () => {
  it('gives "En su carta a X, Y dijo…" to Y', () => {
    const found = brief(['En su carta a Ana Torres, el senador Jorge Paz dijo que el acuerdo está muerto.']);
    expect(found).toEqual([{ kind: 'indirect', text: 'el acuerdo está muerto', speaker: 'Jorge Paz', via: 'carta' }]);
  });

  it('gives "X respondió a Y, que había dicho que…" to each its own words', () => {
    const found = brief(['Mario Vela respondió a Laura Prieto, que había dicho que la ley es ilegal, que el texto fue revisado por juristas.']);
    expect(found.map((s) => [s.text, s.speaker])).toEqual([
      ['la ley es ilegal', 'Laura Prieto'],
      ['el texto fue revisado por juristas', 'Mario Vela'],
    ]);
  });

  it('keeps the agency as channel when it relays someone, and as speaker when it reports on its own', () => {
    const found = brief([
      '“No cederemos”, dijo el primer ministro Omar Said, informó la agencia estatal Nova.',
      'La agencia Nova informó que el ejército fue desplegado en la frontera.',
    ]);
    expect(found).toEqual([
      { kind: 'direct', text: 'No cederemos', speaker: 'Omar Said', via: 'Nova' },
      { kind: 'indirect', text: 'el ejército fue desplegado en la frontera', speaker: 'Nova', via: null },
    ]);
  });

  it('leaves the speaker out when a surname fits two people', () => {
    const found = brief(['Ana Costa y su hermana Marta Costa fueron citadas por el juez.', 'Costa negó haber firmado el contrato.']);
    expect(found).toEqual([{ kind: 'indirect', text: 'negó haber firmado el contrato', speaker: null, via: null }]);
  });

  it('resolves short forms and titles to the person the article names', () => {
    const found = brief([
      'El presidente del club, Ramón Gil Soto, dijo que no habrá fichajes.',
      'Gil Soto añadió que el estadio se reformará.',
      'El presidente del club prometió además bajar los abonos.',
    ]);
    expect(found.map((s) => s.speaker)).toEqual(['Ramón Gil Soto', 'Ramón Gil Soto', 'Ramón Gil Soto']);
  });

  it('does not read "accused of" in a passive aside as somebody speaking', () => {
    expect(brief(['The two directors, accused of fraud, left the court on Monday.'], 'en')).toEqual([]);
  });
});

describe('any text', () => {
  it('never throws and keeps statements verbatim at their offsets', () => {
    const pieces = ['“', '”', '«', '»', '"', '‘', '’', "'", ',', '.', ':', ' dijo ', ' said ', ' que ', ' that ', 'Kim', ' Putin ', ' el ', 'según ', 'X', '\n'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 30 }), { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const text = article(paragraphs.map((parts) => parts.join('').replace(/\n/g, ' ')));
        for (const statement of extractStatements(text)) expect(text.text.slice(statement.start, statement.end)).toBe(statement.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a plain-text file of one line', () => {
  const built = (name: string, bytes: Buffer) => {
    const outcome = readSeedBytes(name, bytes);
    if (!('file' in outcome)) throw new Error(outcome.warning.message);
    const article = buildArticle(outcome.file);
    if (!article) throw new Error('no article');
    return article;
  };

  it('finds the statement of a wire flash whose one sentence is also its title, in UTF-8 and Latin-1', () => {
    const flash = 'La alcaldesa de Tordesal, Marta Vidal, dijo que "el mercado abrirá en primavera".\n';
    for (const encoding of ['utf8', 'latin1'] as const) {
      const found = extractStatements(built('flash.txt', Buffer.from(flash, encoding))).map(({ text, speaker }) => ({ text, speaker }));
      expect(found, encoding).toContainEqual({ text: 'el mercado abrirá en primavera', speaker: 'Marta Vidal' });
    }
  });

  it('still reads a title printed again above the story as no statement', () => {
    const titled = 'Vidal: "el mercado abrirá en primavera".\n\nLa alcaldesa habló ayer en el pleno del ayuntamiento sobre las obras del mercado central.\n';
    expect(extractStatements(built('titled.txt', Buffer.from(titled))).filter(({ kind }) => kind === 'direct')).toEqual([]);
  });
});
