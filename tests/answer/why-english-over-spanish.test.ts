/**
 * English why-questions over Spanish stories, translated by Apertium: the answer quotes the sentence giving the reason
 * (porque, ya que, a causa de, debido a, obedece a, se atribuye a, tras in reported speech), with the sentence stating
 * the fact when the reason follows it, not the lead alone. Connectives read as causes, in Spanish and English. Articles
 * and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { givesCause } from '../../src/answer/cause.js';
import { answerQuestion } from '../../src/answer/ask.js';
import { apertiumAvailable, apertiumTranslator } from '../../src/answer/apertium.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'tren', title: 'Suspendido el tren entre Ourense y Monforte', date: '2026-11-02', language: 'es' }, [
    'Adif suspendió este domingo la circulación de trenes entre Ourense y Monforte de Lemos.',
    'Según la empresa pública, la suspensión obedece a un desprendimiento de rocas sobre la vía a la altura de Os Peares.',
  ]),
  articleFromParagraphs({ id: 'mercado', title: 'El mercado de abastos de Lugo abrirá más tarde', date: '2026-03-10', language: 'es' }, [
    'El mercado de abastos de Lugo retrasará su apertura hasta las diez de la mañana a partir de abril.',
    'Los comerciantes explicaron que el cambio responde a la caída de clientes en las primeras horas, ya que la mayoría de los compradores acude a mediodía.',
  ]),
  articleFromParagraphs({ id: 'colegio', title: 'El colegio de Villalar, sin clases', date: '2026-01-20', language: 'es' }, [
    'Los alumnos del colegio público de Villalar no tendrán clase esta semana.',
    'A causa de una fuga de gas detectada el viernes, Educación ha ordenado el cierre del edificio hasta que termine la reparación.',
  ]),
  articleFromParagraphs({ id: 'precio', title: 'Sube el precio del pan en Soria', date: '2026-02-02', language: 'es' }, [
    'Las panaderías de Soria subirán el precio de la barra a 1,30 euros desde el lunes.',
    'El gremio lo atribuye al encarecimiento de la harina y de la electricidad durante el último año.',
  ]),
  articleFromParagraphs({ id: 'vuelos', title: 'Cancelados los vuelos de Vigo', date: '2026-01-14', language: 'es' }, [
    'El aeropuerto de Vigo canceló ayer todos sus vuelos.',
    'Las cancelaciones se produjeron debido a la densa niebla que cubrió la ría durante toda la mañana.',
  ]),
]);
const translate = apertiumAvailable() ? apertiumTranslator({ timeoutMs: 10_000 }) : undefined;

describe('an English why-question over a Spanish story', () => {
  it.skipIf(translate === undefined).each([
    ['Why was the train between Ourense and Monforte suspended?', 'desprendimiento de rocas'],
    ['Why did Adif suspend the trains between Ourense and Monforte?', 'desprendimiento de rocas'],
    ['Why will the Lugo market open later?', 'ya que'],
    ['Why will the pupils of the Villalar school have no classes this week?', 'fuga de gas'],
    ['Why is the price of bread going up in Soria?', 'encarecimiento de la harina'],
    ['Why were the flights at Vigo airport cancelled?', 'niebla'],
  ])('%s quotes the reason', async (question, reason) => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked(question), ...(translate && { translate }) });
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain(reason);
  });
});

describe('givesCause', () => {
  it('reads "obedece a", "a consecuencia de", "stems from" as causes', () => {
    expect(givesCause('La suspensión obedece a un desprendimiento de rocas.', 'es')).toBe(true);
    expect(givesCause('El corte se produjo a consecuencia de la tormenta.', 'es')).toBe(true);
    expect(givesCause('The delay stems from a shortage of parts.', 'en')).toBe(true);
    expect(givesCause('The closure resulted from a gas leak.', 'en')).toBe(true);
    expect(givesCause('Adif suspendió este domingo la circulación de trenes.', 'es')).toBe(false);
    expect(givesCause('The results from the survey were published.', 'en')).toBe(false);
  });
});
