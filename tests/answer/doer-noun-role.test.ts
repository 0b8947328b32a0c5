/**
 * "Who founded X?" is answered by the sentence that names someone beside the doer's noun of that verb ("The club's
 * founder, Joan Pryce, …"), over one that names someone else beside the question's names (newcomer 23's D4).
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'club', title: 'A rowing club for older women marks ten years on the river', date: '2024-02-05', language: 'en' }, [
    'The Silver Oars, a rowing club for women over sixty, celebrated its tenth season on the river Tyne on Sunday.',
    'Asked why she named the club the Silver Oars, Margaret Hale told the crowd that the name came from her late husband.',
    "The club's founder, Joan Pryce, started it with four friends and a borrowed boat.",
  ]),
  articleFromParagraphs({ id: 'coro', title: 'El coro de Valdemora cumple veinte años', date: '2024-03-01', language: 'es' }, [
    'El coro Voces del Tera, de Valdemora, celebró el sábado sus veinte años con un concierto en la plaza.',
    'Preguntada por el nombre del coro Voces del Tera, Lucía Sanz contó que lo eligieron los vecinos en una votación.',
    'Su fundador, Andrés Pino, lo creó en 2004 con seis amigos del barrio.',
  ]),
]);
const ask = askOf(library);

describe('the doer\'s noun of the asked verb', () => {
  it.each([
    ['Who founded the Silver Oars?', 'Joan Pryce'],
    ['¿Quién fundó el coro Voces del Tera?', 'Andrés Pino'],
  ])('%s is answered by the sentence naming %s beside the noun', async (question, name) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain(name);
  });

  it('leaves a question whose verb has no such sentence to the other rules', async () => {
    const result = await ask('Who named the club the Silver Oars?');
    expect(result.citations[0]?.excerpt).toContain('Margaret Hale');
  });
});
