/**
 * With no article indexed (an empty seeds folder), /ask and /quote say so, as /sources does, rather than that the
 * articles do not cover the question or quote nobody by the name: nothing was searched.
 */
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { libraryOfSeedFiles } from '../support/seed-folder.js';
import { renderQuoteText } from '../../src/present/text.js';

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

  it('says, for /quote, that there are no indexed articles, not that nobody by the name is quoted', async () => {
    const { library, dir } = await libraryOfSeedFiles('hemeroteca-empty-quote-', {});
    dirs.push(dir);
    const result = library.quote('Putin');
    expect(result).toMatchObject({ statements: [], archiveEmpty: true });
    expect(renderQuoteText(result, 'en')).toMatch(/no articles are indexed/iu);
    expect(renderQuoteText(result, 'es')).not.toMatch(/no encontré declaraciones/iu);
  });
});
