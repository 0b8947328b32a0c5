/**
 * Interviews laid out in labelled turns (issue 16, stop 56): "Pregunta./Respuesta.", "P./R.", "P:/R:", "—Pregunta:",
 * "Q:/A:", "Question:/Answer:", initials ("M.R.:"/"J.E.:") and surnames as labels. Every answer is the interviewee's
 * direct statement, a question never is, whatever its punctuation, and a "me dijo" inside an answer is not the answer's
 * first word's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es', title = 'Prueba') =>
  extractStatements(articleFromParagraphs({ id: 'test', title, date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const pairs = (paragraphs: string[], language = 'es', title = 'Prueba') => found(paragraphs, language, title).map(({ text, speaker }) => [text, speaker]);

describe('answers of a role-labelled interview', () => {
  it('credits every "R." answer, after a question with or without a question mark, to the one the headline names among the lead\'s people', () => {
    expect(pairs([
      'Tomás Irigoyen Lasa (Bilbao, 1968) preside desde 2021 la Autoridad Portuaria. Sucedió en el cargo a Begoña Arrieta, que dimitió tras el accidente de la grúa.',
      'P. El tráfico de contenedores ha caído un 12 %.',
      'R. Es coyuntural. Las navieras volverán en primavera.',
      'P. ¿Y el nuevo muelle?',
      'R. Es imprescindible. Sin él perderemos los cruceros grandes.',
    ], 'es', 'Tomás Irigoyen Lasa: "El puerto necesita otro muelle ya"')).toEqual([
      ['Es coyuntural. Las navieras volverán en primavera.', 'Tomás Irigoyen Lasa'],
      ['Es imprescindible. Sin él perderemos los cruceros grandes.', 'Tomás Irigoyen Lasa'],
    ]);
  });

  it('reads "—Pregunta:/—Respuesta:" turns without their labels', () => {
    expect(pairs([
      'La alcaldesa de Almazán, Pilar Gómez Ruiz, y el delegado de la Junta, Ramiro Sanz, coincidieron ayer en la inauguración. Hablamos con la alcaldesa tras el acto.',
      '—Pregunta: ¿Cuándo supo que cerraba la fábrica?',
      '—Respuesta: Por la prensa, como todo el pueblo.',
      '—Pregunta: ¿Confía en la Junta?',
      '—Respuesta: Confío en las personas, no en los anuncios.',
    ])).toEqual([
      ['Por la prensa, como todo el pueblo.', 'Pilar Gómez Ruiz'],
      ['Confío en las personas, no en los anuncios.', 'Pilar Gómez Ruiz'],
    ]);
  });

  it('never makes a question the interviewee\'s nor a speaker of the one it addresses ("Usted ha defendido…", "You said…")', () => {
    const spanish = found([
      'Rosa Llorente Bernal dirige la confederación hidrográfica desde hace tres años. El consejero Ginés Molina la ha criticado por los recortes.',
      'Pregunta. ¿Están los embalses en mínimos?',
      'Respuesta. Están al 18 %, la cifra más baja desde 1995.',
      'Pregunta. Usted ha defendido recortar el riego un 30 %.',
      'Respuesta. No hay otra forma de garantizar el agua de boca.',
    ], 'es', 'Entrevista a Rosa Llorente Bernal');
    expect(spanish.map(({ speaker }) => speaker)).toEqual(['Rosa Llorente Bernal', 'Rosa Llorente Bernal']);
    const english = found([
      'Harbour master Keith Adeyemi has run the port of Eastmouth since 2019. We spoke to him before the strike ballot.',
      'Question: You said last year that automation would cost no jobs.',
      'Answer: And it has not. Every crane driver was retrained.',
      'Question: Will the ballot pass?',
      'Answer: I expect so, and I respect it.',
    ], 'en');
    expect(english.map(({ text, speaker }) => [text, speaker])).toEqual([
      ['And it has not. Every crane driver was retrained.', 'Keith Adeyemi'],
      ['I expect so, and I respect it.', 'Keith Adeyemi'],
    ]);
  });

  it('credits "Q:/A:" answers to the one a pronoun after "sat down with" points back to, and runs an answer on over an unlabelled paragraph', () => {
    expect(pairs([
      'Millbrook sacked Ian Fowler in October and Greg Oduya took over. We sat down with him at the training ground.',
      'Q: Tell us what changed in the dressing room.',
      'A: We stopped blaming the pitch.',
      'The players started to take responsibility for every lost ball.',
      'Q: Can you win the playoffs?',
      'A: Why not? Nobody expected us to be here.',
    ], 'en')).toEqual([
      ['We stopped blaming the pitch.', 'Greg Oduya'],
      ['The players started to take responsibility for every lost ball.', 'Greg Oduya'],
      ['Why not? Nobody expected us to be here.', 'Greg Oduya'],
    ]);
  });

  it('gives a "me dijo" inside an answer to the one the answer says it talked to, else to nobody, never to "Hablé" nor to the interviewee', () => {
    const statements = found([
      'La presidenta de los hosteleros, Marina Esteve Roig, recibe a este diario en su local.',
      'P: ¿Cuántos bares han cerrado?',
      'R: Ciento veinte. Hablé con el concejal Andreu Pastor Mir la semana pasada. Me dijo que el Ayuntamiento estudia rebajar las tasas.',
      'P: ¿Y la consellera?',
      'R: Hablé con ella en junio. Me prometió que habría ayudas antes del verano.',
    ]);
    const reported = statements.filter(({ kind }) => kind === 'indirect');
    expect(reported.map(({ text, speaker }) => [text, speaker])).toEqual([
      ['el Ayuntamiento estudia rebajar las tasas', 'Andreu Pastor Mir'],
      ['habría ayudas antes del verano', null],
    ]);
    expect(statements.filter(({ kind }) => kind === 'direct').map(({ speaker }) => speaker)).toEqual(['Marina Esteve Roig', 'Marina Esteve Roig']);
  });
});

describe('whom a pronoun after a verb of conversation points back to', () => {
  it('is a person, not a place after "de" the lead names last ("los manglares de Isla Cangrejo Grande. Hablamos con ella")', () => {
    expect(found([
      'La ecóloga Renata Iturbe Salas estudia desde 2015 los manglares de Isla Cangrejo Grande. Hablamos con ella en el muelle.',
      '—¿Cuánto manglar se perdió?',
      '—Casi la mitad en diez años.',
      '—¿Se puede recuperar?',
      '—Sí, si se frena la tala.',
    ]).map(({ speaker }) => speaker)).toEqual(['Renata Iturbe Salas', 'Renata Iturbe Salas']);
  });
});

describe('answers of an interview labelled by speaker', () => {
  it('reads the interviewer\'s and the interviewee\'s initials, the interviewee being the person whose name they spell', () => {
    expect(pairs([
      'El director del Teatro Colón, Julián Echeverría Paz, habló con este diario a una semana del estreno.',
      'M.R.: ¿Cómo está la taquilla?',
      'J.E.: Muy bien. Hemos vendido el 90 % de los abonos.',
      'M.R.: El Gobierno recortó el presupuesto un 15 %.',
      'J.E.: Lo vamos a compensar con mecenazgo privado.',
    ])).toEqual([
      ['Muy bien. Hemos vendido el 90 % de los abonos.', 'Julián Echeverría Paz'],
      ['Lo vamos a compensar con mecenazgo privado.', 'Julián Echeverría Paz'],
    ]);
  });

  it('reads a surname as the answers\' label and the outlet\'s name as the questions\'', () => {
    expect(pairs([
      'La atleta Noelia Vidal Cuesta vuelve a competir tras dos años de lesiones.',
      'Diario: ¿Cómo está la rodilla?',
      'Vidal: Mejor que nunca. Ya no pienso en ella cuando corro.',
      'Diario: ¿Irá a los Juegos?',
      'Vidal: Si hago la marca en mayo, sí.',
    ])).toEqual([
      ['Mejor que nunca. Ya no pienso en ella cuando corro.', 'Noelia Vidal Cuesta'],
      ['Si hago la marca en mayo, sí.', 'Noelia Vidal Cuesta'],
    ]);
  });

  it('reads no interview in a vox-pop of several names, nor in one labelled line', () => {
    const voxPop = found([
      'Preguntamos a los vecinos de Triana por el nuevo horario del mercado.',
      'Lucía Ferrer: Me viene peor, trabajo por las tardes.',
      'Anselmo Rojo: A mí me da igual, voy por la mañana.',
      'Carmen Osuna: Deberían haber preguntado antes.',
    ]);
    expect(voxPop.map(({ speaker }) => speaker)).not.toContain('Triana');
    expect(found([
      'El alcalde Benito Sáez Lora presentó ayer el presupuesto municipal.',
      'P. Sáez anunció una rebaja del IBI del 5 % para el próximo año.',
      'El pleno lo votará en diciembre.',
    ]).some(({ kind, speaker }) => kind === 'direct' && speaker === 'Benito Sáez Lora')).toBe(false);
  });
});
