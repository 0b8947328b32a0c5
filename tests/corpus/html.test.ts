/** HTML pages: the story chosen by Readability and its fallbacks, and metadata from what the page declares (issue 14). */
import { describe, expect, it } from 'vitest';
import { standfirstAbove } from '../../src/corpus/header.js';
import { buildArticle } from '../../src/corpus/index.js';
import { readSeedBytes } from '../../src/corpus/read.js';
import type { Article } from '../../src/corpus/types.js';

const STORY = [
  'El ayuntamiento aprobó este martes el presupuesto para reformar el mercado central, que lleva cerrado desde el invierno pasado.',
  'Las obras empezarán en septiembre y durarán unos ocho meses, según explicó la concejala de Urbanismo en la rueda de prensa.',
  'Los comerciantes se trasladarán mientras tanto a unas carpas instaladas en la plaza, con el mismo horario que tenían hasta ahora.',
];
const paragraphs = STORY.map((text) => `<p>${text}</p>`).join('\n');

function page(head: string, body: string): string {
  return `<!doctype html><html lang="es"><head>${head}</head><body>${body}</body></html>`;
}

function read(html: string): Article {
  const outcome = readSeedBytes('pagina.html', Buffer.from(html));
  if (!('file' in outcome)) throw new Error(outcome.warning.message);
  const article = buildArticle(outcome.file);
  if (!article) throw new Error('no article');
  return article;
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('HTML saved as a fragment', () => {
  // A browser builds <html>, <head> and <body> around markup that leaves them out; so must the reader.
  it('reads every paragraph of a page with no <html> or <body>, and its <title>', () => {
    const article = read(`<title>Reforma del mercado central</title>\n${paragraphs}`);
    expect(article.title).toBe('Reforma del mercado central');
    for (const sentence of STORY) expect(article.text).toContain(sentence);
  });

  it('reads bare paragraphs, and a page with <html> but no <body>', () => {
    for (const sentence of STORY) expect(read(paragraphs).text).toContain(sentence);
    const noBody = read(`<html lang="es"><head><meta charset="utf-8"><title>Reforma del mercado central</title></head>${paragraphs}</html>`);
    expect(noBody.title).toBe('Reforma del mercado central');
    for (const sentence of STORY) expect(noBody.text).toContain(sentence);
  });

  it('reads a page whose head elements have no <head> tag before its <body>, or stand after </head>', () => {
    const head = '<meta charset="utf-8"><meta property="og:title" content="Reforma del mercado central"><title>Reforma del mercado central</title>';
    for (const html of [
      `<!doctype html><html lang="es">${head}</head><body class="portada">${paragraphs}</body></html>`,
      `<html>${head}<body>${paragraphs}</body></html>`,
      `${head}<body>${paragraphs}</body>`,
      `<!--[if IE]><html class="ie"><![endif]--><!--[if !IE]><!--><html lang="es"><!--<![endif]-->${head}<body>${paragraphs}</body></html>`,
      `<!doctype html><html><head></head>${head}<body>${paragraphs}</body></html>`,
    ]) {
      const article = read(html);
      expect(article.title).toBe('Reforma del mercado central');
      for (const sentence of STORY) expect(article.text).toContain(sentence);
    }
  });
});

describe('HTML metadata from what the page declares', () => {
  it('reads the headline a <meta name="title"> declares before a <title> that opens with the site\'s name', () => {
    const article = read(page('<title>Diario del Valle - Reforman el mercado central</title><meta name="title" content="Reforman el mercado central">', paragraphs));
    expect(article.title).toBe('Reforman el mercado central');
  });

  it('reads JSON-LD inside @graph: headline, several authors joined, published date, language', () => {
    const ld = jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Diario del Valle' },
        {
          '@type': 'NewsArticle',
          headline: 'Reforman el mercado central',
          author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Luis Gil' }],
          datePublished: '2024-05-02T09:00:00+02:00',
          dateModified: '2024-06-01T09:00:00+02:00',
        },
      ],
    });
    const article = read(page(`<title>Portada | Diario del Valle</title>${ld}`, `<article>${paragraphs}</article>`));
    expect(article).toMatchObject({ title: 'Reforman el mercado central', author: 'Ana Ruiz, Luis Gil', date: '2024-05-02', language: 'es' });
  });

  it('drops the site name from the declared title, and a cookie banner or menu line never becomes it', () => {
    const head = '<meta property="og:site_name" content="El Observador"><meta property="og:title" content="Reforman el mercado central - El Observador">';
    const body = `<div>Usamos cookies para mejorar tu experiencia. Aceptar</div><nav>Selecciona Edición</nav><article>${paragraphs}</article>`;
    expect(read(page(head, body)).title).toBe('Reforman el mercado central');
  });

  it('never takes a placeholder, a section label or the site name for the author, and falls back to a real one', () => {
    for (const placeholder of ['null', 'No Author', 'Temas', 'El Observador', 'https://elobservador.example/autor/7']) {
      const head = `<meta property="og:site_name" content="El Observador"><meta name="author" content="${placeholder}"><meta name="parsely-author" content="Marta Sanz">`;
      expect(read(page(head, `<article>${paragraphs}</article>`)).author, placeholder).toBe('Marta Sanz');
    }
  });

  it('never takes for the author a site name written in parts, nor one of its parts', () => {
    // Templates fill the author field with the publisher's name, which runs its parts together ("Site - Brand | Slogan").
    const site = 'Noticias del Valle - El Observador | La voz del sur';
    const head = `<meta property="og:site_name" content="${site}">${jsonLd({ '@type': 'NewsArticle', headline: 'Reforman el mercado', author: { '@type': 'Person', name: site } })}`;
    expect(read(page(head, `<article>${paragraphs}</article>`)).author).toBeNull();
    // A byline whose parts are a name and the site's is still read.
    const byline = `<meta property="og:site_name" content="El Observador"><meta name="author" content="Marta Sanz | El Observador">`;
    expect(read(page(byline, `<article>${paragraphs}</article>`)).author).toBe('Marta Sanz');
  });

  it('takes an agency credited under the headline when no one signs, never a photo\'s credit there', () => {
    const head = '<title>Reforman el mercado central</title><meta name="author" content="No Author">';
    const credited = (credit: string) => read(page(head, `<article><header><h1>Reforman el mercado central</h1>${credit}</header>${paragraphs}</article>`)).author;
    // An organisation's name in capitals is cased as an outlet's (pages57): a word longer than an acronym is a name.
    expect(credited('<p class="credit">KYODO</p>')).toBe('Kyodo');
    expect(credited('<span class="fuente">Agencia Andina</span>')).toBe('Agencia Andina');
    // A photo's credit: in its <figure>, or beside its image.
    expect(credited('<figure><img src="a.jpg"><span class="credit">AFP</span></figure>')).toBeNull();
    expect(credited('<div><img src="a.jpg"><p class="credit">AFP</p></div>')).toBeNull();
    // A credit that names no agency, and a story someone signs.
    expect(credited('<p class="credit">Archivo municipal</p>')).toBeNull();
    expect(credited('<p class="byline">Por Ana Ruiz</p><p class="credit">EFE</p>')).toBe('Ana Ruiz');
  });

  it('takes the published date in the timestamp\'s own offset, and a UTC timestamp in the offset the page gives elsewhere', () => {
    const local = '<meta property="article:published_time" content="2024-05-02T23:30:00-04:00">';
    expect(read(page(local, `<article>${paragraphs}</article>`)).date).toBe('2024-05-02');
    const utc = '<meta property="article:published_time" content="2024-05-03T02:30:00Z"><meta property="article:modified_time" content="2024-05-03T08:00:00-04:00">';
    expect(read(page(utc, `<article>${paragraphs}</article>`)).date).toBe('2024-05-02');
  });

  it('takes a UTC timestamp as the date in the country of the page\'s domain or locale', () => {
    const bolivian = '<meta property="og:url" content="https://diario.example.com.bo/nota/1"><meta property="article:published_time" content="2024-05-03T02:30:00Z">';
    expect(read(page(bolivian, `<article>${paragraphs}</article>`)).date).toBe('2024-05-02');
    const rfc = '<meta property="og:locale" content="es_CO"><meta name="pubdate" content="Fri, 03 May 2024 02:30:00 GMT">';
    expect(read(page(rfc, `<article>${paragraphs}</article>`)).date).toBe('2024-05-02');
    const nowhere = '<meta property="article:published_time" content="2024-05-03T02:30:00Z">';
    expect(read(page(nowhere, `<article>${paragraphs}</article>`)).date).toBe('2024-05-03');
  });

  it('moves a UTC timestamp by the country\'s summer time when it is in force, north and south', () => {
    const at = (url: string, utc: string) => read(page(`<meta property="og:url" content="${url}"><meta property="article:published_time" content="${utc}">`, `<article>${paragraphs}</article>`)).date;
    // Madrid is UTC+2 in July and UTC+1 in January: 22:30 UTC is past midnight only in summer.
    expect(at('https://diario.example.es/a', '2024-07-01T22:30:00Z')).toBe('2024-07-02');
    expect(at('https://diario.example.es/a', '2024-01-15T22:30:00Z')).toBe('2024-01-15');
    // Santiago de Chile is UTC-3 in January (its summer) and UTC-4 in July.
    expect(at('https://diario.example.cl/a', '2024-01-15T03:30:00Z')).toBe('2024-01-15');
    expect(at('https://diario.example.cl/a', '2024-07-15T03:30:00Z')).toBe('2024-07-14');
  });

  it('reads the author from a Person node the article points to by @id, as Yoast writes it', () => {
    const ld = jsonLd({
      '@graph': [
        { '@type': 'NewsArticle', headline: 'Reforman el mercado central', author: { '@id': 'https://diario.example/#/person/7' } },
        { '@type': 'Person', '@id': 'https://diario.example/#/person/7', name: 'Nuria Vidal' },
      ],
    });
    expect(read(page(ld, `<article>${paragraphs}</article>`)).author).toBe('Nuria Vidal');
  });

  it('reads the author from a Twitter card\'s "Written by" label, without the handle', () => {
    const head = '<meta name="twitter:label1" content="Escrito por"><meta name="twitter:data1" content="Nuria Vidal @nvidal"><meta name="twitter:label2" content="Tiempo de lectura"><meta name="twitter:data2" content="3 minutos">';
    expect(read(page(head, `<article>${paragraphs}</article>`)).author).toBe('Nuria Vidal');
  });

  it('reads the author from a rel="author" link in the page when nothing declares one', () => {
    const body = `<article><h1>Reforman el mercado central</h1><p class="meta"><em>por</em> <a href="/autor/nv" rel="author">Nuria Vidal</a> 4 mayo, 2024</p>${paragraphs}</article>`;
    expect(read(page('', body)).author).toBe('Nuria Vidal');
  });

  it('takes no author from a page whose rel="author" links are a list of columnists', () => {
    const columnists = ['Ana Ruiz', 'Luis Gil', 'Marta Sanz', 'Pere Roig', 'Nuria Vidal'].map((name) => `<li><a rel="author" href="/autor/${name.length}">${name}</a></li>`).join('');
    expect(read(page('', `<aside><ul>${columnists}</ul></aside><article>${paragraphs}</article>`)).author).toBeNull();
  });

  it('credits a desk that names its newsroom as printed, declared or under the headline; one that names none only as printed', () => {
    for (const desk of ['Redacción DS', 'Redacción Diario del Sur', 'Rédaction Sud']) {
      const head = `<meta name="author" content="${desk}">`;
      expect(read(page(head, `<article>${paragraphs}</article>`)).author, desk).toBe(desk);
      expect(read(page('', `<article><h1>Reforman el mercado central</h1><div class="author">${desk}</div>${paragraphs}</article>`)).author, desk).toBe(desk);
      expect(read(page('', `<article><h1>Reforman el mercado central</h1><p class="byline">Por ${desk}</p>${paragraphs}</article>`)).author, desk).toBe(desk);
    }
    // A CMS fills its author field with a desk's word when no one signs: a placeholder. Printed where the byline stands, the
    // desk signs the story as printed (pages57), but for a publishing system's account ("Redacción Web") and an English
    // desk word opening other words without "By" (menus' "Staff Picks").
    const printed: Array<[string, string | null]> = [['Newsroom', 'Newsroom'], ['Redacción', 'Redacción'], ['Redacción Web', null], ['Staff Reports', null], ['Equipo de Redacción', 'Equipo de Redacción'], ['Redaktion', 'Redaktion']];
    for (const [desk, shown] of printed) {
      const head = `<meta name="author" content="${desk}">`;
      expect(read(page(head, `<article>${paragraphs}</article>`)).author, desk).toBeNull();
      expect(read(page('', `<article><h1>Reforman el mercado central</h1><div class="author">${desk}</div>${paragraphs}</article>`)).author, desk).toBe(shown);
    }
  });

  it('takes no section label a template declares as the title ("Deportes"), but the next declared title', () => {
    const head = '<meta property="og:title" content="Deportes"><meta name="twitter:title" content="Deportes"><title>El Betis gana al Sevilla en el derbi | Diario del Sur</title><meta property="og:site_name" content="Diario del Sur">';
    expect(read(page(head, `<article>${paragraphs}</article>`)).title).toBe('El Betis gana al Sevilla en el derbi');
  });

  it('takes the visible <h1> when the title declarations disagree and it is one of them, or a part of one', () => {
    const disagree = jsonLd({ '@type': 'NewsArticle', headline: 'El mercado central tendrá obras' }) + '<meta property="og:title" content="Reforman el mercado central tras el invierno">';
    expect(read(page(disagree, `<article><h1>Reforman el mercado central tras el invierno</h1>${paragraphs}</article>`)).title).toBe('Reforman el mercado central tras el invierno');
    const kicker = '<meta property="og:title" content="Obras en el centro: Reforman el mercado central">';
    expect(read(page(kicker, `<article><h1>Reforman el mercado central</h1>${paragraphs}</article>`)).title).toBe('Reforman el mercado central');
    const spans = '<title>Obras en el centro: Reforman el mercado central | Diario del Sur</title>';
    const heading = '<h1><span class="kicker">Obras en el centro</span> <span class="headline">Reforman el mercado central</span></h1>';
    expect(read(page(spans, `<article>${heading}${paragraphs}</article>`)).title).toBe('Reforman el mercado central');
  });

  it('takes the printed <h1> that rewrites the declared title for readers, never a logo, a section or another story\'s headline', () => {
    const head = '<meta property="og:title" content="El mercado central cierra por obras hasta septiembre"><title>Mercado central cerrado | Diario del Sur</title>';
    const printed = 'El mercado central cierra sus puertas por unas obras que durarán hasta septiembre';
    expect(read(page(head, `<header><h1>Diario del Sur</h1></header><article><h1>${printed}</h1>${paragraphs}</article><h1>Más noticias</h1>`)).title).toBe(printed);
    const english = '<meta property="og:title" content="Council Approves Budget For Market Repairs">';
    const rewritten = 'Council Approves Budget To Reopen The Old Market After Winter Repairs';
    expect(read(page(english, `<article><h1>${rewritten}</h1>${paragraphs}</article>`)).title).toBe(rewritten);
    const others = ['Economía y empleo', 'La alcaldesa inaugura el nuevo puente sobre el río', 'Diario del Sur, el periódico de la comarca desde 1950'];
    for (const heading of others) expect(read(page(head, `<h1>${heading}</h1><article>${paragraphs}</article>`)).title, heading).toBe('El mercado central cierra por obras hasta septiembre');
  });

  it('keeps the declared title when the <h1> is the site\'s name or declares nothing', () => {
    const head = '<meta property="og:site_name" content="Diario del Sur"><meta property="og:title" content="Reforman el mercado central | Diario del Sur">';
    expect(read(page(head, `<header><h1>Diario del Sur</h1></header><article>${paragraphs}</article>`)).title).toBe('Reforman el mercado central');
  });

  it('reads a published date from microdata outside <meta>, else from the story\'s address', () => {
    const microdata = `<article><span itemprop="datePublished" content="2024-05-02T10:00:00+02:00"></span>${paragraphs}</article>`;
    expect(read(page('', microdata)).date).toBe('2024-05-02');
    const url = '<link rel="canonical" href="https://diario.example/local/2024/05/02/reforman-el-mercado/">';
    expect(read(page(url, `<article>${paragraphs}</article>`)).date).toBe('2024-05-02');
  });

  it('reads meta tags however far into the page they are', () => {
    const padding = `<style>${'.x{color:red}'.repeat(10_000)}</style>`;
    expect(read(page(`${padding}<meta property="article:published_time" content="2024-03-09">`, `<article>${paragraphs}</article>`)).date).toBe('2024-03-09');
  });

  it('decodes entities a CMS left in JSON-LD', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Dice que &quot;no hay plazo&quot;","author":{"name":"Mar&iacute;a Pe&ntilde;a"}}</script>`;
    expect(read(page(ld, `<article>${paragraphs}</article>`))).toMatchObject({ title: 'Dice que "no hay plazo"', author: 'María Peña' });
  });
});

