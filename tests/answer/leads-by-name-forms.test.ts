/**
 * A refused question's leads (issue 15, newcomer 11's D1: "¿Qué grupo atacó Costa Rica?" refused with nothing cited,
 * beside a story that names the country only as "Instituto Costarricense…"): a passage is about the question's names
 * when its story gives them in another form anywhere (a country's demonym), as when its headline names them. Articles
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'ciberataque', title: 'El gobierno refuerza sus sistemas tras el secuestro de datos', date: '2024-06-03', language: 'es' }, [
    'Los sistemas de varias oficinas públicas siguen bloqueados desde el domingo, cuando un grupo de piratas informáticos conocido como Banda Lince cifró sus servidores.',
    'El ministerio pidió ayuda a técnicos del Instituto Uruguayo de Telecomunicaciones para restablecer los servicios.',
    'Las oficinas de atención al público abrirán el lunes con horario reducido.',
  ]),
]);

const ask = askOf(library);

describe('leads of a question whose names the story gives in another form', () => {
  it('cites the passage on its other words when the story names the country by its demonym', async () => {
    const result = await ask('¿Qué grupo atacó Uruguay?');
    expect(result.citations.map((citation) => citation.excerpt).join(' ')).toContain('Banda Lince');
  });
});
