/**
 * A restarted bot does its first-use work (quote data, quote book, /sources rows) in its idle time
 * after the start (src/warm-up.ts), once the files changed while it was stopped are applied: a question asked while it
 * warms up is answered first and as without it, and closing the library while it warms up stops it cleanly.
 */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apertiumAvailable } from '../../src/answer/apertium.js';
import { readConfig } from '../../src/config.js';
import { openLibrary, type OpenedLibrary, type OpenLibraryOptions } from '../../src/library.js';
import type { AskResult } from '../../src/answer/types.js';
import { loggerCalling, type Logged } from '../support/recording-logger.js';
import { copySeedFolder } from '../support/seed-folder.js';
import { eventually, FIRST_UPDATE_MS } from '../support/eventually.js';
import { libraryCloser } from '../support/library-closer.js';

const QUESTION = '¿Qué prometió Putin a Kim?';

let dir: string;
let seedsDir: string;
let indexDir: string;
beforeEach(async () => {
  ({ dir, seedsDir, indexDir } = await copySeedFolder('hemeroteca-warm-up-'));
  // Built once and saved: the library under test is restored from its snapshot, as after a restart.
  await (await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir, TRANSLATOR: 'none' }), loggerCalling(() => undefined))).close();
});
const libraries = libraryCloser();
afterEach(async () => {
  await libraries.closeAll();
  await rm(dir, { recursive: true, force: true });
});

/** A watching restart whose warm-up begins at once; `onLog` sees each log entry as it is logged (with the library, once opened). */
async function restart(onLog: (entry: Logged, library: OpenedLibrary) => void, warmUp: OpenLibraryOptions['warmUp'] = { afterMs: 0 }, more: { translator?: 'apertium'; startTranslator?: boolean } = {}) {
  const logged: Logged[] = [];
  let opened: OpenedLibrary | undefined;
  const log = loggerCalling((entry) => {
    logged.push(entry);
    if (opened) onLog(entry, opened);
  });
  const config = readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir, TRANSLATOR: more.translator ?? 'none' });
  opened = libraries.track(await openLibrary(config, log, { watch: true, warmUp, startTranslator: more.startTranslator }));
  return { library: opened, logged };
}

const said = (logged: Logged[], message: string) => logged.some((entry) => entry.message === message);

describe('the warm-up after a start', { timeout: FIRST_UPDATE_MS }, () => {
  it('answers a question asked as it begins before its first step, as without a warm-up, then warms up', async () => {
    const cold = await restart(() => undefined, false);
    const expected = await cold.library.ask(QUESTION);
    await cold.library.close();
    expect(expected.citations.length).toBeGreaterThan(0);

    const order: string[] = [];
    let answer: Promise<AskResult> | undefined;
    const { logged } = await restart(({ message }, library) => {
      order.push(message);
      if (message === 'warming up') answer = library.ask(QUESTION).finally(() => order.push('answered'));
    });
    await eventually(() => said(logged, 'warmed up'), 'the warm-up to end');
    expect(await answer).toEqual(expected);
    expect(order.indexOf('answered')).toBeGreaterThan(order.indexOf('warming up'));
    expect(order.indexOf('answered')).toBeLessThan(order.indexOf('warmed up'));
    const steps = logged.find((entry) => entry.message === 'warmed up')?.fields.ms;
    expect(Object.keys(steps ?? {})).toEqual(expect.arrayContaining(['quoteData', 'quoteBook']));
  });

  it('begins only once the files added while the bot was stopped are applied (the start-up catch-up comes first)', async () => {
    await writeFile(path.join(seedsDir, 'faro.txt'), [
      'El faro de Punta Lobera volvió a encenderse tras ocho años',
      'El ayuntamiento encendió el martes la linterna restaurada del faro de Punta Lobera, apagada desde una tormenta.',
    ].join('\n\n'));
    const order: string[] = [];
    const { library, logged } = await restart(({ message }) => order.push(message));
    await eventually(() => said(logged, 'warmed up'), 'the warm-up to end');
    expect(library.sources().some(({ title }) => title.includes('Punta Lobera'))).toBe(true);
    expect(order.indexOf('applied seed changes')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('applied seed changes')).toBeLessThan(order.indexOf('warming up'));
  });

  it.skipIf(!apertiumAvailable())('starts the question translator first when asked to (the bot, console mode), so that no question waits for it', async () => {
    const { logged } = await restart(() => undefined, { afterMs: 0 }, { translator: 'apertium', startTranslator: true });
    await eventually(() => said(logged, 'warmed up'), 'the warm-up to end');
    expect(Object.keys(logged.find((entry) => entry.message === 'warmed up')?.fields.ms ?? {})[0]).toBe('translator');
  });

  it('reads /ask\'s postings whole in its first step: a watching restart reads its questions\' lists from the snapshot\'s file until then, with the same answers', async () => {
    const questions = [QUESTION, 'What did the central bank decide about interest rates?', '¿Dónde se inauguró el puente?'];
    const config = readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir, TRANSLATOR: 'none' });
    // Not watching, a restart reads the postings whole as it loads.
    const whole = libraries.track(await openLibrary(config, loggerCalling(() => undefined)));
    const expected = await Promise.all(questions.map((question) => whole.ask(question)));
    await whole.close();
    expect(expected[0]!.citations.length).toBeGreaterThan(0);

    const lazy = await restart(() => undefined, false);
    expect(await Promise.all(questions.map((question) => lazy.library.ask(question)))).toEqual(expected);
    await lazy.library.close();

    const { library, logged } = await restart(() => undefined);
    await eventually(() => said(logged, 'warmed up'), 'the warm-up to end');
    expect(Object.keys(logged.find((entry) => entry.message === 'warmed up')?.fields.ms ?? {})[0]).toBe('postings');
    expect(await Promise.all(questions.map((question) => library.ask(question)))).toEqual(expected);
  });

  it('stops when the library is closed during it: close resolves, no further step runs, nothing is logged as a problem', async () => {
    let closing: Promise<void> | undefined;
    const { logged } = await restart(({ message }, library) => {
      if (message === 'warming up') closing = library.close();
    });
    await eventually(() => said(logged, 'warm-up stopped'), 'the warm-up to stop');
    await closing;
    expect(logged.find((entry) => entry.message === 'warm-up stopped')?.fields.ms).toEqual({});
    expect(said(logged, 'warmed up')).toBe(false);
    expect(logged.filter(({ level }) => level === 'warn' || level === 'error')).toEqual([]);
  });
});