describe('HTML main text', () => {
  it('takes JSON-LD articleBody when the page body holds only a teaser', () => {
    const ld = jsonLd({ '@type': 'NewsArticle', headline: 'Reforman el mercado central', articleBody: STORY.join('\n\n') });
    const article = read(page(ld, `<article><p>${STORY[0]!.slice(0, 60)}…</p></article>`));
    for (const sentence of STORY) expect(article.text).toContain(sentence);
  });

  it('finds the story on a page with many <article> cards, without the cards', () => {
    const cards = Array.from({ length: 30 }, (_, n) => `<article class="card"><h3><a href="/n/${n}">Otra noticia número ${n} del día</a></h3></article>`).join('');
    const article = read(page('<title>Reforman el mercado central</title>', `<div class="cards">${cards}</div><article class="story">${paragraphs}</article>`));
    for (const sentence of STORY) expect(article.text).toContain(sentence);
    expect(article.text).not.toContain('Otra noticia');
  });

  it('keeps subheadings and lists, and leaves photo captions out', () => {
    const body = `<article><figure><img src="a.jpg"><figcaption>Vista del mercado central, en una imagen de archivo. Foto: Archivo</figcaption></figure>
      <p>${STORY[0]}</p><h2>Un calendario ajustado</h2><p>${STORY[1]}</p><ul><li>Primera fase: cubiertas y fachada del edificio.</li><li>Segunda fase: puestos interiores y cámaras.</li></ul><p>${STORY[2]}</p></article>`;
    const article = read(page('<title>Reforman el mercado central</title>', body));
    expect(article.text).toContain('Un calendario ajustado');
    expect(article.text).toContain('Primera fase: cubiertas y fachada del edificio.');
    expect(article.text).not.toContain('Vista del mercado');
  });

  it('leaves out the heading of a sign-up box inside the story, and keeps a story the page wraps whole in a form', () => {
    const signUp = '<div class="boletin"><h3>Recibe cada tarde las noticias de tu barrio</h3><form><input type="email" placeholder="Tu correo"><button>Apuntarme</button></form></div>';
    const article = read(page('<title>Reforman el mercado central</title>', `<article><p>${STORY[0]}</p><p>${STORY[1]}</p>${signUp}<p>${STORY[2]}</p></article>`));
    expect(article.text).not.toContain('Recibe cada tarde');
    for (const paragraph of STORY) expect(article.text).toContain(paragraph);
    const wrapped = read(page('<title>Reforman el mercado central</title>', `<form id="pagina"><input type="hidden" name="estado" value="x"><input type="search" name="q"><article>${paragraphs}</article></form>`));
    for (const paragraph of STORY) expect(wrapped.text).toContain(paragraph);
  });

  it('leaves out captions and credits that the markup names by class or itemprop, not only <figcaption>', () => {
    const captions = [
      '<div class="image"><img src="a.jpg"><p class="caption">Vista del mercado central desde la plaza mayor.</p></div>',
      '<div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">Los comerciantes, en las carpas de la plaza.</p></div>',
      '<span class="photoCaption">La concejala de Urbanismo, durante la rueda de prensa.</span>',
      '<div itemprop="caption">El mercado, cerrado desde el invierno pasado.</div>',
      '<small class="media-credit">Foto: Juan Gómez / Agencia</small>',
    ];
    const body = `<article><p>${STORY[0]}</p>${captions.slice(0, 3).join('')}<p>${STORY[1]}</p>${captions.slice(3).join('')}<p>${STORY[2]}</p></article>`;
    const article = read(page('<title>Reforman el mercado central</title>', body));
    for (const caption of ['Vista del mercado central desde', 'Los comerciantes, en las carpas', 'durante la rueda de prensa', 'El mercado, cerrado', 'Juan Gómez']) expect(article.text).not.toContain(caption);
    for (const paragraph of STORY) expect(article.text).toContain(paragraph);
    const credited = read(page('<title>Reforman el mercado central</title>', `<article><p class="byline-credit">Por Marta Ruiz Soler</p>${paragraphs}</article>`));
    expect(credited.author).toBe('Marta Ruiz Soler');
  });

  it('leaves out a paragraph beside a photo that only its credit is named in, and keeps a story paragraph holding a credit', () => {
    const credit = '<span class="credit">(<span class="photographer">Ana Ruiz</span> / 2 de mayo de 2024)</span>';
    const photo = `<div class="foto"><table><tr><td><img src="m.jpg" alt=""><p class="pequeno">Los puestos del mercado, vacíos durante el invierno pasado. ${credit}</p></td></tr></table></div>`;
    const article = read(page('<title>Reforman el mercado central</title>', `<article><h1>Reforman el mercado central</h1>${photo}${paragraphs}</article>`));
    expect(article.text).not.toContain('vacíos durante el invierno');
    for (const paragraph of STORY) expect(article.text).toContain(paragraph);
    const inStory = `<p>Los puestos del mercado seguirán vacíos durante todo el verano, según los comerciantes. ${credit}</p>`;
    const kept = read(page('<title>Reforman el mercado central</title>', `<article><h1>Reforman el mercado central</h1><div class="cuerpo"><img src="m.jpg" alt="">${paragraphs}${inStory}</div></article>`));
    expect(kept.text).toContain('seguirán vacíos durante todo el verano');
  });

  it('leaves out a caption above the headline that no class names, told by its photo credit in brackets, and a "read also" teaser closing the story', () => {
    const caption = '<strong>Vendors unload crates beside the shuttered stalls of the covered market <span>(Harbour Press/Jane Doe)</span></strong>';
    const teaser = '<p><em><a href="/otra">También lea: ¿Volverá a subir el precio del pan? Esto dicen los panaderos.</a></em></p>';
    const article = read(page('<title>Reforman el mercado central</title>', `<article>${caption}<h1>Reforman el mercado central</h1>${paragraphs}${teaser}</article>`));
    expect(article.text).not.toContain('Vendors unload crates');
    expect(article.text).not.toContain('También lea');
    for (const paragraph of STORY) expect(article.text).toContain(paragraph);
  });

  it('keeps a long block whose class merely mentions a caption: a caption is a few words', () => {
    const body = `<article><div class="story-with-captions">${paragraphs}${paragraphs.replaceAll('<p>', '<p>Además, ')}</div></article>`;
    const article = read(page('<title>Reforman el mercado central</title>', body));
    for (const paragraph of STORY) expect(article.text).toContain(paragraph);
  });
});

describe('HTML: a short story beside a longer thread or list', () => {
  const story = `<article><h1>Reforman el mercado central</h1>${paragraphs}</article>`;

  it('keeps a short story and leaves out a longer thread of reader comments, and their quotations', () => {
    const comment = (i: number) =>
      `<li class="comment"><div class="comment-author">lector_${i}</div><div class="comment-body"><p>El concejal Pedro Ruiz dijo en la radio que «el mercado no abrirá nunca», lo oí yo mismo esta mañana, comentario ${i}.</p></div><div class="comment-meta">hace ${i} horas · Responder</div></li>`;
    const thread = `<section class="comments-area"><h3>9 comentarios</h3><ol class="comment-list">${[1, 2, 3, 4, 5, 6, 7, 8, 9].map(comment).join('')}</ol></section>`;
    const article = read(page('<title>Reforman el mercado central</title>', story + thread));
    for (const paragraph of STORY) expect(article.text).toContain(paragraph);
    expect(article.text).not.toContain('el mercado no abrirá nunca');
  });

  it('keeps a short story and leaves out a longer list of other stories\' teasers', () => {
    const teaser = (i: number) =>
      `<li class="related-item"><a href="/n${i}"><h3>La alcaldesa: «La obra ${i} acabará en plazo»</h3><p class="summary">La alcaldesa de la ciudad, Marta Gil, aseguró ayer en un acto en el barrio que «la obra ${i} acabará en plazo» gracias al nuevo contrato.</p></a></li>`;
    const list = `<section class="mas-noticias"><h2>Más noticias</h2><ul>${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</ul></section>`;
    const brief = `<article><h1>Reforman el mercado central</h1><p>${STORY[0]}</p><p>${STORY[1]}</p></article>`;
    const article = read(page('<title>Reforman el mercado central</title>', `<main>${brief}${list}</main>`));
    for (const paragraph of STORY.slice(0, 2)) expect(article.text).toContain(paragraph);
    expect(article.text).not.toContain('acabará en plazo');
  });
});

describe('HTML: a datetime attribute on another element than <time>', () => {
  it('dates the page by it when nothing else does, and never by an edit\'s <ins> or <del>', () => {
    const story = (stamp: string) => `<article><h1>Reforman el mercado central</h1><div class="byline">Por Ana Ruiz ${stamp}</div>${paragraphs}</article>`;
    const dated = read(page('<title>Reforman el mercado central</title>', story('<div class="byline-time" datetime="2016-10-13 21:30:00 -0400">hace 3 horas</div>')));
    expect(dated.date).toBe('2016-10-13');
    const edited = read(page('<title>Reforman el mercado central</title>', story('<ins datetime="2016-10-14T08:00:00Z">(corregido)</ins>')));
    expect(edited.date).toBeNull();
  });
});

describe('HTML: a publication date under a site\'s own name', () => {
  const story = (header: string) => `<article><h1>Reforman el mercado central</h1>${header}${paragraphs}</article>`;

  it('reads a meta tag whose name says published or original, never modified or updated', () => {
    const head = '<meta name="article_date_updated" content="Friday, December 23, 2016, 9:00 AM"><meta name="article_date_original" content="Thursday, December 22, 2016, 2:47 PM">';
    expect(read(page(head, story(''))).date).toBe('2016-12-22');
    expect(read(page('<meta name="article_date_updated" content="Friday, December 23, 2016">', story(''))).date).toBeNull();
  });

  it('reads a timestamp a <time> holds in a data attribute when it has no datetime', () => {
    expect(read(page('', story('<p class="meta">Ana Ruiz - <time data-published="2016-12-09 09:13:00-05:00">hace 4 horas</time></p>'))).date).toBe('2016-12-09');
  });
});

