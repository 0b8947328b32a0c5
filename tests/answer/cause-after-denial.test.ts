/**
 * A why-question whose reason is told only in a quotation right after a denial ("La empresa negó que fuera una avería.
 * «Nos quedamos sin…»", "The council denied… “We ran out of…”"), with no "porque" or "because": the answer quotes the
 * denial and the quotation with the sentence that states the fact, not the fact alone (blind newcomer 38's kind).
 * Articles and questions written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'tren', title: 'El tren de la costa quedó detenido dos horas', date: '2026-08-08', language: 'es' }, [
    'BUENOS AIRES, 8 de agosto de 2026.- Cientos de pasajeros quedaron atrapados el viernes en un tren de la línea de la costa, que se detuvo a mitad de camino entre Olivos y Tigre.',
    'La concesionaria negó que se tratara de una avería de los frenos. «Hubo un corte de energía en la subestación de San Isidro y no teníamos tensión en la catenaria», explicó su vocera, Florencia Rossi.',
    'Los pasajeros fueron evacuados a pie por las vías con ayuda de los bomberos.',
  ]),
  articleFromParagraphs({ id: 'textil', title: 'Textil Andina suspende la producción en su planta de Ibarra', date: '2026-05-04', language: 'es' }, [
    'IBARRA, 4 de mayo de 2026.- La empresa Textil Andina suspendió la producción en su planta de Ibarra y envió a casa a 420 trabajadores durante dos semanas.',
    'La gerente general, Paola Endara, descartó que la medida tenga relación con la venta de la compañía.',
    '«Se nos acabó el algodón importado y el barco que lo trae lleva tres semanas retenido en Guayaquil», afirmó Endara.',
    'El sindicato exigió que se pague el salario completo durante la suspensión.',
  ]),
  articleFromParagraphs({ id: 'pool', title: 'Leisure centre pool shut for the summer', date: '2026-06-02', language: 'en' }, [
    'HALIFAX, 2 June 2026 - The main pool at Northgate Leisure Centre will stay shut until September, the borough council said on Monday.',
    'The council denied that the closure was linked to budget cuts. “A section of the tiled floor lifted during a routine drain-down and the basin has to be relined,” a spokesman said.',
    'Swimming clubs have been offered lanes at two schools nearby.',
  ]),
]);

const ask = askOf(library);

describe('a why-question answered by a quotation after a denial', () => {
  it('quotes the quotation in the denial’s paragraph', async () => {
    const result = await ask('¿Por qué se detuvo el tren de la costa?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('corte de energía');
  });

  it('quotes the quotation in the paragraph after the denial’s', async () => {
    const result = await ask('¿Por qué suspendió Textil Andina la producción?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('algodón importado');
  });

  it('does so in English', async () => {
    const result = await ask('Why will the pool at Northgate stay shut until September?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('tiled floor lifted');
  });

  it('adds nothing when no quotation follows the denial', async () => {
    const result = await ask('¿Por qué evacuaron a los pasajeros por las vías?');
    expect(result.answer).not.toContain('corte de energía');
  });
});
