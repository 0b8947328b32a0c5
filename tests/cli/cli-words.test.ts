/**
 * What the command line prints for a person to read (a newcomer's trial at stop 60's end): the bot's words name the
 * CLI's own commands, `ask --batch` shows each question above its answer, and file names holding a line break, a
 * right-to-left override or a zero-width space never break or turn around a line, and can be typed back.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommand, testEnv, type Finished } from '../support/spawn-entry.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-cli-words-'));
  await mkdir(path.join(dir, 'seeds'));
  await writeFile(
    path.join(dir, 'seeds', 'faro.txt'),
    'El faro de Punta Brava vuelve a encenderse\n\nEl faro de Punta Brava se encenderá de nuevo el 14 de octubre, tras tres años apagado, informó el concejal Tomás Urquiza. La restauración de la linterna costó 380.000 euros.\n',
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function cli(env: Record<string, string>, ...args: string[]): Promise<Finished> {
  const child = startCommand(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], testEnv({ SEEDS_DIR: path.join(dir, 'seeds'), INDEX_DIR: path.join(dir, 'index'), ...env }));
  child.stdin?.end();
  return child.finished;
}

const RUN_MS = 120_000;
/** A slash command of Discord or the console, in either language: no command the CLI has. */
const SLASH_COMMAND = /(?:^|\s)\/(?:fuentes|sources|citas|quote|preguntar|ask)\b/u;

describe('the bot\u2019s words in the CLI', () => {
  it('name the CLI\u2019s commands, not Discord\u2019s, when a question is empty or only a greeting', async () => {
    for (const [lang, greeting] of [['es_AR.UTF-8', 'buenas tardes'], ['en_US.UTF-8', 'good morning']] as const) {
      const empty = await cli({ LANG: lang }, 'ask', '  ');
      expect(empty.code).toBe(2);
      expect(empty.stderr).toContain('`sources`');
      expect(empty.stderr).not.toMatch(SLASH_COMMAND);
      const hello = await cli({ LANG: lang }, 'ask', greeting, '--json');
      const answer = (JSON.parse(hello.stdout || '{}') as { answer?: string }).answer ?? hello.stderr;
      expect(answer).toContain('`sources`');
      expect(answer).toContain('`quote`');
      expect(answer).not.toMatch(SLASH_COMMAND);
    }
  }, 4 * RUN_MS);

  it('name the CLI\u2019s commands in a refusal, as text and as JSON', async () => {
    const asked = ['¿Cuántos pescadores viven en la aldea de Sorrondo?', 'How many ferries cross to Sorrondo island?'];
    for (const question of asked) {
      const text = await cli({}, 'ask', question);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('`sources`');
      expect(text.stdout).not.toMatch(SLASH_COMMAND);
      const json = JSON.parse((await cli({}, 'ask', question, '--json')).stdout) as { refused: boolean; answer: string };
      expect(json.refused).toBe(true);
      expect(json.answer).not.toMatch(SLASH_COMMAND);
    }
  }, 4 * RUN_MS);
});

describe('npm run cli -- ask --batch as text', () => {
  it('shows each question, numbered, above its answer', async () => {
    const file = path.join(dir, 'lote.txt');
    const questions = ['¿Cuándo se encenderá el faro de Punta Brava?', '¿Cuánto costó la restauración de la linterna?', 'xq'];
    await writeFile(file, `${questions.join('\n')}\n`);
    const { code, stdout } = await cli({ LANG: 'es_ES.UTF-8' }, 'ask', '--batch', file);
    expect(code).toBe(0);
    const at = questions.map((question, index) => stdout.indexOf(`Pregunta ${index + 1}: ${question}`));
    expect(at.every((position) => position >= 0), stdout).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Each answer lies under its own question.
    expect(stdout.slice(at[0], at[1])).toContain('14 de octubre');
    expect(stdout.slice(at[1], at[2])).toContain('380.000 euros');
    // In English too, with the terminal's words.
    const english = await cli({ LANG: 'en_GB.UTF-8' }, 'ask', '--batch', file);
    expect(english.stdout).toContain(`Question 2: ${questions[1]}`);
  }, 2 * RUN_MS);
});

describe('file names with characters a terminal acts on', () => {
  it('are never written raw, in the log or the listing, and the listed id finds its article', async () => {
    const seeds = path.join(dir, 'seeds-odd');
    await mkdir(seeds);
    const story = (place: string) => `Nuevo mercado en ${place}\n\nEl mercado de ${place} abrirá sus puertas el lunes, según la cooperativa local.\n`;
    const names = ['linea\npartida', 'giro\u202Eizquierda', 'hueco\u200Bcero'];
    for (const [index, name] of names.entries()) {
      const place = ['Alcorá', 'Benitaya', 'Cuevarrasa'][index]!;
      await writeFile(path.join(seeds, `${name}.txt`), story(place));
      // A second file giving the same id: skipped with a warning that names both.
      await writeFile(path.join(seeds, `${name}.md`), story(place));
    }
    const env = { SEEDS_DIR: seeds, INDEX_DIR: path.join(dir, 'index-odd'), LANG: 'en_US.UTF-8' };
    const listed = await cli(env, 'sources');
    expect(listed.code).toBe(0);
    for (const output of [listed.stdout, listed.stderr]) expect(output).not.toMatch(/[\u202E\u200B]/u);
    // Every log line is one line: the warnings name the files with their line break escaped.
    expect(listed.stderr.split('\n').filter(Boolean).every((line) => /^\d{4}-\d\d-\d\dT\S+ [A-Z]+ /u.test(line)), listed.stderr).toBe(true);
    expect(listed.stderr).toMatch(/giro\\u202eizquierda/u);
    const ids = [...listed.stdout.matchAll(/^ {4}id: (.+)$/gmu)].map((match) => match[1]!);
    expect(ids.sort()).toEqual(['giroizquierda', 'huecocero', 'linea partida']);
    for (const id of ids) {
      const shown = await cli(env, 'show', id);
      expect(shown.code, shown.stderr).toBe(0);
      expect(shown.stdout).toMatch(/^Nuevo mercado en /u);
    }
  }, 5 * RUN_MS);
});