describe('HTML: a story Readability leaves out', () => {
  it('reads the page whole when what Readability keeps is a menu, with no paragraph of prose', () => {
    const links = ['Portada', 'Deportes', 'Economía', 'Cultura', 'Opinión', 'Agenda', 'Videos', 'Podcasts'].map((label) => `<li><a href="/${label}">${label}</a></li>`).join('');
    // A wrapper whose class Readability takes for page furniture ("extra") holds the story.
    const body = `<div><ul>${links}</ul><ul>${links}</ul><ul>${links}</ul></div><div class="extra-wrap"><h1>Reforman el mercado central</h1>${paragraphs}</div>`;
    const article = read(page('<title>Reforman el mercado central</title>', body));
    for (const paragraph of STORY) expect(article.text).toContain(paragraph);
    expect(article.text).not.toContain('Podcasts');
  });

  it('reads a page read whole from its story on: other stories\' headlines above it go, its byline and date stay read', () => {
    const links = ['Portada', 'Deportes', 'Economía', 'Cultura', 'Opinión', 'Agenda', 'Videos', 'Podcasts'].map((label) => `<li><a href="/${label}">${label}</a></li>`).join('');
    const teasers = [
      'El alcalde inaugura la nueva biblioteca municipal del barrio norte',
      'Cortes de tráfico en la avenida principal por las obras del metro',
      'Los vecinos del centro piden más zonas verdes para el próximo año',
    ];
    // The list holds the story's own headline too, which the text's title is then read from.
    const videos = `<div class="extra-videos">${[teasers[0], 'Reforman el mercado central', ...teasers.slice(1)].map((teaser) => `<div><a href="/v">${teaser}</a></div>`).join('')}</div>`;
    const body = `<div><ul>${links}</ul><ul>${links}</ul><ul>${links}</ul></div>${videos}<div class="extra-wrap"><header><h1>Reforman el mercado central</h1></header><p>Por Ana Ruiz</p><p>2 de mayo de 2024</p>${paragraphs}</div>`;
    const article = read(page('<title>Reforman el mercado central</title>', body));
    for (const paragraph of STORY) expect(article.text).toContain(paragraph);
    for (const teaser of teasers) expect(article.text).not.toContain(teaser);
    expect(article).toMatchObject({ author: 'Ana Ruiz', date: '2024-05-02' });
  });

  it('reads the story whose own block a class or id names as something else ("related", "pagination"), not the box Readability keeps instead', () => {
    const more = [
      'La concejala añadió que el proyecto incluye una cubierta nueva, la renovación de las instalaciones eléctricas y un aparcamiento para bicicletas.',
      'Los vecinos del barrio pidieron durante años que el edificio se reformara, porque las goteras obligaban a cerrar varios puestos cada invierno.',
      'La asociación de comerciantes valoró la decisión, aunque reclamó que las carpas provisionales tengan calefacción y acceso para personas con movilidad reducida.',
      'El presupuesto total asciende a cuatro millones de euros, de los que la mitad procede de fondos europeos destinados a la rehabilitación de edificios públicos.',
    ];
    const story = [...STORY, ...more].map((text) => `<p>${text}</p>`).join('');
    const box = '<div class="subscribe"><h3>Boletín</h3><p>Recibe cada mañana las noticias del día en tu correo.</p><p>Puedes darte de baja cuando quieras desde tu cuenta.</p></div>';
    for (const marks of ['id="story" class="component with_related_categories"', 'id="artpagination"']) {
      const article = read(page('<title>Reforman el mercado central</title>', `<h1>Reforman el mercado central</h1>${box}<div class="wrap"><div ${marks}>${story}</div></div>`));
      for (const paragraph of [...STORY, ...more]) expect(article.text).toContain(paragraph);
    }
  });

  it('leaves out readers\' comments in a block named for them, even when the name also says "article", and keeps a byline named beside a count of comments', () => {
    const posts = [
      'Yo vivo al lado del mercado y llevo años esperando que lo arreglen, así que me alegro mucho por los comerciantes.',
      'Cuatro millones me parecen demasiado dinero para un edificio que se podría haber mantenido con mucho menos cada año.',
    ];
    const thread = `<div id="article_forums"><div class="tabs"><a href="/foro/1">Todos</a> Los más votados</div>${posts.map((post) => `<div class="post"><div class="author">Vecino</div><div class="body"><p>${post}</p></div></div>`).join('')}</div>`;
    const byline = '<div class="bylineComments"><p class="bylineBody">Por <a rel="author" href="/autores/ana-ruiz">Ana Ruiz</a></p><a href="#c">2 comentarios</a></div>';
    const more = [
      'La concejala añadió que el proyecto incluye una cubierta nueva, la renovación de las instalaciones eléctricas y un aparcamiento para bicicletas.',
      'Los vecinos del barrio pidieron durante años que el edificio se reformara, porque las goteras obligaban a cerrar varios puestos cada invierno.',
    ];
    const story = [...STORY, ...more].map((text) => `<p>${text}</p>`).join('');
    const article = read(page('<title>Reforman el mercado central</title>', `<h1>Reforman el mercado central</h1><div class="wrap">${byline}<div class="story">${story}</div>${thread}</div>`));
    for (const paragraph of [...STORY, ...more]) expect(article.text).toContain(paragraph);
    for (const post of posts) expect(article.text).not.toContain(post);
    expect(article.author).toBe('Ana Ruiz');
  });

  it('reads a story the page prints only for readers without scripts, inside <noscript>, and never a notice asking for them', () => {
    const shell = '<div class="feed"><p class="about">Las últimas noticias de la redacción, actualizadas minuto a minuto en una sola página para que no te pierdas nada.</p>';
    const notice = '<noscript><p>Activa JavaScript en tu navegador para ver los comentarios de los lectores.</p></noscript>';
    const article = read(page('<title>Reforman el mercado central</title>', `${shell}<ul><noscript><li><h1>Reforman el mercado central</h1><div class="full">${paragraphs}</div></li></noscript></ul></div>${notice}`));
    for (const paragraph of STORY) expect(article.text).toContain(paragraph);
    expect(article.text).not.toContain('Activa JavaScript');
  });
});

describe('HTML: the header around the headline', () => {
  const EN_STORY = [
    'The city council approved a budget on Tuesday to rebuild the central market, which has been closed since last winter.',
    'Work will begin in September and last about eight months, the planning chief told reporters at a briefing.',
    'Stallholders will move to tents in the square meanwhile, keeping the opening hours they had until now.',
  ];
  const enParagraphs = EN_STORY.map((text) => `<p>${text}</p>`).join('');

  it('puts back the deck the page prints under its headline and declares as its description, cut short or whole', () => {
    const deck = 'Los comerciantes se mudarán a carpas en la plaza durante las obras, que costarán cuatro millones y terminarán en primavera';
    const header = `<header class="cabecera"><h1>Reforman el mercado central</h1><p class="bajada">${deck}</p></header>`;
    for (const description of [`${deck.slice(0, 70)}...`, deck]) {
      const head = `<title>Reforman el mercado central</title><meta property="og:description" content="${description}">`;
      const article = read(page(head, `${header}<div class="cuerpo"><article>${paragraphs}</article></div>`));
      expect(article.text.startsWith(deck), description).toBe(true);
    }
  });

  it('reads the deck from the lead photo\'s caption when the page prints it there, and adds nothing the page does not print or already has', () => {
    const deck = 'Councillors also agreed to cut the rent stallholders pay during the eight months the works are expected to last';
    const caption = `<figure><img src="m.jpg"><figcaption>${deck}</figcaption></figure>`;
    const withCaption = read(page(`<title>Central market to be rebuilt</title><meta name="description" content="${deck}">`, `<h1>Central market to be rebuilt</h1>${caption}<article>${enParagraphs}</article>`));
    expect(withCaption.text.startsWith(deck)).toBe(true);
    const summaryOnly = read(page('<meta name="description" content="All about the plan to rebuild the central market of the city, and who pays">', `<article>${enParagraphs}</article>`));
    expect(summaryOnly.text.startsWith(EN_STORY[0]!)).toBe(true);
    const lead = read(page(`<meta property="og:description" content="${EN_STORY[0]}">`, `<article>${enParagraphs}</article>`));
    expect(lead.text.split(EN_STORY[0]!).length).toBe(2);
  });

  it('dates a page without declarations by the date printed by its headline, not by an embedded post\'s', () => {
    const header = '<header><h1 class="headline">Central market to be rebuilt after winter closure</h1><div>\n<span class="byline">By Emma Clarke</span>\n<span class="date">8 January 2024, 3:51 pm</span>\n</div></header>';
    const embed = '<blockquote class="twitter-tweet"><p>Great news for the market!</p>— Jo Bell (@jobell) January 7, 2024</blockquote>';
    expect(read(page('', `${header}<article>${enParagraphs}${embed}</article>`)).date).toBe('2024-01-08');
  });

  it('dates a page by the date line right after its headline when the headline shares its parent with the whole story', () => {
    const story = enParagraphs.repeat(4);
    const byline = '<div class="post-author"><a href="/author/emma-clarke/" rel="author">Emma Clarke</a><br><a href="/2024/01/08/">8 Jan 2024 at 15:51 ET</a></div>';
    expect(read(page('', `<div class="post"><h1>Central market to be rebuilt after winter closure</h1>${byline}${story}</div>`)).date).toBe('2024-01-08');
  });

  it('prefers the printed date to a bare meta "date", and never takes an update for it', () => {
    const stand = '<h1><span>Markthalle</span> <span>Stadt baut die Markthalle um</span></h1><p class="text"><span class="stand">Stand: 28.04.2024 18:00 Uhr</span></p>';
    const german = STORY.map((text) => `<p>${text}</p>`).join('');
    expect(read(page('<meta name="date" content="2024-04-29T11:52:23">', `<header>${stand}</header><article>${german}</article>`)).date).toBe('2024-04-28');
    const updated = '<h1>Reforman el mercado central</h1><p>Actualizado: 3 de mayo de 2024</p>';
    expect(read(page('<meta name="date" content="2024-05-02">', `<header>${updated}</header><article>${paragraphs}</article>`)).date).toBe('2024-05-02');
  });

  it('takes no date from the site\'s own header when its <h1> is the logo beside today\'s date', () => {
    const head = '<meta property="og:title" content="Reforman el mercado central | Diario de la Tarde"><link rel="canonical" href="https://tarde.example/2024/05/02/mercado">';
    const masthead = '<header class="sitio"><h1>Diario de la Tarde</h1><span>Jueves, 30 de mayo de 2024</span></header>';
    expect(read(page(head, `${masthead}<article><h2>Reforman el mercado central</h2>${paragraphs}</article>`)).date).toBe('2024-05-02');
  });

  it('takes the printed date over the published timestamp\'s local one only when it is the same instant\'s UTC date', () => {
    const ld = jsonLd({ '@type': 'NewsArticle', headline: 'Reforman el mercado central', datePublished: '2024-05-02T21:30:00-05:00' });
    const shown = (printed: string) => read(page(ld, `<div class="encabezado"><span>${printed}</span><h1>Reforman el mercado central</h1></div><article>${paragraphs}</article>`)).date;
    // A site that prints its times in UTC: 21:30 in Bogotá is 02:30 the next day in UTC.
    expect(shown('3 May 2024 - 2:30 a. m.')).toBe('2024-05-03');
    expect(shown('2 de mayo de 2024')).toBe('2024-05-02');
    // Any other date printed there is not this instant's: the declaration stands.
    expect(shown('5 de mayo de 2024')).toBe('2024-05-02');
  });

  it('reads every author of a byline block marked rel="author"', () => {
    const names = '<a href="/autor/ar">Ana Ruiz</a>, <a href="/autor/lg">Luis Gil</a> y <a href="/autor/ms">Marta Sanz</a>';
    const byline = `<div class="author-box"><div rel="author">${names}</div><time datetime="2024-05-02T09:43:00-04:00">2 de mayo de 2024, 09:43</time></div>`;
    expect(read(page('', `<header><h1>Reforman el mercado central</h1>${byline}</header><article>${paragraphs}</article>`)).author).toBe('Ana Ruiz, Luis Gil, Marta Sanz');
  });
});

describe('HTML cut short', () => {
  it('keeps the last paragraph of a page whose markup ends in the middle of its text, after unclosed elements', () => {
    const cut = `<html><head><title>Incendio en el valle</title><body><div>${paragraphs.replace(/<\/p>/gu, '')}<div><table><tr><td>celda<p>El fuego comenzó en el sector norte del valle de madrugada\n<script>var x = 1;</script><!-- sin cerrar\n`;
    expect(read(cut).text).toContain('El fuego comenzó en el sector norte del valle de madrugada');
  });

  it('keeps a short last line of a page cut short, after unclosed elements (B13), in Spanish and English', () => {
    expect(read(`<html><head><title>Incendio en el valle</title><body><div>${paragraphs.replace(/<\/p>/gu, '')}<div><span>Fin sin cerrar\n`).text).toMatch(/Fin sin cerrar$/u);
    const english = ['The council approved the budget to refurbish the central market on Tuesday evening.', 'Works will start in September and last about eight months, the councillor said.'];
    expect(read(`<html><head><title>Market works</title><body><div><p>${english.join('<p>')}<div><span>Stalls move meanwhile`).text).toMatch(/Stalls move meanwhile$/u);
  });

  it('still leaves out a short last line of a page that ends whole, and a last line of two words when cut short', () => {
    expect(read(page('<title>Reforma del mercado central</title>', `<article>${paragraphs}</article><p>Fin sin cerrar</p>`)).text).not.toContain('Fin sin cerrar');
    expect(read(`<html><head><title>Incendio en el valle</title><body><div>${paragraphs}<div><span>Ver más`).text).not.toContain('Ver más');
  });

  it('still leaves out a last line without a sentence end on a page that ends whole', () => {
    const whole = page('<title>Reforma del mercado central</title>', `<article>${paragraphs}</article><p>Otras noticias del mercado central y de las obras en la ciudad</p>`);
    expect(read(whole).text).not.toContain('Otras noticias del mercado central');
  });
});

