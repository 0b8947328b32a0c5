import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/index.js';
import { readByline } from '../../src/corpus/lines.js';
import { readSeedBytes } from '../../src/corpus/read.js';
import type { PageMeta } from '../../src/corpus/types.js';

const BODY = 'Las autoridades confirmaron que el acuerdo se firmará la próxima semana en la capital, tras meses de negociación.';
const ENGLISH_BODY = 'The authorities confirmed that the agreement will be signed next week in the capital after months of talks.';

const describePage = (lines: string[], meta?: PageMeta) => {
  const article = buildArticle({ id: 'page', file: 'page.txt', text: lines.join('\n\n'), hash: 'x', ...(meta ? { meta } : {}) });
  const { title, outlet, author, date, language } = article!;
  return { title, outlet, author, date, language };
};

describe('article metadata', () => {
  it('takes no author from a byline naming a placeholder account ("Por Editor", "Por Redacción web")', () => {
    for (const byline of ['Por Editor', 'Por Redacción web', 'By Admin', 'Por Editor3']) expect(describePage(['Acuerdo de paz en la capital', byline, BODY]).author, byline).toBeNull();
    expect(describePage(['Acuerdo de paz en la capital', 'Por Ana Ruiz', BODY]).author).toBe('Ana Ruiz');
  });

  it('takes a lone capitalised word after the story for a label left by the page, not a signature; an agency and a full name still sign', () => {
    for (const label of ['Shared', 'Audio', 'Read']) expect(describePage(['Harbour channel to be dredged', ENGLISH_BODY, label]).author, label).toBeNull();
    for (const signature of ['Ana Ruiz', 'EFE', 'Agencia Reuters']) expect(describePage(['Harbour channel to be dredged', ENGLISH_BODY, signature]).author, signature).toBe(signature);
  });

  it('writes an author printed in capitals as a name: initials, hyphens, apostrophes and particles kept right; acronyms as printed, organisations as outlets', () => {
    const author = (name: string) => describePage(['Harbour channel to be dredged', ENGLISH_BODY], { author: name }).author;
    expect(author('HELEN T. MARSDEN')).toBe('Helen T. Marsden');
    expect(author('KIM JI-WOO, SEAN O\'HARA')).toBe('Kim Ji-Woo, Sean O\'Hara');
    expect(author('MARÍA DE LA FUENTE')).toBe('María de la Fuente');
    // An organisation credited is cased as an outlet's name is (pages57).
    expect(author('HARBOUR GAZETTE STAFF')).toBe('Harbour Gazette Staff');
    expect(author('KTVX STAFF')).toBe('KTVX Staff');
    expect(author('Helen McKay')).toBe('Helen McKay');
    // "Mc" takes its second capital; "Mac" is left alone, for "MACHADO" and "MACDONALD" cannot be told apart.
    expect(author('ROSS MCCALLUM, ÍÑIGO MCGREGOR-RUIZ')).toBe('Ross McCallum, Íñigo McGregor-Ruiz');
    expect(author('LENA MACHADO')).toBe('Lena Machado');
    // A prefix or a suffix printed in its own case keeps the rest a name in capitals.
    expect(author('RONALD T. McKEE Jr.')).toBe('Ronald T. McKee Jr.');
    expect(author('ISLA MacLENNAN')).toBe('Isla MacLennan');
    expect(author('EFE')).toBe('EFE');
  });

  it('keeps a one-word name beside others in a byline: only an acronym in capitals is an organisation', () => {
    expect(describePage(['Acuerdo de paz en la capital', 'Por Nerea Salcedo y Tito', BODY]).author).toBe('Nerea Salcedo, Tito');
    expect(describePage(['Harbour channel to be dredged', ENGLISH_BODY], { author: 'Colm Brady, Lisa' }).author).toBe('Colm Brady, Lisa');
    expect(describePage(['Acuerdo de paz en la capital', 'Por Nerea Salcedo y EFE', BODY]).author).toBe('Nerea Salcedo');
  });

  it('reads a masthead line before its place and date as the outlet, and the byline under it as the author', () => {
    const article = describePage(['Acuerdo de paz en la capital', 'El Correo del Cinca · Monzón · 4 de octubre de 2026', 'Por Nerea Salcedo Ibarra', BODY]);
    expect(article.outlet).toBe('El Correo del Cinca');
    expect(article.author).toBe('Nerea Salcedo Ibarra');
    expect(article.date).toBe('2026-10-04');
  });

  it('reads the outlet a byline line names between dashes, after a piece-kind credit or after a desk, and a masthead on its own line beside the byline', () => {
    expect(describePage(['Acuerdo de paz en la capital', 'Por Nerea Salcedo Ibarra — La Gaceta del Cinca — 4 de octubre de 2026', BODY])).toMatchObject({ outlet: 'La Gaceta del Cinca', author: 'Nerea Salcedo Ibarra', date: '2026-10-04' });
    expect(describePage(['Acuerdo de paz en la capital', 'Entrevista de Nerea Salcedo Ibarra · El Eco de Tamarite · 4 de octubre de 2026', BODY])).toMatchObject({ outlet: 'El Eco de Tamarite', author: 'Nerea Salcedo Ibarra' });
    expect(describePage(['Acuerdo de paz en la capital', 'Redacción Comarcas - La Gaceta del Cinca', 'Publicado: 4 de octubre de 2026', BODY])).toMatchObject({ outlet: 'La Gaceta del Cinca', date: '2026-10-04' });
    expect(describePage(['Harbour channel to be dredged', 'By Colm Brady, Maritime Correspondent', 'The Wexmouth Courier', 'Published 4 October 2026', ENGLISH_BODY])).toMatchObject({ outlet: 'The Wexmouth Courier', author: 'Colm Brady', date: '2026-10-04' });
    // A hyphen inside a name is no separator; a place after the author without "por" stays no outlet.
    expect(describePage(['Acuerdo de paz en la capital', 'Por Nerea Salcedo-Ibarra', BODY]).author).toBe('Nerea Salcedo-Ibarra');
    expect(describePage(['Acuerdo de paz en la capital', 'Nerea Salcedo Ibarra - Monzón - 4 de octubre de 2026', BODY]).outlet).toBeNull();
  });

  it('reads a masthead in capitals on the first line of a text file as the outlet, written in its usual case', () => {
    const article = describePage(['EL CORREO DEL CINCA', 'Comarcas | Martes 6 de octubre de 2026', 'Acuerdo de paz en la capital', 'Por Nerea Salcedo Ibarra', BODY]);
    expect(article).toMatchObject({ outlet: 'El Correo del Cinca', author: 'Nerea Salcedo Ibarra', title: 'Acuerdo de paz en la capital' });
    // The outlet as the text prints it elsewhere; acronyms within a name stay in capitals.
    expect(describePage(['Acuerdo de paz en la capital', 'SORIA, 5 (NORTE PRESS AGENCIA)', `${BODY} Lo adelantó a Norte Press Agencia el alcalde.`]).outlet).toBe('Norte Press Agencia');
    expect(describePage(['Acuerdo de paz en la capital', 'SORIA, 5 (AGENCIA NCP)', BODY]).outlet).toBe('Agencia NCP');
    expect(describePage(['Acuerdo de paz en la capital', 'SORIA, 5 (AGENCIA NOVA)', `${BODY} Lo adelantó a NOVA el alcalde.`]).outlet).toBe('Agencia NOVA');
    // A short word of the name that the text never prints in capitals is a word, not an acronym.
    expect(describePage(['LA VOZ DEL CINCA', 'Comarcas | Martes 6 de octubre de 2026', 'Acuerdo de paz en la capital', BODY]).outlet).toBe('La Voz del Cinca');
    // A section's label beside the date keeps the date.
    expect(describePage(['LA VOZ DEL CINCA', 'Sección: Comarcas | Martes 6 de octubre de 2026', 'Acuerdo de paz en la capital', BODY]).date).toBe('2026-10-06');
    // A name line in capitals that opens with no article is no masthead.
    expect(describePage(['NERO SALCEDO', 'Acuerdo de paz en la capital', BODY]).outlet).toBeNull();
  });

  it('reads a masthead line that names its section after a dash or a bar as the outlet, never as the title', () => {
    for (const masthead of ['Gaceta Ribereña — Deportes', 'Diario Austral | Regiones', 'Radio Cumbre · Economía y Empleo', 'El Eco de Tamarite — Comarcas']) {
      const article = describePage([masthead, 'Ascienden los dos clubes de la comarca', 'Por Nerea Salcedo Ibarra', BODY]);
      expect(article, masthead).toMatchObject({ title: 'Ascienden los dos clubes de la comarca', outlet: masthead.split(/ [—|·] /u)[0], author: 'Nerea Salcedo Ibarra' });
    }
    // A person's name, or a phrase, before the dash names no outlet.
    expect(describePage(['Nerea Salcedo — Deportes', 'Ascienden los dos clubes de la comarca', BODY]).outlet).toBeNull();
  });

  it('reads a plain-text byline whose outlet and dateline in parts of their own run it past a byline\'s length', () => {
    for (const byline of ['Entrevista de Marta Gil Ocaña | Diario del Litoral | Puerto Ayora, 3 de marzo de 2025', 'Reportaje de Tomás Ibarra Lezcano — Gaceta del Valle — San Lorenzo, 3 de marzo de 2025']) {
      const article = describePage(['La pesca artesanal pide ayuda tras el temporal', byline, BODY]);
      expect(article, byline).toMatchObject({ author: byline.split(/ de |\s[|—]\s/u)[1], outlet: byline.split(/\s[|—]\s/u)[1], date: '2025-03-03' });
    }
    // A long sentence cut by dashes is no byline: one of its parts is neither a name nor a date.
    expect(describePage(['La pesca artesanal pide ayuda tras el temporal', 'Por la tarde los pescadores de la bahía — que llevan tres semanas sin salir — pidieron ayuda al municipio', BODY]).author).toBeNull();
  });

  it('gives no author when the credit only repeats the outlet (an agency\'s own wire); an agency credited on another outlet\'s page stays the author', () => {
    expect(describePage(['Acuerdo de paz en la capital', `Soria, 2 dic (NCP).- ${BODY}`, 'NCP']).author).toBeNull();
    expect(describePage(['Acuerdo de paz en la capital', 'octubre 6, 2026. Agencia Norpress', BODY]).outlet).toBe('Agencia Norpress');
    expect(describePage(['Acuerdo de paz en la capital', 'octubre 6, 2026. Agencia Norpress', BODY]).author).toBeNull();
    expect(describePage(['Acuerdo de paz en la capital', BODY, 'Agencia NCP'], { outlet: 'Diario del Cinca' }).author).toBe('Agencia NCP');
  });

  it('dates a dateline with no year by when its file was saved: the latest such day, on a weekday its lead names or saved soon after', () => {
    const dated = (lead: string, saved: string) =>
      buildArticle({ id: 'page', file: 'page.txt', text: ['Acuerdo de paz en la capital', lead].join('\n\n'), hash: 'x', modifiedMs: Date.parse(saved) })?.date;
    const lead = 'las autoridades confirmaron este miércoles que el acuerdo se firmará la próxima semana en la capital.';
    expect(dated(`Soria, 2 dic (NCP).- Las autoridades confirmaron este miércoles que el acuerdo se firmará.`, '2026-12-04T10:00:00Z')).toBe('2026-12-02');
    expect(dated('HARBOURTON, Dec 2 (Wire) - The authorities said on Wednesday that the agreement will be signed next week.', '2026-12-04T10:00:00Z')).toBe('2026-12-02');
    expect(dated(`Soria, 30 de diciembre.- Las autoridades confirmaron que el acuerdo se firmará la próxima semana en la capital.`, '2027-01-03T10:00:00Z')).toBe('2026-12-30');
    // A weekday that the day does not fall on in the file's year or the one before, or a file saved long after: no date.
    expect(dated(`Soria, 2 dic (NCP).- Las autoridades confirmaron este jueves que el acuerdo se firmará.`, '2026-12-04T10:00:00Z')).toBeNull();
    expect(dated(`Soria, 2 dic (NCP).- Las autoridades confirmaron que el acuerdo se firmará la próxima semana.`, '2027-06-01T10:00:00Z')).toBeNull();
    // A paragraph that opens with a sentence, not a place, has no dateline; nor has a page read with no file.
    expect(dated(`El 2 de diciembre: ${lead}`, '2026-12-04T10:00:00Z')).toBeNull();
    expect(describePage(['Acuerdo de paz en la capital', `Soria, 2 dic (NCP).- Las autoridades confirmaron este miércoles que el acuerdo se firmará.`]).date).toBeNull();
  });

  it('dates a story by when it was published, never by a later revision: a yearless dateline beats a modified date or an update line', () => {
    const saved = Date.parse('2026-12-05T10:00:00Z');
    const dated = (lines: string[], meta?: PageMeta) =>
      buildArticle({ id: 'page', file: 'page.txt', text: lines.join('\n\n'), hash: 'x', modifiedMs: saved, ...(meta ? { meta } : {}) })?.date;
    const wire = 'Soria, 3 dic (NORTE PRESS) - Las autoridades confirmaron este jueves que el acuerdo se firmará la próxima semana en la capital.';
    // The page declares only when it was last modified, the day after the wire was filed.
    expect(dated(['Acuerdo de paz en la capital', wire], { modifiedDate: '2026-12-04' })).toBe('2026-12-03');
    // An update printed above or below the story.
    expect(dated(['Acuerdo de paz en la capital', 'Actualizado: 4 de diciembre de 2026, 9:12', wire])).toBe('2026-12-03');
    expect(dated(['Harbour channel to be dredged', 'HARBOURTON, Dec 3 (Wire) - The authorities said on Thursday that the agreement will be signed next week.', ENGLISH_BODY, 'Updated: December 4, 2026'])).toBe('2026-12-03');
    // With nothing else to date it, the update still does.
    expect(dated(['Acuerdo de paz en la capital', BODY, 'Actualizado: 4 de diciembre de 2026'])).toBe('2026-12-04');
    expect(dated(['Acuerdo de paz en la capital', BODY], { modifiedDate: '2026-12-04' })).toBe('2026-12-04');
  });

  it('keeps the full stop of an initial closing a byline\'s name, and drops a sentence\'s', () => {
    expect(describePage(['Acuerdo de paz en la capital', 'Por Nerea Salcedo I.', BODY]).author).toBe('Nerea Salcedo I.');
    expect(describePage(['Acuerdo de paz en la capital', 'Por Nerea Salcedo.', BODY]).author).toBe('Nerea Salcedo');
  });

  it('reads a wire reporter\'s name apart from the agency printed after it, in capitals or not', () => {
    expect(describePage(['Harbour channel to be dredged', 'By HELEN T. MARSDEN Associated Press', ENGLISH_BODY]).author).toBe('Helen T. Marsden');
    expect(describePage(['Acuerdo de paz en la capital', 'Por Nerea Salcedo Agencia EFE', BODY]).author).toBe('Nerea Salcedo');
    // A name ending in one capitalised word is a person's whole name.
    expect(describePage(['Harbour channel to be dredged', 'By Mary Ann Post', ENGLISH_BODY]).author).toBe('Mary Ann Post');
  });

  it('reads the agency of a dateline alone on its line, after the day ("MADRID, 3 (EUROPA PRESS)"), as the outlet; a name and its party are none', () => {
    expect(describePage(['Acuerdo de paz en la capital', 'VALLADOLID, 5 (NORTE PRESS)', BODY]).outlet).toBe('Norte Press');
    expect(describePage(['Acuerdo de paz en la capital', 'Nerea Salcedo (PSOE)', BODY]).outlet).toBeNull();
  });

  it('reads an unlabelled byline with the place it was filed from before its time, and no outlet from that place', () => {
    const article = describePage(['Acuerdo de paz en la capital', 'Nerea Salcedo Ibarra | Valladolid | 3 dic 2026 - 13:45 CET', BODY]);
    expect(article.author).toBe('Nerea Salcedo Ibarra');
    expect(article.outlet).toBeNull();
    expect(article.date).toBe('2026-12-03');
  });

  it('reads the agency of a dateline whose date has no year ("Santiago de Chile, 2 dic (EFE).-") as the outlet', () => {
    for (const dateline of ['Puerto Montt, 14 ago (EFE).-', 'Ciudad de Guatemala, 3 de mayo (AFP).-']) {
      const outlet = /\((\w+)\)/u.exec(dateline)?.[1];
      expect(describePage(['Acuerdo de paz en la capital', `${dateline} ${BODY}`]).outlet, dateline).toBe(outlet);
    }
  });

  it('credits a desk that names its newsroom as its byline prints it, and a writer after the desk label\'s colon', () => {
    for (const byline of ['Redacción LR', 'Por Redacción LR']) expect(describePage(['Acuerdo de paz en la capital', byline, BODY]).author, byline).toBe('Redacción LR');
    expect(describePage(['Acuerdo de paz en la capital', 'Redacción: Ana Ruiz', BODY]).author).toBe('Ana Ruiz');
    // A desk naming no newsroom signs as printed too when no person does (pages57: the lead's decision for /sources).
    expect(describePage(['Acuerdo de paz en la capital', 'Por Redacción', BODY]).author).toBe('Redacción');
  });

  it('reads a byline closed by its dates and their stops as a byline, never as story text; a sentence naming someone stays', () => {
    const read = (byline: string) => buildArticle({ id: 'page', file: 'page.txt', text: ['Acuerdo de paz en la capital', byline, BODY].join('\n\n'), hash: 'x' })!;
    for (const byline of ['by Ana Ruiz at May 2, 2024 10:15 am. Updated at May 2, 2024 11:40 am.', 'Por Ana Ruiz el 2 de mayo de 2024 a las 10:15.']) {
      const article = read(byline);
      expect(article.author, byline).toBe('Ana Ruiz');
      expect(article.text, byline).not.toContain('10:15');
    }
    const sentence = 'Por Kim Jong Un, el líder norcoreano, fue recibido el 2 de mayo de 2024 en la capital.';
    expect(read(sentence).text).toContain(sentence);
  });

  it('takes no author from a byline that opens a section under a subheading deep in the story, but does from one above it or closing it', () => {
    const story = [
      'The harbour authority said the new ferry line will open in June after two years of delays and a change of operator.',
      'The route will link the old port with the airport in forty minutes, half the time the bus takes today.',
      'Tickets will cost about the same as the bus, the authority said, and children under twelve will travel free.',
      'Local shops welcomed the news, although some residents worry about the noise of the boats at night.',
      'The operator has promised quieter engines and no crossings between midnight and six in the morning.',
    ];
    const section = ['A town waits', 'By Ana Ruiz, Harbour News, Tordesal', 'In the old port, fishermen have watched the works for two years with growing doubt.', ...story.slice(1)];
    const headline = 'Ferry line to open in June';
    expect(describePage([headline, ...story, ...section]).author).toBeNull();
    expect(describePage([headline, 'By Luis Gil', ...story, ...section]).author).toBe('Luis Gil');
    expect(describePage([headline, ...story, 'Written by Luis Gil', ...story.slice(0, 3)]).author).toBe('Luis Gil');
  });

  it('drops a label before a plain-text title line ("Título: …")', () => {
    expect(describePage(['Título: Acuerdo de paz en la capital', BODY]).title).toBe('Acuerdo de paz en la capital');
    expect(describePage(['Title: Peace deal in the capital', ENGLISH_BODY]).title).toBe('Peace deal in the capital');
  });

  it('takes a labelled line closed by a full stop for the title, not for the story\'s first paragraph', () => {
    const article = buildArticle({ id: 'page', file: 'page.txt', text: ['Título: El puerto abrirá una línea de ferry en junio.', BODY].join('\n\n'), hash: 'x' });
    expect(article?.title).toBe('El puerto abrirá una línea de ferry en junio');
    expect(article?.paragraphs).toHaveLength(1);
    expect(article?.text).toBe(BODY);
  });

  it('takes a place or section line above the headline for a label, not the title, in a plain text', () => {
    const headline = 'Vecinos de Arica piden más patrullajes tras una ola de robos';
    for (const place of ['Arica', 'San Pedro de Atacama', 'Arica, Chile', 'Isle of Man']) {
      expect(describePage([place, headline, BODY]).title, place).toBe(headline);
    }
    expect(describePage(['Peace Deal Signed', ENGLISH_BODY]).title).toBe('Peace Deal Signed');
    expect(describePage(['Arica', 'Vecinos piden patrullajes', BODY]).title).toBe('Vecinos piden patrullajes');
  });

  it('reads a text saved with a page\'s extension (no markup at all) as the plain text it is', () => {
    const headline = 'Vecinos de Arica piden más patrullajes tras una ola de robos';
    const second = 'La municipalidad anunció que instalará veinte cámaras nuevas antes de fin de mes.';
    const outcome = readSeedBytes('nota.html', Buffer.from(['Arica', '', headline, '', BODY, '', second].join('\n')));
    if (!('file' in outcome)) throw new Error(outcome.warning.message);
    const article = buildArticle(outcome.file);
    expect(article?.title).toBe(headline);
    expect(article?.paragraphs).toHaveLength(2);
    const page = readSeedBytes('nota.html', Buffer.from(`<p>${BODY}</p><p>${second}</p>`));
    if (!('file' in page)) throw new Error(page.warning.message);
    expect(buildArticle(page.file)?.text).toBe(`${BODY}\n\n${second}`);
  });

  it('reads a web page saved with a text or Markdown extension as the page it is, not its markup', () => {
    const headline = 'Vecinos de Arica piden más patrullajes tras una ola de robos';
    const page = `<!DOCTYPE html>\n<html lang="es"><head><title>${headline} | Diario del Norte</title><script>var visitas = 0;</script></head><body><article><h1>${headline}</h1><p>${BODY}</p></article></body></html>`;
    for (const name of ['nota.txt', 'nota.md']) {
      for (const saved of [page, `\uFEFF<!-- guardada desde el navegador -->\n${page}`]) {
        const outcome = readSeedBytes(name, Buffer.from(saved));
        if (!('file' in outcome)) throw new Error(outcome.warning.message);
        const article = buildArticle(outcome.file);
        expect(article?.title, name).toBe(headline);
        expect(article?.text, name).toBe(BODY);
      }
    }
    // A text that mentions a tag in its prose is still text.
    const prose = readSeedBytes('nota.txt', Buffer.from(`${headline}\n\nLa web del municipio empieza con <html> y se cayó ayer. ${BODY}`));
    if (!('file' in prose)) throw new Error(prose.warning.message);
    expect(buildArticle(prose.file)?.text).toContain('<html>');
  });

  it.each([
    ['a dateline with place and outlet', ['Acuerdo de paz', `Rusia (Marcrix Noticias).- ${BODY}`], { outlet: 'Marcrix Noticias', date: null }],
    ['a dateline with place, date and outlet', ['Acuerdo de paz', `MADRID, 3 de marzo de 2024 (EFE) – ${BODY}`], { outlet: 'EFE', date: '2024-03-03' }],
    ['a dateline with only the agency', ['Peace deal', `(Reuters) - ${ENGLISH_BODY}`], { outlet: 'Reuters', language: 'en' }],
    ['an English dateline', ['Peace deal', `WASHINGTON, Aug. 15, 2023 (AP) — ${ENGLISH_BODY}`], { outlet: 'AP', date: '2023-08-15' }],
    ['a date line naming the outlet', ['Acuerdo de paz', 'agosto 15, 2023. Agencia Reuters', BODY], { outlet: 'Agencia Reuters', date: '2023-08-15' }],
    ['a source line after the body', ['Acuerdo de paz', BODY, 'Fuente: Europa Press'], { outlet: 'Europa Press' }],
    ['a dateline with a date and no agency', ['Acuerdo de paz', `Tordesal, 12 de mayo de 2024.- ${BODY}`], { outlet: null, date: '2024-05-12' }],
    ['a dateline with an abbreviated month and the agency after a full stop', ['Acuerdo de paz', `Zaragoza, 3 abr 2024 (EFE). ${BODY}`], { outlet: 'EFE', date: '2024-04-03' }],
  ])('reads the outlet from %s', (_, lines, expected) => {
    expect(describePage(lines)).toMatchObject(expected);
  });

  it.each([
    ['"Por X" after the body', ['Acuerdo de paz', BODY, 'Por Marta Ruiz', 'Deja una respuesta'], 'Marta Ruiz'],
    ['"Por X | date" above the body', ['Acuerdo de paz', 'Por Ana María de la Torre | 15/08/2023', BODY], 'Ana María de la Torre'],
    ['"Escrito por X"', ['Acuerdo de paz', 'Escrito por Luis Peña', BODY], 'Luis Peña'],
    ['"By X and Y"', ['Peace deal', 'By Jane Doe and John Roe', ENGLISH_BODY], 'Jane Doe, John Roe'],
    ['a short name line closing the body', ['Acuerdo de paz', BODY, 'Lucía Gil', 'PROFILE'], 'Lucía Gil'],
  ])('reads the author from %s', (_, lines, author) => {
    expect(describePage(lines).author).toBe(author);
  });

  it.each([
    ['a byline', ['Acuerdo de paz', BODY, 'Por Editor3', 'Deja una respuesta']],
    ['a name line closing the body', ['Acuerdo de paz', BODY, 'Adm 1', 'ADMINISTRATOR', 'PROFILE']],
  ])('takes no publishing-system account for the author from %s (digits are no part of a name)', (_, lines) => {
    expect(describePage(lines).author).toBeNull();
  });

  it('takes no button\'s label after the body ("Discuss") for a name closing it', () => {
    expect(describePage(['Peace deal', ENGLISH_BODY, 'Discuss', 'Sign in to comment']).author).toBeNull();
    expect(describePage(['Peace deal', ENGLISH_BODY, 'Jane Doe', 'Sign in to comment']).author).toBe('Jane Doe');
  });

  it('takes an agency\'s credit closing the story for the author only when nothing else names one', () => {
    const closing = (credit: string) => `${BODY.replace('capital', 'ciudad')} ${credit}`;
    expect(describePage(['Acuerdo de paz', BODY, closing('(FR mit dpa)')]).author).toBe('FR mit dpa');
    expect(describePage(['Acuerdo de paz', BODY, closing('(Redacción/AFP)')]).author).toBe('Redacción/AFP');
    expect(describePage(['Acuerdo de paz', 'Por Luis Peña', BODY, closing('(EFE)')]).author).toBe('Luis Peña');
    for (const aside of ['(Foto de archivo)', '(sic)', '(Continuará)']) expect(describePage(['Acuerdo de paz', BODY, closing(aside)]).author, aside).toBeNull();
  });

  it('takes an agency credited on a dateline or a date line above another outlet\'s story for the author when no one signs, never a site\'s own name', () => {
    expect(describePage(['Acuerdo de paz', 'agosto 15, 2023. Agencia Reuters', BODY], { outlet: 'Diario del Sur' })).toMatchObject({ author: 'Agencia Reuters', outlet: 'Diario del Sur' });
    expect(describePage(['Acuerdo de paz', `MADRID (EFE).- ${BODY}`], { outlet: 'Diario del Sur' })).toMatchObject({ author: 'EFE', outlet: 'Diario del Sur' });
    // On the agency's own wire, its credit is the outlet only.
    expect(describePage(['Acuerdo de paz', `MADRID (EFE).- ${BODY}`])).toMatchObject({ author: null, outlet: 'EFE' });
    expect(describePage(['Acuerdo de paz', 'Por Luis Peña', `MADRID (EFE).- ${BODY}`]).author).toBe('Luis Peña');
    expect(describePage(['Acuerdo de paz', `Rusia (Diario del Sur).- ${BODY}`])).toMatchObject({ author: null, outlet: 'Diario del Sur' });
  });

  it('leaves out the author\'s bio closing the story, in Spanish and English, and nothing else that names them', () => {
    const text = (lines: string[], meta?: PageMeta) => buildArticle({ id: 'page', file: 'page.txt', text: lines.join('\n\n'), hash: 'x', ...(meta ? { meta } : {}) })!.text;
    const bio = 'Nuria Vidal cubre urbanismo y transporte en la redacción de Valencia desde 2015.';
    expect(text(['Acuerdo de paz', 'Por Nuria Vidal', BODY, bio])).not.toContain('cubre urbanismo');
    const english = 'Emma Clarke is a staff writer who covers city hall and housing.';
    expect(text(['Peace deal', ENGLISH_BODY, english], { author: 'Emma Clarke' })).not.toContain('staff writer');
    // The author named inside a sentence, another person's name first, a one-word byline: no bio.
    const closing = ['Según explicó a Nuria Vidal el portavoz, la firma será el lunes.', 'Luis Peña cubre la firma para la agencia desde la capital.'];
    for (const last of closing) expect(text(['Acuerdo de paz', 'Por Nuria Vidal', BODY, last])).toContain(last);
    expect(text(['Acuerdo de paz', BODY, 'Editor3 cubre la firma desde la capital, dijo la agencia.'], { author: 'Editor3' })).toContain('Editor3 cubre');
  });

  it('leaves out a bio followed by its author box\'s links, and a short bio above the story or beside its byline', () => {
    const text = (lines: string[]) => buildArticle({ id: 'page', file: 'page.txt', text: lines.join('\n\n'), hash: 'x', meta: { author: 'Emma Clarke' } })!.text;
    const bio = 'Emma Clarke covers city hall and housing for the Courier. Follow Emma on Twitter at @eclarke.';
    const links = ['See more by Emma Clarke on courier.example.', 'Read more about housing in our Housing Topic Center.'];
    const closing = text(['Peace deal', ENGLISH_BODY, bio, ...links]);
    expect(closing).toContain(ENGLISH_BODY);
    for (const gone of ['city hall', 'See more by', 'Topic Center']) expect(closing).not.toContain(gone);
    const box = text(['Peace deal', 'Emma Clarke', 'Emma Clarke is the Courier\'s chief political correspondent.', ENGLISH_BODY]);
    expect(box).toContain(ENGLISH_BODY);
    expect(box).not.toContain('correspondent');
    // A long paragraph about the author, or one that tells what she did, is the story's.
    const told = 'Emma Clarke was in the chamber when the vote was called, and she saw the mayor leave before the count.';
    expect(text(['Peace deal', ENGLISH_BODY, told, ENGLISH_BODY.replace('The', 'Then the')])).toContain(told);
    expect(text(['Peace deal', ENGLISH_BODY, 'Emma Clarke reports.', ENGLISH_BODY.replace('The', 'Then the')])).toContain('Emma Clarke reports.');
  });

  it('dates "El 12 de mayo de 2024." opening a sentence no dateline: a dateline\'s place ends in a comma', () => {
    expect(describePage(['Acuerdo de paz', `El 12 de mayo de 2024. ${BODY}`]).date).toBeNull();
  });

  it('has no author and no outlet when the page names none', () => {
    expect(describePage(['Acuerdo de paz', BODY, 'Deja una respuesta'])).toMatchObject({ author: null, outlet: null, date: null });
  });

  it('does not take the subject of a sentence for an author, nor a related headline for a name line', () => {
    expect(describePage(['Acuerdo de paz', `Por su parte, el ministro dijo que ${BODY.toLowerCase()}`]).author).toBeNull();
    expect(describePage(['Acuerdo de paz', BODY, 'Related Posts', 'Trump Wins Iowa']).author).toBeNull();
  });

  it('never takes a date from the body, and has none when the article only gives relative dates', () => {
    const lines = ['Acuerdo de paz', 'Las partes se reunieron este miércoles y volverán a verse el lunes.', 'La primera ronda fue el 14 de agosto de 2023, en Ginebra, según los mediadores.'];
    expect(describePage(lines).date).toBeNull();
  });

  it('takes no date from an embedded post\'s signature, and keeps the signature in the text', () => {
    const signature = '— Ana Ruiz (@AnaRuiz_24) 7 de enero de 2024';
    const article = buildArticle({ id: 'page', file: 'page.txt', text: ['Acuerdo de paz', BODY, '¡Por fin hay acuerdo!', signature, BODY.replace('capital', 'ciudad')].join('\n\n'), hash: 'x' });
    expect(article?.date).toBeNull();
    expect(article?.text).toContain(signature);
  });

  it('prefers the date above the body to a date in a photo caption', () => {
    const caption = 'El ministro, en una foto del 14 de agosto de 2023 distribuida por su gabinete';
    expect(describePage(['Acuerdo de paz', 'agosto 15, 2023. Agencia Reuters', caption, BODY]).date).toBe('2023-08-15');
  });

  it('takes what the page declares first, the site it declares over an agency its dateline credits', () => {
    const meta = { title: 'Título de la página', outlet: 'Diario Ejemplo', author: 'Ana Ruiz', date: '2024-01-02' };
    expect(describePage([BODY], meta)).toEqual({ title: 'Título de la página', outlet: 'Diario Ejemplo', author: 'Ana Ruiz', date: '2024-01-02', language: 'es' });
    // The page was published by the site; the agency is the story's source, its author when no one signs.
    expect(describePage(['Acuerdo de paz', `(EFE).- ${BODY}`], { title: meta.title, outlet: meta.outlet })).toMatchObject({ title: 'Título de la página', outlet: 'Diario Ejemplo', author: 'EFE' });
    expect(describePage(['Acuerdo de paz', `(Reuters) - ${BODY}`], { title: 'Título de la página' })).toMatchObject({ outlet: 'Reuters' });
  });
});

