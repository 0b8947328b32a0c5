/**
 * A thing the question names after a determiner ("el Mundial") is not met by its word inside a longer name of something
 * else ("la Segunda Guerra Mundial"): newcomer 22's D3b. A person's name, a name whose other words the question asks
 * too, and a name that goes on after the asked word still match.
 */
import { describe, expect, it } from 'vitest';
import { insideLongerName, thingNames } from '../../src/answer/name-inside.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'museo', title: 'El museo de Valdemora abre una sala sobre la posguerra', date: '2024-02-03', language: 'es' }, [
    'El museo de Valdemora abrió este martes una sala dedicada a los vecinos que ganaron fama tras la Segunda Guerra Mundial.',
    'La sala reúne cartas, fotografías y uniformes donados por las familias del pueblo.',
  ]),
]);
const ask = askOf(library);

const inside = (text: string, word: string, asked: string[], headLast = false) => {
  const start = text.indexOf(word);
  return insideLongerName(text, start, start + word.length, new Set(asked), headLast);
};

describe('a question\'s name inside a longer name', () => {
  it('reads the names a question writes after a determiner as names of things', () => {
    expect([...thingNames('¿Quién ganó el Mundial en Qatar?', ['mundial', 'qatar'])]).toEqual(['mundial']);
    expect([...thingNames('What did the Senate vote on Tuesday?', ['senate', 'tuesday'])]).toEqual(['senate']);
    expect([...thingNames('¿Qué dijo Putin?', ['putin'])]).toEqual([]);
  });

  it.each([
    ['tras la Segunda Guerra Mundial', 'Mundial', ['mundial'], false, true],
    ['la Copa Mundial de Clubes', 'Copa', ['copa'], false, false],
    ['viajó a Estados Unidos', 'Unidos', ['estados', 'unidos'], false, false],
    ['el Noveno Doctor pensó', 'Doctor', ['doctor'], false, false],
    ['los Pittsburgh Steelers', 'Steelers', ['steelers'], false, false],
    ['veterans of World War II', 'World', ['world', 'cup'], true, true],
    ['the Senate Office Building', 'Senate', ['senate'], true, true],
    ['the World Cup final', 'World', ['world', 'cup'], true, false],
    ['según La Nación', 'Nación', ['nacion'], false, false],
  ] as const)('"%s": %s inside another name (asked %j, head last: %s): %s', (text, word, asked, headLast, expected) => {
    expect(inside(text, word, [...asked], headLast)).toBe(expected);
  });

  it('refuses "¿Quién ganó el Mundial?" over a story that only names the Second World War', async () => {
    const result = await ask('¿Quién ganó el Mundial?');
    expect(result.refused).toBe(true);
  });

  it('still answers about the war by its whole name', async () => {
    const result = await ask('¿Qué abrió el museo de Valdemora sobre la Segunda Guerra Mundial?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('Segunda Guerra Mundial');
  });
});
