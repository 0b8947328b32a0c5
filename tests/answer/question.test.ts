import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkQuestion, MAX_QUESTION_LENGTH } from '../../src/answer/question.js';
// Discord mentions are the Discord front end's to remove (src/discord/mentions.ts); these cases check the two together.
import { withoutDiscordMarkup } from '../../src/present/mentions.js';

describe('checkQuestion', () => {
  it.each([
    ['', 'empty', 'es'],
    ['   \n\t  ', 'empty', 'es'],
    ['\u200B\u200D\u2060\uFEFF', 'empty', 'es'],
    [withoutDiscordMarkup('<@123456789012345678>'), 'empty', 'es'],
    ['😀🎉👍', 'no_words', 'es'],
    ['¿?¡! ... ---', 'no_words', 'es'],
    ['el la de que y', 'no_words', 'es'],
    ['¿Qué es esto?', 'no_words', 'es'],
    ['What is it and where?', 'no_words', 'en'],
    ['a'.repeat(MAX_QUESTION_LENGTH + 1), 'too_long', 'es'],
  ] as const)('turns %j away as %s, with a message', (question, problem, language) => {
    const check = checkQuestion(question);
    expect(check).toMatchObject({ ok: false, problem, language });
    expect(check.ok ? '' : check.message).not.toBe('');
  });

  it('turns away single letters typed alone, and keeps a letter in a question', () => {
    for (const question of ['a', 'X', '¿x?', 'a b c']) expect(checkQuestion(question)).toMatchObject({ ok: false, problem: 'no_words' });
    expect(checkQuestion('¿Qué es la vitamina C?')).toMatchObject({ ok: true, words: { content: ['vitamina', 'c'] } });
    expect(checkQuestion('¿Qué es la x?')).toMatchObject({ ok: true });
  });

  it('answers in the language of the question when it can tell', () => {
    const english = checkQuestion(`What ${'very '.repeat(300)}long question is this?`);
    expect(english).toMatchObject({ ok: false, problem: 'too_long', language: 'en' });
    expect(english.ok ? '' : english.message).toMatch(/too long/);
    const spanish = checkQuestion(`¿Qué pregunta tan ${'larga '.repeat(200)}es esta?`);
    expect(spanish).toMatchObject({ ok: false, problem: 'too_long', language: 'es' });
    expect(spanish.ok ? '' : spanish.message).toMatch(/demasiado larga/);
  });

  it('counts a question\u2019s length as typed, not as NFKC writes its characters out (one "ﷺ" is eighteen)', () => {
    expect(checkQuestion('ﷺ'.repeat(300)).ok).toBe(true);
    const over = checkQuestion('ﷺ'.repeat(MAX_QUESTION_LENGTH + 1), 'es');
    expect(over).toMatchObject({ ok: false, problem: 'too_long' });
    expect(over.ok ? '' : over.message).toContain(`(${MAX_QUESTION_LENGTH + 1} `);
  });

  it.each([
    ['Где встретились Ким и Путин?', 'ru'],
    ['ما هي عاصمة فيتنام؟', 'ar'],
    ['金正恩在哪里见了普京？', 'zh'],
  ])('answers %j, in neither language’s script, in the asker’s language and names the language it is written in', (question, writtenIn) => {
    expect(checkQuestion(question, 'es')).toMatchObject({ ok: true, language: 'es', writtenIn });
    expect(checkQuestion(question, 'en')).toMatchObject({ ok: true, language: 'en', writtenIn });
  });

  it.each(['hola', 'Hola', 'buenos días'])('takes the greeting %j for Spanish', (question) => {
    expect(checkQuestion(question).language).toBe('es');
  });

  it('tells an empty or wordless question in the asker’s language, and any other in its own', () => {
    expect(checkQuestion('', 'en')).toMatchObject({ ok: false, problem: 'empty', language: 'en', message: expect.stringMatching(/empty/) });
    expect(checkQuestion('😀🎉👍', 'en')).toMatchObject({ ok: false, problem: 'no_words', language: 'en' });
    expect(checkQuestion(withoutDiscordMarkup('<@123456789012345678>'), 'es')).toMatchObject({ ok: false, problem: 'empty', language: 'es', message: expect.stringMatching(/vacía/) });
    expect(checkQuestion(`¿Qué pregunta tan ${'larga '.repeat(200)}es esta?`, 'en')).toMatchObject({ problem: 'too_long', language: 'es' });
  });

  it.each([
    ['¿Qué dijo Valcárcel sobre el puerto? https://www.example-news.com/world/europe/harbour-strike-report-2024-05-01/', '¿Qué dijo Valcárcel sobre el puerto?'],
    ['¿Qué dijo [Valcárcel](https://evil.example/login) sobre el puerto?', '¿Qué dijo Valcárcel sobre el puerto?'],
    ['¿Qué dijo Valcárcel (www.example-news.com/puerto) sobre el puerto?', '¿Qué dijo Valcárcel sobre el puerto?'],
  ])('reads %j without the pasted address, in the language of its words', (question, read) => {
    const check = checkQuestion(question, 'en');
    expect(check).toMatchObject({ ok: true, question: read, language: 'es' });
    expect(check.ok ? check.words.content : []).not.toContain('example');
  });

  it('accepts a question of exactly the limit', () => {
    expect(checkQuestion('a'.repeat(MAX_QUESTION_LENGTH)).ok).toBe(true);
  });

  it.each([
    ['¿Cuándo viajará Putin a Vietnam?', '¿Cuándo viajará Putin a Vietnam?', 'es'],
    ['  ¿Cuándo   viajará\nPutin a Vietnam?  ', '¿Cuándo viajará Putin a Vietnam?', 'es'],
    ['¿Cuándo via\u2060jará Pu\u00ADtin a Viet\u200Dnam?', '¿Cuándo viajará Putin a Vietnam?', 'es'],
    ['¿Cuándo\u200Bviajará Putin\u200B\u200Ba Vietnam?\u200B', '¿Cuándo viajará Putin a Vietnam?', 'es'],
    ['\u202E¿Cuándo viajará Putin a Vietnam?\u202C', '¿Cuándo viajará Putin a Vietnam?', 'es'],
    ['¿Cuándo viajará Ｐｕｔｉｎ a Vietnam？', '¿Cuándo viajará Putin a Vietnam?', 'es'],
    [withoutDiscordMarkup('<@123456789012345678> ¿Cuándo viajará **Putin** a Vietnam? @everyone'), '¿Cuándo viajará Putin a Vietnam?', 'es'],
    ['When will Putin travel to Vietnam?', 'When will Putin travel to Vietnam?', 'en'],
  ] as const)('accepts %j, tidied', (question, normalised, language) => {
    expect(checkQuestion(question)).toMatchObject({ ok: true, question: normalised, language });
  });

  it('never throws, and an accepted question is short, tidy and has something to look up', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 1200 }), (question) => {
        const check = checkQuestion(question);
        if (!check.ok) return check.message.length > 0;
        return check.question.length > 0 && [...check.question].length <= MAX_QUESTION_LENGTH && /[\p{L}\p{N}]/u.test(check.question) && check.question === check.question.trim();
      }),
    );
  });
});

describe('a greeting alone', () => {
  it.each([
    ['hola', 'es'],
    ['¡Buenas tardes!', 'es'],
    ['Gracias', 'es'],
    ['hello', 'en'],
    ['Hi!', 'en'],
    ['good morning, thanks', 'en'],
  ] as const)('answers %j with what to ask, in its language', (greeting, language) => {
    const check = checkQuestion(greeting, language === 'es' ? 'en' : 'es');
    expect(check).toMatchObject({ ok: false, problem: 'greeting', language });
    expect(check.ok ? '' : check.message).toMatch(language === 'es' ? /Pregunta .*\/fuentes/u : /Ask .*\/sources/u);
  });

  it.each(['hola ¿qué dijo Soto?', 'Hello, what did Soto say?', 'Hola Soto', 'gracias Soto'])('looks up %j, which holds more than courtesy', (question) => {
    expect(checkQuestion(question)).toMatchObject({ ok: true });
  });
});
