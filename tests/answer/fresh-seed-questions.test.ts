/**
 * Twelve journalist questions about the two seed articles (8 Spanish, 4 English), written before the
 * fourth round of fixes and kept as a check of the whole /ask path (quote rules, translator): the
 * first quoted sentence must be the one that answers. English ones need Apertium and are skipped,
 * saying so, without it. docs/EVALUATION.md records how many were right before and after.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apertiumAvailable } from '../../src/answer/apertium.js';
import { readConfig } from '../../src/config.js';
import { openLibrary, type Library } from '../../src/library.js';
import { recordingLogger } from '../support/recording-logger.js';
import { SEEDS_DIR } from '../support/seed-library.js';

const SPANISH: Array<[question: string, answer: string]> = [
  ['¿Cuándo visitó Kim el cosmódromo de Vostochny?', 'el pasado mes de septiembre'],
  ['¿Con qué motivo envió Kim su mensaje a Putin?', 'Con motivo del Día Nacional de Rusia'],
  ['¿Qué armas habría facilitado Corea del Norte a Rusia?', 'proyectiles de artillería, cohetes de hombro y misiles'],
  ['¿Qué países participarán en la cumbre de Camp David?', 'Los líderes de Corea del Sur, Estados Unidos y Japón'],
  ['¿Qué han negado Pyongyang y Moscú?', 'han negado cualquier transacción de armamento'],
  ['¿Qué recibiría Corea del Norte a cambio de las armas?', 'a cambio de ayuda tecnológica'],
  ['¿Ha confirmado el Kremlin la fecha de la visita de Putin?', 'no ha confirmado la fecha de la visita'],
  ['¿Dónde se forjó la amistad entre los dos países según Kim?', 'se forjó en la Segunda Guerra Mundial'],
];
const ENGLISH: Array<[question: string, answer: string]> = [
  ["Which agency reported Kim's message to Putin?", 'según ha informado este miércoles la agencia estatal KCNA'],
  ['When will the trilateral summit at Camp David take place?', 'el 18 de agosto en Camp David'],
  ['What did Kim visit in the Russian Far East?', 'cosmódromo de Vostochny'],
];

/**
 * Still wrong: quotes "Funcionarios de Washington y Seúl han acusado a Corea del Norte de enviar armas a
 * Rusia…", which says weapons but not which (Apertium's "suministrando" meets neither "facilitar" nor
 * "enviar"). Held as failing, so that a fix shows and moves it up.
 */
const STILL_WRONG: Array<[question: string, answer: string]> = [
  ['What weapons is North Korea accused of supplying to Russia?', 'proyectiles de artillería, cohetes de hombro y misiles'],
];

const apertium = apertiumAvailable();
if (!apertium) console.warn('apertium-eng-spa is not installed: the English seed questions are skipped (apt-get install apertium-eng-spa)');

let dir: string;
let library: Library;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-fresh-'));
  library = await openLibrary(readConfig({ SEEDS_DIR, INDEX_DIR: path.join(dir, 'index'), TRANSLATOR: apertium ? 'apertium' : 'none' }), recordingLogger().log);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The first quoted sentence of an answer (between «» in Spanish, “” in English). */
function firstQuote(answer: string): string {
  return /[«“](.*?)[»”] \[\d+\]/u.exec(answer)?.[1] ?? '';
}

describe('fresh journalist questions on the seeds', () => {
  it.each(SPANISH)('%s → "%s"', async (question, answer) => {
    const result = await library.ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result.answer)).toContain(answer);
  });

  it.skipIf(!apertium).each(ENGLISH)('%s → "%s"', async (question, answer) => {
    const result = await library.ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result.answer)).toContain(answer);
  });

  it.skipIf(!apertium).fails.each(STILL_WRONG)('still wrong: %s → "%s"', async (question, answer) => {
    const result = await library.ask(question);
    expect(firstQuote(result.answer)).toContain(answer);
  });
});
