/**
 * A near-miss question asking for the name of a person the story only describes ("¿Cómo se llama el minero de 58
 * años?" beside "un picador de 58 años…", "What was the deckhand's name?" beside "His deckhand, aged 24, …") is refused,
 * with the story as a lead none offered as a possible answer; one whose story names the person is answered with the name
 * (blind testers' kind: a person's name asked where the passage describes the person). What a thing or a notion is called
 * is not read as a person's name. Articles and questions written for the tests, Spanish and English.
 */
import { describe, expect, it } from 'vitest';
import { nameAsked, namesSomeone } from '../../src/answer/name-asked.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const mine = articleFromParagraphs({ id: 'penarrubia', title: 'Rescatados dos mineros atrapados 30 horas en Peñarrubia', date: '2026-03-10', language: 'es' }, [
  'Los equipos de emergencia rescataron este martes a dos mineros atrapados durante 30 horas en una galería de la mina de Peñarrubia (León), después de que un desprendimiento bloqueara la salida.',
  'El más veterano de los dos, un picador de 58 años que llevaba tres décadas en la explotación, fue trasladado al hospital de Ponferrada con una fractura en la pierna. Su compañero, de 31 años, salió por su propio pie.',
  'La empresa propietaria, Carbones del Sil, anunció que la mina permanecerá cerrada hasta que concluya la investigación.',
]);
const tunnel = articleFromParagraphs({ id: 'galeria', title: 'Termina la perforación del túnel de Valdeprado', date: '2026-04-02', language: 'es' }, [
  'Los operarios terminaron el lunes la perforación del túnel ferroviario de Valdeprado, de 4,2 kilómetros, tras diecinueve meses de obras.',
  'El ingeniero que dirigió la perforación, Tomás Villalba, atribuyó el retraso de tres meses a una bolsa de agua subterránea.',
]);
const trawler = articleFromParagraphs({ id: 'kilmore', title: 'Two fishermen rescued after trawler sinks off Kilmore', date: '2026-02-14', language: 'en' }, [
  'Two fishermen were rescued on Saturday after their trawler sank off Kilmore Quay in heavy seas, the coast guard said.',
  'The skipper, a 61-year-old man from Wexford who had fished the area for four decades, was airlifted to University Hospital Waterford with hypothermia. His deckhand, aged 24, was treated at the scene.',
]);
const lifeboat = articleFromParagraphs({ id: 'rosslare', title: 'Rosslare lifeboat marks its busiest year', date: '2026-12-01', language: 'en' }, [
  'The Rosslare lifeboat launched 58 times this year, more than in any year since the station opened in 1896. Its helmsman, Declan Furlong, said volunteers had spent more than 900 hours at sea.',
]);
const ask = askOf(await libraryOf([mine, tunnel, trawler, lifeboat]));

describe("a person's name the story never gives", () => {
  it('refuses the question, with the story as a lead none offered as a possible answer, and answers where the story names the person', async () => {
    for (const question of [
      '¿Cómo se llama el minero de 58 años?',
      '¿Cuál es el nombre del compañero del picador?',
      'What was the deckhand’s name?',
      'What is the name of the skipper rescued off Kilmore?',
    ]) {
      const result = await ask(question);
      expect(result.refused, question).toBe(true);
      expect(result.citations.length, question).toBeGreaterThan(0);
      expect(result.answer, question).not.toMatch(/podría responderla|may answer it/u);
    }
    // Where the story names the person, the name answers.
    expect(firstQuote(await ask('¿Cómo se llama el ingeniero que dirigió la perforación del túnel?'))).toContain('Tomás Villalba');
    expect(firstQuote(await ask('What is the name of the helmsman of the Rosslare lifeboat?'))).toContain('Declan Furlong');
  });

  it("reads a person's name asked, not what a thing or a notion is called", () => {
    expect(nameAsked('¿Qué nombre tiene la conductora del autobús?')?.noun).toBe('conductora');
    expect(nameAsked('What was the name of the older miner aboard?')?.noun).toBe('miner');
    expect(nameAsked('What is the name of the driver arrested in Leeds?')?.noun).toBe('driver');
    expect(nameAsked('What was the ferry company’s spokesman’s name?')?.noun).toBe('spokesman');
    expect(nameAsked('¿Cómo se llama el proceso por el que las plantas fijan el carbono?')).toBeUndefined();
    expect(nameAsked('What are the small hairs on the leaf called?')).toBeUndefined();
    expect(nameAsked('¿Cómo se llaman los agentes que detectan las defensas del cuerpo?')).toBeUndefined();
    expect(nameAsked('What is the name of the river that floods the valley?')).toBeUndefined();
  });

  it('takes no place for a name: after a preposition of place, in brackets after a town, or a capital opening a sentence', () => {
    const asked = new Set(['minero']);
    expect(namesSomeone('Fue trasladado al hospital de Ponferrada desde la mina de Peñarrubia (León).', asked)).toBe(false);
    expect(namesSomeone('He was airlifted to University Hospital Waterford.', asked)).toBe(false);
    expect(namesSomeone('El picador, Anselmo Prieto, salió el último.', asked)).toBe(true);
    expect(namesSomeone('Marta Gil, de 58 años, salió el último.', asked)).toBe(true);
  });
});
