/** Tables and lists in Markdown and HTML seeds: a figure in a cell or an item keeps what it is about in its passage (D9). */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domToText, type TextNode } from '../../src/corpus/dom-text.js';
import { buildCorpus } from '../../src/corpus/index.js';
import { readSeedBytes } from '../../src/corpus/read.js';

const LEAD = 'Las lluvias de la noche del martes inundaron varios barrios del norte de la ciudad y obligaron a cortar tres avenidas durante horas.';
const CLOSING = 'El Ayuntamiento calcula que los daños superan los dos millones de euros y pedirá ayudas a la Generalitat la semana que viene.';

/** The passages of one seed file named `file` with `content`. */
function passages(file: string, content: string): string[] {
  const outcome = readSeedBytes(file, Buffer.from(content));
  if (!('file' in outcome)) throw new Error(outcome.warning.message);
  return buildCorpus([outcome.file]).passages.map((passage) => passage.text);
}

describe('tables', () => {
  it('keeps each row of a Markdown table with its header, and no cell alone', () => {
    const markdown = ['# Las lluvias inundan tres barrios', '', LEAD, '', '| Barrio | Viviendas afectadas |', '|---|---|', '| Benimaclet | 120 |', '| Orriols | 85 |', '', CLOSING].join('\n');
    const found = passages('lluvias.md', markdown);
    expect(found).toContain('Barrio: Benimaclet · Viviendas afectadas: 120');
    expect(found).toContain('Barrio: Orriols · Viviendas afectadas: 85');
    for (const cell of ['Benimaclet', '120', 'Barrio', 'Viviendas afectadas']) expect(found).not.toContain(cell);
  });

  it('does the same for an HTML table with a <thead>, and reads a layout table (paragraphs in cells) as paragraphs', () => {
    const table = '<table><thead><tr><td>Barrio</td><td>Viviendas afectadas</td></tr></thead><tbody><tr><td>Benimaclet</td><td>120</td></tr><tr><td>Orriols</td><td>85</td></tr></tbody></table>';
    const html = `<html><body><article><h1>Las lluvias inundan tres barrios</h1><p>${LEAD}</p>${table}<p>${CLOSING}</p></article></body></html>`;
    expect(passages('lluvias.html', html)).toContain('Barrio: Benimaclet · Viviendas afectadas: 120');
    const layout = `<html><body><table><tr><td><h1>Las lluvias inundan tres barrios</h1><p>${LEAD}</p><p>${CLOSING}</p></td><td><p>Publicidad</p></td></tr></table></body></html>`;
    const read = passages('maqueta.html', layout);
    expect(read).toContain(LEAD);
    expect(read).toContain(CLOSING);
  });
});

