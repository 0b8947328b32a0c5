/**
 * Press constructions of stop 52 (issue 16): a colon quotation whose subject is left out after an opening adjunct, a long
 * title in a "Para …," viewpoint, a dash interview's topic line, a title set off by its group.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker, via }) => ({ kind, text, speaker, via }));

describe('an opening prepositional adjunct with no comma before the verb', () => {
  it('leaves the Spanish subject out: the quotation is whom the sentence before was about', () => {
    expect(found(['La edil Rocío Anduaga Pell recorrió el mercado de abastos. En sus redes escribió: «Los puestos siguen sin agua desde el lunes».'])).toEqual([
      { kind: 'direct', text: 'Los puestos siguen sin agua desde el lunes', speaker: 'Rocío Anduaga Pell', via: 'redes' },
    ]);
    expect(found(['El rector, Gustavo Ibarra, suspendió las clases.', 'Por la noche publicó: «Ningún estudiante perderá el semestre por el paro».'])[0]).toMatchObject({ speaker: 'Gustavo Ibarra' });
  });

  it('is a channel, never the speaker', () => {
    expect(found(['El gobernador, Faustino Llano, no asistió al acto.', 'En un comunicado añadió: «La provincia pagará los sueldos el viernes».'])).toEqual([
      { kind: 'direct', text: 'La provincia pagará los sueldos el viernes', speaker: 'Faustino Llano', via: 'comunicado' },
    ]);
  });

  it('leaves the English subject pronoun after it, which refers back', () => {
    expect(found(['Commissioner Ruth Adebayo skipped the hearing. On her website she wrote: “The county cannot afford another lawsuit.”'], 'en')[0]).toMatchObject({
      text: 'The county cannot afford another lawsuit.',
      speaker: 'Ruth Adebayo',
    });
  });

  it('still reads a subject after the adjunct, and a place that stands for a group', () => {
    expect(found(['Tras la votación el senador Íñigo Carrasco dijo que recurrirá la ley.'])[0]).toMatchObject({ speaker: 'Íñigo Carrasco' });
    expect(found(['En el oficialismo admiten que faltan votos.'])[0]).toMatchObject({ speaker: 'Oficialismo' });
    expect(found(['Crews cleared the road overnight.', 'A statement said the highway would reopen on Friday.'], 'en')[0]).toMatchObject({ speaker: 'Statement' });
  });
});

describe('"Para" and a title whose complement runs long, then the name in apposition', () => {
  it('gives the view to the person the apposition names', () => {
    expect(found(['Para la presidenta de la asociación de productores local, Liliana Cuevas, la sequía ya destruyó media cosecha.'])).toEqual([
      { kind: 'indirect', text: 'la sequía ya destruyó media cosecha', speaker: 'Liliana Cuevas', via: null },
    ]);
  });

  it('gives the quotation after a long title to the person it names', () => {
    expect(found(['Para el secretario general del gremio de choferes, Aníbal Sotomayor, «la tarifa no alcanza ni para el combustible».'])).toEqual([
      { kind: 'direct', text: 'la tarifa no alcanza ni para el combustible', speaker: 'Aníbal Sotomayor', via: null },
    ]);
  });
});

describe('a dialogue-dash interview whose interviewer states a topic instead of asking', () => {
  const interview = [
    'Este medio conversó con la jueza de paz Marcela Ortúzar, que deja el cargo en marzo.',
    '—Sobre los juicios de desalojo.',
    '—Se triplicaron en dos años y el juzgado no da abasto.',
    '—¿Pidió más personal?',
    '—Tres veces, y nunca llegó nadie.',
    '—Dicen que se va por cansancio.',
    '—Me voy porque cumplí mi ciclo.',
  ];

  it('gives every answer to the one interviewed, the one after a topic line too', () => {
    expect(found(interview).filter((statement) => statement.kind === 'direct')).toEqual([
      { kind: 'direct', text: 'Se triplicaron en dos años y el juzgado no da abasto.', speaker: 'Marcela Ortúzar', via: null },
      { kind: 'direct', text: 'Tres veces, y nunca llegó nadie.', speaker: 'Marcela Ortúzar', via: null },
      { kind: 'direct', text: 'Me voy porque cumplí mi ciclo.', speaker: 'Marcela Ortúzar', via: null },
    ]);
  });

  it('quotes nothing from dash lines where no one is asked anything', () => {
    expect(found(['La feria abrió temprano.', '—Acá hay de todo.', '—Sí, pero todo caro.'])).toEqual([]);
  });
});

describe('a title set off by its group or a description before the verb', () => {
  it('is the subject, and refers back to the person given that title', () => {
    expect(found(['La senadora Inés Cabral votó en contra.', 'La senadora, del bloque Frente Cívico, sostuvo que la ley es inconstitucional.'])).toEqual([
      { kind: 'indirect', text: 'la ley es inconstitucional', speaker: 'Inés Cabral', via: null },
    ]);
    expect(found(['Senator Mark Bell skipped the vote.', 'The senator, of the Green Party, argued that the tax would drive families away.'], 'en')[0]).toMatchObject({ speaker: 'Mark Bell' });
    expect(found(['Assemblywoman Dana Ruiz skipped the vote.', 'The assemblywoman, a Democrat from Yonkers, argued that the tax would drive families away.'], 'en')[0]).toMatchObject({ speaker: 'Dana Ruiz' });
  });

  it('never makes the group the speaker when a name comes first', () => {
    expect(found(['Inés Cabral, del interbloque Frente Cívico, sostuvo que la ley es inconstitucional.'])[0]).toMatchObject({ speaker: 'Inés Cabral' });
  });
});
