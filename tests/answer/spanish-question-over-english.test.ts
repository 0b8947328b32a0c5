/**
 * Spanish questions over English stories, through Apertium for real (skipped, saying so, when it is not installed). After
 * the opening "¿" Apertium's tagger read "¿Cuántos soldados…?" as the participle of "soldar" ("How many soldered…"), so
 * the question met the English stories by its other words only: blind newcomer 27's D4 ("¿Cuántos soldados georgianos
 * resultaron heridos en el ataque?" refused beside "nine Georgia soldiers were wounded"). Articles and questions written
 * for the test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { apertiumAvailable, apertiumTranslator } from '../../src/answer/apertium.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const installed = apertiumAvailable();
if (!installed) console.warn('apertium-eng-spa is not installed: the Spanish-over-English tests are skipped (apt-get install apertium-eng-spa)');

describe.skipIf(!installed)('a Spanish question over English stories, through Apertium', () => {
  const translate = apertiumTranslator({ timeoutMs: 20_000 });
  afterAll(() => translate.close());

  it('reads the noun after "¿Cuántos" as a noun', async () => {
    expect(await translate('¿Cuántos soldados murieron en la emboscada?', 'es', 'en')).toMatch(/\bsoldiers\b/u);
    expect(await translate('¿Qué partido ganó las elecciones en Ohio?', 'es', 'en')).toMatch(/\bparty\b/u);
  });

  it('quotes the sentence counting the asked noun, not another story’s count of something else', async () => {
    const { index, articles } = await libraryOf([
      articleFromParagraphs({ id: 'village', title: 'Three villagers die in ambush on mountain road', date: '2027-03-02', language: 'en' }, [
        'Three villagers died in an ambush on the mountain road to Kelso on Tuesday, the police said.',
        'The villagers were driving to the market when gunmen opened fire on their van.',
      ]),
      articleFromParagraphs({ id: 'patrol', title: 'Army patrol attacked near northern border', date: '2027-03-04', language: 'en' }, [
        'Eleven soldiers died in the ambush near the northern border, the army said on Thursday.',
        'The patrol had left its base at dawn to clear the road of mines.',
      ]),
    ]);
    const result = await answerQuestion({ index, articles, question: checked('¿Cuántos soldados murieron en la emboscada?'), translate });
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('Eleven soldiers');
  });
});
