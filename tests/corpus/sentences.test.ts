import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.js';

const sentences = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it.each([
    ['El Sr. López llegó a EE.UU. el lunes. Luego habló con la Dra. Pérez.', ['El Sr. López llegó a EE.UU. el lunes.', 'Luego habló con la Dra. Pérez.']],
    ['Lo dijo el presidente de EE. UU. en la Casa Blanca. Nadie respondió.', ['Lo dijo el presidente de EE. UU. en la Casa Blanca.', 'Nadie respondió.']],
    ['La reunión empezó a las 10 a. m. del lunes. Después hubo cena.', ['La reunión empezó a las 10 a. m. del lunes.', 'Después hubo cena.']],
    ['Visitó la pág. 5 del informe, aprox. a mediodía. Y se fue.', ['Visitó la pág. 5 del informe, aprox. a mediodía.', 'Y se fue.']],
    ['J. K. Rowling publicó otro libro. Fue un éxito.', ['J. K. Rowling publicó otro libro.', 'Fue un éxito.']],
    ['MADRID, 3 mar. (EFE).- El Gobierno aprobó el plan. La ministra habló.', ['MADRID, 3 mar. (EFE).- El Gobierno aprobó el plan.', 'La ministra habló.']],
    ['WASHINGTON, Aug. 15 (Reuters) - The talks ended. Nothing else.', ['WASHINGTON, Aug. 15 (Reuters) - The talks ended.', 'Nothing else.']],
    ['The U.S. economy grew. Mr. Smith agreed.', ['The U.S. economy grew.', 'Mr. Smith agreed.']],
    ['El PIB creció un 2.5% en 2023. La inflación bajó.', ['El PIB creció un 2.5% en 2023.', 'La inflación bajó.']],
  ])('keeps abbreviations, initials and dates inside their sentence: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('still ends sentences at words that only look like abbreviations', () => {
    expect(sentences('Le pregunté si vendría y dijo que no. Luego se fue.')).toEqual(['Le pregunté si vendría y dijo que no.', 'Luego se fue.']);
    expect(sentences('El barco se hundió en el mar. Nadie se salvó.')).toEqual(['El barco se hundió en el mar.', 'Nadie se salvó.']);
  });

  it('ends a sentence at an acronym in capitals, whose letters need no vowel', () => {
    expect(sentences('“We will win,” Ms. Cole said on NBC. “Nobody doubts it.”')).toEqual(['“We will win,” Ms. Cole said on NBC.', '“Nobody doubts it.”']);
    expect(sentences('La propuesta es del PP. Los demás votaron en contra.')).toEqual(['La propuesta es del PP.', 'Los demás votaron en contra.']);
  });

  it.each([
    ['Kim dijo: “Estoy convencido. Seguiremos adelante.” Luego se fue.', ['Kim dijo: “Estoy convencido. Seguiremos adelante.”', 'Luego se fue.']],
    ['«No lo sé. Quizá mañana.» Eso fue todo.', ['«No lo sé. Quizá mañana.»', 'Eso fue todo.']],
    ['“¿Vendrás mañana?”, preguntó Ana. Nadie contestó.', ['“¿Vendrás mañana?”, preguntó Ana.', 'Nadie contestó.']],
    ['“Los dos países saldrán victoriosos”. Eso dijo Kim.', ['“Los dos países saldrán victoriosos”.', 'Eso dijo Kim.']],
    ['He said "We will win. Nobody doubts it." Then he left.', ['He said "We will win. Nobody doubts it."', 'Then he left.']],
    ['¡Qué sorpresa! dijo Juan. ¿Por qué? Nadie lo sabe.', ['¡Qué sorpresa! dijo Juan.', '¿Por qué?', 'Nadie lo sabe.']],
  ])('never cuts a quotation at a full stop inside its marks: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('ends Japanese sentences at 。, ！ and ？, which no space follows', () => {
    const text = '市議会は予算を承認した。工事は九月に始まる！本当に？はい。';
    expect(splitSentences(text).map(({ start, end }) => text.slice(start, end))).toEqual(['市議会は予算を承認した。', '工事は九月に始まる！', '本当に？', 'はい。']);
  });

  it('never joins sentences across a line break', () => {
    expect(sentences('Vive en la calle Mayor, nº.\nEl Sr.\nNadie más.')).toEqual(['Vive en la calle Mayor, nº.', 'El Sr.', 'Nadie más.']);
  });
});
