/**
 * A how-long question ("¿Cuánto tiempo durará…?", "How long did … hold…?") is answered by a stretch of time, not by the
 * topic sentence's other figure (a temperature, a count) nor by a stretch that measures another thing ("un retraso de 14
 * meses" for the suspension's length): blind newcomer 33's D6. The stretch may stand in the next paragraph, which repeats
 * fewer of the question's words. Articles and questions written for the tests, Spanish and English.
 */
import { describe, expect, it } from 'vitest';
import { askedKind, carriesDuration } from '../../src/answer/answer-type.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const licence = articleFromParagraphs({ id: 'licencia', title: 'Suspendida la licencia de la minera Valle Hondo', date: '2026-06-02', language: 'es' }, [
  'El Ministerio de Minas suspendió la licencia ambiental de la minera Valle Hondo, cuyo proyecto acumula un retraso de 14 meses respecto al calendario previsto.',
  'La suspensión regirá por 90 días mientras una comisión técnica revisa los vertidos en el río Claro, precisó la ministra Carla Ibáñez.',
]);
const reactor = articleFromParagraphs({ id: 'reactor', title: 'Reactor sets a plasma record', date: '2026-02-11', language: 'en' }, [
  'The HELIX-3 reactor heated its plasma to 95 million degrees Celsius during the test, the laboratory said on Monday.',
  'The machine kept the plasma stable for 43 seconds, twice its previous best.',
]);
const strike = articleFromParagraphs({ id: 'huelga', title: 'Los conductores de Autobuses Miramar votan una huelga', date: '2026-03-20', language: 'es' }, [
  'Los 420 conductores de Autobuses Miramar aprobaron en asamblea una huelga contra el nuevo cuadrante de turnos, con el 81 % de los votos.',
  'La huelga se prolongará durante dos semanas a partir del lunes, según el comité de empresa.',
]);
const bridge = articleFromParagraphs({ id: 'bridge', title: 'Old Mill bridge to close for repairs', date: '2026-05-04', language: 'en' }, [
  'Engineers found corrosion in 12 of the 40 steel cables of the Old Mill bridge, the county said on Friday, and estimated the repair at $3.5 million.',
  'The bridge will stay closed to traffic for about five months while the cables are replaced.',
]);
const ask = askOf(await libraryOf([licence, reactor, strike, bridge]));

describe('how long, answered by a stretch of time', () => {
  it('quotes the asked suspension’s length, not another thing’s delay', async () => {
    for (const question of ['¿Cuánto tiempo durará la suspensión de la licencia de Valle Hondo?', '¿Por cuánto tiempo estará suspendida la licencia de la minera Valle Hondo?']) {
      const result = await ask(question);
      expect(result.refused, question).toBe(false);
      expect(firstQuote(result), question).toContain('90 días');
    }
  });

  it('quotes the time the plasma was held, not its temperature', async () => {
    const result = await ask('How long did the HELIX-3 reactor hold its plasma?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('43 seconds');
  });

  it('reads a strike’s length in the next paragraph, and a closure’s in English', async () => {
    const spanish = await ask('¿Cuánto tiempo va a durar la huelga de los conductores de Autobuses Miramar?');
    expect(spanish.refused).toBe(false);
    expect(firstQuote(spanish)).toContain('dos semanas');
    const english = await ask('How long will the Old Mill bridge be closed to traffic?');
    expect(english.refused).toBe(false);
    expect(firstQuote(english)).toContain('five months');
  });

  it('reads what asks how long and what says it', () => {
    expect(askedKind('¿Cuánto tiempo duró el apagón?', 'es')?.duration).toBe(true);
    expect(askedKind('How long has the museum been closed?', 'en')?.duration).toBe(true);
    expect(askedKind('How long is the new bridge?', 'en')?.duration).toBeUndefined();
    expect(askedKind('¿Cuánto cuesta el billete?', 'es')?.duration).toBeUndefined();
    const asked = new Set(['condena']);
    expect(carriesDuration('Cumplirá una condena de seis años.', asked)).toBe(true);
    expect(carriesDuration('La obra lleva un retraso de ocho meses.', asked)).toBe(false);
    expect(carriesDuration('The trial came after a delay of two years.', asked)).toBe(false);
    expect(carriesDuration('The fort was held by the rebels from 1642 until 1646.', asked)).toBe(true);
    expect(carriesDuration('El reactor alcanzó 95 millones de grados.', asked)).toBe(false);
  });
});
