/**
 * A question about what is ahead ("When will supply return?", "¿Cuándo reabrirá…?") is answered by what someone expects
 * or foresees ("Engineers expect to restore it by Thursday", "prevé reabrirlo en marzo"), which no outcome is; a request
 * answers it no more than it answers what happened, and an expectation still answers nothing asked as done. Articles and
 * questions written for the tests, Spanish and English.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const water = articleFromParagraphs({ id: 'bramley', title: 'Bramley without water', date: '2026-11-18', language: 'en' }, [
  'A burst main near the Eastfield reservoir cut the water supply to 8,000 homes in Bramley on Sunday.',
  'Severn Vale Water engineers expect the supply to return to every home in Bramley by Thursday evening.',
]);
const museum = articleFromParagraphs({ id: 'lerma', title: 'El museo de Lerma, en obras', date: '2026-10-02', language: 'es' }, [
  'El museo de la Colegiata de Lerma cerró en septiembre para renovar su tejado.',
  'La Diputación prevé reabrir el museo de Lerma en marzo, tras una inversión de 400.000 euros.',
]);
const trial = articleFromParagraphs({ id: 'ruiz', title: 'Juicio a Ruiz por estafa', date: '2026-06-10', language: 'es' }, [
  'La fiscalía pidió doce años de prisión para el empresario Hugo Ruiz por una estafa a 300 ahorradores.',
]);
const ask = askOf(await libraryOf([water, museum, trial]));

describe('what is ahead, answered by what someone expects', () => {
  it('quotes the expectation for a question about the future', async () => {
    expect(firstQuote(await ask('When will the water supply return in Bramley?'))).toContain('by Thursday evening');
    expect(firstQuote(await ask('¿Cuándo reabrirá el museo de Lerma?'))).toContain('en marzo');
  });

  it('still refuses a request for the future and an expectation for what was done', async () => {
    expect((await ask('¿Cuántos años de cárcel cumplirá Hugo Ruiz?')).refused).toBe(true);
    expect((await ask('¿Cuándo reabrió el museo de Lerma?')).refused).toBe(true);
  });
});
