/**
 * Interviews whose lead says the interviewee received the outlet (issue 16, stop 59): "X recibe a este diario en su
 * casa", "X atendió a Radio Fides", "X receives The Courier": the answers after dialogue dashes or labels are X's, never
 * the outlet's nor nobody's, though neither the title nor the lead says "interview"; so are they after "We asked her…";
 * and an answer opened by a spaced dash ("— Eleven days now…"), as English prints dialogue, is the words after the dash. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Once días sin agua', date: '2024-03-01', language }, paragraphs)).map(({ text, speaker }) => ({ text, speaker }));

describe('an interviewee who received the outlet', () => {
  it('gives the dash answers to whom "recibe a este diario" names', () => {
    expect(found([
      'Mario Quispe, dirigente vecinal de El Alto, recibe a este diario en su casa.',
      '—¿Cuánto tiempo llevan sin servicio?',
      '—Ya son once días, y nadie de la alcaldía vino a vernos.',
      '—¿Y la alcaldía qué dice?',
      '—No contesta nuestras cartas desde marzo.',
    ], 'es')).toEqual([
      { text: 'Ya son once días, y nadie de la alcaldía vino a vernos.', speaker: 'Mario Quispe' },
      { text: 'No contesta nuestras cartas desde marzo.', speaker: 'Mario Quispe' },
    ]);
  });

  it('gives the dash answers to whom "atendió a Radio X" names', () => {
    const statements = found([
      'La dirigente vecinal Celia Mamani atendió a Radio Illimani desde su casa en Senkata.',
      '—¿Cuánto tiempo llevan sin gas?',
      '—Tres semanas, y los niños ya no van a la escuela.',
      '—¿Van a marchar?',
      '—Sí, el jueves bajamos todos a la plaza.',
    ], 'es');
    expect(statements.map(({ speaker }) => speaker)).toEqual(['Celia Mamani', 'Celia Mamani']);
  });

  it('gives the answers to whom "We asked her" points back at, with no label on either side', () => {
    const statements = found([
      'Dr. Amal Reyes became the city’s health commissioner in March. We asked her about her plans.',
      'What is your first priority?',
      'Vaccination rates in the east side, which lag the rest of the city by 20 points.',
      'How will you close that gap?',
      'Mobile clinics, longer hours, and people from the neighborhood doing the outreach.',
    ], 'en');
    expect(statements.map(({ speaker }) => speaker)).toEqual(['Amal Reyes', 'Amal Reyes']);
  });

  it('leaves out the spaced dash that opens an English answer', () => {
    const statements = found([
      'Mario Quispe, a neighbourhood leader in El Alto, spoke to Radio Fides by phone.',
      'How long have you been without water?',
      '— Eleven days now, and nobody from city hall has come.',
      'What will you do?',
      '— We will block the avenue on Monday if there is no answer.',
    ], 'en');
    expect(statements).toEqual([
      { text: 'Eleven days now, and nobody from city hall has come.', speaker: 'Mario Quispe' },
      { text: 'We will block the avenue on Monday if there is no answer.', speaker: 'Mario Quispe' },
    ]);
  });
});
