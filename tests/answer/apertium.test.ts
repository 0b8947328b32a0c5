/** Offline question translation with Apertium, for real: skipped, saying so, when it is not installed. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { apertiumAvailable, apertiumTranslator } from '../../src/answer/apertium.js';
import { checked } from '../support/checked.js';
import { seedLibrary } from '../support/seed-library.js';

const installed = apertiumAvailable();
if (!installed) console.warn('apertium-eng-spa is not installed: the Apertium translation tests are skipped (apt-get install apertium-eng-spa)');

describe.skipIf(!installed)('Apertium translation', () => {
  const translate = apertiumTranslator({ timeoutMs: 10_000 });

  it('translates an English question into Spanish, keeping its names', async () => {
    const translation = await translate('When will Putin travel to Vietnam?', 'en', 'es');
    expect(translation).toMatch(/Putin/);
    expect(translation).toMatch(/Vietnam/);
    expect(translation?.toLowerCase()).toMatch(/cu[aá]ndo/);
  });

  it('lets an English question find the Spanish passage that answers it', async () => {
    const { index, articles } = await seedLibrary();
    const result = await answerQuestion({ index, articles, question: checked('When will Putin travel to Vietnam?'), translate });
    expect(result).toMatchObject({ language: 'en', refused: false });
    expect(result.citations.some((citation) => citation.excerpt.includes('19 y 20 de junio'))).toBe(true);
    expect(result.answer).toMatch(/quoted in Spanish/);
  });

  it('gives nothing, without throwing, for a missing command', async () => {
    const missing = apertiumTranslator({ timeoutMs: 2000, command: 'apertium-that-is-not-installed' });
    expect(await missing('When?', 'en', 'es')).toBeUndefined();
  });
});
