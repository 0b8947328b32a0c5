/**
 * A who-question is led by the sentence that names someone doing its verb, not by the one that only tells of the act
 * (newcomer 22's D7: "who appointed…" answered by a sentence with no person while another cited sentence named them).
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'hospital', title: 'Nuevo director del hospital de Valdemora', date: '2024-02-05', language: 'es' }, [
    'El nuevo director del hospital de Valdemora, nombrado el lunes, asumirá el cargo en marzo.',
    'El centro atiende a unos cuarenta mil pacientes al año y tiene doscientas camas.',
    'Las obras de la nueva planta de urgencias terminarán en verano, según la gerencia.',
    'Lo nombró la consejera Marta Ruiz tras una reunión con la junta.',
  ]),
]);
const ask = askOf(library);

describe('who did it', () => {
  it('quotes first the sentence naming who appointed, over the one about the appointment', async () => {
    const result = await ask('¿Quién nombró al nuevo director del hospital de Valdemora?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('Marta Ruiz');
  });
});
