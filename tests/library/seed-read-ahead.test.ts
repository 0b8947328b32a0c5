/**
 * Seed files read ahead of their build worker (src/live/read-ahead.ts): the read settles for any file, small, large,
 * gone, a folder or a named pipe nobody writes to, never rejects, and leaves no file descriptor open.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAhead } from '../../src/live/read-ahead.js';

const folder = mkdtempSync(path.join(tmpdir(), 'hemeroteca-read-ahead-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** This process's open file descriptors. */
const openDescriptors = () => readdirSync('/proc/self/fd').length;

describe.runIf(process.platform === 'linux')('readAhead', () => {
  it('reads seed files of any size and closes every one it opened', async () => {
    const before = openDescriptors();
    for (let i = 0; i < 40; i++) writeFileSync(path.join(folder, `nota-${i}.txt`), `La alcaldesa Irene Solórzano inauguró la biblioteca del barrio ${i}.\n`.repeat(i * 40 + 1));
    writeFileSync(path.join(folder, 'harbour-report.md'), 'The harbour board approved the dredging plan after a long night. '.repeat(5_000));
    await Promise.all(readdirSync(folder).map((name) => readAhead(path.join(folder, name))));
    expect(openDescriptors()).toBeLessThanOrEqual(before);
  });

  it('settles without rejecting for a file that is gone, a folder or a path too long', async () => {
    const before = openDescriptors();
    mkdirSync(path.join(folder, 'subcarpeta'));
    const paths = [path.join(folder, 'borrado-antes-de-leer.html'), path.join(folder, 'subcarpeta'), path.join(folder, 'x'.repeat(5_000))];
    await expect(Promise.all(paths.map(readAhead))).resolves.toHaveLength(3);
    expect(openDescriptors()).toBeLessThanOrEqual(before);
  });

  it('does not wait for a writer on a named pipe given a seed\'s name (its worker skips it as no regular file)', async () => {
    const pipe = path.join(folder, 'crónica-en-directo.txt');
    execFileSync('mkfifo', [pipe]);
    const before = openDescriptors();
    await readAhead(pipe);
    expect(openDescriptors()).toBeLessThanOrEqual(before);
  }, 10_000);
});