describe('HTML: the outlet and the author a page declares (B12)', () => {
  it('never takes a photo credit for the author', () => {
    for (const credit of ['Fotos: EL OBSERVADOR/ AFP', 'Foto: Archivo', 'Photo: Reuters', 'Imagen: Ana Ruiz']) {
      const head = `<meta name="author" content="${credit}">`;
      expect(read(page(head, `<article>${paragraphs}</article>`)).author, credit).toBeNull();
    }
    const withWriter = read(page('<meta name="author" content="Marta Sanz, Fotos: AFP">', `<article>${paragraphs}</article>`));
    expect(withWriter.author).toBe('Marta Sanz');
  });

  it('takes no site name abbreviated in the page\'s address for the author, and reads the byline instead; a blogger\'s two names stay', () => {
    const head = '<meta property="og:url" content="https://www.hcherald.com/2024/05/02/market.html"><meta name="author" content="Harbour City Herald">';
    const byline = '<p class="byline">By Jane Doe, Harbour City Herald</p>';
    expect(read(page(head, `<article><h1>Reforman el mercado central</h1>${byline}${paragraphs}</article>`)).author).toBe('Jane Doe');
    const blog = '<meta property="og:url" content="https://www.jdoe.com/2024/05/02/market.html"><meta name="author" content="Jane Doe">';
    expect(read(page(blog, `<article>${paragraphs}</article>`)).author).toBe('Jane Doe');
  });

  it('credits the byline printed under the headline when a meta tag names another person, and keeps the tag\'s name when both name the same one', () => {
    const title = '<title>Reforman el mercado central</title>';
    const tag = '<meta name="parsely-author" content="Rosa Elvira Campos Durán">';
    const byline = '<p class="sart-author"><span class="byline">por <span class="author">Tomás Ibarra</span></span></p>';
    expect(read(page(title + tag, `<article><h1>Reforman el mercado central</h1>${byline}${paragraphs}</article>`)).author).toBe('Tomás Ibarra');
    const sameWriter = '<p class="byline">Por Rosa Campos</p>';
    expect(read(page(title + tag, `<article><h1>Reforman el mercado central</h1>${sameWriter}${paragraphs}</article>`)).author).toBe('Rosa Elvira Campos Durán');
    // A desk printed under the headline says less than the person a tag names.
    const desk = '<p class="byline">Redacción Diario del Sur</p>';
    expect(read(page(title + tag, `<article><h1>Reforman el mercado central</h1>${desk}${paragraphs}</article>`)).author).toBe('Rosa Elvira Campos Durán');
  });

  it('reads no byline the page keeps hidden under its headline: a video\'s credits beside the story\'s writer', () => {
    const title = '<title>Reforman el mercado central</title><meta name="author" content="Rosa Campos">';
    const hidden = '<div class="byline" style="display: none;">By Ivo Lenz, Pia Marsh and Otto Brandt</div>';
    const shown = '<h6 class="byline">By <span itemprop="author">Rosa Campos</span></h6>';
    expect(read(page(title, `<article><h1>Reforman el mercado central</h1>${hidden}${shown}${paragraphs}</article>`)).author).toBe('Rosa Campos');
    const hiddenOnly = read(page('<title>Reforman el mercado central</title>', `<article><h1>Reforman el mercado central</h1><p class="author" hidden>Por Ivo Lenz</p>${paragraphs}</article>`));
    expect(hiddenOnly.author).toBeNull();
  });

  it('takes the outlet from a JSON-LD publisher the article points to by @id, or from an Organization signing it', () => {
    const organization = { '@id': 'https://observador.example/', '@type': 'Organization', name: 'El Observador' };
    const byReference = jsonLd([{ '@type': 'NewsArticle', headline: 'Reforman el mercado central', publisher: { '@id': 'https://observador.example/' }, author: organization }]);
    expect(read(page(byReference, `<article>${paragraphs}</article>`))).toMatchObject({ outlet: 'El Observador', author: null });
    const signedOnly = jsonLd({ '@type': 'NewsArticle', headline: 'Reforman el mercado central', author: { '@type': 'NewsMediaOrganization', name: 'Diario del Sur' } });
    expect(read(page(signedOnly, `<article>${paragraphs}</article>`)).outlet).toBe('Diario del Sur');
  });

  it('replaces a site name that is a bare slug or host name with a name the page declares, its <title> suffix included', () => {
    const slug = '<meta name="twitter:site" content="elobservador"><meta property="og:url" content="https://www.elobservador.example/mercado">';
    expect(read(page(`${slug}<title>Reforman el mercado central | El Observador</title>`, `<article>${paragraphs}</article>`)).outlet).toBe('El Observador');
    const host = '<meta property="og:site_name" content="www.elobservador.example"><meta name="application-name" content="El Observador">';
    expect(read(page(host, `<article>${paragraphs}</article>`)).outlet).toBe('El Observador');
    // With no name declared, the host name is still better than nothing.
    expect(read(page('<meta property="og:site_name" content="www.elobservador.example">', `<article>${paragraphs}</article>`)).outlet).toBe('www.elobservador.example');
  });

  it('never names the outlet by a page\'s address written without its scheme, and takes the host name its <title> ends with', () => {
    const head = '<meta property="og:url" content="www.elobservador.example/ciudad/2024/05/02/mercado.html"><title>Reforman el mercado central | elobservador.example</title>';
    expect(read(page(head, `<article>${paragraphs}</article>`)).outlet).toBe('elobservador.example');
  });
});

describe('HTML: authors a page links and labels around a byline', () => {
  const byAuthor = (slug: string, name: string) => `<a href="/author/${slug}/">${name}</a>`;
  const teasers = ['luis-gil|Luis Gil', 'marta-sanz|Marta Sanz'].map((entry) => {
    const [slug = '', name = ''] = entry.split('|');
    return `<li><a href="/n/${slug}">Otra noticia del barrio</a> ${byAuthor(slug, name)}</li>`;
  });

  it('takes the name linked as an author more often than any other, when nothing else names one', () => {
    const body = `<article><h1>Reforman el mercado central</h1><div class="story-meta">${byAuthor('ana-ruiz', 'Ana Ruiz')}</div>${paragraphs}</article><aside><p>Más de ${byAuthor('ana-ruiz', 'Ana Ruiz')}</p><ul>${teasers.join('')}</ul></aside>`;
    expect(read(page('<title>Reforman el mercado central</title>', body)).author).toBe('Ana Ruiz');
    // Linked as often as the teasers' writers, the name under the headline is still the story's: its place decides.
    const tied = `<article><h1>Reforman el mercado central</h1><div class="story-meta">${byAuthor('ana-ruiz', 'Ana Ruiz')}</div>${paragraphs}</article><aside><ul>${teasers.join('')}</ul></aside>`;
    expect(read(page('<title>Reforman el mercado central</title>', tied)).author).toBe('Ana Ruiz');
  });

  it('takes a name linked only to its writer\'s profile under the headline, not those of teasers below the story', () => {
    const profile = (slug: string, name: string) => `<div class="credits"><a class="tint" href="/user/profile/${slug}"> ${name}</a></div>`;
    const teaser = (slug: string, name: string) => `<div class="card"><h2><a href="/n/${slug}">Otra noticia del barrio</a></h2>${profile(slug, name)}</div>`;
    const others = teaser('lgil', 'Luis Gil') + teaser('msanz', 'Marta Sanz');
    const signed = `<div class="head"><div class="row"><h1>Reforman el mercado central</h1></div></div>${profile('aruiz', 'Ana Ruiz')}<div class="body">${paragraphs}</div>${others}`;
    expect(read(page('<title>Reforman el mercado central</title>', signed)).author).toBe('Ana Ruiz');
    // A lede printed under the headline may come before the byline.
    const lede = 'El ayuntamiento invertirá dos millones en la reforma del mercado, que reabrirá en primavera.';
    const withLede = signed.replace('</h1></div>', `</h1><p>${lede}</p></div>`);
    expect(read(page('<title>Reforman el mercado central</title>', withLede)).author).toBe('Ana Ruiz');
    const unsigned = `<h1>Reforman el mercado central</h1><div class="body">${paragraphs}</div>${others}`;
    expect(read(page('<title>Reforman el mercado central</title>', unsigned)).author).toBeNull();
  });

  it('takes a link the markup marks as an author\'s by its class, a data attribute or an RDFa role, wherever it points', () => {
    const marked = [
      (name: string) => `<a class="author" href="/usuarios/${name.length}">${name}</a>`,
      (name: string) => `<a data-author="${name.length}" href="/perfil/${name.length}">${name}</a>`,
      (name: string) => `<span rel="sioc:has_creator"><a href="/users/${name.length}">${name}</a></span>`,
      (name: string) => `<h4 class="writer-name"><a href="/${name.length}/">${name}</a></h4>`,
    ];
    for (const link of marked) {
      const body = `<article><h1>Reforman el mercado central</h1><div class="meta">${link('Ana Ruiz')} · 2 de mayo de 2024</div>${paragraphs}</article><aside><ul><li>Otra noticia del barrio ${link('Luis Gil')}</li></ul><p>Sobre ${link('Ana Ruiz')}</p></aside>`;
      expect(read(page('<title>Reforman el mercado central</title>', body)).author, link('X')).toBe('Ana Ruiz');
    }
  });

  it('takes only the most linked of rel="author" names linked unevenly: the others sign teasers of other stories', () => {
    const byline = (name: string) => `<span class="entry-author">por <a rel="author" href="/autor/${name.length}">${name}</a></span>`;
    const teasers = ['Ana Ruiz', 'Luis Gil', 'Ana Ruiz', 'Marta Sanz'].map((name) => `<li><a href="/n/${name.length}">Otra noticia del barrio</a> ${byline(name)}</li>`).join('');
    const body = `<article><h1>Reforman el mercado central</h1>${byline('Ana Ruiz')}${paragraphs}</article><aside><ul>${teasers}</ul></aside>`;
    expect(read(page('<title>Reforman el mercado central</title>', body)).author).toBe('Ana Ruiz');
  });

  it('drops an e-mail address after a declared name', () => {
    for (const author of ['Ana Ruiz | aruiz@diario.example', 'Ana Ruiz aruiz@diario.example', 'Ana Ruiz - ana.ruiz@mail.diario.example']) {
      expect(read(page(`<meta name="author" content="${author}">`, `<article>${paragraphs}</article>`)).author, author).toBe('Ana Ruiz');
    }
  });

  it('takes no comment or sharing button for the author, and drops a "By:" label before a name', () => {
    const declared = (author: string) => read(page(`<meta name="author" content="${author}"><meta property="article:author" content="Ana Ruiz">`, `<article>${paragraphs}</article>`)).author;
    expect(declared('View Comments')).toBe('Ana Ruiz');
    expect(declared('Compartir')).toBe('Ana Ruiz');
    expect(declared('By:  Marta Sanz')).toBe('Marta Sanz');
    expect(declared('👤by Marta Sanz')).toBe('Marta Sanz');
  });
});

describe('HTML: appeal boxes inside the story', () => {
  it('leaves out a box that asks the reader to pay or join, in tú, usted, English, German and French forms, with the prose beside its button', () => {
    const boxes = [
      '<div class="apoyo"><div><strong>Apoya el periodismo independiente</strong></div>Si valoras nuestro trabajo, ayúdanos a seguir contando lo que otros callan con una aportación mensual o anual.</div>',
      '<div class="socios"><h2>UN LECTOR INFORMADO DECIDE MEJOR.</h2><p>Llevamos cien años contando lo que pasa en la ciudad, y seguimos haciéndolo gracias a usted.<br><br><strong>HÁGASE MIEMBRO Y DISFRUTE DE VENTAJAS</strong></p></div>',
      '<aside><p>Independent journalism needs readers like you, and it costs money to report from the ground.</p><p>Become a member today</p></aside>',
      '<div class="abo"><p>Qualität hat ihren Preis: Unsere Reporter sind jeden Tag für Sie unterwegs.</p><a>Jetzt unterstützen: Werden Sie Mitglied</a></div>',
      '<section><h3>Soutenez le journalisme indépendant</h3><p>Nos reportages sont financés par nos lecteurs, et par eux seuls.</p></section>',
    ];
    for (const box of boxes) {
      const article = read(page('<title>Reforman el mercado central</title>', `<article>${paragraphs}${box}</article>`));
      for (const sentence of STORY) expect(article.text, box).toContain(sentence);
      expect(article.text, box).not.toMatch(/valoras|cien años|Independent journalism|MIEMBRO|member|Reporter|lecteurs/);
    }
  });

  it('keeps a short story whole when a call to subscribe stands inside its only block', () => {
    const story = `<article><div>${paragraphs}<p>Suscríbete a nuestro boletín</p></div></article>`;
    const article = read(page('<title>Reforman el mercado central</title>', story));
    for (const sentence of STORY) expect(article.text).toContain(sentence);
  });
});

describe('HTML: pages shaped to be slow', () => {
  it('reads 40,000 paragraphs nested 250 elements deep (6 MB) through the linear fallback, with its deck', () => {
    const deck = 'Los comerciantes se mudarán a carpas en la plaza durante las obras, que costarán cuatro millones';
    const body = `<h1>Reforman el mercado central</h1><p class="bajada">${deck}</p>${'<div>'.repeat(250)}${STORY.map((text, n) => `<p>${text} (${n})</p>`).join('').repeat(13_334)}${'</div>'.repeat(250)}`;
    const article = read(page(`<title>Reforman el mercado central</title><meta name="description" content="${deck}">`, body));
    expect(article.text).toContain(deck);
    expect(article.text).toContain(STORY[2]!);
  }, 120_000);

  it('takes no title of a page\'s length from a <title> left open or filled by a CMS, and drops the site\'s name on markup read without a DOM', () => {
    const long = `<title>${'Mercado central en obras '.repeat(20_000)}`;
    expect(read(page(long, `<article>${paragraphs}</article>`)).title.length).toBeLessThan(200);
    expect(read(page(`${long}</title><meta property="og:title" content="Reforman el mercado central">`, `<article>${paragraphs}</article>`)).title).toBe('Reforman el mercado central');
    const hostile = page('<title>Reforman el mercado central | Diario del Sur</title>', `${paragraphs}${'<div></div>'.repeat(50_001)}`);
    expect(read(hostile).title).toBe('Reforman el mercado central');
  });
});

