import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary, type Library } from '../../src/library.js';
import { COMMANDS } from '../../src/present/command-table.js';
import { recordingLogger } from '../support/recording-logger.js';
import { SEEDS_DIR } from '../support/seed-library.js';

let indexDir: string;
let library: Library;
beforeAll(async () => {
  indexDir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-table-'));
  library = await openLibrary(readConfig({ SEEDS_DIR, INDEX_DIR: indexDir }), recordingLogger().log);
});
afterAll(async () => {
  await rm(indexDir, { recursive: true, force: true });
});

describe('text replies (console and CLI) read what a Discord user would type', () => {
  it.each(['@everyone', '@here', '<@123456789012345678>', '<@&42>', '<#42>'])('a question with %s in it gets the same answer as without', async (mention) => {
    const plain = await COMMANDS.ask.textReply(library, '¿Qué dijo Kim?', 'es');
    const withMention = await COMMANDS.ask.textReply(library, `${mention} ¿Qué dijo Kim?`, 'es');
    expect(withMention).toBe(plain);
    expect(plain).toMatch(/\[1\]/);
  });

  it('an actor longer than a lookup reads is refused with its length and the limit, in the reply\'s language (lead\'s inbox)', async () => {
    const pasted = `Putin ${'y sus aliados '.repeat(40)}`;
    expect(await COMMANDS.quote.textReply(library, pasted, 'es')).toBe(`El nombre es demasiado largo (${[...pasted.trim()].length} caracteres; el máximo es 200). Acórtalo, por favor.`);
    expect(await COMMANDS.quote.textReply(library, pasted, 'en')).toMatch(/^The name is too long \(\d+ characters; the limit is 200\)/);
  });

  it('an actor with a mention beside it is looked up as the name alone', async () => {
    const plain = await COMMANDS.quote.textReply(library, 'Putin', 'es');
    expect(await COMMANDS.quote.textReply(library, '<@123> Putin', 'es')).toBe(plain);
  });
});
