/**
 * A wire story's dateline lead ("Monterrey, 14 de marzo de 2026.- …") repeats every word of its headline and dates the
 * story: it outranked the sentences that answer a cause or an hour question on the same story (blind newcomer 26's D2).
 * A why-question ("¿Por qué…?", "¿Qué provocó…?") is led by the story's sentence that gives the cause itself, in words the
 * lookup does not match ("el derrumbe se originó por…"); a question asking the hour by the sentence giving a time of
 * day, not by the dateline's date. Articles and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { asksWhy } from '../../src/answer/cause.js';
import { givesTimeOfDay } from '../../src/answer/answer-type.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'puente', title: 'Cierran el puente Zaragoza de Monterrey por un hundimiento en la calzada', date: '2026-03-14', language: 'es' }, [
    'Monterrey, 14 de marzo de 2026.- Protección Civil de Nuevo León cerró este sábado el puente Zaragoza de Monterrey luego de detectar un hundimiento en la calzada, lo que obligó a desviar a unos 60 mil automovilistas que lo cruzan cada día.',
    'El coordinador estatal de Protección Civil, Ernesto Valdivia, dijo que el hundimiento fue reportado a las 6:15 horas por un conductor de transporte público. Los peritos calculan que las reparaciones costarán unos 40 millones de pesos.',
    'El alcalde visitó la zona al mediodía y pidió a los vecinos evitar el área.',
    'De acuerdo con la Secretaría de Infraestructura, el problema se originó por la erosión de un tubo de drenaje instalado en 1978. La dependencia revisará otros cuatro puentes de la ciudad.',
    'Comerciantes de la avenida Constitución dijeron que sus ventas cayeron a la mitad durante el cierre.',
  ]),
]);

const ask = (question: string) => answerQuestion({ index: library.index, articles: library.articles, question: checked(question) });

describe('a why-question on a story led by a dateline', () => {
  it.each(['¿Por qué se originó el hundimiento en el puente Zaragoza?', '¿Qué provocó el hundimiento del puente Zaragoza?'])('%s quotes the sentence giving the cause first', async (question) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('erosión de un tubo de drenaje');
  });

  it('reads "¿Qué causó…?" and "¿Qué provocó…?" as asking for a cause, and "¿Qué causa defiende…?" not', () => {
    expect(asksWhy('¿Qué causó el apagón?', 'es')).toBe(true);
    expect(asksWhy('¿Qué provocaron las lluvias?', 'es')).toBe(true);
    expect(asksWhy('¿Qué causa defiende la fundación?', 'es')).toBe(false);
  });
});

describe('a question asking the hour on a story led by a dateline', () => {
  it('quotes the sentence giving the time of day, not the dateline’s date', async () => {
    const result = await ask('¿A qué hora se detectó el hundimiento en el puente Zaragoza de Monterrey?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('6:15 horas');
  });

  it('tells a time of day from a date and from a count of hours', () => {
    expect(givesTimeOfDay('El tren salió a las 7 de Toluca.', new Set())).toBe(true);
    expect(givesTimeOfDay('Cerró pasadas las once de la noche.', new Set())).toBe(true);
    expect(givesTimeOfDay('The blast was heard at 5:30 a.m. in the port.', new Set())).toBe(true);
    expect(givesTimeOfDay('Monterrey, 14 de marzo de 2026.- Cerró el puente.', new Set())).toBe(false);
    expect(givesTimeOfDay('El corte duró 14 horas en total.', new Set())).toBe(false);
  });
});
