/** /quote look-ups by acronym, across languages, and for a country that only describes a speaker (issue 16). */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { spanishDemonymForms } from '../../src/quotes/countries.js';

const book = createQuoteBook(buildQuoteData([
  articleFromParagraphs({ id: 'a', title: 'Armas', date: '2024-05-01', language: 'es' }, [
    'Estados Unidos ha acusado a Corea del Norte de facilitar armas a Moscú.',
    'La Organización de las Naciones Unidas advirtió que las sanciones no se cumplen.',
    'El presidente de Rusia, Vladimir Putin, dijo que la alianza es firme.',
  ]),
]));

describe('looking actors up', () => {
  it('expands acronyms by a general rule, Spanish doubled plurals included', () => {
    for (const query of ['EEUU', 'EE.UU.', 'EE UU']) expect(book.lookup(query).actor).toBe('Estados Unidos');
    expect(book.lookup('ONU').actor).toBe('Organización de las Naciones Unidas');
  });

  it('never takes one organisation for another whose initials its acronym shares ("EU" is not Estados Unidos)', () => {
    const us = createQuoteBook(buildQuoteData([
      articleFromParagraphs({ id: 'u', title: 'Armas', date: '2024-05-01', language: 'es' }, ['Estados Unidos ha acusado a Corea del Norte de facilitar armas a Moscú.']),
    ]));
    for (const query of ['UE', 'EU', 'Unión Europea', 'European Union', 'ONU', 'Naciones Unidas', 'UN']) {
      const result = us.lookup(query);
      expect(result.actor, query).toBeNull();
      expect(result.suggestions, query).not.toContain('Estados Unidos');
    }
    for (const query of ['EEUU', 'US', 'United States']) expect(us.lookup(query).actor, query).toBe('Estados Unidos');
  });

  it('does not take a role of the other gender for a misspelling ("la alcaldesa" is not the mayor Juan Pérez)', () => {
    const mayor = createQuoteBook(buildQuoteData([
      articleFromParagraphs({ id: 's', title: 'Agua', date: '2024-05-01', language: 'es' }, ['El alcalde de Sevilla, Juan Pérez, dijo: “No habrá más cortes de agua este verano”.']),
    ]));
    expect(mayor.lookup('la alcaldesa').actor).toBeNull();
    expect(mayor.lookup('el alcalde').actor).toBe('Juan Pérez');
  });

  it('reads a misspelt surname only as one that begins with its letter, a misspelt full name whatever its first letter', () => {
    const port = createQuoteBook(buildQuoteData([
      articleFromParagraphs({ id: 'p', title: 'Puerto', date: '2024-05-04', language: 'es' }, ['La portavoz del puerto, Ana Ruiz, dijo que los muelles cerrarán en mayo.']),
    ]));
    expect(port.lookup('Ruis').actor).toBe('Ana Ruiz');
    // One slip from "ruiz" too, but a misspelling rarely changes the first letter of a single word.
    expect(port.lookup('Luiz').actor).toBeNull();
    for (const query of ['Ama Ruiz', 'Ana Luiz', 'Bna Ruiz']) expect(port.lookup(query).actor, query).toBe('Ana Ruiz');
  });

  it('finds the same country under its English name', () => {
    expect(book.lookup('United States').actor).toBe('Estados Unidos');
  });

  it('suggests for a misspelt name only speakers whose name is close, not whose description is', () => {
    // "Biden" is two edits from "líder", a word of how Kim is described; nobody here is called that.
    const described = createQuoteBook(buildQuoteData([
      articleFromParagraphs({ id: 'd', title: 'Cartas', date: '2024-05-02', language: 'es' }, ['El líder norcoreano, Kim Jong Un, dijo que la alianza es firme.']),
    ]));
    expect(described.lookup('Joe Biden').suggestions).toEqual([]);
    expect(described.lookup('Kim Jomg Un').suggestions.concat(described.lookup('Kim Jomg Un').actor ?? [])).toContain('Kim Jong Un');
  });

  it('offers a name one word away from a speaker\'s ("Kim Jong Il" for "Kim Jong Un") as a near miss, never as how he is described', () => {
    const kim = createQuoteBook(buildQuoteData([
      articleFromParagraphs({ id: 'k', title: 'Cumbre', date: '2024-05-03', language: 'es' }, ['El líder norcoreano, Kim Jong Un, dijo que la alianza es firme.']),
    ]));
    const result = kim.lookup('Kim Jong Il');
    expect(result.actor).toBeNull();
    expect(result.suggestions).toEqual(['Kim Jong Un']);
    expect(result.related).toBeUndefined();
  });

  it('never turns a country that only describes a speaker into that speaker, but offers him', () => {
    const result = book.lookup('Rusia');
    expect(result.actor).toBeNull();
    expect(result.statements).toEqual([]);
    expect(result.related).toEqual(['Vladimir Putin']);
    expect(result.matchedAs?.[0]).toMatch(/Rusia/);
  });
});

