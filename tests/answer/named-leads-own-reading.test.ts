/**
 * A question naming someone the archive names is never told the articles do not cover it (a blind newcomer's D3: "¿Qué
 * dijo Barroso sobre los militares?" over Portuguese stories naming him got "Los artículos no tratan esta pregunta"). Its
 * own reading found the Portuguese story; the translation's reading, which was used, had lost the name and found only
 * English passages on the military. Refused, the passages of its own reading that name everyone it names are its leads. Articles written for
 * the test; the translator is a stand-in that answers as a rule-based one would: a surname that is a word of the
 * question's language ("Cordero", as Apertium read "Barroso") is translated as that word.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'feria', title: 'La feria del libro de Soria abre el jueves', date: '2024-05-02', language: 'es' }, [
    'La feria del libro de Soria abrirá el jueves con cuarenta casetas en la plaza Mayor.',
    'Los organizadores esperan más visitantes que el año pasado.',
  ]),
  articleFromParagraphs({ id: 'brasilia', title: 'Trégua entre os Poderes em Brasília', date: '2024-05-03', language: 'pt' }, [
    'O encontro aconteceu em meio à crise entre os Poderes em Brasília.',
    'A tensão nasceu com a declaração do ministro Álvaro Cordero, que disse que os militares estão sendo orientados a desacreditar o processo eleitoral.',
  ]),
  articleFromParagraphs({ id: 'army', title: 'Army recruitment falls again', date: '2024-05-04', language: 'en' }, [
    'The military said recruitment fell for the third year running.',
    'Officers blamed low pay and long deployments for the military shortfall.',
  ]),
]);

const ask = (question: string, translation: string) =>
  answerQuestion({ index: library.index, articles: library.articles, question: checked(question), translate: async () => translation });

describe('a refused question that names someone the archive names', () => {
  it('cites the passages its own reading found that name them, when the translation\u2019s passages do not', async () => {
    const result = await ask('¿Qué dijo Cordero sobre los militares?', 'What did Lamb say about the military?');
    expect(result.refused).toBe(true);
    expect(result.citations.map((citation) => citation.articleId)).toContain('brasilia');
  });

  it('stays without leads when no passage names whom it names', async () => {
    const result = await ask('¿Qué dijo Quintanilla sobre los militares?', 'What did Quintanilla say about the military?');
    expect(result.refused).toBe(true);
    expect(result.citations).toEqual([]);
  });
});
