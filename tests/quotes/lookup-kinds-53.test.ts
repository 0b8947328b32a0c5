/**
 * /quote look-ups of stop 53's kinds (issue 16), on sentences written for them: a Mexican-style secretary or attorney
 * general found by the English office; an acronym an article defines in brackets and never writes again, in another
 * language's order; an organisation's unnamed sources found by the organisation; a medium that speaks and carries
 * others' words, each line saying whose.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs, quoteBookOf as bookOf } from '../fixtures/quotes/load.js';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { renderQuoteText } from '../../src/present/text.js';

describe('heads of a Secretaría or a Procuraduría asked in English', () => {
  const book = bookOf('es', [
    'La secretaria de Salud, Irene Valdivia Cortés, recorrió el hospital de Tlaxcala el lunes.',
    'Valdivia aseguró que en marzo habrá 40 camas más.',
    'El procurador general, Óscar Tamez Rangel, anunció una investigación sobre los contratos.',
    'Tamez explicó que la Procuraduría revisará cada licitación.',
  ]);

  it('finds the secretary by "the health secretary" and "secretary of health"', () => {
    for (const query of ['the health secretary', 'Secretary of Health', 'la secretaria de Salud']) expect(book.lookup(query).actor).toBe('Irene Valdivia Cortés');
  });

  it('finds the procurador general by "the attorney general"', () => {
    expect(book.lookup('the attorney general').actor).toBe('Óscar Tamez Rangel');
  });
});

describe('an acronym defined in brackets', () => {
  it('finds the body by an acronym of its other-language name the article never writes again', () => {
    const book = bookOf('en', ['"The quota is far too low," said the National Fisheries Chamber (CNF) on Tuesday.']);
    const found = book.lookup('CNF');
    expect(found.actor).toBe('National Fisheries Chamber');
    expect(found.statements.map((statement) => statement.text)).toEqual(['The quota is far too low']);
  });

  it('never makes a party in brackets after a person a name of theirs', () => {
    const book = bookOf('es', ['La diputada Ana Lorca (PSOE) dijo que votará en contra del decreto.']);
    expect(book.lookup('PSOE').actor).not.toBe('Ana Lorca');
  });
});

describe("an organisation's unnamed sources", () => {
  it('lists what "fuentes del Ministerio de X" said under the ministry, keeping the sources as the speaker', () => {
    const book = bookOf('es', ['Fuentes del Ministerio de Hacienda aseguraron que el impuesto a la gasolina no subirá.']);
    for (const query of ['Ministerio de Hacienda', 'Hacienda']) {
      const found = book.lookup(query);
      expect(found.statements.map((statement) => [statement.speaker, statement.text])).toEqual([['Fuentes del Ministerio de Hacienda', 'el impuesto a la gasolina no subirá']]);
    }
  });

  it('does the same for English "sources at"', () => {
    const book = bookOf('en', ['Sources at the Treasury Department said the fuel tax would not rise.']);
    expect(book.lookup('Treasury Department').statements.map((statement) => statement.text)).toEqual(['the fuel tax would not rise']);
  });
});

describe('a news agency that speaks and carries others\' words', () => {
  const book = bookOf('es', [
    'Según informó Reuters, el Gobierno aprobará el plan de vivienda el martes.',
    'El ministro de Hacienda, Luis Prado, dijo a Reuters que el impuesto no subirá este año.',
  ]);

  it('lists both without rewriting either speaker or channel', () => {
    const found = book.lookup('Reuters');
    expect(found.statements.map((statement) => [statement.speaker, statement.via])).toEqual(expect.arrayContaining([['Reuters', null], ['Luis Prado', 'Reuters']]));
  });

  it('says in the reply whose each statement is', () => {
    const reply = renderQuoteText(book.lookup('Reuters'), 'es');
    expect(reply).toContain('Reuters (en estilo indirecto): el Gobierno aprobará');
    expect(reply).toContain('Luis Prado (en estilo indirecto): el impuesto no subirá este año (vía Reuters)');
  });
});

describe('a role word that marks a gender', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'en', title: 'Bridge', date: '2024-05-01', language: 'en' }, ['Mayor Dale Hutchins said the bridge would reopen in June.']),
    articleFromParagraphs({ id: 'es', title: 'Puente', date: '2024-05-02', language: 'es' }, ['La alcaldesa Inés Marambio dijo que el municipio enviará agua a los cerros.']),
  ]));

  it('finds the alcaldesa, never offering beside her a holder only the other language titles ("Mayor")', () => {
    expect(book.lookup('la alcaldesa')).toMatchObject({ actor: 'Inés Marambio', candidates: [] });
  });

  it('still offers both for the English office, which marks no gender', () => {
    expect(book.lookup('the mayor').candidates).toEqual(expect.arrayContaining(['Dale Hutchins', 'Inés Marambio']));
  });
});

describe('Spanish bodies asked in English, and abbreviations never written again', () => {
  const book = bookOf('es', [
    'La Secretaría de Seguridad Pública informó que detuvo a dos personas en Culiacán.',
    'La Procuraduría Federal del Consumidor (Profeco) informó que multó a tres gasolineras.',
    'La Comisión Nacional del Agua informó que las presas están al 40 %.',
  ]);

  it('finds a Secretaría by "Secretariat" or "Ministry" and the words of its portfolio', () => {
    for (const query of ['Secretariat of Public Security', 'Public Security Secretariat', 'Ministry of Public Security']) expect(book.lookup(query).actor).toBe('Secretaría de Seguridad Pública');
  });

  it('finds a body by the abbreviation it is defined with, made of letters of its words ("Profeco")', () => {
    expect(book.lookup('Profeco').actor).toBe('Procuraduría Federal del Consumidor');
  });

  it('never takes another commission for the State Water Commission', () => {
    expect(book.lookup('State Water Commission').actor).toBeNull();
  });
});
