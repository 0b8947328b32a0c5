/**
 * A closing verb of saying followed by a subordinate clause of the telling ("…, an official said on condition that…"),
 * a locution of saying after an auxiliary and an adverb ("has also made clear that…"), and a that-less clause whose
 * subject is an irregular plural ("said children fare worse…"), on sentences written for them (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraph: string, language: string) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, [paragraph])).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('tails, locutions and plurals of press reporting', () => {
  it('credits the lead to a closing verb whose tail is a condition or a time clause of the telling', () => {
    expect(found('The new port will be ready "before the end of the second winter," a ministry engineer told reporters on condition that his name was not disclosed.', 'en')).toEqual([
      { kind: 'indirect', text: 'The new port will be ready "before the end of the second winter,"', speaker: 'Ministry engineer' },
      { kind: 'direct', text: 'before the end of the second winter', speaker: 'Ministry engineer' },
    ]);
    expect(found('El nuevo puerto estará listo en dos inviernos, dijo Rosa Quintana a condición de que no se publicara su cargo.', 'es')).toEqual([
      { kind: 'indirect', text: 'El nuevo puerto estará listo en dos inviernos', speaker: 'Rosa Quintana' },
    ]);
    expect(found('El nuevo puerto estará listo en dos inviernos, dijo Rosa Quintana después de que terminara la visita de las obras.', 'es').map((statement) => statement.speaker)).toEqual(['Rosa Quintana']);
    // A quotation after the condition is no tail: the verb does not close the sentence there.
    expect(found('The port will be ready soon, Rosa Quintana said after the mayor called it "a mistake".', 'en').filter((statement) => statement.kind === 'indirect')).toEqual([]);
  });

  it('reads a locution of saying after an auxiliary and an adverb as the verb it is', () => {
    expect(found('Rosa Quintana has also made clear that the port will not be sold.', 'en')).toEqual([
      { kind: 'indirect', text: 'the port will not be sold', speaker: 'Rosa Quintana' },
    ]);
    expect(found('La ministra Rosa Quintana ha reiteradamente dejado claro que el puerto no se venderá.', 'es')).toEqual([
      { kind: 'indirect', text: 'el puerto no se venderá', speaker: 'Rosa Quintana' },
    ]);
  });

  it('reads a that-less clause opened by an irregular plural and its present verb', () => {
    expect(found('Dr Rosa Quintana said children recover faster than adults after the surgery.', 'en')).toEqual([
      { kind: 'indirect', text: 'children recover faster than adults after the surgery', speaker: 'Rosa Quintana' },
    ]);
  });
});
