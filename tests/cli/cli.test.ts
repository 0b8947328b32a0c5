/**
 * The command line's exit status, as a script calling it relies on (README: 0 on success, 2 on a usage
 * error with the message on stderr and nothing on stdout).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommand, testEnv, type Finished } from '../support/spawn-entry.js';
import { apertiumAvailable } from '../../src/answer/apertium.js';
import { MAX_QUESTION_LENGTH } from '../../src/answer/question.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-cli-'));
  await mkdir(path.join(dir, 'seeds'));
  await writeFile(path.join(dir, 'seeds', 'puente.txt'), 'El puente de Arganda abrirá en mayo\n\nLa alcaldesa Marta Gil dijo que el puente abrirá en mayo, tras dos años de obras.\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** `npm run cli -- …args` as the README runs it, without npm's wrapper, in an English terminal unless `env` says otherwise. */
function cli(...args: string[]): Promise<Finished> {
  return cliWith({}, ...args);
}

function cliWith(env: Record<string, string>, ...args: string[]): Promise<Finished> {
  const child = startCommand(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], testEnv({ SEEDS_DIR: path.join(dir, 'seeds'), INDEX_DIR: path.join(dir, 'index'), ...env }));
  child.stdin?.end();
  return child.finished;
}

// Each run is a process of its own that loads the index: generous for a loaded 2-core machine.
const RUN_MS = 120_000;

describe('npm run cli -- quote', () => {
  it('refuses an actor longer than a lookup reads, saying its length and the limit: exit 2, nothing on stdout', async () => {
    const { code, stdout, stderr } = await cli('quote', 'Marta Gil '.repeat(30), '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('The name is too long (299 characters; the limit is 200)');
  }, RUN_MS);

  it('takes an empty or blank actor, as from an unset shell variable, for a missing one: exit 2, nothing on stdout', async () => {
    for (const actor of ['', '   ']) {
      const { code, stdout, stderr } = await cli('quote', actor, '--json');
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('The quote command needs an actor.');
    }
  }, RUN_MS);

  it('answers a named actor with exit 0 and one JSON document', async () => {
    const { code, stdout } = await cli('quote', 'Marta Gil', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ actor: 'Marta Gil', statements: [{ kind: 'indirect', speaker: 'Marta Gil' }] });
  }, RUN_MS);
});

describe('npm run cli -- sources and quote as text', () => {
  it('labels its text in the terminal\u2019s language, as the console does, Spanish without a locale', async () => {
    const english = await cli('sources');
    expect(english.stdout).toContain('Indexed articles');
    for (const LANG of ['es_ES.UTF-8', 'C.UTF-8']) {
      const spanish = await cliWith({ LANG }, 'sources');
      expect(spanish.code).toBe(0);
      expect(spanish.stdout).toContain('Artículos indexados');
      expect(spanish.stdout).not.toContain('Indexed articles');
    }
    const quoted = await cliWith({ LANG: 'es_ES.UTF-8' }, 'quote', 'Marta Gil');
    expect(quoted.stdout).toMatch(/^Declaraciones: Marta Gil — 1 declaración/u);
  }, RUN_MS);
});