describe('HTML: authors in the shapes CMSs write them', () => {
  const story = `<article><h1>Reforman el mercado central</h1>${paragraphs}</article>`;
  const declared = (author: string, site = '') => read(page(`<title>Reforman el mercado central</title>${site}<meta name="author" content="${author}">`, story)).author;

  it('takes the names, not the role, outlet, agency or date a byline gives beside them', () => {
    expect(declared('Ana Ruiz, corresponsal en Bruselas')).toBe('Ana Ruiz');
    expect(declared('Jane Doe, Senior Correspondent')).toBe('Jane Doe');
    expect(declared('Por: Ana Ruiz / Enviada especial')).toBe('Ana Ruiz');
    expect(declared('Jane Doe, Associated Press')).toBe('Jane Doe');
    expect(declared('Ana Ruiz (EFE)')).toBe('Ana Ruiz');
    expect(declared('Ana Ruiz | El Diario', '<meta property="og:site_name" content="El Diario">')).toBe('Ana Ruiz');
    expect(declared('Ana Ruiz - Diario de la Costa')).toBe('Ana Ruiz');
    expect(declared('Por Ana Ruiz | 02/05/2024 - 10:30')).toBe('Ana Ruiz');
    expect(declared('Por Ana Ruiz 2 de mayo de 2024')).toBe('Ana Ruiz');
    expect(declared('Texto: Ana Ruiz · Fotos: Luis Gil')).toBe('Ana Ruiz');
    expect(declared('jane.doe@diario.example (Jane Doe)')).toBe('Jane Doe');
    // An agency alone is the byline.
    expect(declared('EFE')).toBe('EFE');
  });

  it('joins every author of a list, with an Oxford comma or a conjunction, and keeps a phrase the conjunction is part of', () => {
    expect(declared('Jane Doe, John Smith, and Mary Major')).toBe('Jane Doe, John Smith, Mary Major');
    expect(declared('Ana Ruiz; Luis Gil')).toBe('Ana Ruiz, Luis Gil');
    expect(declared('Zona Justicia y sucesos')).toBe('Zona Justicia y sucesos');
    // A label is dropped only before a name: "De la Fuente" and "Von der Leyen" keep their particle.
    expect(declared('De la Fuente')).toBe('De la Fuente');
    expect(declared('Escrito por Ana Ruiz')).toBe('Ana Ruiz');
  });

  it('never takes an author page\'s slug for a name', () => {
    expect(declared('ana-ruiz')).toBeNull();
  });

  it('reads every author tag of a page that names each in its own, and a microdata name given in a <meta>', () => {
    const twice = read(page('<meta name="author" content="Ana Ruiz"><meta name="author" content="Luis Gil">', story));
    expect(twice.author).toBe('Ana Ruiz, Luis Gil');
    const microdata = `<article itemscope itemtype="https://schema.org/NewsArticle"><h1>Reforman el mercado central</h1><div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Ana Ruiz"></div>${paragraphs}</article>`;
    expect(read(page('', microdata)).author).toBe('Ana Ruiz');
    const parts = jsonLd({ '@type': 'NewsArticle', headline: 'Reforman el mercado central', author: { '@type': 'Person', givenName: 'Ana', familyName: 'Ruiz' } });
    expect(read(page(parts, story)).author).toBe('Ana Ruiz');
  });

  it('reads a byline the markup marks in its own language by the headline, nearest first, and leaves it out of the story', () => {
    const teaser = '<aside><div class="item"><a href="/otra">Otra noticia del día en la ciudad</a> <span class="autor">Pedro Paz</span></div></aside>';
    for (const byline of [
      '<p class="autor">Ana Ruiz, corresponsal en Bruselas</p>',
      '<div class="field field--name-field-autor"><div class="field__item">Ana Ruiz</div></div>',
      '<div class="firma"><span>Por</span> <a href="/perfil/ana-ruiz">Ana Ruiz</a> <span>02 de mayo de 2024 | 10:30 hs</span></div>',
    ]) {
      const article = read(page('<title>Reforman el mercado central</title>', `${teaser}<article><h1>Reforman el mercado central</h1>${byline}${paragraphs}</article>`));
      expect(article.author, byline).toBe('Ana Ruiz');
      expect(article.text.startsWith(STORY[0]!), byline).toBe(true);
    }
  });

  it('reads a byline whose spans run the name into its dates', () => {
    const byline = '<div class="article-byline"><span>By <a href="/staff/jane-doe">Jane Doe</a></span><span>Published May 2, 2024 at 9:00 a.m. EDT</span><span>Updated May 3, 2024</span></div>';
    expect(read(page('<title>Reforman el mercado central</title>', `<article><h1>Reforman el mercado central</h1>${byline}${paragraphs}</article>`)).author).toBe('Jane Doe');
  });
});

describe('HTML: the story\'s opening beside the headline', () => {
  it('keeps the lede printed in the headline\'s own block, which the extractor leaves out with the header', () => {
    const lede = 'El alcalde anunció este martes la reforma integral del mercado central tras años de quejas de los vecinos.';
    const body = `<div class="story"><header class="story-header"><h1>Reforman el mercado central</h1><p class="intro">${lede}</p></header><div class="story-body">${paragraphs}</div></div>`;
    const article = read(page('<title>Reforman el mercado central</title>', body));
    expect(article.text.startsWith(lede)).toBe(true);
    for (const sentence of STORY) expect(article.text).toContain(sentence);
    // A kicker or a label beside the headline is no lede.
    const kicker = read(page('<title>Reforman el mercado central</title>', body.replace(lede, 'Urbanismo')));
    expect(kicker.text.startsWith(STORY[0]!)).toBe(true);
  });

  it('reads a date line with the half of the day as a date line, in English and Spanish forms, and leaves it out of the story', () => {
    for (const line of ['02 May, 2024 10:00 a.m. EST', '2 de mayo de 2024 - 10:30 p. m.']) {
      const article = read(page('<title>Reforman el mercado central</title>', `<article><h1>Reforman el mercado central</h1><p class="fecha">${line}</p>${paragraphs}</article>`));
      expect(article.date, line).toBe('2024-05-02');
      expect(article.text.startsWith(STORY[0]!), line).toBe(true);
    }
  });
});

describe('HTML: co-authors linked as often as each other', () => {
  const authorLink = (slug: string, name: string) => `<a href="/autor/${slug}/">${name}</a>`;
  const box = (slug: string, name: string) => `<div class="bio"><p>${authorLink(slug, name)}</p><p>Periodista. Cubre la política local desde 2010.</p></div>`;

  it('takes every name one byline element links, when each is linked as often as the others (author boxes below)', () => {
    const byline = `<p class="meta"><strong>Por: </strong>${authorLink('ana-ruiz', 'Ana Ruiz')}, ${authorLink('luis-gil', 'Luis Gil')}, ${authorLink('marta-sanz', 'Marta Sanz')}</p>`;
    const boxes = box('ana-ruiz', 'Ana Ruiz') + box('luis-gil', 'Luis Gil') + box('marta-sanz', 'Marta Sanz');
    const article = read(page('<title>Reforman el mercado central</title>', `<h1>Reforman el mercado central</h1>${byline}<article>${paragraphs}</article>${boxes}`));
    expect(article.author).toBe('Ana Ruiz, Luis Gil, Marta Sanz');
    const unboxed = read(page('<title>Reforman el mercado central</title>', `<h1>Reforman el mercado central</h1>${byline}<article>${paragraphs}</article>`));
    expect(unboxed.author).toBe('Ana Ruiz, Luis Gil, Marta Sanz');
  });

  it('takes none of several teasers\' bylines, each linked once in its own element', () => {
    const teasers = ['ana-ruiz:Ana Ruiz', 'luis-gil:Luis Gil', 'marta-sanz:Marta Sanz']
      .map((entry) => entry.split(':'))
      .map(([slug = '', name = '']) => `<li><a href="/otra-nota-${slug}">Otra nota de la semana</a> <span>${authorLink(slug, name)}</span></li>`)
      .join('');
    const article = read(page('<title>Reforman el mercado central</title>', `<h1>Reforman el mercado central</h1><article>${paragraphs}</article><ul>${teasers}</ul>`));
    expect(article.author).toBeNull();
  });
});

describe('HTML: lists of other stories and author boxes after the story', () => {
  const teaser = (slug: string, headline: string) => `<li><a href="https://diario.example/2024/05/02/${slug}/">${headline}</a> <time datetime="2024-05-02">2 mayo 2024</time> | <a href="#c">3</a></li>`;
  const related = `<ul>${teaser('puerto', 'El puerto amplía su terminal de contenedores')}${teaser('lluvias', 'Las lluvias inundan dos barrios del norte de la ciudad')}${teaser('huelga', 'Los conductores de autobús anuncian huelga para junio')}</ul>`;
  const authorBox = (slug: string, name: string, bio: string) => `<section><p><a href="/perfiles/${slug}/">${name}</a></p><div><img src="/fotos/${slug}.jpg" alt="${name}"><p>${bio}</p></div>${related}</section>`;
  const bios = [
    'Periodista. Valencia, 1984. Graduada en la Universidad de Valencia, 2007. Trabaja en el diario desde 2010.',
    'Es periodista y columnista. Autora del libro «Calles sin nombre» y coautora de «Mercados».',
  ];
  const head = '<title>Reforman el mercado central</title><meta name="author" content="Ana Ruiz, Luis Gil">';

  it('leaves out a list of cards about other stories, each a linked headline and its deck, inside the story', () => {
    const card = (slug: string, headline: string, deck: string) => `<li><a href="/f/${slug}"><h3>${headline}</h3></a><p>${deck}</p></li>`;
    const rail = `<h2>Reportajes</h2><ul>${card('a', 'Dos barrios, un puente', 'Nuestra corresponsal examina el sentido del nuevo lema de la alcaldesa para el río.')}${card('b', 'Bajo el viejo tejado', 'Un antiguo práctico del puerto condenado por contrabando ha sido detenido en el extranjero.')}${card('c', 'Los ferris del norte', 'Cómo tres barcos viejos abastecen las islas durante los temporales del invierno.')}</ul>`;
    const article = read(page('<title>Reforman el mercado central</title>', `<div class="cuerpo"><h1>Reforman el mercado central</h1>${paragraphs}${rail}</div>`));
    for (const deck of ['examina el sentido', 'condenado por contrabando', 'tres barcos viejos']) expect(article.text).not.toContain(deck);
    for (const paragraph of STORY) expect(article.text).toContain(paragraph);
    // A list of a story's own points, each a few linked words then more of its own, stays.
    const points = '<ul><li><a href="/ley">La nueva ordenanza</a> fija un horario común para todos los puestos del mercado y las carpas.</li><li><a href="/plan">El plan de obras</a> reserva la plaza para los comerciantes durante los ocho meses.</li><li><a href="/ayudas">Las ayudas municipales</a> cubrirán el alquiler de las carpas hasta la reapertura.</li></ul>';
    const kept = read(page('<title>Reforman el mercado central</title>', `<div class="cuerpo"><h1>Reforman el mercado central</h1>${paragraphs}${points}</div>`));
    expect(kept.text).toContain('fija un horario común');
  });

  it('leaves out a list whose every item is a headline linked to another page, and the co-authors\' boxes after the story', () => {
    const boxes = authorBox('ana-ruiz', 'Ana Ruiz', bios[0]!) + authorBox('luis-gil', 'Luis Gil', bios[1]!);
    const article = read(page(head, `<article><h1>Reforman el mercado central</h1>${paragraphs}${boxes}</article>`));
    for (const sentence of STORY) expect(article.text).toContain(sentence);
    for (const gone of ['El puerto amplía', 'Las lluvias inundan', 'Los conductores', 'Graduada en la Universidad', 'Calles sin nombre']) expect(article.text).not.toContain(gone);
    expect(article.text.endsWith(STORY.at(-1)!)).toBe(true);
  });

  it('keeps a list whose items say more than their links, a table of contents, and a paragraph after a name inside the story', () => {
    const measures = [
      'Una cubierta nueva, que costará dos millones según el <a href="/pliego.pdf">pliego de condiciones</a> publicado ayer.',
      'Puestos más amplios para los comerciantes que vuelvan, con un alquiler rebajado durante los dos primeros años.',
    ];
    const contents = '<ul><li><a href="#obras">Las obras empezarán en septiembre</a></li><li><a href="#carpas">Los comerciantes irán a unas carpas</a></li></ul>';
    const interview = `<p>Ana Ruiz</p><p>${bios[0]}</p>`;
    const body = `<article><h1>Reforman el mercado central</h1>${contents}${paragraphs.replace('</p>', `</p><ul>${measures.map((item) => `<li>${item}</li>`).join('')}</ul>`)}${interview}<p>${STORY[0]!.replace('este martes', 'el lunes')}</p></article>`;
    const text = read(page(head, body)).text;
    for (const kept of ['pliego de condiciones', 'Puestos más amplios', 'Las obras empezarán en septiembre', 'Graduada en la Universidad']) expect(text).toContain(kept);
  });
});

describe('HTML: the date printed above the story when the headline is no <h1> of the declared title', () => {
  const head = '<title>El ayuntamiento aprueba la reforma del mercado central | Diario del Sur</title>';

  it('reads the date line above an <h1> that rewrites the declared title, and one beside a byline under an <h2> headline', () => {
    const rewritten = read(page(head, `<header><div class="meta"><a href="/ciudad">Ciudad</a><div>March 9 2017 4:21 PM</div></div><h1>Obras a la vista</h1><h2>Las carpas acogerán a los comerciantes durante ocho meses.</h2><div>By Jane Doe</div></header><article>${paragraphs}</article>`));
    expect(rewritten.date).toBe('2017-03-09');
    const second = read(page(head, `<h2>El ayuntamiento aprueba la reforma del mercado central</h2><div><h3>Un mercado nuevo para el barrio</h3> por Ana Ruiz / 19 de enero de 2017 / <a href="#respond">Deja un comentario</a></div><article>${paragraphs}</article>`));
    expect(second.date).toBe('2017-01-19');
  });

  it('takes no update\'s date, nor a date printed far above the story', () => {
    const updated = read(page(head, `<h2>Reforma del mercado</h2><p>Actualizado: 19 de enero de 2017</p><article>${paragraphs}</article>`));
    expect(updated.date).toBeNull();
    const menu = Array.from({ length: 10 }, (_, index) => `<li><a href="/seccion-${index}">Sección ${index}</a></li>`).join('');
    const far = read(page(head, `<div>19 de enero de 2017</div><ul>${menu}</ul><h2>Reforma del mercado</h2><article>${paragraphs}</article>`));
    expect(far.date).toBeNull();
  });
});