describe('channels, roles and particle surnames', () => {
  const more = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'b', title: 'Cumbre', date: '2024-06-01', language: 'es' }, [
      'El presidente ruso, Vladimir Putin, dijo que la cumbre fue un éxito, informó la agencia estatal KCNA.',
      'La alcaldesa, Marta Iglesias Roldán, aseguró que el puerto abrirá en mayo.',
    ]),
    articleFromParagraphs({ id: 'c', title: 'Dikes', date: '2024-06-02', language: 'en' }, ['Water expert Anna de Vries said the dikes would hold.']),
  ]));

  it('returns the statements a news agency carried when it is only their channel, naming the channel', () => {
    const result = more.lookup('KCNA');
    expect(result.channel).toBe('KCNA');
    expect(result.statements.map((statement) => [statement.speaker, statement.via])).toEqual([['Vladimir Putin', 'KCNA']]);
  });

  it('finds the one speaker a role belongs to ("la alcaldesa") and says it matched a role', () => {
    expect(more.lookup('la alcaldesa')).toMatchObject({ actor: 'Marta Iglesias Roldán', resolvedBy: 'role' });
  });

  it('finds a surname with a particle ("de Vries")', () => {
    expect(more.lookup('de Vries').actor).toBe('Anna de Vries');
  });

  it('leaves out an honorific or a title the articles do not put before the name ("Mr Putin", "President Putin", "Sra. Iglesias")', () => {
    expect(more.lookup('Mr Putin').actor).toBe('Vladimir Putin');
    expect(more.lookup('President Putin').actor).toBe('Vladimir Putin');
    expect(more.lookup('Sra. Iglesias').actor).toBe('Marta Iglesias Roldán');
    expect(more.lookup('President Biden').actor).toBeNull();
  });

  it('reads an initial as the first letter of a name ("V. Putin", "A. de Vries"), not as a word of its own', () => {
    expect(more.lookup('V. Putin').actor).toBe('Vladimir Putin');
    expect(more.lookup('A de Vries').actor).toBe('Anna de Vries');
    expect(more.lookup('X. Putin').actor).toBeNull();
  });

  it('does not take a country spelt close to a word of a description ("Rusia", "ruso") for the speaker described', () => {
    const result = more.lookup('Rusia');
    expect(result.actor).toBeNull();
    expect(result.related).toEqual(['Vladimir Putin']);
    expect(result.matchedAs).toEqual(['presidente ruso']);
  });

  it('does not take a one-word query for a speaker whose name is as close in spelling but begins otherwise ("Rusia", "Lucía")', () => {
    const withLucia = createQuoteBook(buildQuoteData([
      articleFromParagraphs({ id: 'e', title: 'Cumbre', date: '2024-06-01', language: 'es' }, [
        'El presidente ruso, Vladimir Putin, dijo que la cumbre fue un éxito.',
        'La economista Lucía Ferrándiz aseguró que los precios bajarán en otoño.',
      ]),
    ]));
    expect(withLucia.lookup('Rusia')).toMatchObject({ actor: null, candidates: [], related: ['Vladimir Putin'] });
    expect(withLucia.lookup('Lucia Ferrandis').actor).toBe('Lucía Ferrándiz');
  });

  it('does the same for the country under its name in the other language ("Russia" for "Rusia")', () => {
    expect(more.lookup('Russia')).toMatchObject({ actor: null, query: 'Russia', statements: [], related: ['Vladimir Putin'] });
  });
});