describe('npm run cli -- errors in the terminal\u2019s language', () => {
  it('says what went wrong in Spanish under a Spanish or POSIX locale, in English under an English one: exit 2, nothing on stdout', async () => {
    const unknown = await cliWith({ LANG: 'C.UTF-8' }, 'show', 'no-existe');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('Ningún artículo indexado tiene el id «no-existe»');
    // A mistyped command is told before any article is read: cheap to try in each locale.
    for (const LANG of ['es_ES.UTF-8', 'C.UTF-8']) {
      const mistyped = await cliWith({ LANG }, 'frobnicar');
      expect(mistyped.code).toBe(2);
      expect(mistyped.stderr).toContain('No conozco el comando «frobnicar».');
      expect(mistyped.stderr).toContain('Uso: npm run --silent cli -- <comando> [--json]');
    }
    const english = await cliWith({ LANG: 'en_GB.UTF-8' }, 'frobnicate');
    expect(english.stderr).toContain('Unknown command "frobnicate".');
    expect(english.stderr).toContain('Usage: npm run --silent cli -- <command> [--json]');
  }, 2 * RUN_MS);

  it('says what is wrong with an option in the terminal\u2019s language, not in node\u2019s English: exit 2, nothing on stdout', async () => {
    const cases: [string[], string, string][] = [
      [['sources', '--jsonx'], 'No conozco la opción «--jsonx».', 'Unknown option "--jsonx".'],
      [['quote', 'Kim', '--page'], 'La opción --page necesita un valor.', 'The option --page needs a value.'],
      [['sources', '--json=3'], 'La opción --json no lleva valor.', 'The option --json takes no value.'],
    ];
    for (const [args, spanish, english] of cases) {
      const inSpanish = await cliWith({ LANG: 'es_ES.UTF-8' }, ...args);
      expect([inSpanish.code, inSpanish.stdout]).toEqual([2, '']);
      expect(inSpanish.stderr.startsWith(`${spanish}\n\nUso:`), inSpanish.stderr).toBe(true);
      const inEnglish = await cliWith({ LANG: 'en_US.UTF-8' }, ...args);
      expect(inEnglish.stderr.startsWith(`${english}\n\nUsage:`), inEnglish.stderr).toBe(true);
    }
  }, 6 * RUN_MS);

  it('refuses a negative page in the user’s words, as any other page that is no whole number from 1: exit 2, nothing on stdout', async () => {
    for (const page of ['-1', '0']) {
      const refused = await cliWith({ LANG: 'C.UTF-8' }, 'sources', '--page', page);
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toContain('--page lleva un número entero desde 1.');
    }
  }, 2 * RUN_MS);
});

describe('npm run cli -- ask --batch', () => {
  it('prints one JSON document per line of the file, a blank line included, so that answer N is line N', async () => {
    const file = path.join(dir, 'preguntas.txt');
    const huge = `¿${'puente '.repeat(300_000)}?`;
    await writeFile(file, `¿Cuándo abrirá el puente de Arganda?\n\n¿Qué dijo Marta Gil?\n${huge}\n`);
    const { code, stdout } = await cli('ask', '--batch', file, '--json');
    expect(code).toBe(0);
    const answers = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { question: string; refused: boolean; problem?: string });
    expect(answers.map(({ question }) => question.slice(0, 40))).toEqual(['¿Cuándo abrirá el puente de Arganda?', '', '¿Qué dijo Marta Gil?', '¿puente puente puente puente puente puen']);
    // A line not looked up says why, apart from a refusal by the articles; a huge one is not echoed whole.
    expect(answers.map(({ problem }) => problem)).toEqual([undefined, 'empty', undefined, 'too_long']);
    expect([answers[1]!.refused, answers[3]!.refused]).toEqual([true, true]);
    expect(answers[3]!.question.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
    expect(stdout.length).toBeLessThan(20_000);
  }, RUN_MS);
});

describe('npm run cli -- ask --batch, read by a person', () => {
  it('skips blank lines and "#" comments, and prints a bad line\'s message without labelling it an answer', async () => {
    const file = path.join(dir, 'preguntas-texto.txt');
    await writeFile(file, '# preguntas del lunes\n\n¿Cuándo abrirá el puente de Arganda?\n\n?!\n');
    const { code, stdout } = await cli('ask', '--batch', file);
    expect(code).toBe(0);
    expect(stdout).toContain('mayo');
    expect(stdout).not.toMatch(/empty|vacía|comentario|lunes/iu);
    // One answer and one message: a single "extractive answer" footer.
    expect(stdout.match(/extractiv/giu)?.length).toBe(1);
  }, RUN_MS);
});