describe('HTML: the standfirst under a headline in a wrapper of its own', () => {
  const dek = 'La alcaldesa anunció en su cuenta de Twitter que los comerciantes recibirán una ayuda mientras duren las obras.';
  const more = [
    'El proyecto incluye una cubierta nueva, puestos más amplios y un aparcamiento subterráneo para doscientos vehículos, según el pliego publicado ayer.',
    'La oposición pidió que se revisen los plazos, porque las obras coincidirán con la temporada alta del comercio en el centro de la ciudad.',
    'Los vecinos del barrio celebraron la noticia, aunque algunos temen que el ruido de la maquinaria afecte a los negocios de la calle mayor.',
    'El consistorio prevé inaugurar el mercado renovado antes del verano del año que viene, si no hay retrasos en la licitación de los lotes.',
  ].map((text) => `<p>${text}</p>`).join('');
  const head = `<title>Reforman el mercado central</title><meta property="og:description" content="${STORY[0]}">`;
  const story = (after: string) =>
    `<article><p class="kicker">Ciudad</p><div class="title-wrapper"><h1>Reforman el mercado central</h1></div>${after}<div class="autor">Por Ana Ruiz</div>${paragraphs}${more}</article>`;

  it('keeps the prose right after it, before the story, when the extractor drops it (a "subheader" class)', () => {
    const text = read(page(head, story(`<p class="subheader">${dek}</p>`))).text;
    expect(text).toContain(dek);
    expect(text.indexOf(dek)).toBeLessThan(text.indexOf(STORY[0]!));
  });

  it('takes no link after it for a standfirst in a block that holds the story', () => {
    const prompt = 'Lee también: el ayuntamiento aprueba el plan de movilidad para el centro de la ciudad.';
    expect(read(page(head, story(`<p class="subheader"><a href="/otra-nota">${prompt}</a></p>`))).text).not.toContain(prompt);
  });
});

describe('HTML: a fact box\'s figures', () => {
  it('keeps a figure printed above the words that go on from it ("40" / "puestos tendrá…")', () => {
    const box = '<blockquote class="datos"><h3>40</h3><br><p>puestos tendrá el mercado cuando reabra sus puertas.</p><h3>1998</h3><br><p>año en que se hizo la última reforma del edificio.</p></blockquote>';
    const text = read(page('<title>Reforman el mercado central</title>', `<article><h1>Reforman el mercado central</h1><p>${STORY[0]}</p><p>${STORY[1]}</p>${box}<p>${STORY[2]}</p></article>`)).text;
    expect(text).toContain('40 puestos tendrá el mercado cuando reabra sus puertas.');
    expect(text).toContain('1998 año en que se hizo la última reforma del edificio.');
  });

  it('joins no figure to a line that opens a sentence of its own', () => {
    const text = read(page('<title>Reforman el mercado central</title>', `<article><h1>Reforman el mercado central</h1><p>${STORY[0]}</p><p>2</p><p>${STORY[1]}</p><p>${STORY[2]}</p></article>`)).text;
    expect(text).toContain(`\n${STORY[1]}`);
    expect(text).not.toContain(`2 ${STORY[1]}`);
  });
});

describe('HTML: a fact box of labels and values closing the story', () => {
  const facts =
    '<span class="etiqueta">Obra </span>Mercado central<br><span class="etiqueta">Presupuesto </span>4,2 millones de euros<br><span class="etiqueta">Plazo </span>Ocho meses<br><b>Fin previsto:</b> mayo de 2026';
  const related = '<div><h2>Otras noticias</h2><p><a href="/a">El puerto amplía su muelle norte</a></p><p><a href="/b">Cierra la piscina municipal</a></p></div>';

  it('keeps the box after the story\'s last sentence, each label with its value, and drops the related headlines after it', () => {
    const body = `<article><h1>Reforman el mercado central</h1>${paragraphs}<div class="recuadro"><h2>¿Qué se hará?</h2><p class="datos">${facts}</p></div></article>${related}`;
    const text = read(page('<title>Reforman el mercado central</title>', body)).text;
    expect(text).toContain('Obra: Mercado central · Presupuesto: 4,2 millones de euros · Plazo: Ocho meses · Fin previsto: mayo de 2026');
    expect(text).toContain('¿Qué se hará?');
    expect(text).not.toMatch(/muelle norte|piscina municipal/);
  });

  it('reads a paragraph that opens with a bold word as it is', () => {
    const lead = '<p><b>Vigo</b> El ayuntamiento presentó ayer el calendario de las obras del mercado a los comerciantes del barrio.<br><b>Ourense</b> La ciudad estudia un proyecto parecido para la plaza de abastos.</p>';
    const text = read(page('<title>Reforman el mercado central</title>', `<article><h1>Reforman el mercado central</h1>${paragraphs}${lead}</article>`)).text;
    expect(text).toContain('Vigo El ayuntamiento presentó ayer');
    expect(text).not.toContain('Vigo:');
  });
});

describe('HTML: a statement quoted with its speaker in the lead photo\'s caption', () => {
  const quotation = '“Hemos reforzado los controles y ya contamos con un plan para que los puestos abran a tiempo”, explicó Ana Ruiz, concejala de Urbanismo.';
  const header = (caption: string) =>
    `<article><h1>Reforman el mercado central</h1><p class="autor">Por Luis Gil</p><figure><img src="a.jpg" alt=""><figcaption>${caption}</figcaption></figure><section class="cuerpo">${paragraphs}</section></article>`;

  it('keeps the quotation and its attribution before the story, without the photo\'s credit', () => {
    const text = read(page('<title>Reforman el mercado central</title>', header(`${quotation} Archivo/El Diario`))).text;
    expect(text).toContain(quotation);
    expect(text).not.toContain('Archivo/El Diario');
    expect(text.indexOf(quotation)).toBeLessThan(text.indexOf(STORY[0]!));
  });

  it('leaves out a caption that describes the photo, and one that quotes a title', () => {
    for (const caption of ['Los puestos del mercado, vacíos durante el invierno pasado. Archivo/El Diario', 'Una vecina ante el cartel “Cerrado por obras” del mercado, el martes. Archivo/El Diario'])
      expect(read(page('<title>Reforman el mercado central</title>', header(caption))).text).not.toMatch(/vacíos durante|Cerrado por obras/);
  });
});

describe('HTML: publication dates and bylines in older and other markup', () => {
  const body = (extra: string) => `<article><h1>Reforman el mercado central</h1>${extra}${paragraphs}</article>`;
  const title = '<title>Reforman el mercado central</title>';

  it('reads the date hAtom marks as published (a title attribute on class="published"), not the one marked updated', () => {
    const article = read(page(title, body('<abbr class="updated" title="2024-05-09T08:00:00+02:00">ayer</abbr> <abbr class="entry-date published" title="2024-05-02T10:00:00+02:00">hace una semana</abbr>')));
    expect(article.date).toBe('2024-05-02');
  });

  it('reads the dates Dublin Core and sites name in their own words ("DC.date.created", "pub_date", "article.published")', () => {
    for (const name of ['DC.date.created', 'dcterms.created', 'pub_date', 'article.published']) {
      expect(read(page(`${title}<meta name="${name}" content="2024-05-02">`, body(''))).date, name).toBe('2024-05-02');
    }
  });

  it('reads a byline that opens with "Story by", "Words by" or "Article by"', () => {
    expect(read(page(title, body('<p>Words by Ana Ruiz</p>'))).author).toBe('Ana Ruiz');
    expect(read(page(title, body('<div class="story-meta">Story by <span>Ana Ruiz</span> and <span>Luis Gil</span></div>'))).author).toBe('Ana Ruiz, Luis Gil');
    expect(read(page(`${title}<meta name="author" content="Article by Ana Ruiz">`, body(''))).author).toBe('Ana Ruiz');
  });
});

describe('HTML: a short story beside a header that Readability takes for it', () => {
  const deck = 'La concejala, que dejará el cargo en junio, aseguró que el partido le pidió callar sobre el mercado, las obras y su coste, y que no lo hará';
  const lead = 'La concejala de Urbanismo, <a href="/temas/marta-sanz">Marta Sanz</a>, denunció ayer que desde el <a href="/temas/partido">Partido Vecinal</a> se le ha pedido que no critique en público las obras del mercado central, que costarán cuatro millones.';
  const related = ['Las obras del mercado central empezarán en septiembre', 'Los comerciantes se mudarán a carpas en la plaza mayor', 'El pleno aprueba el presupuesto con los votos de la oposición']
    .map((title, index) => `<article class="teaser"><h1><a href="/noticias/${index}">${title}</a></h1></article>`).join('');
  const comments = ['Qué vergüenza lo del mercado, llevamos un año esperando y nadie dice nada.', 'Por fin alguien dice la verdad sobre las obras, ya era hora de que hablara.']
    .map((text) => `<div class="comment"><p>${text}</p></div>`).join('').repeat(5);
  const head = `<title>La concejala denuncia presiones del partido</title><meta property="og:description" content="${deck}">`;
  const header = (content: string) => `<div class="article-header"><p class="kicker">Para suscriptores</p><h1>La concejala denuncia presiones del partido</h1>${content}<p class="fecha">miércoles, 11 de mayo de 2024 - 3:40 a.m.</p></div>`;

  it('reads the story printed after the header when Readability keeps only the header (its deck and date line), never readers\' comments', () => {
    // The header and the story in wrappers of their own: Readability scores the header's block highest (its class says
    // "article", the story's block has the teasers' links) and finds the story in no sibling of it.
    const story = `<div class="row"><div class="column"><div class="article-body"><figure><img src="f.jpg"><figcaption>Marta Sanz, en el pleno.</figcaption></figure>`
      + `<div class="article-body-block"><p>${lead}</p><aside class="teasers"><h1>Relacionados:</h1>${related}</aside></div></div><div class="readers">${comments}</div></div></div>`;
    const article = read(page(head, `<div class="wrap"><div>${header(`<h2>${deck}</h2>`)}</div>${story}</div>`));
    expect(article.text).toContain('se le ha pedido que no critique en público las obras del mercado central');
    expect(article.text.startsWith(deck)).toBe(true);
    expect(article.text).not.toContain('Qué vergüenza');
    // A story printed inside its header stays the story: readers' comments after it are none.
    const inHeader = `<p>${lead.replace(/<[^>]+>/gu, '')}</p>`;
    const short = read(page('<title>La concejala denuncia presiones del partido</title>', `<div class="wrap">${header(inHeader)}<div class="readers"><h3>Comentarios</h3>${comments}</div></div>`));
    expect(short.text).toContain('se le ha pedido que no critique en público las obras del mercado central');
    expect(short.text).not.toContain('Qué vergüenza');
  });
});

describe('HTML: an author page\'s user name and an employer among the authors (newcomer 13, D9)', () => {
  const story = `<article><h1>Reforman el mercado central</h1>${paragraphs}</article>`;

  it('takes the name a page declares in words over its author\'s user name written with dots or underscores', () => {
    for (const handle of ['ana.ruiz', 'ana_ruiz']) {
      const ld = jsonLd({ '@type': 'NewsArticle', headline: 'Reforman el mercado central', author: { '@type': 'Person', name: handle } });
      expect(read(page(`${ld}<meta name="author" content="Ana Ruiz">`, story)).author, handle).toBe('Ana Ruiz');
    }
  });

  it('leaves the broadcaster or agency named after a printed byline\'s co-authors out of them', () => {
    const site = '<title>Stadt baut die Markthalle um</title><meta name="author" content="stadtblatt.de"><meta property="og:site_name" content="stadtblatt.de">';
    const german = STORY.map((text) => `<p>${text}</p>`);
    for (const [byline, authors] of [
      ['Von Ana Ruiz, Luis Gil und Marta Sanz, NDR', 'Ana Ruiz, Luis Gil, Marta Sanz'],
      ['By Jane Doe and John Roe, Associated Press', 'Jane Doe, John Roe'],
    ]) {
      const body = `<article><h1>Stadt baut die Markthalle um</h1>${german[0]}<p>${byline}</p>${german.slice(1).join('')}</article>`;
      expect(read(page(site, body)).author, byline).toBe(authors);
    }
  });
});

describe('HTML: a date only the page\'s own JSON-LD node or its address in one number gives', () => {
  const story = `<article><h1>Reforman el mercado central</h1>${paragraphs}</article>`;

  it('dates a story by its WebPage\'s datePublished when no article node dates it', () => {
    const graph = jsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', '@id': 'https://diario.example/mercado#page', name: 'Reforman el mercado central', datePublished: '2024-05-02T10:00:00+02:00' }] });
    expect(read(page(graph, story)).date).toBe('2024-05-02');
  });

  it('dates a story by its address\'s date written as one number, never by a longer number or an impossible date', () => {
    const at = (url: string) => read(page(`<link rel="canonical" href="${url}">`, story)).date;
    expect(at('https://diario.example/noticias/20240502/mercado-central')).toBe('2024-05-02');
    expect(at('https://diario.example/noticias/mercado-central-20240502.html')).toBe('2024-05-02');
    expect(at('https://diario.example/noticias/1351388909.html')).toBeNull();
    expect(at('https://diario.example/noticias/20241302/mercado')).toBeNull();
  });
});

describe('HTML: a date printed in French, German, Portuguese or Italian', () => {
  // Pages that declare no date print it under the headline in their own language; only Spanish and English months were read.
  const printed = (lang: string, headline: string, dateLine: string, story: string[]) =>
    read(
      `<!doctype html><html lang="${lang}"><head><title>${headline}</title></head><body><article><h1>${headline}</h1><p class="date">${dateLine}</p>${story.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`,
    ).date;

  it.each([
    ['fr', 'Le marché central rouvrira en septembre', 'Publié le 1er juillet 2024 à 10h30', '2024-07-01', [
      'La mairie a approuvé mardi le budget pour rénover le marché central, fermé depuis l’hiver dernier.',
      'Les travaux commenceront en septembre et dureront environ huit mois, selon l’adjointe chargée de l’urbanisme.',
      'Les commerçants s’installeront entre-temps sous des tentes sur la place, avec les mêmes horaires qu’avant.',
    ]],
    ['de', 'Der Zentralmarkt wird umgebaut', 'Veröffentlicht am 12. März 2024 um 10:30 Uhr', '2024-03-12', [
      'Der Stadtrat hat am Dienstag das Geld für den Umbau des Zentralmarkts bewilligt, der seit dem Winter geschlossen ist.',
      'Die Arbeiten beginnen im September und dauern etwa acht Monate, wie die Baudezernentin mitteilte.',
      'Die Händler ziehen in der Zwischenzeit in Zelte auf dem Platz, mit denselben Öffnungszeiten wie bisher.',
    ]],
    ['pt', 'Mercado central será reformado', 'segunda-feira, 6 de maio de 2024 às 10h', '2024-05-06', [
      'A prefeitura aprovou nesta terça-feira o orçamento para reformar o mercado central, fechado desde o inverno passado.',
      'As obras começam em setembro e devem durar cerca de oito meses, segundo a secretária de urbanismo.',
      'Os comerciantes vão ocupar tendas na praça durante as obras, com o mesmo horário de antes.',
    ]],
    ['it', 'Il mercato centrale sarà ristrutturato', 'Pubblicato il 14 maggio 2024 alle ore 10:30', '2024-05-14', [
      'Il comune ha approvato martedì il bilancio per ristrutturare il mercato centrale, chiuso dallo scorso inverno.',
      'I lavori inizieranno a settembre e dureranno circa otto mesi, come ha spiegato l’assessora all’urbanistica.',
      'I commercianti si sposteranno nel frattempo in tende allestite nella piazza, con gli stessi orari di prima.',
    ]],
  ])('reads a %s date line under the headline', (lang, headline, dateLine, date, story) => {
    expect(printed(lang, headline, dateLine, story)).toBe(date);
  });
});

