/**
 * Interviews whose lead names the outlet after the verb of conversation and the interviewee as its subject or
 * elsewhere in the sentence ("X talks to The Herald", "In an interview with El Faro, la rectora X…", stop 58): the
 * answers are the interviewee's, never the outlet's; the questions are nobody's statements. Sentences written for
 * these tests, Spanish and English, in the layouts a question-and-answer page prints (bold question lines, "Q:/A:",
 * "P./R.", dialogue dashes).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Entrevista', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('an interview whose lead names the outlet the interviewee talked to', () => {
  const cases: Array<[string, string, string[], string]> = [
    ['en', 'Harbour minister Ramesh Kulkarni talks to The Coastal Gazette about the new port tariffs and the dispute with fishermen.', ['Why raise the tariffs now?', 'They had not changed in eleven years, and maintenance costs have tripled.', 'Fishermen say they were not consulted. Is that fair?', 'We held nine meetings with their associations.'], 'Ramesh Kulkarni'],
    ['en', 'In an interview with The Valley Ledger, school superintendent Maria Lopez Grant discussed the budget cuts.', ['Q: How many teachers will lose their jobs?', 'A: About forty, mostly in the high schools.', 'Q: Will class sizes grow?', 'A: Yes, by two or three students on average.'], 'Maria Lopez Grant'],
    ['en', 'Novelist Tendai Moyo sat down with the Northern Courier before her reading in Leeds.', ['What made you return to Harare?', 'My mother fell ill, and I stayed longer than I planned.', 'Is the new book about her?', 'Partly. It is about every woman on our street.'], 'Tendai Moyo'],
    ['es', 'El seleccionador, Bruno Acosta Ferrer, conversó con La Gaceta del Valle tras la derrota ante Perú.', ['—¿Qué falló en el segundo tiempo?', '—Nos faltó aire. Perdimos todos los balones divididos.', '—¿Seguirá en el cargo?', '—Eso lo decide la federación, no yo.'], 'Bruno Acosta Ferrer'],
    ['es', 'En una entrevista con El Faro Austral, la rectora Inés Saavedra Lugo repasó el conflicto universitario.', ['P. ¿Cuándo se reanudarán las clases?', 'R. El lunes, si el claustro aprueba el acuerdo.', 'P. ¿Habrá sanciones para los huelguistas?', 'R. Ninguna. Nadie será castigado por protestar.'], 'Inés Saavedra Lugo'],
    ['es', 'La cantante Rocío Valdés Mena habló con Radio Sierra Norte antes de su concierto en Jaén.', ['¿Cómo llega a esta gira?', 'Cansada, pero con más ganas que nunca.', '¿Qué canción no puede faltar?', 'La primera que escribí, a los quince años.'], 'Rocío Valdés Mena'],
  ];
  for (const [language, lead, exchange, interviewee] of cases) {
    it(`credits every answer to the interviewee: ${lead.slice(0, 70)}`, () => {
      const statements = found(language, [lead, ...exchange]);
      expect(statements.length).toBe(2);
      expect(statements.map(({ speaker }) => speaker)).toEqual([interviewee, interviewee]);
      // The answers' words, without the question's: the questions are the interviewer's, no one's statement.
      expect(statements.map(({ text }) => text.replace(/^(?:[—–]|[AR][.:]\s*)/u, ''))).toEqual([exchange[1]!.replace(/^(?:[—–]|[AR][.:]\s*)/u, ''), exchange[3]!.replace(/^(?:[—–]|[AR][.:]\s*)/u, '')]);
    });
  }

  it('still credits the person an outlet talked to', () => {
    const statements = found('en', ['The Coastal Gazette spoke to Dr. Helen Achebe about the vaccine rollout.', 'Q: Are the clinics ready?', 'A: Most of them, yes.', 'Q: What worries you?', 'A: The rural districts.']);
    expect(statements.map(({ speaker }) => speaker)).toEqual(['Helen Achebe', 'Helen Achebe']);
    const spanish = found('es', ['La Gaceta del Valle conversó con el alcalde, Tomás Ruiz Ocampo, sobre las inundaciones.', '—¿Cuántas casas se perdieron?', '—Más de doscientas.', '—¿Llegan las ayudas?', '—Con cuentagotas.']);
    expect(spanish.map(({ speaker }) => speaker)).toEqual(['Tomás Ruiz Ocampo', 'Tomás Ruiz Ocampo']);
  });

  it('never credits an outlet when nobody else is named in the lead', () => {
    const statements = found('en', ['This week the Northern Courier talks to the people behind the town market.', 'Why did the market move?', 'The old car park flooded every winter.', 'Who decided?', 'The council, after a vote.']);
    expect(statements.map(({ speaker }) => speaker)).not.toContain('Northern Courier');
  });
});
