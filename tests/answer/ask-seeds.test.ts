/** The answer engine on the seed articles, read, cleaned and indexed as the bot does it. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { checkQuestion } from '../../src/answer/question.js';
import { checked } from '../support/checked.js';
import { detectQuestionLanguage } from '../../src/corpus/question-language.js';
import type { AskResult } from '../../src/answer/types.js';
import { answerProblems } from '../support/answer-invariants.js';
import { seedLibrary } from '../support/seed-library.js';
// Discord mentions are the Discord front end's to remove (src/discord/mentions.ts); these cases check the two together.
import { withoutDiscordMarkup } from '../../src/present/mentions.js';

const { index, articles, passages } = await seedLibrary();
// As every front end asks (CITATIONS_PER_ANSWER): at most five citations.
const ask = (question: string) => answerQuestion({ index, articles, question: checked(question), maxCitations: 5 });

/** The passage of the seeds that contains `text`. */
function passageWith(text: string): string {
  const found = passages.filter((passage) => passage.text.includes(text));
  if (found.length !== 1) throw new Error(`expected one passage with "${text}", found ${found.length}`);
  return found[0]!.id;
}

/** The words the bot wrote itself: the answer without the quoted article text and the markers. */
function ownWords(result: AskResult): string {
  return result.answer.replace(/«[^»]*»|“[^”]*”/gu, ' ').replace(/\[\d+\]/g, ' ');
}

const BOILERPLATE = [/deja una respuesta/i, /correo electrónico/i, /campos obligatorios/i, /leave a comment/i, /your email/i, /posts carousel/i, /latest posts/i, /administrator/i, /gracias por visitarnos/i, /^por editor3$/im];

const SEED_QUESTIONS: Array<[question: string, expected: string]> = [
  ['¿Cuándo viajará Putin a Vietnam?', '19 y 20 de junio'],
  ['¿Qué prometió Putin a Kim?', 'también prometió reforzar los lazos bilaterales'],
  ['¿De qué acusan Washington y Seúl a Corea del Norte?', 'Funcionarios de Washington y Seúl han acusado'],
  ['¿Dónde se celebrará la cumbre trilateral?', 'Camp David'],
  ['¿Qué aniversario marcan las cartas de Kim y Putin?', '78 aniversario'],
  ['¿Dónde prometió Putin ayudar a Kim a construir satélites?', 'Vostochny'],
];

