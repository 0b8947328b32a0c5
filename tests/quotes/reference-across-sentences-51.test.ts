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

describe('a body reference noun refers to the body named earlier of its kind, or to nobody', () => {
  it('gives "la organización" to the organisation named by its acronym, not to the government named in a reported clause (Spanish wire)', () => {
    const paragraphs = [
      'MONTEVIDEO, 4 dic (EFE).- Uruguay vacunó 11 millones de bovinos en 2026, según el informe presentado este jueves por la Organización Panamericana de Salud Animal (OPSA).',
      'El director de la OPSA, Julio Cabrera Nin, atribuyó el resultado a la campaña de otoño.',
      'El ministro de Ganadería, Tomás Larrea, recordó que el país no registra brotes desde 2001.',
      'El ministro destacó que la cobertura llegó al 98 % y anunció que el Gobierno destinará 4 millones de dólares a vacunas.',
      'Por especie, los bovinos fueron los más vacunados, con 11 millones de dosis, seguidos de los ovinos, detalló la organización.',
    ];
    expect(speakerOf('los bovinos fueron los más vacunados', paragraphs)).toBe('Organización Panamericana de Salud Animal');
  });

  it('gives "la institución" to the institute named at the start, not to the ministry whose figures came last (Peruvian)', () => {
    const paragraphs = [
      'El Instituto Nacional de Calidad (Inacal) sancionó a la distribuidora Gas Andino por vender balones con menos peso del declarado.',
      'Para el Ministerio de Energía y Minas (Minem), en cambio, el abastecimiento no se vio afectado.',
      'De acuerdo con cifras del Minem, Gas Andino vendió 2 millones de balones en 2026.',
      'Los usuarios pueden denunciar balones con bajo peso en la web del Inacal, informó la institución.',
    ];
    expect(speakerOf('Los usuarios pueden denunciar', paragraphs)).toBe('Instituto Nacional de Calidad');
  });

  it('gives "según el organismo" to the body named before it in the same sentence (Chilean)', () => {
    const paragraphs = ['La Dirección General de Aguas (DGA) sancionó a la minera Cerro Alto por un derrame que, según el organismo, contaminó tres kilómetros del río Loa.'];
    expect(speakerOf('contaminó tres kilómetros', paragraphs)).toBe('Dirección General de Aguas');
  });

  it('gives "the company said" to the company its sentence opened with (English wire)', () => {
    const paragraphs = ['SYDNEY, May 12 (Reuters) - Australian miner Karrawong halted shipments from its Port Hedland terminal on Monday after a conveyor fire, the company said.'];
    expect(speakerOf('halted shipments', paragraphs, 'en')).toBe('Karrawong');
  });

  it('never gives "the company said" to a word that only modifies the company\'s name', () => {
    const paragraphs = ['LONDON, March 3 (Reuters) - British engineering group Halcrow Dynamics cut its annual profit forecast on Tuesday after a fire at its Leeds plant, the company said.'];
    expect(speakerOf('cut its annual profit forecast', paragraphs, 'en')).not.toBe('British');
  });
});
