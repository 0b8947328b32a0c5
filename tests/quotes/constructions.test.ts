/** Attribution constructions of real press writing (issue 16), one kind per test, on sentences written for them. */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('omitted and pronoun subjects', () => {
  it('gives a quotation closed by a verb with no subject ("“…”, aseguró.") to whom the previous sentence was about', () => {
    const statements = found(['Marta Vidal, portavoz de la asociación, dijo que la protesta seguirá.', '“No vamos a parar hasta que nos escuchen”, aseguró.']);
    expect(statements.at(-1)).toEqual({ kind: 'direct', text: 'No vamos a parar hasta que nos escuchen', speaker: 'Marta Vidal' });
  });

  it('resolves "he said" after an abbreviated title, and never makes the abbreviation a speaker', () => {
    const statements = found(['“The plan failed,” Mr. Lee Grant said on Friday.', '“It was never going to work,” he said.'], 'en');
    expect(statements.map((statement) => statement.speaker)).toEqual(['Lee Grant', 'Lee Grant']);
  });

  it('credits nobody for "they said": a group pronoun names no one person', () => {
    const statements = found(['Mayor Ann Cole opened the bridge.', '“We know there is no capacity problem,” they said.'], 'en');
    expect(statements).toEqual([{ kind: 'direct', text: 'We know there is no capacity problem', speaker: null }]);
  });
});

describe('role nouns', () => {
  it('resolves a role two people hold to the one last given it', () => {
    const statements = found([
      'El presidente Luis Mora inauguró la feria por la mañana.',
      'El presidente de la federación, Pablo Ruiz, dijo que habrá huelga.',
      '“Es inevitable”, agregó el presidente.',
    ]);
    expect(statements.at(-1)).toEqual({ kind: 'direct', text: 'Es inevitable', speaker: 'Pablo Ruiz' });
  });
});

describe('appositions', () => {
  it('takes the name before a common-noun apposition, whatever the noun', () => {
    const statements = found(['Francisco Navarro, glaciólogo de la Universidad de Granada, explica que las temperaturas fueron muy altas.']);
    expect(statements).toEqual([{ kind: 'indirect', text: 'las temperaturas fueron muy altas', speaker: 'Francisco Navarro' }]);
  });
});

describe('mixed quotation', () => {
  it('gives the quoted fragment inside reported speech as a direct statement beside the indirect one', () => {
    const statements = found(['Kim dijo que su país es un “invencible compañero de armas” de Rusia.']);
    expect(statements).toEqual([
      { kind: 'indirect', text: 'su país es un “invencible compañero de armas” de Rusia', speaker: 'Kim' },
      { kind: 'direct', text: 'invencible compañero de armas', speaker: 'Kim' },
    ]);
  });
});

describe('verbs of saying', () => {
  it('reads the wider set of Spanish reporting verbs and keeps units in the text', () => {
    const statements = found(['“Vamos un poco abajo del 50 % de los casos”, argumentó el fiscal Rodolfo Delgado.']);
    expect(statements).toEqual([{ kind: 'direct', text: 'Vamos un poco abajo del 50 % de los casos', speaker: 'Rodolfo Delgado' }]);
  });
});

describe('names', () => {
  it('does not take a capitalised common word opening the sentence for part of a name', () => {
    const statements = found(['As Nordline explained on Friday, two ships were delayed.', 'The delays grew as the strike went on.'], 'en');
    expect(statements.map((statement) => statement.speaker)).not.toContain('As Nordline');
  });
});

describe('titles before a name', () => {
  it('reads a formal title with its capitalised complement, and a role noun after any modifiers', () => {
    expect(found(['U.S. Secretary of State Antony Blinken said the talks would resume.'], 'en')[0]?.speaker).toBe('Antony Blinken');
    expect(found(['Kremlin aide Yuri Ushakov told reporters that no date had been set.'], 'en')[0]?.speaker).toBe('Yuri Ushakov');
  });
});

