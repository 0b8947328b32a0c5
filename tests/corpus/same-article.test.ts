/** One article saved twice under different names (B5): indexed once, the version that declares more kept. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCorpus, readSeedFiles } from '../../src/corpus/index.js';
import { changedFigures, isSameArticle, titleKey, type ArticleVersion } from '../../src/corpus/same-article.js';
import { SAME_STORY, SAME_TITLE, savedPage, textCopy } from '../support/same-article-pages.js';


const version = (fields: Partial<ArticleVersion>): ArticleVersion => ({ title: SAME_TITLE, text: SAME_STORY.join('\n\n'), author: null, date: null, outlet: null, ...fields });

describe('isSameArticle', () => {
  it('takes two copies of one story for one article, whatever each format adds (a deck, a caption) or declares', () => {
    const withDeck = version({ text: ['Los puestos se mudan a la plaza durante ocho meses.', ...SAME_STORY].join('\n\n'), author: 'Ana Ruiz', outlet: 'Diario del Sur' });
    expect(isSameArticle(version({}), withDeck)).toBe(true);
    expect(isSameArticle(version({ title: `${SAME_TITLE.toUpperCase()}.` }), version({ date: '2024-05-02' }))).toBe(true);
  });

  it('keeps apart distinct stories under one title, the same story from two outlets or days, a short section name, and an update twice as long', () => {
    const other = version({ text: 'El pleno municipal debatió durante horas la reforma del mercado central, y los vecinos protestaron a las puertas del ayuntamiento por el ruido de las obras previstas.' });
    expect(isSameArticle(version({}), other)).toBe(false);
    expect(isSameArticle(version({ outlet: 'Diario del Sur' }), version({ outlet: 'La Voz del Norte' }))).toBe(false);
    expect(isSameArticle(version({ date: '2024-05-02' }), version({ date: '2024-05-03' }))).toBe(false);
    expect(isSameArticle(version({ title: 'Cartas al director' }), version({ title: 'Cartas al director' }))).toBe(false);
    const update = version({ text: [...SAME_STORY, ...SAME_STORY.map((text) => text.replace('mercado', 'polideportivo').replace('El ', 'Además, el '))].join('\n\n') });
    expect(isSameArticle(version({}), update)).toBe(false);
  });
});

describe('a corrected version', () => {
  it('gives a headline whose figure was corrected its original\'s key, and reads the figures changed where the words around them agree', () => {
    expect(titleKey('El billete de autobús sube a 1,35 euros desde enero')).toBe(titleKey('El billete de autobús sube a 1,40 euros desde enero'));
    expect(titleKey('El billete de autobús sube a 1,35 euros desde enero')).not.toBe(titleKey('El billete de metro sube a 1,35 euros desde enero'));
    const before = 'Madrid, 2 de mayo de 2024. El billete pasará de 1,20 a 1,40 euros, un 16,7 % más. Lo pagan 300.000 viajeros.';
    const after = 'El billete pasará de 1,20 a 1,35 euros, un 12,5 % más. Lo pagan 300.000 viajeros.';
    expect(changedFigures(before, after)).toEqual([['1,40', '1,35'], ['16,7', '12,5']]);
    // A dateline or a caption dropped with its words changes no figure.
    expect(changedFigures(before, before.replace('Madrid, 2 de mayo de 2024. ', ''))).toEqual([]);
  });

  it('takes a copy whose figure changed for the same article, and keeps apart two stories whose headlines differ in a figure', () => {
    const corrected = version({ title: SAME_TITLE.replace('reforma', 'reforma de 2024'), text: SAME_STORY.join('\n\n').replace('ocho meses', '8 meses') });
    expect(isSameArticle(version({ title: SAME_TITLE.replace('reforma', 'reforma de 2023'), text: SAME_STORY.join('\n\n').replace('ocho meses', '9 meses') }), corrected)).toBe(true);
    const other = version({ title: SAME_TITLE.replace('reforma', 'reforma de 2023'), text: 'El pleno municipal debatió durante horas la reforma del mercado central, y los vecinos protestaron a las puertas del ayuntamiento.' });
    expect(isSameArticle(other, corrected)).toBe(false);
  });
});

describe('two seed files holding one article', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hemeroteca-same-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const build = async () => {
    const { files } = await readSeedFiles(dir);
    return buildCorpus(files);
  };

  it('keeps the saved page over its text copy, whichever comes first, and says which file was kept', async () => {
    for (const [page, copy] of [['b-mercado.html', 'a-mercado-copia.txt'], ['a-mercado.html', 'b-mercado-copia.txt']] as const) {
      await rm(dir, { recursive: true, force: true });
      dir = await mkdtemp(join(tmpdir(), 'hemeroteca-same-'));
      // The page prints a deck the copy left out: nearly the same text, not the same.
      await writeFile(join(dir, page), savedPage(['Los puestos del mercado se mudan a la plaza durante las obras de ocho meses.', ...SAME_STORY]));
      await writeFile(join(dir, copy), textCopy());
      const corpus = await build();
      expect(corpus.articles.map((article) => article.id)).toEqual([page.replace('.html', '')]);
      expect(new Set(corpus.passages.map((passage) => passage.articleId))).toEqual(new Set([page.replace('.html', '')]));
      expect(corpus.warnings).toEqual([{ file: copy, message: expect.stringMatching(new RegExp(`^skipped: same article as ${page}, which is kept`)) }]);
    }
  });

  it('keeps both of two stories that only share their title', async () => {
    await writeFile(join(dir, 'mercado.html'), savedPage());
    await writeFile(join(dir, 'mercado-pleno.txt'), textCopy(SAME_STORY.map((text) => text.split(' ').reverse().join(' '))));
    expect((await build()).articles).toHaveLength(2);
  });
});
