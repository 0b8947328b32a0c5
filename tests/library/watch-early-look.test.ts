/**
 * A watcher started before the library can say what it knows (a piped console's restart, while the snapshot loads):
 * its first look lists and stats the folder at once, and asks what is known, and applies, only once the library is
 * ready. Each folder is watched before it is listed, so a file written after the look (while the library loads) is
 * applied too, in a folder as in the seeds folder itself.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchSeeds, type SeedWatcher } from '../../src/live/watch.js';
import { statSeedFile, type SeedDiff, type SeedFileState, type SeedListing } from '../../src/live/seed-scan.js';
import { recordingLogger } from '../support/recording-logger.js';
import { eventually } from '../support/eventually.js';

let dir: string;
let watcher: SeedWatcher | undefined;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-early-look-'));
});
afterEach(async () => {
  watcher?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('a seeds watcher started before the library is ready', () => {
  it('asks nothing of the library until it is ready, then applies what was there and what came meanwhile', async () => {
    await mkdir(path.join(dir, '2026'));
    await writeFile(path.join(dir, '2026', 'pleno.txt'), 'El pleno aprobó el presupuesto de 2026.');
    await writeFile(path.join(dir, 'portada.txt'), 'La feria del libro abre el sábado.');
    const known = new Map<string, SeedFileState>([['2026/pleno.txt', statSeedFile(dir, '2026/pleno.txt')!]]);
    let libraryReady = () => {};
    const ready = new Promise<void>((resolve) => (libraryReady = resolve));
    let isReady = false;
    const askedEarly: string[] = [];
    const applied: SeedDiff[] = [];
    const { log, logged } = recordingLogger();
    watcher = watchSeeds({
      dir,
      ready,
      firstLookAfterMs: 0,
      log,
      known: () => {
        if (!isReady) askedEarly.push('known');
        return known.values();
      },
      apply: async (diff) => {
        if (!isReady) askedEarly.push('apply');
        applied.push(diff);
        for (const state of diff.changed) known.set(state.file, state);
        for (const file of diff.removed) known.delete(file);
      },
    });
    // The library loads: meanwhile the look has listed both folders, and files come into each.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await writeFile(path.join(dir, '2026', 'cierre.txt'), 'El mercado cerró con una subida del 2 %.');
    await writeFile(path.join(dir, 'agenda.md'), '# Agenda\n\nConcierto en la plaza mayor el domingo.');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(askedEarly).toEqual([]);
    isReady = true;
    libraryReady();
    await eventually(() => ['portada.txt', '2026/cierre.txt', 'agenda.md'].every((file) => known.has(file)), 'every new file applied');
    await watcher.caughtUp();
    expect(askedEarly).toEqual([]);
    expect(applied.flatMap((diff) => diff.removed)).toEqual([]);
    expect(logged.filter((entry) => entry.level === 'error')).toEqual([]);
  });

  it('hands over its first look\'s listing before the library is ready, and no later look\'s', async () => {
    await mkdir(path.join(dir, '2026'));
    await writeFile(path.join(dir, '2026', 'pleno.txt'), 'El pleno aprobó el presupuesto de 2026.');
    await writeFile(path.join(dir, 'portada.txt'), 'La feria del libro abre el sábado.');
    let libraryReady = () => {};
    const ready = new Promise<void>((resolve) => (libraryReady = resolve));
    const listings: (SeedListing | undefined)[] = [];
    const known = new Map<string, SeedFileState>();
    watcher = watchSeeds({
      dir,
      ready,
      firstLookAfterMs: 0,
      firstListing: (listing) => listings.push(listing),
      log: recordingLogger().log,
      known: () => known.values(),
      apply: async (diff) => {
        for (const state of diff.changed) known.set(state.file, state);
      },
    });
    await eventually(() => listings.length > 0, 'the first listing');
    expect(listings.map((listing) => listing && [...listing.paths].sort())).toEqual([[path.join('2026', 'pleno.txt'), 'portada.txt']]);
    libraryReady();
    await watcher.caughtUp();
    await writeFile(path.join(dir, 'agenda.md'), '# Agenda\n\nConcierto en la plaza mayor el domingo.');
    await eventually(() => known.has('agenda.md'), 'the later file applied');
    expect(listings).toHaveLength(1);
  });

  it('applies nothing once stopped while it waited for the library', async () => {
    await writeFile(path.join(dir, 'portada.txt'), 'La feria del libro abre el sábado.');
    let libraryReady = () => {};
    const ready = new Promise<void>((resolve) => (libraryReady = resolve));
    const applied: SeedDiff[] = [];
    const { log, logged } = recordingLogger();
    watcher = watchSeeds({ dir, ready, firstLookAfterMs: 0, log, known: () => [], apply: async (diff) => void applied.push(diff) });
    await new Promise((resolve) => setTimeout(resolve, 500));
    watcher.stop();
    libraryReady();
    await watcher.caughtUp();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(applied).toEqual([]);
    expect(logged.filter((entry) => entry.level === 'error')).toEqual([]);
  });
});
