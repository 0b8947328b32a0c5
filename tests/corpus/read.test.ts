import { mkdir, mkdtemp, rm, symlink, truncate, utimes, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCorpus, listSeedFiles, readSeedFiles } from '../../src/corpus/index.js';
import { MAX_FILE_BYTES } from '../../src/corpus/seed-list.js';
import { extractStatements } from '../../src/quotes/index.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hemeroteca-seeds-'));
});

afterEach(async () => {
  await chmod(join(dir, 'locked.txt'), 0o644).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

const write = (name: string, content: string | Uint8Array) => writeFile(join(dir, name), content);

/** A small article about `topic`: a title line and two body paragraphs. */
const story = (topic: string) =>
  [
    `Nueva ordenanza sobre ${topic}`,
    `El Ayuntamiento aprobó ayer una ordenanza sobre ${topic} que entrará en vigor el mes que viene, según informó el concejal responsable.`,
    `La oposición votó en contra y anunció que recurrirá la norma sobre ${topic} ante los tribunales antes del verano.`,
  ].join('\n\n');

async function read() {
  const { files, warnings } = await readSeedFiles(dir);
  const corpus = buildCorpus(files);
  return { files, corpus, warnings: [...warnings, ...corpus.warnings] };
}

describe('readSeedFiles: decoding', () => {
  it('reads UTF-8 with a byte order mark and CRLF line ends', async () => {
    await write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(story('terrazas').replace(/\n/g, '\r\n'), 'utf8')]));
    const { files, corpus, warnings } = await read();
    expect(warnings).toEqual([]);
    expect(files[0]!.text.startsWith('Nueva ordenanza')).toBe(true);
    expect(files[0]!.text).not.toMatch(/\r|\uFEFF/);
    expect(corpus.articles[0]).toMatchObject({ id: 'bom', title: 'Nueva ordenanza sobre terrazas' });
  });

  it('reads UTF-16 with a byte order mark', async () => {
    await write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story('señales'), 'utf16le')]));
    const { corpus, warnings } = await read();
    expect(warnings).toEqual([]);
    expect(corpus.articles[0]!.title).toBe('Nueva ordenanza sobre señales');
  });

  it('reads big-endian UTF-16 with a byte order mark', async () => {
    await write('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(story('señales'), 'utf16le').swap16()]));
    const { corpus, warnings } = await read();
    expect(warnings).toEqual([]);
    expect(corpus.articles[0]!.title).toBe('Nueva ordenanza sobre señales');
  });

  it('reads UTF-16 saved without a byte order mark, either byte order, as text', async () => {
    await write('sin-marca.txt', Buffer.from(story('señales'), 'utf16le'));
    await write('sin-marca-be.txt', Buffer.from(story('rótulos'), 'utf16le').swap16());
    const { corpus, warnings } = await read();
    expect(warnings).toEqual([]);
    expect(corpus.articles.map((article) => article.title).sort()).toEqual(['Nueva ordenanza sobre rótulos', 'Nueva ordenanza sobre señales']);
  });

  it('recovers the body of an HTML page whose <title> is never closed', async () => {
    await write('abierta.html', `<html><head><title>Nueva ordenanza sobre ruidos</head><body>${story('ruidos').split('\n\n').slice(1).map((text) => `<p>${text}</p>`).join('')}</body></html>`);
    const { corpus, warnings } = await read();
    expect(warnings).toEqual([]);
    expect(corpus.articles[0]!.title).toBe('Nueva ordenanza sobre ruidos');
    expect(corpus.articles[0]!.text).toContain('La oposición votó en contra');
  });

  it('falls back to Latin-1 (Windows-1252) when the bytes are not UTF-8', async () => {
    const text = 'Año de sequía en la región\n\nLa Junta pidió “calma” a los agricultores de la campaña de este año, que según los técnicos será la peor en una década.\n';
    const bytes = Buffer.from(text.replace(/[“”]/g, (mark) => (mark === '“' ? '\u0093' : '\u0094')), 'latin1');
    await write('latin1.txt', bytes);
    const { corpus, warnings } = await read();
    expect(warnings).toEqual([]);
    expect(corpus.articles[0]!.title).toBe('Año de sequía en la región');
    expect(corpus.articles[0]!.text).toContain('pidió “calma” a los agricultores');
  });

  it('reads a UTF-8 file with a stray Latin-1 line without turning its UTF-8 text into mojibake', async () => {
    const utf8 = Buffer.from('Joaquín Pérez, alcalde de la ciudad, pidió calma a los vecinos de la campaña de este año.\n\n', 'utf8');
    const latin1 = Buffer.from('La reunión será en León el próximo jueves, según el Ayuntamiento.\n', 'latin1');
    await write('mezcla.txt', Buffer.concat([Buffer.from('Vecinos y alcaldía\n\n'), utf8, latin1]));
    const { corpus } = await read();
    expect(corpus.articles[0]!.text).toContain('Joaquín Pérez, alcalde');
    expect(corpus.articles[0]!.text).toContain('La reunión será en León el próximo jueves');
  });

  it('reads a page that declares UTF-8 as UTF-8 with a few broken bytes in it, and a mislabelled Windows-1252 page as that', async () => {
    // Three broken bytes beside two accents: the page is UTF-8 as it says, and only the broken bytes are lost.
    const head = '<html><head><meta charset="utf-8"><title>Cumbre en Ginebra</title></head><body>';
    const broken = Buffer.concat([
      Buffer.from(`${head}<p>La delegación llegó el martes a Ginebra para la cumbre sobre el puerto, que durará tres días.</p><p>El ministro dijo que `),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(' "el acuerdo se firmará el viernes" ante la prensa reunida en el palacio.</p></body></html>'),
    ]);
    await write('roto.html', broken);
    const mislabelled = Buffer.from(`${head}<p>La delegación llegó el martes a Ginebra para la cumbre, según el ministerio de Asuntos Exteriores.</p></body></html>`, 'latin1');
    await write('etiqueta.html', mislabelled);
    const { corpus } = await read();
    const text = (id: string) => corpus.articles.find((article) => article.id === id)!.text;
    expect(text('roto')).toContain('La delegación llegó el martes a Ginebra');
    expect(text('roto')).toContain('"el acuerdo se firmará el viernes"');
    expect(text('roto')).not.toMatch(/Ã|ÿ|þ/u);
    expect(text('etiqueta')).toContain('La delegación llegó el martes a Ginebra');
  });

  it('reduces an HTML page to its article text and reads its meta tags', async () => {
    await write(
      'pagina.html',
      `<!doctype html><html lang="es"><head><title>Cierran el puente | Diario del Sur</title>
      <meta property="og:site_name" content="Diario del Sur &amp; Co">
      <meta name="author" content="Lucía Gómez">
      <meta property="article:published_time" content="2024-05-02T08:00:00+02:00"></head>
      <body><nav><a href="/">Inicio</a> <a href="/local">Local</a></nav>
      <article><h1>Cierran el puente viejo por obras</h1>
      <p>La alcaldesa anunció el <b>cierre</b> del puente viejo durante seis meses para reforzar sus pilares.</p>
      <p>Los técnicos detectaron <a href="/grietas">grietas</a> en dos de los pilares en la última inspección.</p>
      <div class="share">Compartir en Facebook</div>
      <section class="comments"><h3>Deja una respuesta</h3><form><label>Nombre *</label></form></section></article>
      <aside><h3>Lo más leído</h3><ul><li>Otra noticia cualquiera</li></ul></aside>
      <footer>© 2024 Diario del Sur</footer><script>var tracking = 1;</script></body></html>`,
    );
    const { corpus, warnings } = await read();
    expect(warnings).toEqual([]);
    const [article] = corpus.articles;
    expect(article).toMatchObject({ id: 'pagina', title: 'Cierran el puente viejo por obras', outlet: 'Diario del Sur & Co', author: 'Lucía Gómez', date: '2024-05-02', language: 'es' });
    expect(article!.text).toBe(
      'La alcaldesa anunció el cierre del puente viejo durante seis meses para reforzar sus pilares.\n\nLos técnicos detectaron grietas en dos de los pilares en la última inspección.',
    );
  });

  it('reads a page without <article> or <main>, with the site name above the headline and cards in a sidebar', async () => {
    await write(
      'blog.htm',
      `<html><head><title>Suben los alquileres en la costa - El Faro Digital</title></head><body>
      <div class="wrapper"><header class="site-header"><div class="logo">El Faro Digital</div><p>Noticias de la costa desde 1998</p>
      <ul class="menu"><li>Inicio</li><li>Local</li></ul></header>
      <div class="post"><h1 class="entry-title">Suben los alquileres en la costa</h1>
      <div class="meta">Publicado el 12 de abril de 2024 por <a href="/autor/ana">Ana Vidal</a></div>
      <p>El precio medio del alquiler en los municipios de la costa subió un 12 % en el último año, según el portal inmobiliario.</p>
      <p>Los ayuntamientos estudian limitar los pisos turísticos para frenar la subida, que afecta sobre todo a los jóvenes.</p>
      <div class="sharedaddy"><h3>Comparte esto:</h3><ul><li>Facebook</li><li>X</li></ul></div>
      <div id="comments"><h3>2 comentarios</h3><p>Pepe: Es una vergüenza lo que está pasando con los precios en mi pueblo.</p></div></div>
      <div class="widgets"><article><h2>Otra noticia</h2><p>Resumen de otra noticia distinta.</p></article><article><h2>Y otra más</h2></article></div>
      </div></body></html>`,
    );
    const { corpus, warnings } = await read();
    expect(warnings).toEqual([]);
    expect(corpus.articles[0]).toMatchObject({ id: 'blog', title: 'Suben los alquileres en la costa', author: 'Ana Vidal', date: '2024-04-12' });
    expect(corpus.articles[0]!.text).toBe(
      'El precio medio del alquiler en los municipios de la costa subió un 12 % en el último año, según el portal inmobiliario.\n\nLos ayuntamientos estudian limitar los pisos turísticos para frenar la subida, que afecta sobre todo a los jóvenes.',
    );
  });

  it('reads YAML lists of authors and quoted values in Markdown front matter', async () => {
    const body = story('ruidos').split('\n\n').slice(1).join('\n\n');
    await write('lista.md', ['---', 'title: \'Nueva ordenanza sobre ruidos\'', 'author:', '  - Ana Ruiz', '  - Luis Gil', 'published_at: "2024-06-10T23:30:00-04:00"', '---', '', body].join('\n'));
    await write('corchetes.md', ['---', 'authors: [Marta Sanz, "Pere Roig"]', 'date: 2024-06-11', '---', '', body.replace('ruidos', 'terrazas')].join('\n'));
    const { corpus, warnings } = await read();
    expect(warnings).toEqual([]);
    const byId = new Map(corpus.articles.map((article) => [article.id, article]));
    expect(byId.get('lista')).toMatchObject({ title: 'Nueva ordenanza sobre ruidos', author: 'Ana Ruiz, Luis Gil', date: '2024-06-10' });
    expect(byId.get('corchetes')).toMatchObject({ author: 'Marta Sanz, Pere Roig', date: '2024-06-11' });
  });

  it('takes one-word names in front matter as authors, as whoever saved the file wrote them', async () => {
    const body = story('ruidos').split('\n\n').slice(1).join('\n\n');
    await write('nombres.md', ['---', 'author: [Ana, Luis]', 'date: 2024-06-11', '---', '', body].join('\n'));
    const { corpus } = await read();
    expect(corpus.articles[0]).toMatchObject({ author: 'Ana, Luis' });
  });

  it('leaves out a front matter value YAML would reject, and takes the title from the page instead', async () => {
    const body = story('ruidos').split('\n\n').slice(1).join('\n\n');
    await write('roto.md', ['---', 'title: [sin cerrar', 'author: Ana Ruiz', '---', '', '# Nueva ordenanza sobre ruidos', '', body].join('\n'));
    const { corpus } = await read();
    expect(corpus.articles[0]).toMatchObject({ title: 'Nueva ordenanza sobre ruidos', author: 'Ana Ruiz' });
  });

  it('reads Markdown with front matter', async () => {
    await write(
      'nota.md',
      [
        '---',
        'title: "Huelga de autobuses el lunes"',
        'author: Pedro Ruiz',
        'date: 2024-06-10',
        '---',
        '# Huelga de autobuses el lunes',
        '',
        'Los conductores de autobús irán a la **huelga** el lunes',
        'para pedir mejoras salariales, según [el sindicato](https://example.org).',
        '',
        'La empresa ofrecerá servicios mínimos del treinta por ciento en las líneas principales.',
      ].join('\n'),
    );
    const { corpus, warnings } = await read();
    expect(warnings).toEqual([]);
    expect(corpus.articles[0]).toMatchObject({ id: 'nota', title: 'Huelga de autobuses el lunes', author: 'Pedro Ruiz', date: '2024-06-10' });
    expect(corpus.articles[0]!.text).toBe(
      'Los conductores de autobús irán a la huelga el lunes para pedir mejoras salariales, según el sindicato.\n\nLa empresa ofrecerá servicios mínimos del treinta por ciento en las líneas principales.',
    );
  });

  it('composes decomposed accents (NFD, as macOS tools write) in text, titles, authors and outlets of every format, so /quote reads the names', async () => {
    const nfd = (text: string) => text.normalize('NFD');
    const quoted = '«Queremos una transparencia sin excusas», afirmó la presidenta del Consejo, Ángela Núñez, tras la votación de este año.';
    const body = [`El Consejo de Transparencia eligió ayer a su nueva presidenta en una votación muy reñida en Logroño.`, quoted];
    await write('a.txt', nfd(['Ángela Núñez, elegida presidenta del Consejo', ...body].join('\n\n')));
    await write('b.md', nfd(['---', 'title: Íñigo Arrúe pide explicaciones', 'author: Sofía Peña', 'outlet: Diario Logroñés', '---', ...body, 'El portavoz Íñigo Arrúe pidió explicaciones por el retraso de la votación.'].join('\n\n')));
    // An accent can also come decomposed through an HTML entity (A&#x301; = Á).
    await write(
      'c.html',
      nfd(`<html><head><title>Núñez presidirá el Consejo</title><meta name="author" content="Sofía Peña"><meta property="og:site_name" content="Diario Logroñés"></head>
      <body><article><h1>Núñez presidirá el Consejo</h1>${body.map((text) => `<p>${text}</p>`).join('')}<p>A&#x301;ngela Nu&#x301;n&#x303;ez tomará posesión el lunes en la sede del Consejo de Transparencia.</p></article></body></html>`),
    );
    const { corpus, warnings } = await read();
    expect(warnings).toEqual([]);
    expect(corpus.articles).toHaveLength(3);
    for (const article of corpus.articles) {
      for (const value of [article.text, article.title, article.author ?? '', article.outlet ?? '']) expect(value).toBe(value.normalize('NFC'));
      expect(article.text).toContain(quoted);
      expect(extractStatements(article).map((statement) => statement.speaker)).toContain('Ángela Núñez');
    }
    expect(corpus.articles.map((article) => [article.title, article.author, article.outlet])).toEqual([
      ['Ángela Núñez, elegida presidenta del Consejo', null, null],
      ['Íñigo Arrúe pide explicaciones', 'Sofía Peña', 'Diario Logroñés'],
      ['Núñez presidirá el Consejo', 'Sofía Peña', 'Diario Logroñés'],
    ]);
    expect(corpus.articles[2]!.text).toContain('Ángela Núñez tomará posesión');
  });

  it('reads subfolders, ignores other file types and hidden files, and lists files in a stable order', async () => {
    await mkdir(join(dir, '2024', 'mayo'), { recursive: true });
    await write('b.txt', story('ruido'));
    await write(join('2024', 'mayo', 'a.txt'), story('parques'));
    await write('foto.png', 'not an article');
    await write('.borrador.txt', story('borradores'));
    const { files, warnings } = await read();
    expect(warnings).toEqual([]);
    expect(files.map((file) => [file.id, file.file])).toEqual([['2024/mayo/a', '2024/mayo/a.txt'], ['b', 'b.txt']]);
    expect(files[1]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('readSeedFiles: pages saved by a browser', () => {
  const page = (topic: string) => `<html><body><article>${story(topic).split('\n\n').map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;

  it("leaves out a saved page's resource folder (comment widgets, ad frames), whatever word names it, and lists it as left out", async () => {
    await write('Pleno municipal.html', page('terrazas'));
    await mkdir(join(dir, 'Pleno municipal_files'));
    // A comment widget and an ad frame read like articles on their own.
    await write(join('Pleno municipal_files', 'comentarios.html'), page('comentarios de vecinos'));
    await write(join('Pleno municipal_files', 'anuncio.htm'), page('seguros de hogar'));
    await write(join('Pleno municipal_files', 'estilo.css'), 'body { color: black }');
    await write('Ayuntamiento.htm', page('parques'));
    await mkdir(join(dir, 'Ayuntamiento-Dateien'));
    await write(join('Ayuntamiento-Dateien', 'marco.html'), page('publicidad'));
    await write(join('Ayuntamiento-Dateien', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const { corpus, warnings } = await read();
    expect(warnings).toEqual([]);
    expect(corpus.articles.map((article) => article.id)).toEqual(['Ayuntamiento', 'Pleno municipal']);
    expect((await listSeedFiles(dir)).resources.sort()).toEqual(['Ayuntamiento-Dateien', 'Pleno municipal_files']);
  });

  it('reads a folder of articles that only shares its name with a page, or ends in "_files" with no page beside it', async () => {
    await write('elecciones.html', page('elecciones'));
    await mkdir(join(dir, 'elecciones-municipales'));
    await write(join('elecciones-municipales', 'soria.txt'), story('candidatos de Soria'));
    await mkdir(join(dir, 'notas_files'));
    await write(join('notas_files', 'nota.txt'), story('ruidos'));
    await write(join('notas_files', 'estilo.css'), 'body { color: black }');
    const { corpus, warnings } = await read();
    expect(warnings).toEqual([]);
    expect(corpus.articles.map((article) => article.id)).toEqual(['elecciones', 'elecciones-municipales/soria', 'notas_files/nota']);
  });
});

describe('readSeedFiles: bad input', () => {
  const warningsFor = (warnings: Array<{ file: string; message: string }>, file: string) => warnings.filter((warning) => warning.file === file);

  it('skips each bad file with one clear warning and indexes the rest', async () => {
    await write('bueno.txt', story('bicicletas'));
    await write('vacio.txt', '');
    await write('blanco.txt', ' \n\n \t\n');
    await write('imagen.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    await write('enorme.txt', '');
    await truncate(join(dir, 'enorme.txt'), MAX_FILE_BYTES + 1); // sparse: no 20 MB written
    await symlink(join(dir, 'no-existe.txt'), join(dir, 'roto.txt'));
    await mkdir(join(dir, 'carpeta.txt')); // a folder named like a seed is read as a folder, not a file

    const { corpus, warnings } = await read();
    expect(corpus.articles.map((article) => article.id)).toEqual(['bueno']);
    expect(warnings).toHaveLength(5);
    expect(warningsFor(warnings, 'vacio.txt')).toEqual([{ file: 'vacio.txt', message: 'skipped: the file is empty' }]);
    expect(warningsFor(warnings, 'blanco.txt')).toEqual([{ file: 'blanco.txt', message: 'skipped: the file is empty' }]);
    expect(warningsFor(warnings, 'imagen.txt')).toEqual([{ file: 'imagen.txt', message: 'skipped: the file is binary, not text' }]);
    expect(warningsFor(warnings, 'enorme.txt')).toEqual([{ file: 'enorme.txt', message: 'skipped: the file is 20.1 MB, over the 20 MB limit' }]);
    expect(warningsFor(warnings, 'roto.txt')).toEqual([{ file: 'roto.txt', message: 'skipped: the file could not be read (it does not exist, or is a broken link)' }]);
  });

  it.skipIf(process.getuid?.() === 0)('skips a file it has no permission to read', async () => {
    await write('bueno.txt', story('bicicletas'));
    await write('locked.txt', story('candados'));
    await chmod(join(dir, 'locked.txt'), 0o000);
    const { corpus, warnings } = await read();
    expect(corpus.articles.map((article) => article.id)).toEqual(['bueno']);
    expect(warnings).toEqual([{ file: 'locked.txt', message: 'skipped: the file could not be read (permission denied)' }]);
  });

  it('indexes the same article once when it comes under two names, with one warning', async () => {
    await write('a.txt', story('bicicletas'));
    await write('b.txt', story('bicicletas'));
    // The same article again, with other line ends and a byte order mark: other bytes, same text.
    await write('c.txt', '\uFEFF' + story('bicicletas').replace(/\n/g, '\r\n'));
    await write('d.txt', story('patinetes'));
    const { corpus, warnings } = await read();
    expect(corpus.articles.map((article) => article.id)).toEqual(['a', 'd']);
    expect(warnings).toEqual([
      { file: 'b.txt', message: 'skipped: same file as a.txt' },
      { file: 'c.txt', message: 'skipped: same article as a.txt, which is kept (read first, declaring as much)' },
    ]);
    expect(new Set(corpus.passages.map((passage) => passage.articleId))).toEqual(new Set(['a', 'd']));
  });

  it('keeps one of two files that would share an id', async () => {
    await write('nota.txt', story('bicicletas'));
    await write('nota.md', story('patinetes'));
    // Written in the same instant (the older would be kept otherwise: a loaded machine can tell the two writes apart).
    const written = new Date();
    for (const name of ['nota.txt', 'nota.md']) await utimes(join(dir, name), written, written);
    const { corpus, warnings } = await read();
    expect(corpus.articles.map((article) => article.id)).toEqual(['nota']);
    expect(warnings).toEqual([{ file: 'nota.txt', message: 'skipped: nota.md already gives the id "nota"; rename one of the two files' }]);
  });

  it('reads a Markdown article nested deeper than any document (lists, block quotes) as plain text, not losing or hanging on it', async () => {
    // marked overflowed its stack on thousands of ">" (the article was skipped) and takes minutes over a list a thousand levels deep.
    const nestedList = Array.from({ length: 1000 }, (_, level) => `${' '.repeat(level * 2)}- punto ${level}`).join('\n');
    await write('lista.md', `${story('bicicletas')}\n\n${nestedList}\n`);
    await write('citas.md', `${story('patinetes')}\n\n${'>'.repeat(5000)} Fin de la cita.\n`);
    const { corpus, warnings } = await read();
    expect(warnings).toEqual([]);
    expect(corpus.articles.map((article) => article.id).sort()).toEqual(['citas', 'lista']);
    const text = (id: string) => corpus.articles.find((article) => article.id === id)?.text ?? '';
    expect(text('lista')).toContain('ordenanza sobre bicicletas que entrará en vigor');
    expect(text('citas')).toContain('ordenanza sobre patinetes que entrará en vigor');
  });

  it('reads a link to an article kept elsewhere, and skips a link to any other file, which would publish it (a .env)', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'hemeroteca-elsewhere-'));
    try {
      await writeFile(join(elsewhere, 'otra.md'), story('bicicletas'));
      await writeFile(join(elsewhere, '.env'), 'DISCORD_TOKEN=un-secreto\n\nUna línea cualquiera para que parezca texto de sobra.');
      await writeFile(join(elsewhere, 'notas'), story('patinetes'));
      await symlink(join(elsewhere, 'otra.md'), join(dir, 'enlace.md'));
      await symlink(join(elsewhere, '.env'), join(dir, 'secreto.txt'));
      await symlink(join(elsewhere, 'notas'), join(dir, 'notas.txt'));
      const { corpus, warnings } = await read();
      expect(corpus.articles.map((article) => article.id)).toEqual(['enlace']);
      expect(warnings).toEqual([
        { file: 'notas.txt', message: 'skipped: it is a link to "notas", which is no article: a link may only bring in a .txt, .md or .html file' },
        { file: 'secreto.txt', message: 'skipped: it is a link to ".env", which is no article: a link may only bring in a .txt, .md or .html file' },
      ]);
      expect(corpus.passages.some((passage) => passage.text.includes('secreto'))).toBe(false);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('skips a file with no article text in it', async () => {
    await write('bueno.txt', story('bicicletas'));
    await write('solo-menu.txt', 'Inicio\nCompartir\nDeja una respuesta\n');
    const { corpus, warnings } = await read();
    expect(corpus.articles.map((article) => article.id)).toEqual(['bueno']);
    expect(warnings).toEqual([{ file: 'solo-menu.txt', message: 'skipped: no article text was found in it' }]);
  });

  it('says a page cut off before any text has no article text, not that it is empty', async () => {
    await write('bueno.txt', story('bicicletas'));
    await write('cortada.html', '<html><head><title>Corte');
    const { warnings } = await read();
    expect(warnings).toEqual([{ file: 'cortada.html', message: 'skipped: no article text was found in it' }]);
  });

  it('treats a seeds path that is a file as an empty corpus with a warning', async () => {
    await write('bueno.txt', story('bicicletas'));
    const { files, warnings } = await readSeedFiles(join(dir, 'bueno.txt'));
    expect(files).toEqual([]);
    expect(warnings).toEqual([{ file: '.', message: `seeds folder ${join(dir, 'bueno.txt')} could not be read (it is not a folder); there are no articles to index` }]);
  });

  it('treats a missing seeds folder as an empty corpus with a warning', async () => {
    const { files, warnings } = await readSeedFiles(join(dir, 'no-such-folder'));
    expect(files).toEqual([]);
    expect(warnings).toEqual([{ file: '.', message: `seeds folder ${join(dir, 'no-such-folder')} does not exist; there are no articles to index` }]);
  });
});

describe('a dateline with no year', () => {
  it('is dated by the year of the file it was saved in, as the weekday of its lead confirms', async () => {
    const wire = 'Huelga de estibadores en Puerto Claro\n\nPuerto Claro, 2 dic (NCP).- Los estibadores del puerto iniciaron este miércoles una huelga de 48 horas contra el plan de automatización de dos terminales.';
    await write('huelga.txt', wire);
    await utimes(join(dir, 'huelga.txt'), new Date('2026-12-04T10:00:00Z'), new Date('2026-12-04T10:00:00Z'));
    const { articles } = buildCorpus((await readSeedFiles(dir)).files);
    expect(articles[0]?.date).toBe('2026-12-02');
  });
});
