/**
 * A compound question's second half asking, by a pronoun, what became of those the first half counts ("¿… y adónde los
 * llevaron?", "… and where were they taken?") is answered by the sentence right after the first half's when it refers
 * back to them and holds the kind asked ("Los tres fueron trasladados al hospital…", "Both were flown to…"), not refused
 * as unanswered, nor answered by the first half's sentence, whose place is where they were hurt (the lead's kind from
 * blind testers: check whether the first half's sentence or passage answers the other half). A next sentence that does
 * not refer back answers nothing. Articles and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/answer/types.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'puerto', title: 'Accidente en el puerto de Algeciras', date: '2026-11-20', language: 'es' }, [
    'ALGECIRAS, 20 de noviembre de 2026.- La caída de un contenedor en la terminal de Isla Verde causó heridas a tres estibadores a primera hora del jueves.',
    'Los tres fueron trasladados al hospital Punta de Europa, donde uno permanece ingresado en observación.',
  ]),
  articleFromParagraphs({ id: 'cliff', title: 'Climbers rescued on Ben Nevis', date: '2026-03-02', language: 'en' }, [
    'Lochaber Mountain Rescue brought down two climbers from the north face of Ben Nevis on Saturday evening.',
    'Both were airlifted to Belford Hospital in Fort William by a coastguard crew.',
  ]),
  articleFromParagraphs({ id: 'obra', title: 'Derrumbe en una obra de Logroño', date: '2026-06-11', language: 'es' }, [
    'El derrumbe de un andamio en una obra de la calle Portales hirió a dos albañiles el martes.',
    'La obra había sido inspeccionada en mayo por técnicos del Ayuntamiento de Logroño.',
  ]),
]);
const ask = askOf(library);
const secondHalf = (result: AskResult) => result.answer.split('\n')[1] ?? '';

describe('the second half answered by the sentence after the first half’s', () => {
  it.each([
    ['¿Cuántos estibadores resultaron heridos y adónde los llevaron?', 'hospital Punta de Europa'],
    ['How many climbers were brought down from Ben Nevis and where were they taken?', 'Belford Hospital'],
  ])('%s', async (question, place) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(secondHalf(result)).toContain(place);
  });

  it('a next sentence that does not refer back answers nothing', async () => {
    const result = await ask('¿Cuántos albañiles resultaron heridos y adónde los llevaron?');
    expect(result.answer).not.toContain('inspeccionada');
    expect(secondHalf(result)).not.toContain('calle Portales');
  });
});
