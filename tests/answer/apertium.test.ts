/** Offline question translation with Apertium, for real: skipped, saying so, when it is not installed. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { apertiumAvailable, apertiumTranslator, namesKept, parseFunctionWords, parseSenses } from '../../src/answer/apertium.js';
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

describe('the function words Apertium\'s tagger reads in a question', () => {
  it('are the words of its prepositions, adverbs, conjunctions, determiners and pronouns, folded; not nouns, verbs, names or unknown words', () => {
    const lookedUp = '^Cómo<adv><itg>/How<adv><itg>$ ^junto a<pr>/beside<pr>$ ^según<cnjadv>/as<cnjadv>$ ^puerto<n><m><sg>/port<n><sg>$ ^moler<vblex><pri><p2><sg>/grind<vblex>$ ^Kim<np><ant>/Kim<np><ant>$ ^*Promtió/*Promtió$';
    expect(parseFunctionWords(lookedUp)).toEqual(new Set(['como', 'junto', 'a', 'segun']));
  });
});

describe('names an English question writes as common words', () => {
  const all = () => true;
  const kept = (analysis: string) => Array.from(namesKept(analysis, all).matchAll(/\[([^\]]*)\]/gu), ([, name]) => name);

  it('are kept as written (superblanks) when the dictionary reads them only as common words and they open no sentence', () => {
    const analysis = '^Who/Who<prn><itg><m><sp>$ ^did/do<vbdo><past>$ ^Lena/Lena<np><ant><f><sg>$ ^Baker/Baker<n><sg>$ ^meet/meet<vblex><inf>$ ^in/in<pr>$ ^Mill/Mill<n><sg>/Mill<vblex><inf>$ ^Creek/Creek<n><sg>$^?/?<sent>$';
    expect(namesKept(analysis, all)).toBe('Who did Lena [Baker] meet in [Mill] [Creek]?');
    // Only those the passages hold as written, when the lookup says which.
    expect(namesKept(analysis, (word) => word === 'Baker')).toBe('Who did Lena [Baker] meet in Mill Creek?');
  });

  it('are not the opening word, proper nouns, unknown words, adjectives written lower case in the dictionary, months or weekdays', () => {
    const analysis = '^Cook/Cook<n><sg>/Cook<vblex><inf>$ ^what/what<prn><itg><m><sp>$ ^Anna/Anna<np><ant><f><sg>$ ^ate/eat<vblex><past>$ ^in/in<pr>$ ^Lisbon/Lisbon<np><loc><sg>$ ^with/with<pr>$ ^Zorvath/*Zorvath$ ^and/and<cnjcoo>$ ^Catholic/catholic<adj>/Catholic<n><sg>$ ^friends/friend<n><pl>$ ^on/on<pr>$ ^Friday/Friday<n><sg>$ ^in/in<pr>$ ^March/March<n><sg>/March<vblex><inf>$^?/?<sent>$';
    expect(kept(analysis)).toEqual([]);
  });

  it('are left to the translator after an article, where capitalised words are a description ("the Senate")', () => {
    const analysis = '^When/When<adv><itg>$ ^did/do<vbdo><past>$ ^the/the<det><def><sp>$ ^Harbour/Harbour<n><sg>$ ^Council/Council<n><sg>$ ^meet/meet<vblex><inf>$ ^Baker/Baker<n><sg>$^?/?<sent>$';
    expect(kept(analysis)).toEqual(['Baker']);
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

  it('reads "about" before a name as the preposition, and before a figure as the adverb it is', async () => {
    expect(await translate('What did Ana Soto say about France?', 'en', 'es')).not.toMatch(/aproximadamente/u);
    expect(await translate('What did the mayor say about 300 farmers?', 'en', 'es')).toMatch(/aproximadamente/u);
  });

  it('keeps a name that is also an English word as written, so that the question finds the passage naming it', async () => {
    expect(await translate('What did Trump say about the wall?', 'en', 'es', (word) => word === 'Trump')).toMatch(/\bTrump\b/u);
    const { index, articles } = await libraryOf([
      articleFromParagraphs({ id: 'frontera', title: 'El muro fronterizo', date: '2025-02-11', language: 'es' }, [
        'El gasto en el muro superó los 10.000 millones de dólares, según el informe del Congreso.',
        'Donald Trump dijo que el muro estará terminado antes de las elecciones.',
      ]),
    ]);
    const result = await answerQuestion({ index, articles, question: checked('What did Trump say about the wall?'), translate });
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('Donald Trump dijo');
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

  it('started before its first questions, answers them in both directions with the processes it started', async () => {
    const started = apertiumTranslator({ timeoutMs: 10_000 });
    await started.start();
    const running = childProcesses();
    expect(running.length).toBeGreaterThan(0);
    expect(await started('¿Cuándo viajará Putin a Vietnam?', 'es', 'en')).toMatch(/Putin.*Vietnam/);
    expect(await started.senses('¿Qué dijo Putin en su carta?', 'es', 'en')).toBeInstanceOf(Array);
    expect(await started('When will Putin travel to Vietnam?', 'en', 'es', () => true)).toMatch(/Putin.*Vietnam/);
    expect(await started.senses('What did Putin say in his letter?', 'en', 'es')).toContainEqual(expect.arrayContaining(['letra', 'carta']));
    expect(childProcesses()).toEqual(running);
    started.close();
  });

  it('starts again after it was stopped', async () => {
    const restarting = apertiumTranslator({ timeoutMs: 10_000 });
    expect(await restarting('Where is Vietnam?', 'en', 'es')).toMatch(/Vietnam/);
    restarting.close();
    expect(await restarting('Where is Korea?', 'en', 'es')).toMatch(/Corea/);
    restarting.close();
  });
});

/** The ids of this process's child processes, in order (an Apertium pipeline is a shell the translator started). */
function childProcesses(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/u.test(entry))
    .filter((pid) => {
      try {
        // The parent's id is the field after the command name, which is in brackets and may hold spaces.
        return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1] === String(process.pid);
      } catch {
        return false;
      }
    })
    .map(Number)
    .sort((a, b) => a - b);
}

describe.skipIf(!installed)('a question\'s misspelt words, with Apertium\'s tagger at hand', () => {
  const translate = apertiumTranslator({ timeoutMs: 10_000 });
  const library = libraryOf([
    articleFromParagraphs({ id: 'pacto', title: 'Un pacto de defensa', date: '2025-03-02', language: 'es' }, [
      'En junio, el país firmó con Rusia un acuerdo de defensa que incluye maniobras conjuntas.',
    ]),
  ]);

  it('reads the function words of a Spanish question in context, not its content words or slips', async () => {
    const functionWords = await translate.functionWords('¿Cómo describió Kim el papel de su país junto a Rusia y qué promtió?', 'es');
    expect(functionWords?.has('junto')).toBe(true);
    expect(functionWords?.has('pais')).toBe(false);
    expect(functionWords?.has('promtio')).toBe(false);
  });

  it('never reads a function word as a slip of a word the articles hold ("junto a" is no "junio a"), and still reads a slip', async () => {
    const { index, articles } = await library;
    const ask = (question: string) => answerQuestion({ index, articles, question: checked(question), translate });
    const together = await ask('¿Qué firmó el país junto a Rusia?');
    expect(together.notice ?? '').not.toContain('junio');
    const slip = await ask('¿Qué frimo el país con Rusia en junio?');
    expect(slip.notice).toContain('firmó');
  });
});
