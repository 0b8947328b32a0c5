/**
 * A headline that quotes someone is the page's title, never one of its statements (issue 14): the
 * Library indexes the page and /quote and the article's statements do not offer the headline's words.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary } from '../../src/library.js';
import { recordingLogger } from '../support/recording-logger.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-headline-'));
  await mkdir(path.join(dir, 'seeds'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const BODY = [
  'La alcaldesa Marta Gil presentó ayer el plan de obras del puente viejo ante los vecinos del barrio, que llenaron el centro cívico.',
  'Las obras durarán seis meses y el tráfico se desviará por la avenida del río, según explicó el concejal de Movilidad.',
];

describe('a headline with quotation marks', () => {
  it.each([
    ['Spanish angle quotes', 'Marta Gil: «Cerraremos el puente viejo antes del verano»'],
    ['English curly quotes', 'Marta Gil says: “We will close the old bridge before summer”'],
    ['straight quotes', 'Marta Gil: "Cerraremos el puente viejo antes del verano"'],
  ])('yields no statement (%s)', async (_, headline) => {
    await writeFile(path.join(dir, 'seeds', 'puente.txt'), [headline, ...BODY].join('\n\n'));
    const { log } = recordingLogger();
    const library = await openLibrary(readConfig({ SEEDS_DIR: path.join(dir, 'seeds'), INDEX_DIR: path.join(dir, 'index') }), log);
    const article = library.sources().find((source) => source.id === 'puente');
    expect(article?.title).toBe(headline);
    // The headline is the title, not a paragraph of the text that statements and answers are drawn from.
    expect(library.article('puente')?.text).not.toContain('antes del verano');
    expect(library.article('puente')?.text).not.toContain('before summer');
    const statements = library.statements('puente') ?? [];
    expect(statements.filter((statement) => /puente viejo antes|old bridge/iu.test(statement.text))).toEqual([]);
  });
});
