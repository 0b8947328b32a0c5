import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConsoleLine, runConsole } from '../../src/console.js';
import type { Library } from '../../src/library.js';
import { readChecked } from '../../src/answer/question.js';
import { silentLogger } from '../../src/log.js';
import { hostileText } from '../support/hostile-text.js';
import { runEntry, testEnv } from '../support/spawn-entry.js';
import { askResult, quoteResult, sourceEntry, statement } from '../discord/results.js';

let indexDir: string;
beforeAll(async () => {
  indexDir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-console-'));
});
afterAll(() => rm(indexDir, { recursive: true, force: true }));

describe('console mode through npm start (piped input)', () => {
  it('answers each command line, prints no banner, and exits 0 at the end of input', async () => {
    const input = ['/ask ¿Qué prometió Putin?', '/sources', '', '/quote Putin', '/nonsense here', '¿Qué prometió Putin?', '/sources two'].join('\n') + '\n';
    const { code, stdout, stderr } = await runEntry('src/main.ts', testEnv({ SEEDS_DIR: 'seeds', INDEX_DIR: indexDir }), input);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/articles indexed|artículos indexados/);
    expect(stdout.split('\n')[0]).toMatch(/\[1\]/);
    expect(stdout).toMatch(/\n\nFuentes:\n\[1\] .+\n {4}\S/);
    expect(stdout).toMatch(/^Indexed articles — Page 1 of 1 · \d+ articles$/m);
    expect(stdout).toMatch(/^What .+ said — \d+ statements? in \d+ articles?$/m);
    expect(stdout).toContain('Unknown command “/nonsense”. Commands: /ask <question>, /sources [page], /quote <name> [page]');
    expect(stdout.trimEnd().endsWith('Commands: /ask <question>, /sources [page], /quote <name> [page]')).toBe(true);
    // A question typed without a command is not run, but the reply shows how to ask it.
    expect(stdout).toContain('Commands start with “/”. Type: /ask ¿Qué prometió Putin?');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('survives any input line', async () => {
    const lines = fc.sample(hostileText().map((text) => text.replace(/[\r\n\u2028\u2029]/g, ' ')), { numRuns: 40, seed: 7 });
    const input = lines.flatMap((line, i) => [`/ask ${line}`, `/quote ${line}`, i % 2 ? line : `/sources ${line}`]).join('\n');
    const { code, stdout } = await runEntry('src/main.ts', testEnv({ SEEDS_DIR: 'seeds', INDEX_DIR: indexDir }), input);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/Something went wrong/);
    // A process of its own answering 120 commands: 5 s on a quiet machine, past 30 s beside a whole test run at load 15+.
  }, 90_000);

  it('says what is wrong with a bad setting in one line and exits 2, as every front end does', async () => {
    const { code, stderr, stdout } = await runEntry('src/main.ts', testEnv({ SEEDS_DIR: 'seeds', INDEX_DIR: indexDir, LLM_PROVIDER: 'gpt' }));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n').at(-1)).toMatch(/^hemeroteca: Configuration error: LLM_PROVIDER must be one of none, openai, ollama/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('takes an INDEX_DIR that names a file for a bad setting, not for a damaged snapshot to rebuild, and leaves the file alone', async () => {
    const file = path.join(indexDir, 'notes.txt');
    await writeFile(file, 'my notes\n');
    const { code, stderr, stdout } = await runEntry('src/main.ts', testEnv({ SEEDS_DIR: 'seeds', INDEX_DIR: file }), '/sources\n');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n').at(-1)).toBe(`hemeroteca: Configuration error: INDEX_DIR must be a folder, or not exist yet: ${file} is a file (see .env.example).`);
    expect(stderr).not.toMatch(/damaged|rebuild/iu);
    expect(await readFile(file, 'utf8')).toBe('my notes\n');
  });
});

