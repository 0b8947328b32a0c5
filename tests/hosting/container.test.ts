/**
 * The container files, checked without a Docker engine (CI builds the image only where one runs): the
 * Dockerfile reads as Docker reads it and keeps the promises the README makes for it; the compose file
 * and .dockerignore agree with it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readDockerfile, stageEnv, type Instruction, type Stage } from '../support/dockerfile.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const stages = readDockerfile(read('Dockerfile'));
const final = stages.at(-1) as Stage;
const env = stageEnv(final);
const all = (stage: Stage, keyword: string) => stage.instructions.filter((instruction) => instruction.keyword === keyword);
const last = (stage: Stage, keyword: string): Instruction | undefined => all(stage, keyword).at(-1);

/** The source file a bundled `dist/…js` entry comes from (scripts/bundle.ts names each after its file in src/). */
const sourceOf = (bundled: string) => bundled.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');

describe('Dockerfile', () => {
  it('builds on node:20-slim in every stage, compiling with npm run build', () => {
    expect(stages.map((stage) => stage.from)).toEqual(stages.map(() => 'node:20-slim'));
    const builds = stages.slice(0, -1).flatMap((stage) => all(stage, 'RUN').map((run) => run.text));
    expect(builds.some((run) => /\bnpm run build\b/.test(run))).toBe(true);
    expect(all(final, 'COPY').some((copy) => copy.flags.from !== undefined && /\bdist\b/.test(copy.text))).toBe(true);
  });

  it('runs node directly on the compiled entry npm start runs, in exec form', () => {
    const cmd = last(final, 'CMD');
    expect(cmd?.exec).toEqual(['node', expect.stringMatching(/^dist\/.+\.js$/)]);
    const entry = cmd?.exec?.[1] ?? '';
    const start = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.start ?? '';
    expect(start).toMatch(new RegExp(`\\bnode ${entry.replace(/[.]/g, '\\.')}$`));
    expect(existsSync(sourceOf(entry))).toBe(true);
    expect(all(final, 'ENTRYPOINT')).toEqual([]);
  });

  it('runs as a user other than root from the point the image is used', () => {
    const user = last(final, 'USER');
    expect(user?.text).toMatch(/^\S+$/);
    expect(user?.text).not.toMatch(/^(root|0)(:|$)/);
    const lastRun = all(final, 'RUN').at(-1);
    expect(user && lastRun && user.line > lastRun.line).toBe(true);
  });

  it('keeps the articles and the index on volumes at SEEDS_DIR and INDEX_DIR', () => {
    const volumes = all(final, 'VOLUME').flatMap((volume) => volume.exec ?? volume.text.split(/\s+/));
    expect(env.SEEDS_DIR).toMatch(/^\//);
    expect(env.INDEX_DIR).toMatch(/^\//);
    expect(volumes).toEqual(expect.arrayContaining([env.SEEDS_DIR, env.INDEX_DIR]));
  });

  it('installs Apertium’s English-Spanish pair with apt-get', () => {
    expect(all(final, 'RUN').some((run) => /apt-get install\b.*\bapertium-eng-spa\b/.test(run.text))).toBe(true);
  });

  it('checks health with a node command on a compiled entry that exists', () => {
    const healthcheck = last(final, 'HEALTHCHECK');
    expect(healthcheck?.text).toMatch(/^CMD \[/);
    const command = JSON.parse(healthcheck?.text.slice('CMD '.length) ?? '[]') as string[];
    expect(command).toEqual(['node', expect.stringMatching(/^dist\/.+\.js$/)]);
    expect(existsSync(sourceOf(command[1] ?? ''))).toBe(true);
    expect(Object.keys(healthcheck?.flags ?? {})).toEqual(expect.arrayContaining(['interval', 'timeout', 'start-period', 'retries']));
  });
});

describe('compose file', () => {
  const compose = parseYaml(read('compose.yaml')) as {
    services: Record<string, { build?: unknown; image?: string; profiles?: string[]; environment?: Record<string, string>; volumes?: string[] }>;
  };

  it('runs the bot from this Dockerfile, its index and articles at the image’s volumes', () => {
    const bot = compose.services.bot;
    expect(bot?.build).toBe('.');
    expect(bot?.profiles).toBeUndefined();
    const targets = (bot?.volumes ?? []).map((volume) => volume.split(':')[1]);
    expect(targets).toEqual(expect.arrayContaining([env.SEEDS_DIR, env.INDEX_DIR]));
    expect(bot?.environment?.SEEDS_DIR ?? env.SEEDS_DIR).toBe(env.SEEDS_DIR);
    expect(bot?.environment?.INDEX_DIR ?? env.INDEX_DIR).toBe(env.INDEX_DIR);
  });

  it('offers Ollama only behind a profile', () => {
    expect(compose.services.ollama?.image).toMatch(/^ollama\/ollama/);
    expect(compose.services.ollama?.profiles).toEqual(['ollama']);
  });
});

describe('.dockerignore', () => {
  it('keeps local installs, builds, the index and secrets out of the build context', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.hemeroteca', '.env']));
  });
});