describe('HTML: a byline with its date, in other languages and in elements run together', () => {
  const story = `<p>${STORY.join('</p><p>')}</p>`;
  const withHeader = (header: string) => read(page('<title>Reforman el mercado central</title>', `<article><h1>Reforman el mercado central</h1>${header}${story}</article>`));

  it.each([
    ['<div>Par Jean Dupont le 12 mai 2024</div>', 'Jean Dupont', '2024-05-12'],
    ['<div>Von Jane Doe am 12. Mai 2024</div>', 'Jane Doe', '2024-05-12'],
    ['<div>di Mario Rossi il 12 maggio 2024</div>', 'Mario Rossi', '2024-05-12'],
  ])('ends the names where the date starts: %s', (header, author, date) => {
    const article = withHeader(header);
    expect([article.author, article.date]).toEqual([author, date]);
    expect(article.text.startsWith(STORY[0]!)).toBe(true);
  });

  it('reads a byline and a date set in inline elements with no space between them, and keeps them out of the story', () => {
    for (const header of ['<div><span>Por Ana Ruiz</span><span>2 de mayo de 2024</span></div>', '<div><span>By Ana Ruiz</span><time>May 2, 2024</time></div>']) {
      const article = withHeader(header);
      expect([article.author, article.date], header).toEqual(['Ana Ruiz', '2024-05-02']);
      expect(article.text.startsWith(STORY[0]!), header).toBe(true);
    }
    // A word split across elements, a unit's exponent: one word, as a browser shows them.
    const split = withHeader(`<p><b>E</b>l mercado abrirá con 4.000 m<sup>2</sup> de puestos nuevos, según el proyecto aprobado por el pleno municipal.</p>`);
    expect(split.text).toContain('El mercado abrirá con 4.000 m2 de puestos');
  });

  it('reads an author after a label and its colon, in the label\'s languages', () => {
    expect(withHeader('<div>Texte : Jean Dupont</div>').author).toBe('Jean Dupont');
    expect(withHeader('<div>Autor: Ana Ruiz</div>').author).toBe('Ana Ruiz');
    expect(withHeader('<div class="byline">Texte : Jean Dupont</div>').author).toBe('Jean Dupont');
  });

  it('reads the names after a date that opens the byline with only its label before it, and after "Posted by"', () => {
    const dated = withHeader('<p class="byline">Published: May 2, 2024 9:21 PM<br/>By <span>JANE DOE</span> <a href="mailto:jane.doe@example.com">jane.doe@example.com</a></p>');
    expect([dated.author, dated.date]).toEqual(['Jane Doe', '2024-05-02']);
    expect(withHeader('<div class="byline">Actualizado: 2 de mayo de 2024, 10:30 | Por Ana Ruiz</div>').author).toBe('Ana Ruiz');
    expect(withHeader('<span id="byline">Posted by Jane Doe</span>').author).toBe('Jane Doe');
  });

  it('reads a byline element whose name, role and links are blocks run together, and no dateline for a byline', () => {
    const bio = '<div class="author"><h4><a href="/autores/ana-ruiz">Ana Ruiz</a></h4>Reportera<ul><li><a href="/autores/ana-ruiz">Archivo</a></li></ul></div>';
    expect(read(page('<title>Reforman el mercado central</title>', `<article><h1>Reforman el mercado central</h1>${story}</article>${bio}`)).author).toBe('Ana Ruiz');
    const dateline = `<article><h1>Reforman el mercado central</h1><p><span class="dateline">TORDESAL </span>– ${STORY[0]}</p><p>${STORY.slice(1).join('</p><p>')}</p></article>`;
    const article = read(page('<title>Reforman el mercado central</title>', dateline));
    expect(article.author).toBeNull();
    // The place stays in the sentence it opens.
    expect(article.text).toContain(`TORDESAL – ${STORY[0]}`);
    // So does an author's name marked inside a sentence of the story, while a byline in a block of its own is read.
    const named = `<article><h1>Reforman el mercado central</h1><p class="firma"><span class="author">Por Ana Ruiz</span></p><p>${STORY[0]}</p><p>La obra la firmó <span class="author-name">Luis Gil</span>, arquitecto del ayuntamiento desde hace diez años.</p><p>${STORY.slice(1).join('</p><p>')}</p></article>`;
    const signed = read(page('<title>Reforman el mercado central</title>', named));
    expect(signed.author).toBe('Ana Ruiz');
    expect(signed.text).toContain('La obra la firmó Luis Gil, arquitecto del ayuntamiento desde hace diez años.');
  });
});

describe('HTML: a section\'s name declared as the site\'s', () => {
  const story = `<article><h1>Reforman el mercado central</h1>${paragraphs}</article>`;
  const outlet = (head: string) => read(page(`<title>Reforman el mercado central</title>${head}`, story)).outlet;

  it('takes the declared name the page\'s address spells over a section\'s name in og:site_name', () => {
    const canonical = '<link rel="canonical" href="https://www.diariodelsur.com.ar/economia/2024/05/mercado-central.html">';
    expect(outlet(`<meta property="og:site_name" content="Economía"><meta name="application-name" content="Diario del Sur">${canonical}`)).toBe('Diario del Sur');
    // A site name related to the address stays ("Diario del Sur Noticias" at diariodelsur), and so does one when no other is spelled.
    expect(outlet(`<meta property="og:site_name" content="Diario del Sur Noticias"><meta name="application-name" content="Diario del Sur">${canonical}`)).toBe('Diario del Sur Noticias');
    expect(outlet(`<meta property="og:site_name" content="El Correo del Sur"><meta name="application-name" content="Grupo Editorial">${canonical}`)).toBe('El Correo del Sur');
  });
});

describe('HTML: a broken page whose <h1> is never closed', () => {
  it('takes the headline before the story and script the <h1> ran on into, not all of it', () => {
    const broken = `<html><head><title>Reforman el mercado central</title><body><h1>Reforman el mercado central<p>${STORY[0]} <div><p>${STORY[1]}<script>alert(1)`;
    const outcome = readSeedBytes('roto.html', Buffer.from(broken));
    if (!('file' in outcome)) throw new Error(outcome.warning.message);
    const article = buildArticle(outcome.file);
    expect(article?.title).toBe('Reforman el mercado central');
    expect(article?.text).toContain(STORY[1]);
  });
});

describe('HTML: a site\'s name declared with its slogan or section', () => {
  const story = `<article><h1>Reforman el mercado central</h1>${paragraphs}</article>`;
  const outlet = (head: string) => read(page(head, story)).outlet;
  const site = '<meta property="og:site_name" content="Noticias de Tordesal - Diario del Sur | La verdad cada día">';

  it('takes the part the page\'s address spells, else the part its <title> ends with', () => {
    expect(outlet(`${site}<link rel="canonical" href="https://www.diariodelsur.com.ar/economia/mercado.html"><title>Reforman el mercado central</title>`)).toBe('Diario del Sur');
    expect(outlet(`${site}<title>Reforman el mercado central | Diario del Sur</title>`)).toBe('Diario del Sur');
    // Nothing tells which part is the name: the whole stays; a name of one part is left alone.
    expect(outlet(`${site}<title>Reforman el mercado central</title>`)).toBe('Noticias de Tordesal - Diario del Sur | La verdad cada día');
    expect(outlet('<meta property="og:site_name" content="Diario del Sur"><title>Reforman el mercado central | Sur</title>')).toBe('Diario del Sur');
  });
});

describe('HTML: a publisher\'s legal name declared as the site\'s', () => {
  const story = `<article><h1>Reforman el mercado central</h1>${paragraphs}</article>`;
  const canonical = '<link rel="canonical" href="https://www.diariodelsur.com.ar/economia/2024/05/mercado-central.html">';
  const outlet = (head: string) => read(page(`${canonical}${head}`, story)).outlet;
  const company = (name: string) => jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Reforman el mercado central', publisher: { '@type': 'Organization', name } });

  it('takes the brand the page declares elsewhere over a company\'s legal name', () => {
    expect(outlet(`${company('Editora del Sur S.A.')}<meta property="og:site_name" content="Diario del Sur">`)).toBe('Diario del Sur');
    expect(outlet(`<meta property="og:site_name" content="Sur Medien Verlags- und Vertriebs GmbH"><title>Reforman el mercado central | Diario del Sur</title>`)).toBe('Diario del Sur');
    // The brand in the title may be the site's host name.
    expect(outlet(`${company('Sur Verlags u. Vertriebsgenossenschaft eG')}<title>Reforman el mercado central - diariodelsur.com.ar</title>`)).toBe('diariodelsur.com.ar');
  });

  it('keeps a legal name when the page declares no other, and a brand with no legal form', () => {
    expect(outlet(`${company('Editora del Sur S.A.')}<title>Reforman el mercado central</title>`)).toBe('Editora del Sur S.A.');
    // A name whose last word only starts as a legal form does ("Inca", not "Inc.") is a brand.
    expect(outlet(`${company('Editora del Sur S.A.')}<meta property="og:site_name" content="Radio Sur Inca">`)).toBe('Radio Sur Inca');
  });
});

describe('HTML: a time zone printed after the story\'s time', () => {
  it('keeps the declared outlet, not the zone\'s abbreviation, and reads the date', () => {
    const head = '<meta property="og:site_name" content="Diario del Sur"><title>Reforman el mercado central</title>';
    const article = read(page(head, `<article><h1>Reforman el mercado central</h1><p class="date">May 2, 2024 at 10:00 a.m. EDT</p>${paragraphs}</article>`));
    expect(article).toMatchObject({ outlet: 'Diario del Sur', date: '2024-05-02' });
  });
});

describe('HTML: a byline printed in the header with no mark of its own', () => {
  // The header apart from the story's block (Readability leaves it out), the byline's class misspelt.
  const head = '<meta property="og:site_name" content="Diario del Sur"><title>Reforman el mercado central</title>';
  const header = (line: string) =>
    `<nav><a href="/">Inicio</a> <a href="/economia/">Economía</a></nav><div class="head-data"><h1>Reforman el mercado central</h1><div>${line}</div></div><div class="images"><img src="/foto.jpg" alt=""></div><div class="content">${paragraphs}</div>`;

  it('reads the author from the header\'s line, after the section\'s label, and from a date line naming one', () => {
    const labelled = read(page(head, header('<a class="category" href="/economia/">Economía</a> | <span class="writter">Por: Ana Ruiz</span> | <span class="date">Actualizado el: <time datetime="2024-05-02 10:00:00">2 mayo 2024</time></span>')));
    expect(labelled).toMatchObject({ author: 'Ana Ruiz', date: '2024-05-02' });
    expect(read(page(head, header('<span>2 de mayo de 2024, por Luis Gómez</span>'))).author).toBe('Luis Gómez');
  });
});

describe('HTML: JSON-LD as templates write it', () => {
  const story = `<article><h1>Reforman el mercado central</h1>${paragraphs}</article>`;
  const fields = '"@context": "https://schema.org", "@type": "NewsArticle", "author": {"@type": "Person", "name": "Ana Ruiz"}, "datePublished": "2024-05-02T10:00:00+02:00"';
  const declared = (script: string) => read(page(`<title>Reforman el mercado central</title><script type="application/ld+json">${script}</script>`, story));

  it('reads a block with a comma before its closing bracket, in an HTML comment or a CDATA section, or with a quotation mark left unescaped', () => {
    for (const script of [
      `{${fields},}`,
      `{${fields}, "keywords": ["mercado", "obras",],}`,
      `<!-- {${fields}} -->`,
      `//<![CDATA[\n{${fields}}\n//]]>`,
      `/*<![CDATA[*/ {${fields}} /*]]>*/`,
      `{${fields}, "headline": "La alcaldesa llama "histórica" a la reforma del mercado"}`,
    ]) {
      expect(declared(script), script).toMatchObject({ author: 'Ana Ruiz', date: '2024-05-02' });
    }
  });

  it('reads an author whose name is given as a list, as schema.org allows any property', () => {
    const person = (name: unknown) => jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', author: [{ '@type': 'Person', name }, { '@type': 'Person', name: 'Luis Gil' }] });
    expect(read(page(`<title>Reforman el mercado central</title>${person(['Ana Ruiz', 'A. Ruiz'])}`, story)).author).toBe('Ana Ruiz, Luis Gil');
  });

  it('takes no author or date from the stories a list declares (teasers of others), before or instead of the page\'s own', () => {
    const teaser = { '@type': 'NewsArticle', headline: 'Otra noticia del día', author: { '@type': 'Person', name: 'Pedro Sanz' }, datePublished: '2024-04-20T10:00:00+02:00' };
    const list = JSON.stringify({ '@context': 'https://schema.org', '@type': 'ItemList', itemListElement: [teaser, { ...teaser, headline: 'Y otra más' }] });
    expect(declared(list)).toMatchObject({ author: null, date: null });
    const both = read(page(`<title>Reforman el mercado central</title>${jsonLd(JSON.parse(list))}<script type="application/ld+json">{${fields}}</script>`, story));
    expect(both).toMatchObject({ author: 'Ana Ruiz', date: '2024-05-02' });
  });
});

