/**
 * Speaker reference across sentences (issue 16 item 3, stop 51; newcomer 29's kinds): a role noun for a regional or public
 * office refers to whom the article gave that office, not to the speaker in focus who never held it; a synonym role for
 * the office refers back to its holder. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statementsOf = (paragraphs: string[], language: string) => extractStatements(articleFromParagraphs({ id: 'test', title: 'test', date: '2026-12-01', language }, paragraphs));
const speakerOf = (text: string, paragraphs: string[], language = 'es') => statementsOf(paragraphs, language).find((statement) => statement.text.includes(text))?.speaker;

describe('a role noun for an office refers to its holder, not to the speaker in focus', () => {
  it('gives "el seremi" to the seremi named before, not to the neighbourhood leader who spoke last (Chilean)', () => {
    const paragraphs = [
      'Durante la inspección, el diálogo entre la dirigenta vecinal Marta Quiroga y el seremi de Salud de la Región del Maule, Ignacio Fuentealba, fue áspero.',
      '—¿Quién nos va a responder? —preguntó la dirigenta.',
      '—Eso lo decidirá el sumario —respondió Fuentealba.',
      '—Entonces nadie —cerró Quiroga.',
      'Más tarde, el seremi explicó que el ministerio estudia un subsidio para las familias afectadas.',
    ];
    expect(speakerOf('el ministerio estudia un subsidio', paragraphs)).toBe('Ignacio Fuentealba');
  });

  it('gives "el viceministro" to the vice-minister, not to the union leader in focus (Peruvian)', () => {
    const paragraphs = [
      'El secretario general del gremio de estibadores, Walter Ccori Huamán, denunció que el puerto opera sin grúas desde marzo. "Nadie nos escucha", reclamó.',
      'El viceministro de Transportes, Jorge Salazar, visitó el muelle el martes. Según el viceministro, las grúas llegarán en enero.',
    ];
    expect(speakerOf('las grúas llegarán en enero', paragraphs)).toBe('Jorge Salazar');
  });
});

describe('a synonym role for an office the article gave someone', () => {
  it('gives "el jefe comunal" to the intendente named in the sentence before (Rioplatense)', () => {
    const paragraphs = ['El intendente de Paraná, Rodolfo Benítez, pidió calma a los vecinos. "No vamos a dejar a nadie sin agua", dijo el jefe comunal durante una conferencia de prensa.'];
    expect(speakerOf('No vamos a dejar a nadie sin agua', paragraphs)).toBe('Rodolfo Benítez');
  });

  it('gives "el funcionario" to the intendente too', () => {
    const paragraphs = ['La intendenta de Colonia, Graciela Pereyra, recorrió la costa. "La erosión avanza dos metros por año", afirmó la funcionaria.'];
    expect(speakerOf('La erosión avanza dos metros por año', paragraphs)).toBe('Graciela Pereyra');
  });
});
