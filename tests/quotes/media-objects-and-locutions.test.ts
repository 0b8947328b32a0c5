/**
 * Spanish press constructions (issue 16, stop 48): an inverted subject after the medium the words were told to ("dijo a la
 * agencia AFP el diputado…") or after a conversation with one ("dijo en diálogo con Radio Sur la directora…"), and a
 * subjectless verb after a sentence-opening locution ("De igual forma, expresó que…", "Junto con ello, …"), and an adjunct
 * set off by commas between the verb and its "que" ("dijo el lunes, tras reunirse con los gremios, que…").
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('an inverted subject after whom the words were told', () => {
  it('steps over a medium noun with its name ("a la agencia AFP", "al diario El Tiempo")', () => {
    expect(found(['«La represa no está terminada», dijo a la agencia AFP el alcalde Hernán Quiroga.'])).toEqual([
      { kind: 'direct', text: 'La represa no está terminada', speaker: 'Hernán Quiroga' },
    ]);
    expect(found(['Los fondos llegarán en mayo, dijo al diario El Tiempo la gobernadora Irene Salcedo.'])).toEqual([
      { kind: 'indirect', text: 'Los fondos llegarán en mayo', speaker: 'Irene Salcedo' },
    ]);
  });

  it('steps over a conversation with a medium ("en diálogo con", "en conversación con")', () => {
    expect(found(['«Faltan profesores en todo el valle», dijo en diálogo con Radio Austral la seremi de Educación, Nora Baeza.'])).toEqual([
      { kind: 'direct', text: 'Faltan profesores en todo el valle', speaker: 'Nora Baeza' },
    ]);
    expect(found(['«El puente se cerrará un mes», explicó en conversación con la emisora local el ingeniero Tomás Urrutia.'])).toEqual([
      { kind: 'direct', text: 'El puente se cerrará un mes', speaker: 'Tomás Urrutia' },
    ]);
  });
});

describe('a subjectless verb after a sentence-opening locution', () => {
  const before = 'El rector de la universidad, Octavio Lagos, anunció que las clases volverán en abril.';

  it('continues whom the sentence before quoted after "De igual forma", "Del mismo modo" and "Junto con ello"', () => {
    for (const opener of ['De igual forma', 'Del mismo modo', 'Junto con ello', 'Frente a esto']) {
      expect(found([before, `${opener}, sostuvo que los aranceles no subirán.`])).toContainEqual({ kind: 'indirect', text: 'los aranceles no subirán', speaker: 'Octavio Lagos' });
    }
  });

  it('still reads a subject named after the locution', () => {
    expect(found([before, 'Del mismo modo, la decana Rebeca Ulloa sostuvo que los aranceles no subirán.'])).toContainEqual({
      kind: 'indirect', text: 'los aranceles no subirán', speaker: 'Rebeca Ulloa',
    });
  });
});

describe('an adjunct set off by commas between the verb and its "que"', () => {
  it('reports the clause after an adjunct opened by a preposition or "al" and an infinitive', () => {
    expect(found(['La jueza Beatriz Lillo afirmó el jueves, tras la audiencia de formalización, que los plazos se cumplirán.'])).toEqual([
      { kind: 'indirect', text: 'los plazos se cumplirán', speaker: 'Beatriz Lillo' },
    ]);
    expect(found(['El gerente Mauro Tapia aseguró, al ser consultado por los vecinos, que el agua volverá mañana.'])).toEqual([
      { kind: 'indirect', text: 'el agua volverá mañana', speaker: 'Mauro Tapia' },
    ]);
  });
});