describe('readByline', () => {
  it.each([
    ['Por Editor3', 'Editor3'],
    ['Por: María López', 'María López'],
    ['By Jane Doe, Reuters', 'Jane Doe'],
    ['Por Juan Pérez - 15 de agosto de 2023', 'Juan Pérez'],
    ['By John Smith on August 15, 2023', 'John Smith'],
    ['Por Ana Ruiz.', 'Ana Ruiz'],
    // Beside people, the broadcaster they work for is no author.
    ['Von Ana Ruiz, Luis Gil und Marta Sanz, WDR', 'Ana Ruiz, Luis Gil, Marta Sanz'],
    ['Par Claire Dubois', 'Claire Dubois'],
    ['Ana Ruiz | Publicado hace 3 horas', 'Ana Ruiz'],
    ['ANA RUIZ GIL | Actualizado 12/05/2024', 'ANA RUIZ GIL'],
    // The story's section printed before the byline on its line.
    ['Ciclismo | Por: Ana Ruiz | Actualizado el: 19 abril 2022', 'Ana Ruiz'],
    ['Opinión · By Jane Doe', 'Jane Doe'],
  ])('reads %s', (line, author) => {
    expect(readByline(line)).toBe(author);
  });

  it.each([
    ['Por su parte, el Gobierno no respondió.'],
    ['Por la tarde llegaron los bomberos al lugar del incendio.'],
    ['By the end of the day nobody had answered.'],
    ['Por eso'],
    ['Por Kim Jong Un, el líder norcoreano, fue recibido.'],
    ['Par ailleurs, le gouvernement a répondu.'],
    ['Von Montag an gilt die neue Regel für alle.'],
    ['La reunión terminó tarde | publicado hace 3 horas'],
    // Before a byline's part, more than a section's label: a sentence, a headline.
    ['El pleno aprobó la reforma del mercado | Por Ana Ruiz'],
    ['Llueve. | Por Ana Ruiz'],
  ])('does not read %s as a byline', (line) => {
    expect(readByline(line)).toBeNull();
  });
});