describe('console mode at a terminal', () => {
  const library: Library = {
    status: { articles: 12, passages: 40, statements: 9, actors: 3, origin: 'built' },
    sources: () => [sourceEntry(1)],
    checkQuestion: (question) => (question.trim() ? readChecked(question.trim(), 'es') : { ok: false, problem: 'empty', language: 'es', message: 'Escribe una pregunta.' }),
    ask: async (question) => askResult({ question: typeof question === 'string' ? question : question.question }),
    quote: () => quoteResult(),
    actors: () => [{ name: 'Ana Pérez', aliases: [], statements: 4 }],
    article: () => undefined,
    statements: () => undefined,
    suggestActors: () => [],
  };

  async function session(lines: string[], language: 'es' | 'en', { lookup = library, interactive = true } = {}) {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const done = runConsole({ library: lookup, log: silentLogger, input, output, interactive, language });
    input.end(lines.join('\n') + '\n');
    await done;
    return printed;
  }

  it('greets with the article count and examples drawn from the corpus', async () => {
    const printed = await session([], 'es');
    expect(printed).toContain('Hemeroteca: 12 artículos indexados.');
    expect(printed).toContain('/preguntar ¿Qué dijo Ana Pérez?');
    expect(printed).toContain('/citas Ana Pérez');
  });

  it('answers with the question check message for an empty question, and keeps going after a failing command', async () => {
    const failing: Library = { ...library, ask: () => Promise.reject(new Error('disk on fire')) };
    const printed = await session(['/ask', '/ask why?', '/sources'], 'en', { lookup: failing, interactive: false });
    expect(printed).toContain('Escribe una pregunta.');
    expect(printed).toMatch(/Something went wrong on my side \(error [0-9a-f]{6}\)/);
    expect(printed).toContain('Indexed articles — Page 1 of 1 · 1 article');
  });

  it('says why an argument was not taken, in the language of the command word typed', async () => {
    const printed = await session(['/sources 0', '/fuentes abc', '/quote', '/citas   '], 'en', { interactive: false });
    const replies = printed.trim().split('\n\n');
    expect(replies).toEqual([
      '“0” is not a valid page: type a whole number from 1, for example /sources 1.\nCommands: /ask <question>, /sources [page], /quote <name> [page]',
      '«abc» no vale como página: escribe un número entero desde 1, por ejemplo /fuentes 1.\nComandos: /preguntar <pregunta>, /fuentes [página], /citas <nombre> [página]',
      'The actor is missing: type /quote followed by a name, for example /quote Ana Pérez.\nCommands: /ask <question>, /sources [page], /quote <name> [page]',
      'Falta el actor: escribe /citas seguido de un nombre, por ejemplo /citas Ana Pérez.\nComandos: /preguntar <pregunta>, /fuentes [página], /citas <nombre> [página]',
    ]);
  });

  it('shows a later page of a much-quoted actor for a page number after the name, and offers the next page', async () => {
    const many = Array.from({ length: 25 }, (_, i) => statement({ text: `Declaración número ${i + 1}`, articleId: `a${i}`, title: `Artículo ${i + 1}` }));
    // Only a name the articles know finds statements: "Ana Pérez 2" is nobody, "G7" is a name of its own.
    const known = new Set(['Ana Pérez', 'G7']);
    const quoting: Library = { ...library, quote: (query) => quoteResult({ actor: query, query, statements: known.has(query) ? many : [] }) };
    const [first, second, named] = (await session(['/citas Ana Pérez', '/citas Ana Pérez 2', '/quote G7'], 'en', { lookup: quoting, interactive: false })).trim().split(/\n\n(?=Declaraciones|What)/u);
    expect(first).toContain('Siguientes: /citas Ana Pérez 2)');
    expect(second).toContain('«Declaración número 11»');
    expect(second).not.toContain('«Declaración número 1»');
    expect(second).toContain('(Se muestran de la 11 a la 20 de 25, de los artículos más recientes a los más antiguos. Siguientes: /citas Ana Pérez 3)');
    expect(named).toContain('What G7 said');
    expect(named).toContain('Next: /quote G7 2)');
  });

  it('says a page number below 1 after a known actor is no page, instead of looking for an actor named "Ana Pérez 0"', async () => {
    const quoting: Library = { ...library, quote: (query) => quoteResult({ actor: query, query, statements: query === 'Ana Pérez' ? [statement({})] : [] }) };
    const [zero, negative] = (await session(['/citas Ana Pérez 0', '/quote Ana Pérez -1'], 'en', { lookup: quoting, interactive: false })).trim().split(/\n+/u);
    expect(zero).toBe('«0» no vale como página: escribe un número entero desde 1, por ejemplo /citas Ana Pérez 1.');
    expect(negative).toBe('“-1” is not a valid page: type a whole number from 1, for example /quote Ana Pérez 1.');
  });

  it('says any number after a known actor that is no whole page is no page, however it is written (a point, a comma, 150 digits)', async () => {
    const quoting: Library = { ...library, quote: (query) => quoteResult({ actor: query, query, statements: query === 'Tomás Ruiz' ? [statement({})] : [] }) };
    const longNumber = '7'.repeat(150);
    const replies = (await session(['/quote Tomás Ruiz 2.5', '/citas Tomás Ruiz 3,25', `/quote Tomás Ruiz ${longNumber}`, '/quote Tomás Ruiz 1.000'], 'en', { lookup: quoting, interactive: false })).trim().split(/\n+/u);
    expect(replies.slice(0, 2)).toEqual([
      '“2.5” is not a valid page: type a whole number from 1, for example /quote Tomás Ruiz 1.',
      '«3,25» no vale como página: escribe un número entero desde 1, por ejemplo /citas Tomás Ruiz 1.',
    ]);
    expect(replies[2]).toMatch(/^“7+…” is not a valid page: type a whole number from 1, for example \/quote Tomás Ruiz 1\.$/u);
    expect(replies[3]).toContain('is not a valid page');
  });

  it('echoes at most a short piece of what was typed, however long the page number, argument or command word', async () => {
    const lines = [`/sources ${'9'.repeat(100_000)}`, `/fuentes ${'ab'.repeat(1_500)}`, `/${'z'.repeat(3_000)}`];
    const printed = await session(lines, 'en', { interactive: false });
    const replies = printed.trim().split('\n\n');
    expect(replies).toHaveLength(lines.length);
    for (const reply of replies) expect(reply.length).toBeLessThan(300);
    expect(replies[0]).toMatch(/^“9+…” is not a valid page/u);
  });

  it('labels /sources and /quote replies in Spanish for a Spanish command word, and in the terminal’s language for the default (English) names', async () => {
    const spanish = await session(['/fuentes', '/citas Ana Pérez'], 'en', { interactive: false });
    expect(spanish).toContain('Artículos indexados');
    expect(spanish).not.toContain('Indexed articles');
    const spanishTerminal = await session(['/sources', '/quote Ana Pérez'], 'es', { interactive: false });
    expect(spanishTerminal).toContain('Artículos indexados');
    expect(spanishTerminal).not.toContain('Indexed articles');
    const english = await session(['/sources', '/quote Ana Pérez'], 'en', { interactive: false });
    expect(english).toContain('Indexed articles');
  });
});

