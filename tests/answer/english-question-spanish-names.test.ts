/**
 * An English question naming a Spanish place or person spelt with ñ ("the Logroño bridge", "Peñarol") is English: it is
 * replied to in English and looked up as English (through Apertium when it is installed), not read as a Spanish question
 * whose every other word is unknown. Articles and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { apertiumAvailable, apertiumTranslator } from '../../src/answer/apertium.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'puente', title: 'Las obras del nuevo puente de Logroño, a medio camino', date: '2026-04-20', language: 'es' }, [
    'Las obras del nuevo puente sobre el Ebro en Logroño están ejecutadas al 50 %, según el balance que presentó la consejería el lunes.',
    'El puente tendrá 240 metros de longitud y un carril para bicicletas en cada sentido.',
  ]),
]);
const question = 'What percentage of the works on the Logroño bridge is done?';

describe('an English question naming a place spelt with ñ', () => {
  it('is replied to in English', async () => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked(question) });
    expect(result.answer).toMatch(/\barticles\b/u);
    expect(result.answer).not.toMatch(/artículos/u);
  });

  it.skipIf(!apertiumAvailable())('is answered through Apertium with the sentence giving the share', async () => {
    const translate = apertiumTranslator({ timeoutMs: 10_000 });
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked(question), translate });
    expect(result.refused).toBe(false);
    expect(result.answer.split(/[»”]/u)[0]).toContain('50 %');
  });
});
