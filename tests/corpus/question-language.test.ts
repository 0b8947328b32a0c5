import { describe, expect, it } from 'vitest';
import { eld } from 'eld/small';
import { eldDatabase, eldSubset } from '../../src/corpus/eld-data.js';
import { ELD_SMALL_ES_EN } from '../../src/corpus/eld-es-en.js';
import { detectQuestionLanguage, questionLanguageDetector } from '../../src/corpus/question-language.js';

/** The question detector's rules over eld with its whole 'small' database, choosing between Spanish and English. */
const whole = eld.newInstance();
whole.setLanguageSubset(['es', 'en']);
const wholeDecision = questionLanguageDetector(whole);

const QUESTIONS = [
  'Cuantos estudiantes tiene la universidad',
  'Quien gano las elecciones de 2019 en Bolivia',
  'What did the minister say about the budget?',
  'Who founded the company and when',
  'Que dijo Pedro Sanchez sobre la amnistia',
  'When was the bridge over the river finished?',
  'Donde nacio el autor del libro',
  'How many people live in Buenos Aires?',
  'Barcelona',
  'Real Madrid 2024',
  'IBM',
  'qué',
  'the',
  'la casa',
  'O que disse o presidente sobre a inflação?',
  "Qu'a dit le ministre à propos du budget ?",
  'Che cosa ha detto il sindaco?',
  'Что сказал министр?',
  '北京 2008',
  '🙂🙂',
  'José María Aznar y Tony Blair',
  "don't they say the port's closed?",
  'Los datos del INE muestran que el paro bajó al 11,2 %',
  'GDP grew by 2.5% in the third quarter',
  'COVID-19 vacunas Pfizer Moderna',
  'Elon Musk Twitter X',
];

describe('telling a question Spanish or English', () => {
  it('keeps eld\u2019s n-grams for the two languages, and only theirs', async () => {
    expect(ELD_SMALL_ES_EN).toEqual(eldSubset(await eldDatabase('small'), ['es', 'en']));
    const codes = new Set(Object.values(ELD_SMALL_ES_EN.languages));
    expect(codes.has('es') && codes.has('en')).toBe(true);
    for (const scores of Object.values(ELD_SMALL_ES_EN.ngrams)) {
      for (const number of Object.keys(scores)) expect(['es', 'en']).toContain(ELD_SMALL_ES_EN.languages[Number(number)]);
    }
  });

  it.each(QUESTIONS)('decides %j as eld with its whole database does', (question) => {
    expect(detectQuestionLanguage(question)).toBe(wholeDecision(question));
  });

  it('decides as eld with its whole database on thousands of word mixes, including close calls', () => {
    const words = QUESTIONS.join(' ').split(/\s+/u);
    let seed = 17;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let english = 0;
    for (let n = 0; n < 3000; n++) {
      const mix = Array.from({ length: 1 + Math.floor(next() * 8) }, () => words[Math.floor(next() * words.length)]).join(' ');
      const decision = detectQuestionLanguage(mix);
      expect(decision, mix).toBe(wholeDecision(mix));
      if (decision === 'en') english++;
    }
    // Both answers occur: the comparison is not between two detectors that always say the same thing.
    expect(english).toBeGreaterThan(300);
    expect(english).toBeLessThan(2700);
  });

  it('takes inverted marks and ñ as Spanish whatever the words', () => {
    expect(detectQuestionLanguage('¿Who won?')).toBe('es');
    expect(detectQuestionLanguage('Spain vs españa')).toBe('es');
  });

  it('takes ñ in a capitalised word for a name’s, not for Spanish', () => {
    for (const question of ['When did the works on the Logroño bridge begin?', 'Who is the coach of Peñarol?', 'What did Muñoz say about the strike?']) {
      expect(detectQuestionLanguage(question, 'es'), question).toBe('en');
    }
    expect(detectQuestionLanguage('cuantos niños viven en Logroño', 'en')).toBe('es');
  });

  it('leaves a few names and nouns without a function word to the asker\u2019s language', () => {
    for (const keywords of ['kim putin satelites', 'kim putin satélites', 'vostochny satelites']) {
      expect(detectQuestionLanguage(keywords, 'es'), keywords).toBe('es');
      expect(detectQuestionLanguage(keywords, 'en'), keywords).toBe('en');
    }
    // A written question is told by its words, whatever the asker's locale.
    expect(detectQuestionLanguage('What did Putin promise to build for Kim?', 'es')).toBe('en');
    expect(detectQuestionLanguage('Qué prometió construir Putin para Kim', 'en')).toBe('es');
  });

  it('leaves a name alone to the asker\u2019s language, whatever its words are in a language', () => {
    for (const name of ['Kim Yo Jong', 'Los Angeles', 'El Salvador', 'De Vries', 'Barcelona', 'Elon Musk Twitter X']) {
      expect(detectQuestionLanguage(name, 'es'), name).toBe('es');
      expect(detectQuestionLanguage(name, 'en'), name).toBe('en');
    }
    // Two function words in title case make a sentence; a name inside a written question is not read as one.
    expect(detectQuestionLanguage('What Did The Minister Say', 'es')).toBe('en');
    expect(detectQuestionLanguage('who is Kim Yo Jong', 'es')).toBe('en');
  });

  it('tells a short sentence by its own words, not by the n-grams of the name in it', () => {
    for (const [question, language] of [['Scott dijo', 'es'], ['dijo Scott', 'es'], ['Qué dijo Houghton', 'es'], ['Scott said', 'en'], ['said Ramírez', 'en'], ['Qué es Engineering News-Record', 'es']] as const) {
      expect(detectQuestionLanguage(question, 'es'), question).toBe(language);
      expect(detectQuestionLanguage(question, 'en'), question).toBe(language);
    }
  });

  it('gives the fallback when nothing can be told', () => {
    expect(detectQuestionLanguage('12345', 'en')).toBe('en');
    expect(detectQuestionLanguage('', 'en')).toBe('en');
  });

  it('gives the fallback to bytes that were never text, and to strings of symbols, whatever letters are among them', () => {
    // A binary file's line read as UTF-8: replacement characters and controls among stray letters, some of them function words.
    const binary = 'e1$\uFFFDt\uFFFDX\uFFFDP*t\uFFFD\uFFFDq }\uFFFD!rG\uFFFD \uFFFD\uFFFD p\uFFFD!\uFFFD \uFFFD,6_< PJ\uFFFD\uFFFD/Cq\uFFFD\uFFFDD\uFFFD\u0001 a the \uFFFD\uFFFD';
    expect(detectQuestionLanguage(binary, 'es')).toBe('es');
    expect(detectQuestionLanguage(binary, 'en')).toBe('en');
    expect(detectQuestionLanguage('the ♠♣♥♦ ★☆ ⚡⚡ ☂☂ of ♫♫', 'es')).toBe('es');
    // A symbol or an emoji in a written question changes nothing.
    expect(detectQuestionLanguage('What did the minister say about the 40 € tax? 😀', 'es')).toBe('en');
  });
});
