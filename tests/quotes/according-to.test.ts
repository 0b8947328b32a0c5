/** "según X", "according to X", "de acuerdo con X" wherever the sentence sets them (issue 16), on sentences written for them. */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('sources named with según, according to, de acuerdo con', () => {
  it('credits a thing someone made to its maker, never to whom the sentences before quoted', () => {
    const speakerOf = (text: string, statements: ReturnType<typeof found>) => statements.find((statement) => statement.text.includes(text))?.speaker;
    const before = 'El portavoz de la oposición, Andrés Lacasa, dijo que el proyecto llega tarde y sin financiación.';
    const statements = found([
      before,
      'Las obras comenzarán en enero y durarán treinta meses, según el calendario elaborado por la Universidad de Brañosa.',
    ]);
    expect(speakerOf('Las obras comenzarán', statements)).toBe('Universidad de Brañosa');
    const english = found(['Opposition spokesman Andrew Lacasa said that the project was late.', 'Traffic fell by 3%, according to a report prepared by the Brañosa Transport Authority.'], 'en');
    expect(speakerOf('Traffic fell', english)).toBe('Brañosa Transport Authority');
  });

  it('gives a document named by its number or name to nobody the article quoted before', () => {
    const statements = found(['La concejala Marta Gil dijo que el barrio necesita más luz. Según el informe 12340, la ciudad creció un 9 por ciento.']);
    expect(statements.find((statement) => statement.text.includes('la ciudad creció'))?.speaker ?? null).toBeNull();
    expect(statements.find((statement) => statement.text.includes('necesita más luz'))?.speaker).toBe('Marta Gil');
  });

  it('reads "de acuerdo con X" at the end of a sentence as "según X"', () => {
    expect(found(['La deuda externa creció un 6 % en 2021, de acuerdo con el Banco Central de Nicaragua.'])).toEqual([
      { kind: 'indirect', text: 'La deuda externa creció un 6 % en 2021', speaker: 'Banco Central de Nicaragua' },
    ]);
  });

  it('gives the whole sentence to a source set between commas in its middle', () => {
    expect(found(['Peak demand, according to Mayor Ann Cole, reached 44,947 megawatts on Saturday.'], 'en')).toEqual([
      { kind: 'indirect', text: 'Peak demand, according to Mayor Ann Cole, reached 44,947 megawatts on Saturday', speaker: 'Ann Cole' },
    ]);
    expect(found(['La demanda, según la ministra Ana Ruiz, bajará un 5 % este año.']).map((statement) => statement.speaker)).toEqual(['Ana Ruiz']);
  });

  it('reads "según el cual" as the relative\'s antecedent speaking, the nearest noun phrase', () => {
    expect(found(['El informe lo firmó el Instituto Nacional de Estadística, según el cual la inflación bajará al 2 % en otoño.'])).toContainEqual(
      { kind: 'indirect', text: 'la inflación bajará al 2 % en otoño', speaker: 'Instituto Nacional de Estadística' },
    );
    const statements = found(['La senadora Ana Vidal se ha convertido en el blanco de los discursos de la ministra Elena Soto, según la cual sus rivales mienten a los votantes, destacó Efe.']);
    expect(statements).toContainEqual({ kind: 'indirect', text: 'sus rivales mienten a los votantes', speaker: 'Elena Soto' });
    expect(statements.find((statement) => statement.text.includes('se ha convertido en el blanco'))?.speaker).toBe('Efe');
  });

  it('gives a quotation inside the view a leading "según X," introduces to X as well', () => {
    expect(found(['Según la ministra Ana Gómez, la reforma es «una oportunidad histórica para el país».'])).toEqual([
      { kind: 'indirect', text: 'la reforma es «una oportunidad histórica para el país»', speaker: 'Ana Gómez' },
      { kind: 'direct', text: 'una oportunidad histórica para el país', speaker: 'Ana Gómez' },
    ]);
  });

  it('credits a document to the body that owns or made it, whatever comes after the body', () => {
    const speakers = (paragraph: string, language: string) => found([paragraph], language).map((statement) => statement.speaker);
    // An owner in the possessive, a maker after "by", a web page: the body's.
    expect(speakers("The lake froze twice in March, according to the Weather Bureau's annual report.", 'en')).toEqual(['Weather Bureau']);
    expect(speakers('The lake froze twice in March, according to a study by the Weather Bureau.', 'en')).toEqual(['Weather Bureau']);
    expect(speakers("The lake froze twice in March, according to the IMB's web page on the winter.", 'en')).toEqual(['IMB']);
    expect(speakers('El lago se heló dos veces en marzo, según la página web del Servicio Meteorológico.', 'es')).toEqual(['Servicio Meteorológico']);
    // The time the document came out is no part of its maker's name.
    expect(speakers('The lake froze twice in March, according to a note released by the Weather Bureau late Tuesday.', 'en')).toEqual(['Weather Bureau']);
    expect(speakers('El lago se heló dos veces en marzo, según un comunicado difundido por el Servicio Meteorológico el martes.', 'es')).toEqual(['Servicio Meteorológico']);
    // "on" inside the maker's own name is no time phrase.
    expect(speakers('The lake froze twice in March, according to a note released by the Council on Lake Safety.', 'en')).toEqual(['Council on Lake Safety']);
  });

  it('gives a document no maker is named for to the document as written, not to nobody', () => {
    expect(found(['La asamblea duró toda la tarde.', 'Según el balance, la cooperativa vendió 300 toneladas de trigo.'])).toEqual([
      { kind: 'indirect', text: 'la cooperativa vendió 300 toneladas de trigo', speaker: 'Balance' },
    ]);
    const english = found(['Troops moved north on Monday.', 'A statement said the operation was meant to secure the border crossings.'], 'en');
    expect(english).toEqual([{ kind: 'indirect', text: 'the operation was meant to secure the border crossings', speaker: 'Statement' }]);
    // A document with no article cites nobody: "Studies suggest…".
    expect(found(['Studies suggest the vaccine protects older patients for a year.'], 'en')).toEqual([]);
  });

  it('reads ", according to X" after a quotation that holds the comma as that speaker\'s', () => {
    expect(found(['The plan would be “a disaster for working families,” according to Senator Jane Roe.'], 'en')).toContainEqual(
      { kind: 'direct', text: 'a disaster for working families', speaker: 'Jane Roe' },
    );
  });
});
