import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanSeedFolder } from '../../src/live/seed-scan.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-scan-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a whole look at a large seeds folder, its stats taken on a worker thread', () => {
  it('finds every seed file with the size and modification time a look on this thread finds, links whose target is gone included', async () => {
    await mkdir(path.join(dir, '2026', 'marzo'), { recursive: true });
    await writeFile(path.join(dir, 'portada.txt'), 'El puente de Vadillo reabrirá en abril.\n');
    const pleno = '# Pleno\n\nLa alcaldesa anunció un presupuesto de 3 millones.\n';
    await writeFile(path.join(dir, '2026', 'pleno.md'), pleno);
    await writeFile(path.join(dir, '2026', 'marzo', 'feria ñandú.html'), '<p>La feria del ñandú abre el sábado.</p>');
    await utimes(path.join(dir, '2026', 'pleno.md'), new Date('2026-03-01T10:00:00Z'), new Date('2026-03-01T10:00:00.250Z'));
    await symlink(path.join(dir, 'no-existe.txt'), path.join(dir, 'enlace.txt'));
    await writeFile(path.join(dir, 'notas.csv'), 'no es un artículo\n');
    const here = await scanSeedFolder(dir, { offThreadFrom: Infinity });
    const there = await scanSeedFolder(dir, { offThreadFrom: 1 });
    expect([...there.scan.keys()].sort()).toEqual(['2026/marzo/feria ñandú.html', '2026/pleno.md', 'enlace.txt', 'portada.txt']);
    expect([...there.scan.entries()]).toEqual([...here.scan.entries()]);
    expect(there.scan.get('2026/pleno.md')).toEqual({ file: '2026/pleno.md', size: Buffer.byteLength(pleno), mtimeMs: Date.parse('2026-03-01T10:00:00.250Z') });
  });
});
