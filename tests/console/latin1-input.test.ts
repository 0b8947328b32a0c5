/**
 * Questions that arrive as Latin-1 (Windows-1252) bytes, not UTF-8: piped into console mode, or in a question file
 * for `cli -- ask --batch`. They are read as a seed file is (UTF-8, else Latin-1, a line at a time), so "¿Cuánto…?"
 * is answered as typed, not refused as a question with U+FFFD where its accented letters were (a newcomer's trial at
 * stop 60's end).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommand, startEntry, testEnv } from '../support/spawn-entry.js';

let dir: string;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-latin1-'));
  await mkdir(path.join(dir, 'seeds'));
  await writeFile(
    path.join(dir, 'seeds', 'vendimia.txt'),
    'La vendimia de Peñalba se adelanta\n\nLos viticultores de Peñalba empezarán la vendimia el 19 de agosto, dos semanas antes que el año pasado, según la bodega cooperativa. La cosecha rondará los 2,3 millones de kilos de uva.\n',
  );
  env = testEnv({ SEEDS_DIR: path.join(dir, 'seeds'), INDEX_DIR: path.join(dir, 'index'), LANG: 'es_ES.UTF-8' });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const QUESTIONS = ['¿Cuándo empezará la vendimia en Peñalba?', '¿Cuántos kilos de uva dará la cosecha?'];
const RUN_MS = 120_000;

describe('console mode with Latin-1 bytes piped in', () => {
  it('answers each line as the same line in UTF-8 is answered, a UTF-8 line among them too', async () => {
    const run = async (bytes: Buffer) => {
      const child = startEntry('src/main.ts', env);
      child.stdin?.end(bytes);
      return child.finished;
    };
    const lines = QUESTIONS.map((question) => `/preguntar ${question}\n`);
    const utf8 = await run(Buffer.from(lines.join(''), 'utf8'));
    expect(utf8.code).toBe(0);
    expect(utf8.stdout).toContain('19 de agosto');
    expect(utf8.stdout).toContain('2,3 millones');
    // The first line in Latin-1, the second in UTF-8: each read as written.
    const mixed = await run(Buffer.concat([Buffer.from(lines[0]!, 'latin1'), Buffer.from(lines[1]!, 'utf8')]));
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).not.toContain('\uFFFD');
    expect(mixed.stdout).toBe(utf8.stdout);
  }, 2 * RUN_MS);
});

describe('cli -- ask --batch with a Latin-1 question file', () => {
  it('answers its questions as a UTF-8 file\u2019s', async () => {
    const batch = async (name: string, bytes: Buffer) => {
      const file = path.join(dir, name);
      await writeFile(file, bytes);
      const child = startCommand(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'ask', '--batch', file, '--json'], env);
      child.stdin?.end();
      return child.finished;
    };
    const text = `${QUESTIONS.join('\n')}\n`;
    const utf8 = await batch('preguntas-utf8.txt', Buffer.from(text, 'utf8'));
    const latin1 = await batch('preguntas-latin1.txt', Buffer.from(text, 'latin1'));
    expect(latin1.code).toBe(0);
    const answers = latin1.stdout.trim().split('\n').map((line) => JSON.parse(line) as { question: string; refused: boolean });
    expect(answers.map(({ question }) => question)).toEqual(QUESTIONS);
    expect(answers.map(({ refused }) => refused)).toEqual([false, false]);
    expect(latin1.stdout).toBe(utf8.stdout);
  }, 2 * RUN_MS);
});
