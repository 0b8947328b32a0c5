/**
 * A question written in a language the bot reads only in part (French, German) is replied to in the asker's locale,
 * but what it finds does not depend on that locale: under a Spanish one it was looked up as a Spanish question (every
 * English passage met across languages, on names), under an English one as an English question (the same passages
 * held to the same-language coverage line, which a German verb beside one name never reaches), so one asker got the
 * story's passages and the other "found no passage" (blind newcomer 26's D7b). Articles and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { libraryOf } from '../support/seed-library.js';
import { checkQuestion } from '../../src/answer/question.js';
import { answerQuestion } from '../../src/answer/ask.js';
import type { Language } from '../../src/corpus/types.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'rowing', title: 'Rowing federation picks Lisbon for world final', date: '2025-03-02', language: 'en' }, [
    'The international rowing federation chose Lisbon to stage next year’s world final, its chairman Corwin Ashdale said on Monday.',
    '“Lisbon offered the calmest water and the best hotels,” Ashdale told reporters after the vote.',
    'Ashdale added that Portugal would pay for a new boathouse on the Tagus river.',
    'Rival bids from Ghent and Poznan were turned down after two rounds of voting.',
  ]),
  articleFromParagraphs({ id: 'ferias', title: 'La feria del libro de Valdemoro cierra con récord', date: '2025-03-02', language: 'es' }, [
    'La feria del libro de Valdemoro cerró el domingo con 40.000 visitantes, un récord según el ayuntamiento.',
    'Los organizadores anunciaron que la próxima edición durará una semana más.',
  ]),
]);

/** /ask as an asker whose locale is `locale` asks it: refused or not, and the passages cited, in order. */
async function askIn(question: string, locale: Language) {
  const check = checkQuestion(question, locale);
  if (!check.ok) throw new Error(`checkQuestion turned "${question}" away: ${check.message}`);
  const result = await answerQuestion({ index: library.index, articles: library.articles, question: check });
  return { refused: result.refused, cited: result.citations.map((citation) => citation.passageId) };
}

describe('a question in a language the bot reads only in part, under a Spanish and an English locale', () => {
  it.each(['Was hat Ashdale gesagt?', 'Qu’a dit Ashdale sur Lisbonne ?', 'Was hat Corwin Ashdale über Portugal gesagt?'])('%s finds the same passages under both', async (question) => {
    const [spanish, english] = [await askIn(question, 'es'), await askIn(question, 'en')];
    expect(spanish.cited.length).toBeGreaterThan(0);
    expect(english).toEqual(spanish);
    expect(spanish.cited.every((id) => id.startsWith('rowing'))).toBe(true);
  });
});