describe('lists', () => {
  it('keeps the items of a Markdown list with the sentence that leads into it', () => {
    const markdown = ['# Nuevos radares', '', 'Tráfico instalará 40 radares de tramo en la provincia antes del verano, según anunció ayer la subdelegada del Gobierno:', '', '- 25 en la A-7', '- 15 en la N-340', '', CLOSING].join('\n');
    const found = passages('radares.md', markdown);
    const withItems = found.find((passage) => passage.includes('25 en la A-7'));
    expect(withItems).toContain('Tráfico instalará 40 radares de tramo');
    expect(withItems).toContain('15 en la N-340');
  });

  it('keeps an HTML list of sentences with its lead-in, and leaves a list of links (related stories) apart', () => {
    const items = '<ul><li>La primera fase cubrirá la fachada del edificio.</li><li>La segunda renovará los puestos interiores.</li></ul>';
    const related = '<p>Lee también:</p><ul><li><a href="/a">El mercado de Russafa abre los domingos</a></li><li><a href="/b">Cierra la última mercería del barrio</a></li></ul>';
    const html = `<html><body><article><h1>Reforma del mercado</h1><p>${LEAD}</p><p>Las obras del mercado se harán en dos fases a lo largo del año próximo:</p>${items}${related}<p>${CLOSING}</p></article></body></html>`;
    const found = passages('mercado.html', html);
    const withItems = found.find((passage) => passage.includes('La primera fase cubrirá'));
    expect(withItems).toContain('Las obras del mercado se harán en dos fases');
    expect(found.some((passage) => passage.includes('Lee también') && passage.includes('Russafa'))).toBe(false);
  });

  it('runs no list in another container onto the story\'s last sentence: a rail of features after it stays apart', () => {
    const rail = '<div class="rail"><ul><li><p>Un pastor que lleva cuarenta años subiendo el rebaño a la sierra</p><hr></li><li><p>Qué enseña el frontón sobre la vida de un pueblo</p><hr></li></ul></div>';
    const { document } = parseHTML(`<html><body><div id="read"><div class="story"><p>${LEAD}</p><p>${CLOSING}</p></div>${rail}</div></body></html>`);
    const lines = domToText(document.getElementById('read') as unknown as TextNode).split('\n\n');
    expect(lines).toContain(CLOSING);
    // A list beside a paragraph ending a sentence still goes on from it.
    const beside = parseHTML(`<html><body><div id="read"><p>${CLOSING}</p><ul><li>La primera fase cubrirá la fachada.</li><li>La segunda renovará los puestos.</li></ul></div></body></html>`).document;
    expect(domToText(beside.getElementById('read') as unknown as TextNode)).toBe(`${CLOSING} La primera fase cubrirá la fachada. La segunda renovará los puestos.`);
  });

  it('runs no list onto a credit or a label with no stop of its own: prompts after a story stay out of its last passage', () => {
    const prompts = '<ul><li>Sigue a Diario del Sur en <a href="https://facebook.com/ds">Facebook</a> y <a href="https://x.com/ds">X</a></li></ul><ul><li>Recibe las alertas de Diario del Sur en tu escritorio</li></ul>';
    const html = `<html><body><article><h1>Las lluvias inundan tres barrios</h1><p>${LEAD}</p><p>${CLOSING}</p><p>Con información de EFE</p>${prompts}</article></body></html>`;
    const found = passages('lluvias.html', html);
    expect(found.some((passage) => passage.includes(CLOSING))).toBe(true);
    expect(found.some((passage) => /Sigue a Diario del Sur|Recibe las alertas/u.test(passage))).toBe(false);
  });
});

describe('quotation blocks', () => {
  const text = (body: string) => domToText(parseHTML(`<html><body><div id="read">${body}</div></body></html>`).document.getElementById('read') as unknown as TextNode);

  it('keeps a pull quote\'s credit ("Name, role.") with its words, never as a line of its own', () => {
    const quote = '<blockquote><p><em>“Hay que terminar el puente antes de las lluvias, o perderemos otra temporada entera”.</em><br> <br> <strong>Marta Solís</strong><em>, alcaldesa de Tordesal.</em></p></blockquote>';
    const lines = text(`<p>${LEAD}</p>${quote}<p>${CLOSING}</p>`).split('\n\n');
    expect(lines).not.toContain('Marta Solís, alcaldesa de Tordesal.');
    expect(lines.find((line) => line.includes('Marta Solís'))).toContain('perderemos otra temporada');
    expect(lines).toContain(CLOSING);
  });

  it('keeps an embedded post\'s heading with its words, and line breaks outside quotations as they are', () => {
    const post = '<blockquote class="social-post"><p><a href="/tags/Puerto">#Puerto</a> | Aviso de temporal 🌊<br><br>Esta tarde el faro de la bocana registró rachas de 98 km/h, la más alta desde 1990.</p>— Capitanía Marítima (@capitania) March 3, 2024</blockquote>';
    const lines = text(`<p>${LEAD}</p>${post}`).split('\n\n');
    expect(lines).not.toContain('#Puerto | Aviso de temporal 🌊');
    expect(lines.find((line) => line.includes('Aviso de temporal'))).toContain('rachas de 98 km/h');
    expect(text('<p>Calle Mayor, 4<br>Tordesal</p>').split('\n\n')).toEqual(['Calle Mayor, 4', 'Tordesal']);
  });
});
