/**
 * A part of a compound question whose only noun asks for the kind of answer ("¿… y en qué fecha?", "… and in what
 * year?") asks of the other part's act, as "¿… y cuándo?" does; looked up alone it finds nothing and the part goes
 * unanswered or is answered by a sentence with no date (newcomer 23's D2). A part with a noun of its own ("¿… y con
 * qué objetivo?") still asks of that noun.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';
import { questionParts } from '../../src/answer/compound.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'puente', title: 'La Diputación abrirá el puente de Valdecasa este verano', date: '2024-06-03', language: 'es' }, [
    'La diputada de Carreteras, Elena Marín, anunció el lunes que el nuevo puente de Valdecasa se abrirá al tráfico el 15 de julio.',
    'El puente, de 240 metros, unirá las dos orillas del río Tormes y costará once millones de euros.',
    'Las obras sufrieron varios retrasos por las lluvias del invierno, según la empresa constructora.',
  ]),
  articleFromParagraphs({ id: 'ferry', title: 'A new ferry for the islands', date: '2024-05-02', language: 'en' }, [
    'The harbour board bought a second ferry for the Skerry islands, its chairman Owen Price said on Tuesday.',
    'The ferry was built in Norway in 2019 and carries two hundred passengers.',
  ]),
]);
const ask = askOf(library);

describe('a compound part asking only its kind of answer', () => {
  it.each([
    ['¿Qué anunció la diputada y en qué fecha?', '15 de julio'],
    ['Where was the second ferry built and in what year?', '2019'],
  ])('%s answers its second part with the sentence that dates the act', async (question, date) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.answer).toContain(date);
    expect(result.answer).not.toMatch(/no responden a esta parte|do not answer this part/u);
  });

  it('is read as asking of the other part\'s act', () => {
    expect(questionParts('¿Qué anunció la diputada y en qué fecha?', 'es')?.[1]?.asked).toMatch(/fecha anunci[oó] la diputada/u);
    expect(questionParts('¿Qué anunció la diputada y con qué objetivo?', 'es')?.[1]?.asked).not.toMatch(/anunci[oó]/u);
  });
});
