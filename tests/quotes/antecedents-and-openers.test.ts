/** Who a relative clause, a reply after a reporter's question and a subordinate opening credit (issue 16). */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[], language = 'en') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('the antecedent of a relative clause', () => {
  it('is the noun phrase the relative hangs on, never the verb phrase before it', () => {
    expect(statements(['Senator Paul Ruiz met a group of students who told him that tuition was too high.'])).toEqual([
      { kind: 'indirect', text: 'tuition was too high', speaker: 'Group of students' },
    ]);
    expect(statements(['The minister faced a string of backbench MPs who said the rules were unfair.']).filter(({ speaker }) => speaker?.includes('faced'))).toEqual([]);
    expect(statements(['The minister faced a string of backbench MPs, who said the rules were unfair.']).filter(({ speaker }) => speaker?.includes('faced'))).toEqual([]);
  });
});

describe('a reply after a reporter’s question', () => {
  it('goes to the person interviewed, not to the question’s interrogative', () => {
    expect(statements(['Judge Ana Lopez spoke to us on Monday.', 'What is the hardest part of your work?', '“Getting people to listen,” she replied.'])).toEqual([
      { kind: 'direct', text: 'Getting people to listen', speaker: 'Ana Lopez' },
    ]);
    expect(statements(['Judge Ana Lopez spoke to us on Monday.', 'How did you become a judge?', '“By accident, really,” she said.'])).toEqual([
      { kind: 'direct', text: 'By accident, really', speaker: 'Ana Lopez' },
    ]);
  });
});

describe('a subordinate clause opening the sentence', () => {
  it('leaves its capitalised subordinator out of the name', () => {
    expect(statements(['As Rita Harper said, “the courts must change.”'])).toEqual([
      { kind: 'direct', text: 'the courts must change.', speaker: 'Rita Harper' },
    ]);
    expect(statements(['Since Rita Harper said the courts must change, little has moved.'])[0]?.speaker).toBe('Rita Harper');
  });

  it('reads the name an intensifier stresses ("X herself", "X misma")', () => {
    expect(statements(['Judge Rita Harper faced questions from reporters.', 'As Harper herself said, “the courts must change.”'])).toEqual([
      { kind: 'direct', text: 'the courts must change.', speaker: 'Rita Harper' },
    ]);
    expect(statements(['La jueza Ana López habló ayer.', 'López misma reconoció que los tribunales deben cambiar.'], 'es')).toEqual([
      { kind: 'indirect', text: 'los tribunales deben cambiar', speaker: 'Ana López' },
    ]);
  });
});

describe('a source in a sentence after a list of people', () => {
  it('is none of the people listed', () => {
    const found = statements(['El juicio incluye también a los acusados exdiputados Mario Gil, Pedro Luna y al exasesor Juan Ruiz.', 'Según la acusación fiscal, las grabaciones demostrarían el pago de sobornos.'], 'es');
    expect(found.map(({ speaker }) => speaker).filter((speaker) => ['Mario Gil', 'Pedro Luna', 'Juan Ruiz'].includes(speaker ?? ''))).toEqual([]);
  });
});

describe('a verb of saying typed twice', () => {
  it('is read once, its subject after it', () => {
    expect(statements(['Prices rose 20%, according to an analysis by several property websites.', '“The biggest advantage of living here is the abundance of resources,” said said Ana Soto, a professor at Central University.']).at(-1)).toEqual({
      kind: 'direct', text: 'The biggest advantage of living here is the abundance of resources', speaker: 'Ana Soto',
    });
    expect(statements(['Los precios subieron un 20 %, según un análisis de varios portales inmobiliarios.', '“La mayor ventaja de vivir aquí es la abundancia de recursos”, dijo dijo Ana María Soto, profesora de la Universidad Central.'], 'es').at(-1)).toEqual({
      kind: 'direct', text: 'La mayor ventaja de vivir aquí es la abundancia de recursos', speaker: 'Ana María Soto',
    });
  });
});