describe('npm run cli -- ask', () => {
  it('says what is wrong with an empty question in the terminal\u2019s language: exit 2, nothing on stdout', async () => {
    const english = await cli('ask', '');
    expect(english.code).toBe(2);
    expect(english.stdout).toBe('');
    expect(english.stderr).toMatch(/question is empty/iu);
    const spanish = await cliWith({ LANG: 'es_ES.UTF-8' }, 'ask', '');
    expect(spanish.stderr).toMatch(/pregunta está vacía/iu);
    // The POSIX default names no language: the bot's own default, Spanish, is kept.
    const posix = await cliWith({ LANG: 'C.UTF-8' }, 'ask', '');
    expect(posix.stderr).toMatch(/pregunta está vacía/iu);
  }, RUN_MS);

  it('takes a seeds folder that does not exist (a mistyped SEEDS_DIR) for a usage error, not a question the articles do not cover: exit 2, nothing on stdout', async () => {
    const missing = path.join(dir, 'sedes');
    const { code, stdout, stderr } = await cliWith({ SEEDS_DIR: missing, INDEX_DIR: path.join(dir, 'index-missing') }, 'ask', '¿Cuándo abrirá el puente de Arganda?', '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^hemeroteca: The seeds folder "${missing}" does not exist`, 'u'));
  }, RUN_MS);

  it('says what is wrong with a bad setting in one line, without the usage text a wrong command line gets: exit 2, nothing on stdout', async () => {
    const { code, stdout, stderr } = await cliWith({ LLM_PROVIDER: 'bogus', LANG: 'en_US.UTF-8' }, 'ask', '¿Cuándo abrirá el puente de Arganda?');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe('hemeroteca: Configuration error: LLM_PROVIDER must be one of none, openai, ollama (got "bogus") (see .env.example).');
    // In the terminal's language, as the CLI's other words (newcomer 16's D12: Spanish for a missing folder, English for a bad setting).
    const spanish = await cliWith({ BUILD_THREADS: 'dos', LANG: 'es_ES.UTF-8' }, 'sources');
    expect(spanish.code).toBe(2);
    expect(spanish.stderr.trim()).toBe('hemeroteca: Error de configuración: BUILD_THREADS debe ser un número entero positivo de hilos (es «dos») (ver .env.example).');
  }, RUN_MS);

  it.skipIf(transformersInstalled())('says so, as of any setting that cannot work, when EMBEDDINGS_PROVIDER=transformers lacks its optional package: exit 2, in the terminal\u2019s language', async () => {
    const { code, stdout, stderr } = await cliWith({ EMBEDDINGS_PROVIDER: 'transformers', LANG: 'es_ES.UTF-8', INDEX_DIR: path.join(dir, 'index-transformers') }, 'ask', '¿Cuándo abrirá el puente de Arganda?', '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toMatch(/^hemeroteca: Error de configuración: EMBEDDINGS_PROVIDER=transformers necesita el paquete opcional @huggingface\/transformers/u);
  }, RUN_MS);
});

/** Whether the optional embedding package is installed here (then the setting works, and its missing-package message cannot be seen). */
function transformersInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('@huggingface/transformers');
    return true;
  } catch {
    return false;
  }
}

