/**
 * With no article indexed (an empty seeds folder), /ask says so, as /sources does, rather than that the
 * articles do not cover the question: nothing was searched.
 */
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { libraryOfSeedFiles } from '../support/seed-folder.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('a library with no articles', () => {
  it('answers a question, in its language, that there are no indexed articles', async () => {
    const { library, dir } = await libraryOfSeedFiles('hemeroteca-empty-', {});
    dirs.push(dir);
    const spanish = await library.ask('¿Cuándo viajará Putin a Vietnam?');
    expect(spanish).toMatchObject({ refused: true, citations: [], language: 'es' });
    expect(spanish.answer).toMatch(/no hay artículos indexados/iu);
    const english = await library.ask('When will Putin travel to Vietnam?');
    expect(english.answer).toMatch(/no articles are indexed/iu);
  });
});
