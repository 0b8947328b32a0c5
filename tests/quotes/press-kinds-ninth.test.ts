/**
 * Kinds of press attribution from the ninth round of issue 16, each on text written for it: unquoted words with the
 * verb of saying inserted between dashes (Caribbean and agency style: "Nada —agregó— puede…", "La reforma —dijo Ríos—
 * estará lista", "The bridge — she said — will reopen"), reported speech of the verb's subject, never of the words
 * after the closing dash ("Es —añadió— un código ético" is no "Código ético" speaking).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('unquoted words with the verb of saying between dashes', () => {
  it('credits the subject the inciso names, or whom the article was speaking of when it names none', () => {
    expect(found(['La ministra de Salud, Carmen Ríos, visitó el hospital provincial este lunes.', 'La reforma —dijo Ríos— estará lista antes de fin de año.'])).toEqual([
      { kind: 'indirect', text: 'La reforma —dijo Ríos— estará lista antes de fin de año', speaker: 'Carmen Ríos' },
    ]);
    expect(found(['El gobernador Julio Paredes inauguró la planta potabilizadora.', 'Nada —agregó— puede detener el desarrollo de la provincia, por eso le corresponde al Estado liderar el proceso.'])).toEqual([
      { kind: 'indirect', text: 'Nada —agregó— puede detener el desarrollo de la provincia, por eso le corresponde al Estado liderar el proceso', speaker: 'Julio Paredes' },
    ]);
    expect(found(['El cuadro –expresó el dirigente sindical Luis Mena- debe tener convicciones y capacidad de diálogo.'])).toEqual([
      { kind: 'indirect', text: 'El cuadro –expresó el dirigente sindical Luis Mena- debe tener convicciones y capacidad de diálogo', speaker: 'Luis Mena' },
    ]);
  });

  it('never takes the words after the closing dash, nor a predicate a relative describes, for the subject', () => {
    expect(found(['El alcalde Pedro Soto habló con los vecinos.', 'Es —añadió— un proyecto ético, que defiende derechos, que defiende lo justo, que defiende la igualdad.'])).toEqual([
      { kind: 'indirect', text: 'Es —añadió— un proyecto ético, que defiende derechos, que defiende lo justo, que defiende la igualdad', speaker: 'Pedro Soto' },
    ]);
  });

  it('reports the clause that holds the inciso: after a semicolon, or after the last comma when the narration before it runs long', () => {
    expect(found(['La presidenta del sindicato, Ana Paz, señaló que va concluyendo una etapa; y ahora —explicó— entramos en otra, en la que debemos movilizarnos.'])).toEqual([
      { kind: 'indirect', text: 'va concluyendo una etapa', speaker: 'Ana Paz' },
      { kind: 'indirect', text: 'ahora —explicó— entramos en otra, en la que debemos movilizarnos', speaker: 'Ana Paz' },
    ]);
    expect(found(['El diputado Óscar Lima repasó las asambleas celebradas en las escuelas y los centros de trabajo de toda la provincia, donde se vio —dijo— cómo los jóvenes hacían sus propuestas.'])).toEqual([
      { kind: 'indirect', text: 'donde se vio —dijo— cómo los jóvenes hacían sus propuestas', speaker: 'Óscar Lima' },
    ]);
  });

  it('reads a spaced hyphen and an English pronoun subject inside the dashes, not a participle with its agent', () => {
    expect(found(['El director del hospital, Mario Vega, recorrió las salas. Hay que invertir en personal -añadió Vega-, y no solo en equipos.'])).toEqual([
      { kind: 'indirect', text: 'Hay que invertir en personal -añadió Vega-, y no solo en equipos', speaker: 'Mario Vega' },
    ]);
    expect(found(['Mayor Ann Lee visited the site on Monday.', 'The bridge — she said — will reopen in May.'], 'en')).toEqual([
      { kind: 'indirect', text: 'The bridge — she said — will reopen in May', speaker: 'Ann Lee' },
    ]);
    // A participle with its agent, or a relative, between dashes reports nobody's words.
    expect(found(['Mayor Ann Lee visited the site on Monday.', 'The bridge — announced last year by the council — will reopen in May.'], 'en')).toEqual([]);
    expect(found(['El ministro de Obras, Juan Ruiz, habló con la prensa.', 'El informe —que denunció irregularidades— fue archivado.'])).toEqual([]);
  });
});

describe('a quoted question closed by a question verb', () => {
  it('is the asker’s words, never the interviewee’s, and the answer stays the interviewee’s', () => {
    expect(found(['The founder of the group, Bernice Scott, spoke with the anchor Gayle Kingsley.', '"What is it about the senator that you like?" Kingsley asked Scott.', '"Because our country is so far back now," Scott said.'], 'en')).toEqual([
      { kind: 'direct', text: 'What is it about the senator that you like?', speaker: 'Gayle Kingsley' },
      { kind: 'direct', text: 'Because our country is so far back now', speaker: 'Bernice Scott' },
    ]);
    expect(found(['La periodista Ana Ruiz entrevistó al ministro de Economía, Pedro Gil.', '«¿Cuándo bajará la inflación?», preguntó Ruiz.', '«Antes de fin de año», respondió Gil.'])).toEqual([
      { kind: 'direct', text: '¿Cuándo bajará la inflación?', speaker: 'Ana Ruiz' },
      { kind: 'direct', text: 'Antes de fin de año', speaker: 'Pedro Gil' },
    ]);
  });
});

describe('a role written with capitals after its article', () => {
  it('is a title that refers to whom the article gave it, not a name, nor its complement a person; a name after the complement is', () => {
    expect(found(['El Miembro del Consejo de Estado y presidente del Parlamento, Esteban Ruiz Soto, habló en la reunión.', 'Pasar por la administración es una ventaja, comentó el Miembro del Consejo de Estado.'])).toEqual([
      { kind: 'indirect', text: 'Pasar por la administración es una ventaja', speaker: 'Esteban Ruiz Soto' },
    ]);
    expect(found(['La rectora de la Universidad Central, Rosa Pentón Díaz, presentó el informe.', 'La Rectora recordó que fue creado un grupo de trabajo sobre la formación de dirigentes.'])).toEqual([
      { kind: 'indirect', text: 'fue creado un grupo de trabajo sobre la formación de dirigentes', speaker: 'Rosa Pentón Díaz' },
    ]);
    expect(found(['El Ministro de Salud, Carlos Vega, inauguró el hospital.', 'El Ministro explicó que la obra costó diez millones.'])).toEqual([
      { kind: 'indirect', text: 'la obra costó diez millones', speaker: 'Carlos Vega' },
    ]);
    // A name after the title's complement is still the person's.
    expect(found(['El Secretario de Estado Antony Blinken llegó a Madrid. El Secretario aseguró que la alianza es firme.'])).toEqual([
      { kind: 'indirect', text: 'la alianza es firme', speaker: 'Antony Blinken' },
    ]);
  });
});

describe('a vox-pop layout, headings naming each speaker before a colon', () => {
  it('gives a paragraph that is only a quotation to the speaker its heading names, never to the previous section’s', () => {
    expect(
      found([
        'En el Día de la Madre, los artistas cuentan anécdotas de sus madres.',
        'KARLA TARAZONA: POR SER FAN, ME CASTIGARON',
        '“Me escapé del colegio cuando tenía catorce años, pero jamás imaginé que mi mamá me descubriría”.',
        'JANET BARBOZA: ME CAYÓ UNA CHANCLETA',
        '“De niña he sido muy golosa y en cierta ocasión mi mami había preparado un flan”.',
        'UN CONSEJO DE MAMÁ',
        '“Mi mamá siempre decía que había que comer de todo y estudiar mucho”.',
      ]),
    ).toEqual([
      { kind: 'direct', text: 'Me escapé del colegio cuando tenía catorce años, pero jamás imaginé que mi mamá me descubriría', speaker: 'Karla Tarazona' },
      { kind: 'direct', text: 'De niña he sido muy golosa y en cierta ocasión mi mami había preparado un flan', speaker: 'Janet Barboza' },
      { kind: 'direct', text: 'Mi mamá siempre decía que había que comer de todo y estudiar mucho', speaker: null },
    ]);
    expect(found(['Voters at the county fair shared what matters to them.', 'MARIA LOPEZ: LOWER RENTS', '"Rent has doubled in five years and my salary has not moved at all."', 'TOM REED: WORRIED ABOUT JOBS', '"The factory closed last spring and nobody has hired since then."'], 'en')).toEqual([
      { kind: 'direct', text: 'Rent has doubled in five years and my salary has not moved at all.', speaker: 'Maria Lopez' },
      { kind: 'direct', text: 'The factory closed last spring and nobody has hired since then.', speaker: 'Tom Reed' },
    ]);
    // One heading with a colon is a section's label, no speaker: the quotation stays whom the story quoted.
    expect(found(['El alcalde Luis Mena inauguró el parque.', 'ANÁLISIS: LA OBRA LLEGA TARDE', '“La obra llega con tres años de retraso y con un sobrecoste del cuarenta por ciento”.'])).toEqual([
      { kind: 'direct', text: 'La obra llega con tres años de retraso y con un sobrecoste del cuarenta por ciento', speaker: 'Luis Mena' },
    ]);
  });
});