describe('parseConsoleLine', () => {
  it('reads commands, Spanish command names and page numbers', () => {
    expect(parseConsoleLine('  /ask   ¿Qué pasó?  ')).toEqual({ kind: 'command', name: 'ask', value: '¿Qué pasó?', language: 'en' });
    expect(parseConsoleLine('/PREGUNTAR hola')).toEqual({ kind: 'command', name: 'ask', value: 'hola', language: 'es' });
    expect(parseConsoleLine('/fuentes 3')).toEqual({ kind: 'command', name: 'sources', value: 3, language: 'es' });
    expect(parseConsoleLine('/citas Kim Jong Un')).toEqual({ kind: 'command', name: 'quote', value: 'Kim Jong Un', language: 'es' });
    expect(parseConsoleLine('/quote', 'es')).toEqual({ kind: 'bad argument', name: 'quote', typed: '', language: 'es' });
    // The default (English) names keep the console's language; a Spanish name asks for Spanish whatever it is.
    expect(parseConsoleLine('/sources 2', 'es')).toEqual({ kind: 'command', name: 'sources', value: 2, language: 'es' });
    expect(parseConsoleLine('/fuentes 2', 'en')).toEqual({ kind: 'command', name: 'sources', value: 2, language: 'es' });
    expect(parseConsoleLine('/sources -1')).toEqual({ kind: 'bad argument', name: 'sources', typed: '-1', language: 'en' });
    expect(parseConsoleLine('/ayuda')).toEqual({ kind: 'help' });
    expect(parseConsoleLine('/hola qué tal')).toEqual({ kind: 'unknown', word: '/hola' });
    expect(parseConsoleLine(' hola qué tal')).toEqual({ kind: 'without command', suggestion: '/ask hola qué tal' });
    expect(parseConsoleLine(' hola qué tal', 'es')).toEqual({ kind: 'without command', suggestion: '/preguntar hola qué tal' });
    expect(parseConsoleLine('ayuda')).toEqual({ kind: 'help' });
    expect(parseConsoleLine('   ')).toBeUndefined();
  });

  it('suggests the command a line without its slash names, or else asking the line', () => {
    expect(parseConsoleLine('quote Putin')).toEqual({ kind: 'without command', suggestion: '/quote Putin' });
    expect(parseConsoleLine('Fuentes 2', 'es')).toEqual({ kind: 'without command', suggestion: '/fuentes 2' });
    expect(parseConsoleLine('sources')).toEqual({ kind: 'without command', suggestion: '/sources' });
    expect(parseConsoleLine('ask ¿Qué pasó?')).toEqual({ kind: 'without command', suggestion: '/ask ¿Qué pasó?' });
    // "Fuentes del Gobierno…" is no page number: the line is a question.
    expect(parseConsoleLine('Fuentes del Gobierno dijeron qué', 'es')).toEqual({ kind: 'without command', suggestion: '/preguntar Fuentes del Gobierno dijeron qué' });
  });

  it('accepts an argument written as Discord shows it (option name and colon), in either language', () => {
    expect(parseConsoleLine('/quote actor:Putin')).toEqual({ kind: 'command', name: 'quote', value: 'Putin', language: 'en' });
    expect(parseConsoleLine('/preguntar pregunta: ¿Qué pasó?')).toEqual({ kind: 'command', name: 'ask', value: '¿Qué pasó?', language: 'es' });
    expect(parseConsoleLine('/sources PAGE:2')).toEqual({ kind: 'command', name: 'sources', value: 2, language: 'en' });
    // A colon elsewhere belongs to the question.
    expect(parseConsoleLine('/ask Kim dijo: ¿qué?')).toEqual({ kind: 'command', name: 'ask', value: 'Kim dijo: ¿qué?', language: 'en' });
  });

  it('takes a page only as decimal digits it can hold exactly, so a reply never names another number than the one typed', () => {
    expect(parseConsoleLine('/sources +2')).toEqual({ kind: 'command', name: 'sources', value: 2, language: 'en' });
    expect(parseConsoleLine('/sources 007')).toEqual({ kind: 'command', name: 'sources', value: 7, language: 'en' });
    for (const typed of ['1e3', '0x10', '2.0', '99999999999999999999', '9007199254740993', 'Infinity', '٣']) {
      expect(parseConsoleLine(`/sources ${typed}`)).toEqual({ kind: 'bad argument', name: 'sources', typed, language: 'en' });
    }
  });
});
