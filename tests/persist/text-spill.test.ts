/**
 * A build's article text set aside on disk (persist/text-spill.ts): each text reads back whole and the same,
 * however many were written after it, and the folder holds no file of it, even while the texts are read.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textSpill } from '../../src/persist/text-spill.js';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'hemeroteca-spill-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('article text set aside on disk', () => {
  it('gives each text back as written, after later ones, from a file no longer in the folder', async () => {
    const spill = textSpill(folder);
    const texts = ['El pleno aprobó «la reforma» en 2024.', '', 'Año 1,5 € — ünïcödé 漢字 🙂', 'x'.repeat(70_000)];
    const stored = texts.map((text) => spill.keep(Buffer.from(text, 'utf8')));
    expect(await readdir(folder)).toEqual([]);
    expect(stored.map((bytes) => bytes.byteLength)).toEqual(texts.map((text) => Buffer.byteLength(text)));
    expect(stored.map((bytes) => bytes.read().toString('utf8'))).toEqual(texts);
    // Read again: the same bytes, each read into a buffer of its own.
    expect(stored[2]!.read().toString('utf8')).toBe(texts[2]);
  });

  it('throws when no file can be made in the folder', () => {
    expect(() => textSpill(path.join(folder, 'missing'))).toThrow(/ENOENT/);
  });
});
