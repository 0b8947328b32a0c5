/**
 * Pages copied from the web carry invisible format characters inside words: word joiners, byte-order
 * marks, soft hyphens, bidirectional marks. A reader sees one word; the archive must index, quote and
 * attribute that one word too, and a question typed with them must find it. A zero-width space is a word
 * boundary a reader does not see (Unicode's line-breaking class ZW): the words either side stay two; a question
 * copied with one inside a word is also read with the word whole, the reading a reader sees.
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library.js';
import { withSeedFiles } from '../support/seed-folder.js';

const ZWSP = '\u200B';
const BYTE_ORDER_MARK = '\uFEFF';
const SOFT_HYPHEN = '\u00AD';
const WORD_JOINER = '\u2060';
const LEFT_TO_RIGHT_MARK = '\u200E';

const PAGE = [
  'El consejo vecinal de Albarda aprueba el nuevo mercado cubierto',
  `El portavoz del consejo, Ka${WORD_JOINER}rl Ma${BYTE_ORDER_MARK}rx, dijo: «El mercado abrirá en primavera y tendrá cuarenta puestos de venta».`,
  `Las obras costarán dos millones de euros, financiados por la Dipu${SOFT_HYPHEN}tación de Albarda, según el pre${WORD_JOINER}supuesto aprobado el martes.`,
  `El puerto de Albarda tendrá un muelle${ZWSP}flotante de ochenta metros para las barcas de ${ZWSP}pesca${ZWSP}, anunció la autoridad portuaria.`,
  `La concejala Irene ${LEFT_TO_RIGHT_MARK}Solís afirmó que los comerciantes del barrio tendrán prioridad en el sorteo de los puestos.`,
].join('\n\n');

// A saved page declares its title in markup that the line cleaning never reads.
const HTML_PAGE = `<html lang="es"><head><title>Ro${WORD_JOINER}sa Lu${BYTE_ORDER_MARK}xem inaugura la biblioteca | Diario de Albarda</title></head>
<body><article><h1>Ro${WORD_JOINER}sa Lu${BYTE_ORDER_MARK}xem inaugura la biblioteca</h1>
<p>La biblioteca municipal de Albarda abrió el lunes sus puertas con doce mil libros y una sala de estudio para cien personas.</p>
<p>La directora, Rosa Luxem, explicó que el horario se ampliará durante los exámenes de junio y de septiembre.</p></article></body></html>`;

let library: Library;
withSeedFiles('hemeroteca-invisible-', { 'mercado.txt': PAGE, 'biblioteca.html': HTML_PAGE }, (opened) => (library = opened));

describe('invisible characters inside words of a seed', () => {
  it('a name split by word joiners and byte-order marks is quoted under the name a reader sees', () => {
    const result = library.quote('Karl Marx');
    expect(result.actor).toBe('Karl Marx');
    expect(result.statements.map((statement) => statement.text).join(' ')).toContain('El mercado abrirá en primavera');
    expect(library.quote('Marx').actor).toBe('Karl Marx');
  });

  it('excerpts show the words whole, without the invisible characters', async () => {
    const result = await library.ask('¿Quién financia las obras del mercado?');
    expect(result.refused).toBe(false);
    const excerpt = result.citations[0]?.excerpt ?? '';
    expect(excerpt).toContain('Diputación de Albarda');
    expect(excerpt).toContain('presupuesto');
    expect(excerpt).not.toMatch(/[\u00AD\u200B-\u200F\u2060]/u);
  });

  it('a question copied with zero-width spaces inside its words is answered as the words a reader sees', async () => {
    const typed = await library.ask(`¿Cuántos puestos tendrá el mercado de Al${ZWSP}barda según Ka${ZWSP}rl Marx?`);
    expect(typed.refused).toBe(false);
    expect(typed.citations[0]?.excerpt).toContain('cuarenta puestos de venta');
  });

  it('a zero-width space between two words keeps them two words, in the excerpt and in the index', async () => {
    const result = await library.ask('¿Cuántos metros tendrá el muelle flotante?');
    expect(result.refused).toBe(false);
    const excerpt = result.citations[0]?.excerpt ?? '';
    expect(excerpt).toContain('un muelle flotante de ochenta metros para las barcas de pesca, anunció');
    expect(excerpt).not.toContain(ZWSP);
    const typed = await library.ask(`¿Cuántos metros tendrá el muelle${ZWSP}flotante?`);
    expect(typed.citations[0]?.excerpt).toContain('muelle flotante de ochenta metros');
  });

  it('a speaker with a bidirectional mark before the surname keeps the whole name', () => {
    expect(library.quote('Irene Solís').actor).toBe('Irene Solís');
  });

  it('a title declared in a saved page lists without them', () => {
    expect(library.sources().map((source) => source.title)).toContain('Rosa Luxem inaugura la biblioteca');
  });

  it('a question typed with invisible characters finds the same words', async () => {
    const result = await library.ask(`¿Cuántos pues${WORD_JOINER}tos tendrá el mer${SOFT_HYPHEN}cado?`);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('cuarenta puestos');
  });
});