describe('an outlet named in a byline', () => {
  it('is the article\'s outlet: "Por Marta Ibáñez | Diario del Sur | 12 de marzo de 2025"', () => {
    expect(describePage(['El puerto cierra sus muelles', 'Por Marta Ibáñez | Diario del Sur | 12 de marzo de 2025', BODY])).toMatchObject({
      outlet: 'Diario del Sur',
      author: 'Marta Ibáñez',
      date: '2025-03-12',
    });
  });

  it('gives its date too when author, outlet and date together are longer than a date line, in text and in Markdown emphasis', () => {
    const byline = 'Por Marta Ibáñez | El Diario de la Costa | 12 de marzo de 2025';
    expect(describePage(['El puerto cierra sus muelles', byline, BODY])).toMatchObject({ outlet: 'El Diario de la Costa', author: 'Marta Ibáñez', date: '2025-03-12' });
    const markdown = readSeedBytes('puerto.md', Buffer.from(['# El puerto cierra sus muelles', '', `*${byline}*`, '', BODY].join('\n')));
    if (!('file' in markdown)) throw new Error(markdown.warning.message);
    expect(buildArticle(markdown.file)).toMatchObject({ author: 'Marta Ibáñez', date: '2025-03-12' });
  });

  it('is not read from a byline that names no outlet', () => {
    expect(describePage(['El puerto cierra sus muelles', 'Por Marta Ibáñez | Actualizado 12/05/2024', BODY]).outlet).toBeNull();
  });
});
