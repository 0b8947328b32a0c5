/**
 * Press constructions of stop 53 (issue 16): a dash answer after a paragraph that tells of someone speaking, a coach
 * named by the role first, a channel described by a participle ("un mensaje publicado en su cuenta de X"), a denial
 * with an adjunct before its clause. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker, via }) => ({ kind, text, speaker, via }));

describe('a dashed line after a paragraph that tells of someone speaking, with no colon', () => {
  it('is the words of whom the paragraph was about', () => {
    expect(found(['La capitana de Sporting Ledesma, Valeria Quintero, habló con la prensa en la zona mixta.', '—Perdimos la cabeza en el segundo tiempo y lo pagamos caro.'])).toEqual([
      { kind: 'direct', text: 'Perdimos la cabeza en el segundo tiempo y lo pagamos caro.', speaker: 'Valeria Quintero', via: null },
    ]);
  });

  it('is nobody\'s words after a paragraph where nobody speaks', () => {
    expect(found(['Valeria Quintero llegó tarde al estadio.', '—Perdimos la cabeza en el segundo tiempo.'])).toEqual([]);
  });
});

describe('a coach named by the role first', () => {
  it('is whom the next sentence with its subject left out is about', () => {
    expect(found(['El entrenador de Unión Cañuelas, Horacio Bermúdez, llegó al estadio en silencio. Admitió que el plantel está agotado.'])).toEqual([
      { kind: 'indirect', text: 'el plantel está agotado', speaker: 'Horacio Bermúdez', via: null },
    ]);
  });
});

describe('a channel described by a participle', () => {
  it('keeps the clause after "un mensaje publicado en…"', () => {
    expect(found(['La Secretaría de Turismo señaló en un mensaje publicado en su cuenta de Instagram que las playas abrirán el viernes.'])).toEqual([
      { kind: 'indirect', text: 'las playas abrirán el viernes', speaker: 'Secretaría de Turismo', via: 'mensaje' },
    ]);
    expect(found(['El concejal Iván Prieto afirmó en un video difundido anoche que la licitación está amañada.'])[0]).toMatchObject({ text: 'la licitación está amañada', speaker: 'Iván Prieto' });
  });
});

describe('a denial with an adjunct before its clause', () => {
  it('reports the denied clause with its verb, not the verb alone', () => {
    const [denial] = found(['El gerente Tomás Olaizola negó en declaraciones a Radio Pampa que la planta vaya a cerrar.']);
    expect(denial).toMatchObject({ kind: 'indirect', speaker: 'Tomás Olaizola', via: 'Radio Pampa' });
    expect(denial!.text).toMatch(/^negó .*que la planta vaya a cerrar$/u);
  });
});

describe('an announcement with a noun phrase for its object', () => {
  it('is a statement of the body or official that announces it, with its verb', () => {
    expect(found(['La Dirección de Epidemiología confirmó 48 casos de hepatitis en las escuelas de la provincia.'])).toEqual([
      { kind: 'indirect', text: 'confirmó 48 casos de hepatitis en las escuelas de la provincia', speaker: 'Dirección de Epidemiología', via: null },
    ]);
    expect(found(['El intendente Mauro Gatica anunció una tregua fiscal para los comercios del centro.'])).toEqual([
      { kind: 'indirect', text: 'anunció una tregua fiscal para los comercios del centro', speaker: 'Mauro Gatica', via: null },
    ]);
  });

  it('is no statement when the verb does rather than says, or the object is whom it was told', () => {
    expect(found(['La Dirección de Vialidad asfaltó dos kilómetros de la ruta 40.', 'La municipalidad clausuró un local bailable.'])).toEqual([]);
    expect(found(['La Dirección de Epidemiología informó a las familias por correo.'])).toEqual([]);
  });
});
