/**
 * A closing verb with the speaker's affiliation or role after it ("…, said Reyes, of the Central Clinic."): the
 * statement is the sentence before the verb, never with the attribution's tail (newcomer 22's D9 as a kind); a number's
 * comma ("2,000", "1,5") is no clause's comma.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a closing verb whose speaker is described after it', () => {
  it('reports the sentence before the verb, in English and Spanish', () => {
    expect(found('en', ['Dr. Amal Reyes runs the oncology ward.', 'There are more than 2,000 patients waiting for surgery in the region, said Reyes, of the Central Clinic.', 'Hospitals are running out of fuel, said Reyes, the clinic director.'])).toEqual([
      { kind: 'indirect', text: 'There are more than 2,000 patients waiting for surgery in the region', speaker: 'Amal Reyes' },
      { kind: 'indirect', text: 'Hospitals are running out of fuel', speaker: 'Amal Reyes' },
    ]);
    expect(found('es', ['La doctora Amal Reyes dirige la sala de oncología.', 'Hay más de 2.000 pacientes esperando una cirugía en la región, dijo Reyes, de la Clínica Central.'])).toEqual([
      { kind: 'indirect', text: 'Hay más de 2.000 pacientes esperando una cirugía en la región', speaker: 'Amal Reyes' },
    ]);
  });

  it('keeps a report that goes on after an inserted verb, and a decimal comma inside it', () => {
    expect(found('en', ['Dr. Amal Reyes runs the oncology ward.', 'The ruling, she said, was a disgrace.'])).toEqual([{ kind: 'indirect', text: 'The ruling, she said, was a disgrace', speaker: 'Amal Reyes' }]);
    expect(found('es', ['La doctora Amal Reyes dirige la sala de oncología.', 'La inflación subirá un 1,5 % este año, dijo Reyes.'])).toEqual([{ kind: 'indirect', text: 'La inflación subirá un 1,5 % este año', speaker: 'Amal Reyes' }]);
  });
});