describe('HTML: a publication time declared as Unix time', () => {
  const story = (header = '') => `<article><h1>Reforman el mercado central</h1>${header}${paragraphs}</article>`;
  const dated = (head: string, header?: string) => read(page(`<title>Reforman el mercado central</title>${head}`, story(header))).date;

  it('reads seconds or milliseconds since 1970 in a meta tag or JSON-LD, as the date where the page is published', () => {
    // 1714690800 is 2024-05-02T23:00:00Z: 3 May in Madrid, 2 May in Buenos Aires.
    expect(dated('<meta property="article:published_time" content="1714690800">')).toBe('2024-05-02');
    expect(dated('<meta name="pubdate" content="1714690800000"><link rel="canonical" href="https://www.diariodelsur.es/economia/mercado.html">')).toBe('2024-05-03');
    expect(dated(`<meta property="og:locale" content="es_AR">${jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: 1714690800 })}`)).toBe('2024-05-02');
  });

  it('reads it from a <time> element\'s data attribute named for a time, never from another number', () => {
    expect(dated('', '<p class="meta"><time data-timestamp="1714640400">hace 3 horas</time></p>')).toBe('2024-05-02');
    expect(dated('', '<p class="meta"><time data-id="1714640400">hace 3 horas</time></p>')).toBeNull();
  });
});

describe('HTML: the published and updated dates printed on one line', () => {
  const story = (line: string) => `<article><header><h1>Reforman el mercado central</h1><p class="fechas">${line}</p></header>${paragraphs}</article>`;
  const dated = (line: string) => read(page('<title>Reforman el mercado central</title>', story(line))).date;

  it('takes the published date, whichever is printed first, and not the update\'s', () => {
    expect(dated('<span>Publicado: 02/05/2024</span> <span>Actualizado: 03/05/2024</span>')).toBe('2024-05-02');
    expect(dated('Actualizado el 3 de mayo de 2024 | Publicado el 2 de mayo de 2024')).toBe('2024-05-02');
    expect(dated('Published May 2, 2024, updated May 3, 2024')).toBe('2024-05-02');
    expect(dated('May 2, 2024 (Updated: May 3, 2024)')).toBe('2024-05-02');
  });

  it('takes the published date of such a line in a plain text too', () => {
    const outcome = readSeedBytes('nota.txt', Buffer.from(['Reforman el mercado central', 'Actualizado: 03/05/2024 | Publicado: 02/05/2024', ...STORY].join('\n\n')));
    if (!('file' in outcome)) throw new Error(outcome.warning.message);
    expect(buildArticle(outcome.file)?.date).toBe('2024-05-02');
  });
});

describe('HTML: other stories linked after the story, outside a list', () => {
  const story = `<article><h1>Reforman el mercado central</h1>${paragraphs}`;
  const linked = (slug: string, headline: string) => `<p><a href="https://diario.example/2024/05/${slug}">${headline}</a></p>`;

  it('leaves out sibling paragraphs that are each a linked headline, with the label before them', () => {
    const also = `<p><strong>TAMBIÉN:</strong></p>${linked('puerto', 'El puerto amplía su horario de carga')}${linked('feria', 'La feria del libro vuelve a la plaza mayor')}`;
    const note = '<p>Esta información se irá actualizando a lo largo del día con los detalles del proyecto.</p>';
    const article = read(page('<title>Reforman el mercado central</title>', `${story}${also}${note}</article>`));
    for (const paragraph of STORY) expect(article.text).toContain(paragraph);
    expect(article.text).not.toContain('El puerto amplía');
    expect(article.text).not.toContain('La feria del libro');
    expect(article.text).not.toContain('TAMBIÉN');
  });

  it('leaves out cards of other stories (a date, a linked picture, a blurb) and keeps a lone linked source and paragraphs opening with a link', () => {
    const card = (slug: string, blurb: string) =>
      `<div class="tarjeta"><div class="fecha">2 de mayo de 2024</div><div class="foto"><a href="/2024/05/${slug}"><img src="/${slug}.jpg" alt=""></a></div><div class="resumen">${blurb}</div></div>`;
    const cards = `<div class="cobertura">${card('puerto', 'El puerto amplía su horario de carga para atender a los nuevos buques.')}${card('feria', 'La feria del libro vuelve a la plaza mayor con doscientos expositores.')}${card('lluvia', 'Las lluvias de la semana llenan los embalses del norte de la provincia.')}</div>`;
    const own = '<p><a href="/concejalia">La concejala de Urbanismo</a> presentó además el calendario de las obras a los vecinos del barrio.</p>';
    const source = linked('pliego', 'El pliego de condiciones de la obra');
    const article = read(page('<title>Reforman el mercado central</title>', `<article><h1>Reforman el mercado central</h1>${own}${source}${paragraphs}${cards}</article>`));
    for (const paragraph of STORY) expect(article.text).toContain(paragraph);
    expect(article.text).toContain('presentó además el calendario');
    expect(article.text).toContain('El pliego de condiciones de la obra');
    for (const blurb of ['horario de carga', 'doscientos expositores', 'llenan los embalses']) expect(article.text).not.toContain(blurb);
  });
});

describe('HTML: blocks the page marks as no content for search engines', () => {
  it('leaves out a block marked "nocontent" or "robots-nocontent", and keeps a story marked so by mistake', () => {
    const box = (mark: string) =>
      `<div class="${mark} recursos"><div class="etiqueta">INFORME</div><div class="resumen">Las pequeñas empresas trasladan sus centralitas a la nube para ahorrar en costes. Descubra cómo hacerlo en nuestro informe gratuito.</div></div>`;
    for (const mark of ['nocontent', 'robots-nocontent']) {
      const article = read(page('<title>Reforman el mercado central</title>', `<article><h1>Reforman el mercado central</h1>${paragraphs}${box(mark)}</article>`));
      for (const paragraph of STORY) expect(article.text).toContain(paragraph);
      expect(article.text, mark).not.toContain('centralitas a la nube');
    }
    const long = STORY.map((text) => `<p>${text} ${text}</p>`).join('');
    const marked = read(page('<title>Reforman el mercado central</title>', `<div class="nocontent"><article><h1>Reforman el mercado central</h1>${long}</article></div>`));
    for (const paragraph of STORY) expect(marked.text).toContain(paragraph);
  });
});

describe('HTML: photo galleries and slideshows beside the story', () => {
  const long = STORY.map((text) => `<p>${text} ${text}</p>`).join('');
  const slide = (n: number, title: string, caption: string) =>
    `<li class="slideshow-item${n > 1 ? ' slideshow-hidden' : ''}"><h3>${title}</h3><div class="slide-text">${caption}</div><img src="/f${n}.jpg" alt=""></li>`;
  const slideshow = `<div class="article-slideshow"><ul>${slide(1, 'Las carpas de la plaza', 'Los puestos provisionales ocupan la mitad de la plaza y abren con el horario de siempre desde el lunes.')}${slide(2, 'El tejado de hierro', 'La cubierta original de hierro forjado se desmontará pieza a pieza y volverá a su sitio al final de la obra.')}</ul></div>`;
  const gallery = `<div id="photoGallery"><figure><img src="/g1.jpg" alt=""><cite>Vista aérea del mercado central antes de su cierre el invierno pasado, con los tejados de hierro.</cite></figure><div class="galleryTitle">El mercado en imágenes</div><span>1</span><span>2</span><span>3</span></div>`;

  it('leaves out a gallery above the story and a slideshow after it when the page has a story of its own', () => {
    const article = read(page('<title>Reforman el mercado central</title>', `<article><h1>Reforman el mercado central</h1>${gallery}${long}${slideshow}</article>`));
    for (const paragraph of STORY) expect(article.text).toContain(paragraph);
    for (const furniture of ['Vista aérea del mercado', 'El mercado en imágenes', 'Las carpas de la plaza', 'cubierta original de hierro']) expect(article.text).not.toContain(furniture);
  });

  it('keeps a story inside a block named for its gallery, and slides that are all the page has', () => {
    const wrapped = read(page('<title>Reforman el mercado central</title>', `<div class="story-with-gallery"><h1>Reforman el mercado central</h1>${long}</div><footer><p>${STORY[0]}</p></footer>`));
    for (const paragraph of STORY) expect(wrapped.text).toContain(paragraph);
    const slidesOnly = read(page('<title>El mercado en imágenes</title>', `<h1>El mercado en imágenes</h1><p>${STORY[0]}</p>${slideshow}`));
    expect(slidesOnly.text).toContain('cubierta original de hierro');
    const deck = 'Los comerciantes ocuparán unas carpas en la plaza durante ocho meses';
    const header = read(page('<title>Reforman el mercado central</title>', `<article><div class="heading heading-gallery"><h1>Reforman el mercado central</h1><h2>${deck}</h2></div>${long}</article>`));
    expect(header.text).toContain(deck);
  });
});

describe('HTML: the byline and date printed after a headline in wrappers of its own', () => {
  it('reads a byline and a <time> printing its date twice in the elements after the headline\'s wrappers', () => {
    const headline = '<div id="cabecera"><div><div><h1><span>Reforman el mercado central</span></h1></div></div></div>';
    const deck = '<div><p>Los comerciantes ocuparán unas carpas en la plaza durante los ocho meses que durarán las obras del mercado.</p></div>';
    const time = '<div><time><span>Jueves, 21 de abril de 2022</span><span>21/04/2022</span></time></div>';
    const article = read(page('<title>Reforman el mercado central</title>', `<main>${headline}${deck}<div>Por Ana Ruiz</div>${time}<article>${paragraphs}</article></main>`));
    expect(article.author).toBe('Ana Ruiz');
    expect(article.date).toBe('2022-04-21');
    for (const sentence of STORY) expect(article.text).toContain(sentence);
  });
});

describe('HTML: a byline line whose parts are separated by bars (newcomer 31)', () => {
  // Written for this test: an interview's credit, its outlet and its place and date on one line under the headline.
  const credit = 'Entrevista de Nerea Salcedo Ibarra | Gaceta del Cinca | Monzón, 9 de noviembre de 2025';
  const head = '<title>Reforman el mercado central</title>';

  it('reads author, outlet and date from it, marked as a byline or not, and leaves it out of the text', () => {
    for (const byline of [`<p class="byline">${credit}</p>`, `<p class="firma">${credit}</p>`, `<div class="meta"><span>${credit}</span></div>`]) {
      const article = read(page(head, `<article><h1>Reforman el mercado central</h1>${byline}${paragraphs}</article>`));
      expect(article, byline).toMatchObject({ author: 'Nerea Salcedo Ibarra', outlet: 'Gaceta del Cinca', date: '2025-11-09' });
      expect(article.text).not.toContain('Entrevista');
    }
  });

  it('keeps the outlet and the date the page declares over the byline\'s', () => {
    const declared = `${head}<meta property="og:site_name" content="Heraldo del Somontano"><meta property="article:published_time" content="2025-11-10T08:00:00+01:00">`;
    const article = read(page(declared, `<article><h1>Reforman el mercado central</h1><p class="byline">${credit}</p>${paragraphs}</article>`));
    expect(article).toMatchObject({ outlet: 'Heraldo del Somontano', date: '2025-11-10', author: 'Nerea Salcedo Ibarra' });
  });
});

describe('HTML: a standfirst in a block of its own between the headline and the story\'s block', () => {
  // Written for this test: the deck in a block beside the story's, after the share buttons, as some CMSs print it.
  const dek = 'La alcaldesa anunció que los comerciantes recibirán una ayuda mensual mientras duren las obras del mercado.';
  const more = [
    'El proyecto incluye una cubierta nueva, puestos más amplios y un aparcamiento subterráneo para doscientos vehículos, según el pliego publicado ayer.',
    'La oposición pidió que se revisen los plazos, porque las obras coincidirán con la temporada alta del comercio en el centro de la ciudad.',
  ].map((text) => `<p>${text}</p>`).join('');
  const head = '<title>Reforman el mercado central</title>';
  const shell = (between: string) =>
    `<div class="top"><h1>Reforman el mercado central</h1><ul class="share"><li><a href="/s/fb">Facebook</a></li><li><a href="/s/x">X</a></li></ul></div>` +
    `<div class="node">${between}<div class="content"><span class="print-link"></span><div class="field"><div class="items"><div class="item">${paragraphs}${more}</div></div></div></div></div>` +
    '<div class="footer">© Diario del Cinca</div>';

  it('is found between the headline and the story\'s first paragraph when the extractor left it out, and never twice', () => {
    const pageText = ['Portada', 'Reforman el mercado central', 'Facebook', 'X', dek, 'Por Ana Ruiz', ...STORY, '© Diario del Cinca'].join('\n');
    const story = STORY.join('\n\n');
    expect(standfirstAbove(pageText, story, 'Reforman el mercado central')).toBe(dek);
    expect(standfirstAbove(pageText, `${dek}\n\n${story}`, 'Reforman el mercado central')).toBeNull();
    // Far from the headline, or two paragraphs there (teasers of other stories), it is none.
    const far = ['Reforman el mercado central', ...Array.from({ length: 10 }, (_, n) => `Sección ${n}`), dek, ...STORY].join('\n');
    expect(standfirstAbove(far, story, 'Reforman el mercado central')).toBeNull();
    const two = ['Reforman el mercado central', dek, 'El consejo aprobó la nueva terminal de autobuses tras un largo retraso en la licitación.', ...STORY].join('\n');
    expect(standfirstAbove(two, story, 'Reforman el mercado central')).toBeNull();
  });

  it('takes no photo caption there for one, nor two paragraphs (teasers)', () => {
    const caption = 'Los puestos del mercado central permanecen vacíos desde el invierno pasado, cuando cerró por obras.';
    expect(read(page(head, shell(`<figure><img src="/f.jpg" alt=""><figcaption>${caption}</figcaption></figure>`))).text).not.toContain(caption);
    const other = 'El consejo aprobó la nueva terminal de autobuses tras un largo retraso en la licitación de las obras.';
    const text = read(page(head, shell(`<div class="promo"><p>${dek}</p><p>${other}</p></div>`))).text;
    expect(text).not.toContain(dek);
    expect(text).not.toContain(other);
  });
});
