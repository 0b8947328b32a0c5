/**
 * What a build says about the seeds folder beyond its articles: the hidden files and folders it leaves unread (named in
 * one line, so that nobody wonders why an article is missing), and each large file as its reading starts (a 20 MB text
 * takes a minute, and nothing else is logged meanwhile).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary, type Library } from '../../src/library.js';
import { recordingLogger, type Logged } from '../support/recording-logger.js';

const STORY = [
  'Los vecinos de Torrebaja podrán usar desde el lunes el nuevo carril bici que une el barrio con la estación.',
  'La concejala de Movilidad, Aurora Lindes, explicó que el tramo tiene tres kilómetros y costó 400.000 euros.',
].join('\n\n');

const HIDDEN_STORY = 'A draft about the harbour in Pellworth that its author has not finished yet, kept beside the others.\n';

/** About `megabytes` MB of plain paragraphs: a long council report, English. */
function longReport(megabytes: number): string {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < megabytes * 2 ** 20; i++) {
    const paragraph = `Item ${i} of the Ashgrove council minutes records that the committee reviewed ${i % 40} planning applications and approved the budget line for road ${i % 97}.`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

let dir: string;
let library: Library;
const logged: Logged[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-seed-log-'));
  const seeds = path.join(dir, 'seeds');
  await mkdir(path.join(seeds, '.borradores'), { recursive: true });
  await writeFile(path.join(seeds, 'carril.txt'), STORY);
  await writeFile(path.join(seeds, '.puerto.txt'), HIDDEN_STORY);
  await writeFile(path.join(seeds, '.borradores', 'harbour.md'), HIDDEN_STORY);
  await writeFile(path.join(seeds, '.DS_Store'), 'not a seed');
  await writeFile(path.join(seeds, 'minutes.txt'), longReport(1.2));
  const recorder = recordingLogger();
  library = await openLibrary(readConfig({ SEEDS_DIR: seeds, INDEX_DIR: path.join(dir, 'index'), TRANSLATOR: 'none' }), recorder.log);
  logged.push(...recorder.logged);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a build of a seeds folder', () => {
  it('names the hidden seed files and folders it does not read, in one line', () => {
    const lines = logged.filter((entry) => /hidden/u.test(entry.message));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.level).toBe('info');
    expect([...(lines[0]!.fields.files as string[])].sort()).toEqual([`.borradores${path.sep}`, '.puerto.txt']);
    expect(library.sources().map((source) => source.id).sort()).toEqual(['carril', 'minutes']);
  });

  it('logs a large file before it is read, with its size, and not a small one', () => {
    const large = logged.findIndex((entry) => entry.message.startsWith('reading a large seed file'));
    expect(large).toBeGreaterThanOrEqual(0);
    expect(logged[large]!.fields).toEqual({ file: 'minutes.txt', mb: 1.2 });
    expect(logged.filter((entry) => entry.message.startsWith('reading a large seed file'))).toHaveLength(1);
    expect(large).toBeLessThan(logged.findIndex((entry) => entry.message === 'built index'));
  });
});