describe('npm run cli -- show and statements, by the id sources shows', () => {
  it('finds an article whose file name holds a line break by the id as sources prints it on one line', async () => {
    const seeds = path.join(dir, 'seeds-odd-names');
    await mkdir(seeds);
    await writeFile(path.join(seeds, 'raro\nnombre.txt'), 'El faro de Cabo Lumbre se apagó\n\nEl farero Tomás Rial dijo que el faro de Cabo Lumbre se apagó el lunes por una avería.\n');
    const env = { SEEDS_DIR: seeds, INDEX_DIR: path.join(dir, 'index-odd-names') };
    const listed = await cliWith(env, 'sources');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('id: raro nombre');
    const shown = await cliWith(env, 'show', 'raro nombre', '--json');
    expect(shown.code).toBe(0);
    expect((JSON.parse(shown.stdout) as { id: string; title: string })).toMatchObject({ id: 'raro\nnombre', title: 'El faro de Cabo Lumbre se apagó' });
    const statements = await cliWith(env, 'statements', 'raro nombre', '--json');
    expect(statements.code).toBe(0);
    expect((JSON.parse(statements.stdout) as { articleId: string }).articleId).toBe('raro\nnombre');
  }, 3 * RUN_MS);

  it('finds an article whose file name was saved with decomposed accents by its id typed composed', async () => {
    const seeds = path.join(dir, 'seeds-decomposed');
    await mkdir(seeds);
    await writeFile(path.join(seeds, 'cancio\u0301n.txt'), 'El faro de Cabo Lumbre se apagó\n\nEl farero Tomás Rial dijo que el faro de Cabo Lumbre se apagó el lunes por una avería.\n');
    const shown = await cliWith({ SEEDS_DIR: seeds, INDEX_DIR: path.join(dir, 'index-decomposed') }, 'show', 'canci\u00f3n', '--json');
    expect(shown.code).toBe(0);
    expect((JSON.parse(shown.stdout) as { title: string }).title).toBe('El faro de Cabo Lumbre se apagó');
  }, 2 * RUN_MS);

  it('gives each passage\u2019s and statement\u2019s offsets in UTF-16 code units and, beside them, in code points', async () => {
    const seeds = path.join(dir, 'seeds-emoji');
    await mkdir(seeds);
    await writeFile(path.join(seeds, 'ola.txt'), 'Ola de calor 🌡️ en Lumbre 🔥\n\nEl termómetro 🌡️ marcó 41 grados en Lumbre 🔥, el récord del siglo.\n\nLa meteoróloga Ana Rial dijo que el calor durará hasta el domingo.\n');
    const env = { SEEDS_DIR: seeds, INDEX_DIR: path.join(dir, 'index-emoji') };
    const shown = await cliWith(env, 'show', 'ola', '--json');
    expect(shown.code).toBe(0);
    type Span = { start: number; end: number; startCodePoint: number; endCodePoint: number; text: string };
    const article = JSON.parse(shown.stdout) as { text: string; passages: Span[] };
    const codePoints = [...article.text];
    const statements = await cliWith(env, 'statements', 'ola', '--json');
    const spans = [...article.passages, ...(JSON.parse(statements.stdout) as { statements: Span[] }).statements];
    expect(spans.some((span) => span.startCodePoint < span.start)).toBe(true);
    for (const span of spans) {
      expect(article.text.slice(span.start, span.end)).toContain(span.text);
      expect(codePoints.slice(span.startCodePoint, span.endCodePoint).join('')).toBe(article.text.slice(span.start, span.end));
    }
  }, 3 * RUN_MS);
});

describe.skipIf(!apertiumAvailable())('npm run cli -- ask with Apertium, whatever the user\u2019s locale', () => {
  it('translates an English question under a LANG the system lacks, as under any other', async () => {
    const seeds = path.join(dir, 'seeds-locale');
    await mkdir(seeds);
    await writeFile(path.join(seeds, 'puente.html'), '<html><head><title>Puente</title></head><body><p>El ministro Carlos Díaz anunció que el puente abrirá en mayo.</p></body></html>');
    const env = { SEEDS_DIR: seeds, INDEX_DIR: path.join(dir, 'index-locale'), TRANSLATOR: 'auto' };
    for (const LANG of ['xx_XX.UTF-8', 'C.UTF-8']) {
      const { code, stdout } = await cliWith({ ...env, LANG }, 'ask', 'What did the minister say about the bridge?', '--json');
      expect(code, LANG).toBe(0);
      expect((JSON.parse(stdout) as { refused: boolean }).refused, LANG).toBe(false);
    }
  }, 3 * RUN_MS);
});
