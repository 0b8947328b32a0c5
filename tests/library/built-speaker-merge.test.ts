/**
 * A full build keeps the merged quote data but not the merge's tables (live/archive.ts: they were held through the
 * save, the build's peak memory); the first update after it makes the merge again from the articles' analyses. The
 * statements and actors after that update must be those of a build of the whole folder as it then is: a speaker named
 * in full in one article and by the surname alone in another (the merge's work) stays one actor.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applySeedChanges, buildLibraryData } from '../../src/live/archive.js';
import { seedReader } from '../../src/live/seed-reader.js';
import { diffSeeds, scanSeedFolder } from '../../src/live/seed-scan.js';

let seedsDir: string;
beforeEach(async () => {
  seedsDir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-built-merge-'));
});
afterEach(async () => {
  await rm(seedsDir, { recursive: true, force: true });
});

const story = (title: string, body: string) => `${title}\n\n${body}`;

describe('the speaker merge of a built library', () => {
  it('is made again for the first update, giving what a build of the updated folder gives', async () => {
    await writeFile(
      path.join(seedsDir, 'puerto.txt'),
      story('El puerto de Valdemora amplía su muelle', 'La directora del puerto, Irene Balaguer, anunció la obra el lunes. «Terminaremos el muelle norte antes del invierno», dijo Irene Balaguer a los concejales.'),
    );
    await writeFile(
      path.join(seedsDir, 'mercado.txt'),
      story('Tomás Aldave presenta la reforma del mercado', 'El concejal Tomás Aldave presentó la reforma del mercado central. «Los puestos abrirán también los domingos», afirmó Tomás Aldave en el pleno.'),
    );
    const built = await buildLibraryData(seedsDir, { threads: 1 });
    // Made again when wanted, the merge gives the quote data the build kept.
    expect(JSON.stringify(built.data.speakerMerge.data)).toBe(JSON.stringify(built.data.quotes));

    await writeFile(
      path.join(seedsDir, 'muelle.txt'),
      story('Las obras del muelle norte empiezan en octubre', 'Las grúas llegarán en septiembre. «No habrá cortes de tráfico en el paseo», aseguró Balaguer durante la visita.'),
    );
    const { scan } = await scanSeedFolder(seedsDir);
    const update = await applySeedChanges(built.data, seedsDir, diffSeeds(built.data.files, scan), seedReader({ threads: 1 }), built.index);
    const rebuilt = await buildLibraryData(seedsDir, { threads: 1 });
    const speakers = (statements: { speaker: string | null; text: string }[]) => statements.map(({ speaker, text }) => [speaker, text]).sort();
    expect(speakers(update.data.quotes.statements)).toEqual(speakers(rebuilt.data.quotes.statements));
    expect(update.data.quotes.actors).toEqual(rebuilt.data.quotes.actors);
    // Her two quotations and "anunció la obra el lunes" (an announcement with a noun-phrase object, stop 53).
    expect(update.data.quotes.actors.find(({ name }) => name === 'Irene Balaguer')?.statements).toBe(3);
  }, 120_000);
});