describe('answers about the seed articles', () => {
  it.each(SEED_QUESTIONS)('%s → cites the passage with "%s" first', async (question, expected) => {
    const result = await ask(question);
    expect(result).toMatchObject({ question, language: 'es', mode: 'extractive', refused: false });
    expect(result.citations[0]?.passageId).toBe(passageWith(expected));
    expect(result.answer).toContain('[1]');
    expect(answerProblems(result, articles, index)).toEqual([]);
  });

  it.each(SEED_QUESTIONS)('%s, typed in lower case without accents or marks, finds the same passage', async (question, expected) => {
    const plain = question.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[¿?]/g, '');
    const result = await ask(plain);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.passageId).toBe(passageWith(expected));
  });

  it('quotes the sentence that answers, verbatim, with its marker', async () => {
    const result = await ask('¿Cuándo viajará Putin a Vietnam?');
    expect(result.answer).toContain('«Un funcionario vietnamita dijo que el viaje a Vietnam estaba previsto para los días 19 y 20 de junio, pero que aún no había sido confirmado.» [1]');
    expect(result.citations[0]).toMatchObject({ title: articles.get(result.citations[0]!.articleId)?.title, outlet: 'Marcrix Noticias' });
  });

  it('bolds the question’s words in the excerpts, accents or not', async () => {
    const result = await ask('satelites que Putin prometio construir');
    const first = result.citations[0]!;
    const highlighted = first.highlights.map(({ start, end }) => first.excerpt.slice(start, end));
    expect(highlighted).toEqual(expect.arrayContaining(['satélites', 'Putin', 'prometió', 'construir']));
  });

  it('answers an English question in English, quoting the Spanish articles verbatim', async () => {
    const result = await ask('When will Putin travel to Vietnam?');
    expect(result).toMatchObject({ language: 'en', refused: false });
    expect(detectQuestionLanguage(ownWords(result))).toBe('en');
    expect(ownWords(result)).toMatch(/Spanish/);
    expect(result.citations.map((citation) => citation.passageId)).toContain(passageWith('19 y 20 de junio'));
    expect(answerProblems(result, articles, index)).toEqual([]);
  });

  it('with a translator, looks an English question up in Spanish and cites the dates first', async () => {
    const asked: string[] = [];
    const result = await answerQuestion({
      index,
      articles,
      question: checked('When will Putin travel to Vietnam?'),
      translate: async (question, from, to) => {
        asked.push(`${from}>${to}:${question}`);
        return '¿Cuándo viajará Putin a Vietnam?';
      },
    });
    expect(asked).toEqual(['en>es:When will Putin travel to Vietnam?']);
    expect(result).toMatchObject({ question: 'When will Putin travel to Vietnam?', language: 'en', refused: false });
    expect(result.citations[0]?.passageId).toBe(passageWith('19 y 20 de junio'));
    expect(detectQuestionLanguage(ownWords(result))).toBe('en');
  });

  it('falls back to the offline lookup when the translator fails', async () => {
    const failing = await answerQuestion({ index, articles, question: checked('When will Putin travel to Vietnam?'), maxCitations: 5, translate: () => Promise.reject(new Error('boom')) });
    const silent = await answerQuestion({ index, articles, question: checked('When will Putin travel to Vietnam?'), maxCitations: 5, translate: async () => undefined });
    const offline = await ask('When will Putin travel to Vietnam?');
    expect(failing).toEqual(offline);
    expect(silent).toEqual(offline);
  });

  it('does not translate a question already in the articles’ language', async () => {
    let calls = 0;
    await answerQuestion({ index, articles, question: checked('¿Cuándo viajará Putin a Vietnam?'), translate: async () => { calls++; return 'x'; } });
    expect(calls).toBe(0);
  });

  it.each([
    ['¿Quién ganó el mundial de 2010?', 'es'],
    ['¿Cuál fue el resultado del partido entre el Real Madrid y el Barcelona?', 'es'],
    ['¿Cómo se hace una tortilla de patatas con cebolla?', 'es'],
    ['Who won the 2010 World Cup?', 'en'],
    ['What was the final score of the Lakers game?', 'en'],
    ['How do I bake sourdough bread?', 'en'],
  ] as const)('refuses the off-topic %j in its language, pointing at /sources (/fuentes in Spanish)', async (question, language) => {
    const result = await ask(question);
    expect(result).toMatchObject({ language, refused: true, citations: [], mode: 'extractive' });
    expect(result.answer).toContain(language === 'es' ? '/fuentes' : '/sources');
    expect(detectQuestionLanguage(result.answer)).toBe(language);
  });

  it('points at the passages naming what an unanswered question asks about, without quoting them as an answer', async () => {
    const result = await ask('What did Putin promise?');
    expect(result).toMatchObject({ language: 'en', refused: true, mode: 'extractive' });
    expect(result.citations.length).toBeGreaterThan(0);
    for (const citation of result.citations) expect(citation.excerpt).toContain('Putin');
    expect(result.answer).toContain('/sources');
    expect(answerProblems(result, articles, index)).toEqual([]);
    expect(detectQuestionLanguage(ownWords(result))).toBe('en');
  });

  it.each(['What did Obama say about Putin?', '¿Qué opina Obama de Putin?'])('offers no leads when a name in %j appears nowhere', async (question) => {
    expect(await ask(question)).toMatchObject({ refused: true, citations: [] });
  });

  it('answers a question pasted with a mention and markdown once it is checked', async () => {
    const check = checkQuestion(withoutDiscordMarkup('<@123456789012345678> ¿Cuándo viajará **Putin** a Vietnam?'));
    expect(check.ok).toBe(true);
    const result = await ask(check.ok ? check.question : '');
    expect(result.citations[0]?.passageId).toBe(passageWith('19 y 20 de junio'));
  });

  it('never cites boilerplate, keeps answers short and well-formed', async () => {
    const questions = [
      ...SEED_QUESTIONS.map(([question]) => question),
      '¿Quién escribió el artículo?', 'Deja una respuesta', 'correo electrónico', 'Latest Posts', 'Leave a comment', 'Kim', 'Putin Kim Rusia Corea',
      '¿Qué dijo la KCNA?', 'What did Kim promise Putin?', 'armas', 'Ucrania misiles', '2023',
    ];
    for (const question of questions) {
      const result = await ask(question);
      expect(answerProblems(result, articles, index), question).toEqual([]);
      expect(result.answer.length, question).toBeLessThanOrEqual(700);
      expect(result.citations.length, question).toBeLessThanOrEqual(5);
      for (const citation of result.citations) {
        expect(citation.excerpt.length, question).toBeLessThanOrEqual(500);
        for (const pattern of BOILERPLATE) expect(citation.excerpt, question).not.toMatch(pattern);
      }
    }
  });
});
