/**
 * A question in the archive's language is read in its own words when a translation finds no more of it: "¿Adónde fue
 * trasladada la aeronave?" beside a Spanish story on the aircraft and an English one where a government's "move" is a
 * noun (a blind newcomer's D1: the English sentence quoted, the Spanish story not cited). Each best passage holds one of
 * the question's two words; the translation's counted for more only because its word is rarer among the few English
 * passages. Articles written for the test; the translator is a stand-in that answers as a rule-based one would.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'avioneta', title: 'La Fiscalía retiene la avioneta del exministro Tobar', date: '2024-04-10', language: 'es' }, [
    'La Fiscalía de Honduras retiene desde marzo la aeronave del exministro Rolando Tobar en el aeropuerto de Toncontín.',
    'El juez ordenó que la aeronave fuera llevada a la base aérea de La Ceiba mientras dure el proceso.',
    'La defensa de Tobar anunció que recurrirá la decisión ante la Corte Suprema.',
    'La Fiscalía asegura que el exministro compró la aeronave con fondos públicos.',
  ]),
  articleFromParagraphs({ id: 'port', title: 'Harbour tax plan angers shippers', date: '2024-03-02', language: 'en' }, [
    'The council’s move was triggered by a dispute over harbour fees that lasted two years.',
    'Shipping companies said the new tax would raise the cost of every container by a tenth.',
    'Officials will meet the shippers in May to discuss the plan.',
  ]),
]);

const translate = async () => 'Where was the aircraft moved?';

describe('a question read in its own words or through a translation', () => {
  it('keeps its own reading when the translation finds no more of its words', async () => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('¿Adónde fue trasladada la aeronave?'), translate });
    expect(result.citations.map((citation) => citation.articleId)).not.toContain('port');
    expect(result.citations[0]?.articleId).toBe('avioneta');
  });
});
