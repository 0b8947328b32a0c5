/** Offline question translation with Apertium, for real: skipped, saying so, when it is not installed. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { apertiumAvailable, apertiumTranslator, parseSenses, parseUnknownWords } from '../../src/answer/apertium.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf, seedLibrary } from '../support/seed-library.js';

const installed = apertiumAvailable();
if (!installed) console.warn('apertium-eng-spa is not installed: the Apertium translation tests are skipped (apt-get install apertium-eng-spa)');

describe('the senses of Apertium\'s bilingual dictionary', () => {
  it('lists the lemmas of each ambiguous noun, verb or adjective, not of other words or words with one sense', () => {
    const lookedUp = '^What<prn><itg><sg>/Qué<prn><itg><mf><sg>$ ^letter<n><sg>/letra<n><f><sg>/carta<n><f><sg>$ ^to<pr>/a<pr>/hasta<pr>$ ^Kim<np><ant>/Kim<np><ant>$';
    expect(parseSenses(lookedUp)).toEqual([['letra', 'carta']]);
  });
});

describe('the words Apertium\'s analyser does not know', () => {
  it('are those its dictionary stage marks with an asterisk, folded; a known word or phrase is not', () => {
    const lookedUp = '^Cómo<adv><itg>/How<adv><itg>$ ^junto a<pr>/beside<pr>$ ^*Promtió/*Promtió$ ^*Vostochni/*Vostochni$';
    expect(parseUnknownWords(lookedUp)).toEqual(new Set(['promtio', 'vostochni']));
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

describe.skipIf(!installed)('a question\'s misspelt words, with Apertium\'s lexicon at hand', () => {
  const translate = apertiumTranslator({ timeoutMs: 10_000 });
  const library = libraryOf([
    articleFromParagraphs({ id: 'pacto', title: 'Un pacto de defensa', date: '2025-03-02', language: 'es' }, [
      'En junio, el país firmó con Rusia un acuerdo de defensa que incluye maniobras conjuntas.',
    ]),
  ]);

  it('lists the words of a Spanish question the lexicon lacks, not words it knows', async () => {
    const unknown = await translate.unknownWords('¿Cómo describió Kim el papel de su país junto a Rusia y qué promtió?', 'es');
    expect(unknown?.has('promtio')).toBe(true);
    expect(unknown?.has('junto')).toBe(false);
    expect(unknown?.has('describio')).toBe(false);
  });

  it('never reads a word of the language as a slip of a word the articles hold ("junto" is no "junio")', async () => {
    const { index, articles } = await library;
    const ask = (question: string) => answerQuestion({ index, articles, question: checked(question), translate });
    const together = await ask('¿Qué firmó el país junto a Rusia?');
    expect(together.notice ?? '').not.toContain('junio');
    const slip = await ask('¿Qué frimo el país con Rusia en junio?');
    expect(slip.notice).toContain('firmó');
  });
});