describe('colon and gerund lead-ins', () => {
  it('gives the quotation after "respondió … diciendo:" to the sentence subject', () => {
    const statements = found(['El director de Centros Penales, Osiris Luna, respondió a la publicación en Twitter diciendo: “este es un terrorista, es uno más de ellos”.']);
    expect(statements).toEqual([{ kind: 'direct', text: 'este es un terrorista, es uno más de ellos', speaker: 'Osiris Luna' }]);
  });

  it('gives a quotation after a colon with no verb of saying to the subject the article names in full', () => {
    const statements = found(['Osiris Luna habló en la radio.', 'Luna aprovechó la ocasión para atacar a los periodistas: “Está clara la agenda del diario”.']);
    expect(statements).toEqual([{ kind: 'direct', text: 'Está clara la agenda del diario', speaker: 'Osiris Luna' }]);
  });

  it('does not take a participle opening the sentence for the subject of a colon quotation', () => {
    const statements = found(['Preguntada por esas declaraciones, la investigadora se limitó a responder: “Los datos están ahí”.']);
    expect(statements.map((statement) => statement.speaker)).not.toContain('Preguntada');
  });
});

describe('page furniture', () => {
  it('takes no statement from a headline repeated in the text or from a heading or caption line', () => {
    const statements = extractStatements(articleFromParagraphs({ id: 'test', title: 'El alcalde a los vecinos: "váyanse"', date: '2024-01-01', language: 'es' }, [
      'El alcalde a los vecinos: "váyanse"',
      '"No vamos a tolerar más protestas en la plaza", la foto del alcalde en el pleno (EFE)',
      'El alcalde Juan Soto dijo que el pleno votará el lunes.',
    ]));
    expect(statements.map(({ kind, text, speaker }) => ({ kind, text, speaker }))).toEqual([{ kind: 'indirect', text: 'el pleno votará el lunes', speaker: 'Juan Soto' }]);
  });
});

describe('standfirst and embedded posts', () => {
  it('takes no statement from a long standfirst under the headline that does not end as a sentence', () => {
    const statements = found([
      'Los científicos cuestionan el reciente récord de temperatura en la Antártida y advierten de que lo más importante es la tendencia gradual al calentamiento que afecta al continente desde hace décadas',
      'El glaciólogo Pedro Lanza explicó que el dato se tomó en una estación mal calibrada.',
    ]);
    expect(statements).toEqual([{ kind: 'indirect', text: 'el dato se tomó en una estación mal calibrada', speaker: 'Pedro Lanza' }]);
  });

  it('does not count an embedded post\'s lines as paragraphs between "la entidad" and the organisation it refers to', () => {
    const statements = found([
      'El récord debe confirmarlo ahora la Organización Meteorológica Mundial, según explicó un portavoz.',
      '#Antártida | Nuevo récord de temperaturas',
      'Este mediodía la Base Esperanza registró un nuevo récord histórico de temperatura pic.twitter.com/abc',
      '— SMN Argentina (@SMN_Argentina) February 6, 2020',
      'En un comunicado, la entidad apunta a que probablemente la medición de la base es correcta.',
    ]);
    expect(statements.find((statement) => statement.text.includes('la medición de la base'))?.speaker).toBe('Organización Meteorológica Mundial');
  });
});

describe('viewpoints, units and channels', () => {
  it('gives the quotation after "Para X," to X', () => {
    expect(found(['Para Arteaga, “la reforma llega tarde y mal para todos”.'])).toEqual([{ kind: 'direct', text: 'la reforma llega tarde y mal para todos', speaker: 'Arteaga' }]);
  });

  it('keeps units and currency signs, and the whole channel phrase', () => {
    const statements = extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language: 'es' }, [
      'El ministro de Exteriores ruso, Serguéi Lavrov, afirmó en rueda de prensa que el precio subirá un 15 % y costará 40 €.',
    ]));
    expect(statements.map(({ text, speaker, via }) => ({ text, speaker, via }))).toEqual([{ text: 'el precio subirá un 15 % y costará 40 €', speaker: 'Serguéi Lavrov', via: 'rueda de prensa' }]);
  });

  it('reads no statement into a verb of stance with a plain object', () => {
    expect(found(['Lavrov defendió este viernes el tratado.'])).toEqual([]);
  });
});