describe('a country by any of its names: demonym, capital, seat of government, either language', () => {
  const world = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'p', title: 'Alianza', date: '2024-07-01', language: 'es' }, [
      'El presidente ruso, Valentín Orlov, dijo que la alianza con Asia es firme.',
      'La líder norcoreana, Min Ji-ae, aseguró que el acuerdo durará décadas.',
      'Pyongyang negó que hubiera enviado tropas a la frontera.',
      'El Kremlin aseguró que no habrá nuevas sanciones.',
    ]),
    articleFromParagraphs({ id: 'q', title: 'Frontera', date: '2024-07-02', language: 'es' }, [
      'Moscú advirtió que responderá a cualquier provocación.',
      'El senador Tom Washington dijo que el Congreso votará en otoño.',
    ]),
  ]));

  it('finds a role given with the country ("el presidente de Rusia", "the Russian president") as the role given with its demonym', () => {
    for (const query of ['el presidente de Rusia', 'the Russian president', 'el presidente de Russia']) {
      expect(world.lookup(query), query).toMatchObject({ actor: 'Valentín Orlov', resolvedBy: 'role' });
    }
    expect(world.lookup('the North Korean leader')).toMatchObject({ actor: 'Min Ji-ae', resolvedBy: 'role' });
  });

  it('never gives a role of the country to someone holding another role or the other gender ("el ministro ruso", "la presidenta de Rusia")', () => {
    for (const query of ['el ministro ruso', 'el ministro de Rusia', 'la presidenta de Rusia']) expect(world.lookup(query).actor, query).toBeNull();
  });

  it('takes the country\'s capital and seat of government for the country, their statements together, and offers the people it describes', () => {
    const russia = world.lookup('Rusia');
    expect(russia.resolvedBy).toBe('country');
    expect(new Set(russia.statements.map((statement) => statement.speaker))).toEqual(new Set(['Kremlin', 'Moscú']));
    expect(russia.related).toEqual(['Valentín Orlov']);
    const northKorea = world.lookup('North Korea');
    expect(northKorea).toMatchObject({ actor: 'Pyongyang', resolvedBy: 'country', related: ['Min Ji-ae'] });
    expect(northKorea.statements).toHaveLength(1);
    expect(northKorea.statements[0]?.text).toContain('enviado tropas a la frontera');
  });

  it('never takes a person whose name is also a capital for the country', () => {
    const usa = world.lookup('Estados Unidos');
    expect(usa.actor).not.toBe('Tom Washington');
    expect(usa.statements).toEqual([]);
  });
});

describe('Spanish demonyms by the rules of gender and number', () => {
  it('inflects each ending as the grammar does', () => {
    expect(spanishDemonymForms('ruso')).toEqual(['ruso', 'rusa', 'rusos', 'rusas']);
    expect(spanishDemonymForms('frances')).toEqual(['frances', 'francesa', 'franceses', 'francesas']);
    expect(spanishDemonymForms('estadounidense')).toEqual(['estadounidense', 'estadounidenses']);
    expect(spanishDemonymForms('israeli')).toEqual(['israeli', 'israelies', 'israelis']);
  });
});

describe('a name inside a query that also describes its speaker', () => {
  const page = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'r', title: 'Prensa', date: '2024-08-01', language: 'es' }, [
      'El periodista Tomás Ferrándiz aseguró que la ley limita el acceso a la información.',
      'El Departamento de Estado advirtió que seguirá de cerca la aplicación de la ley.',
      'La Asamblea Legislativa aprobó la reforma y su presidente, Raúl Ibarra, dijo que no habrá cambios.',
      'La Relatoría Especial para la Libertad de Expresión de la Comisión Interamericana de Derechos Humanos (CIDH) dijo que la reforma es regresiva.',
      'El Banco Central de Nicaragua informó que las remesas crecieron un 12 %.',
      'Marta Solís, exsecretaria privada de Ibarra y hoy diputada, dijo que la oposición exagera.',
    ]),
  ]));

  it('finds the speaker named after a description or before a complement', () => {
    expect(page.lookup('el periodista Tomás Ferrándiz').actor).toBe('Tomás Ferrándiz');
    expect(page.lookup('Departamento de Estado de Estados Unidos').actor).toBe('Departamento de Estado');
  });

  it('never takes the body a role belongs to for the person holding it ("el presidente de la Asamblea Legislativa")', () => {
    expect(page.lookup('el presidente de la Asamblea Legislativa').actor).not.toBe('Asamblea Legislativa');
  });

  it('finds a body by the acronym of the organisation its name ends with ("CIDH")', () => {
    expect(page.lookup('CIDH')).toMatchObject({ actor: expect.stringMatching(/^Relatoría Especial/), resolvedBy: 'acronym' });
  });

  it('finds a body named with the country\'s demonym ("el Banco Central nicaragüense")', () => {
    expect(page.lookup('el Banco Central nicaragüense')).toMatchObject({ actor: 'Banco Central de Nicaragua', resolvedBy: 'language' });
  });

  it('takes a surname for its speaker, not for someone whose description has it ("Ibarra", "exsecretaria privada de Ibarra")', () => {
    expect(page.lookup('Ibarra')).toMatchObject({ actor: 'Raúl Ibarra', candidates: [] });
  });
});
