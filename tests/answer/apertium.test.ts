/** Offline question translation with Apertium, for real: skipped, saying so, when it is not installed. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { apertiumAvailable, apertiumTranslator, parseSenses } from '../../src/answer/apertium.js';
import { checked } from '../support/checked.js';
import { seedLibrary } from '../support/seed-library.js';

const installed = apertiumAvailable();
if (!installed) console.warn('apertium-eng-spa is not installed: the Apertium translation tests are skipped (apt-get install apertium-eng-spa)');

describe('the senses of Apertium\'s bilingual dictionary', () => {
  it('lists the lemmas of each ambiguous noun, verb or adjective, not of other words or words with one sense', () => {
    const lookedUp = '^What<prn><itg><sg>/Qué<prn><itg><mf><sg>$ ^letter<n><sg>/letra<n><f><sg>/carta<n><f><sg>$ ^to<pr>/a<pr>/hasta<pr>$ ^Kim<np><ant>/Kim<np><ant>$';
    expect(parseSenses(lookedUp)).toEqual([['letra', 'carta']]);
  });
});

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

  it('gives the dictionary\'s senses of an ambiguous word', async () => {
    expect(await translate.senses('What did Putin say in his letter?', 'en', 'es')).toContainEqual(expect.arrayContaining(['letra', 'carta']));
  });

  it('gives nothing, without throwing, when the pair\'s data is missing', async () => {
    const missing = apertiumTranslator({ timeoutMs: 5000, dataDir: '/nonexistent-apertium-data' });
    expect(await missing('When?', 'en', 'es')).toBeUndefined();
  });

  it('gives nothing, without throwing, when the translation takes longer than the timeout', async () => {
    const impatient = apertiumTranslator({ timeoutMs: 1 });
    expect(await impatient('When will Putin travel to Vietnam?', 'en', 'es')).toBeUndefined();
  });

  it('keeps one translator running: questions asked together each get their own translation, in both directions', async () => {
    const questions = ['Where did Kim meet Putin?', 'Who is the president of Vietnam?', 'What is the price of [oil] in $ or €?', 'When?'];
    const translations = await Promise.all(questions.map((question) => translate(question, 'en', 'es')));
    expect(translations[0]).toMatch(/Kim.*Putin/);
    expect(translations[1]).toMatch(/Vietnam/);
    // Apertium's reserved characters go through as text, not as its stream format.
    expect(translations[2]).toMatch(/\[.*\].*\$/);
    expect(translations[3]?.toLowerCase()).toMatch(/cu[aá]ndo/);
    expect(await translate('¿Cuándo viajará Putin a Vietnam?', 'es', 'en')).toMatch(/Putin.*Vietnam/);
  });

  it('starts again after it was stopped', async () => {
    const restarting = apertiumTranslator({ timeoutMs: 10_000 });
    expect(await restarting('Where is Vietnam?', 'en', 'es')).toMatch(/Vietnam/);
    restarting.close();
    expect(await restarting('Where is Korea?', 'en', 'es')).toMatch(/Corea/);
    restarting.close();
  });
});
