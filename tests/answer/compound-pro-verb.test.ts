/**
 * A compound question whose later part stands for the earlier part's predicate (the twelfth newcomer's D4: a part
 * declared unanswered though the sentence cited for the other part answers it): "¿Quién X y cómo lo hizo?" asks how X
 * was done, "lo hizo" repeating X; looked up as its own words ("hizo") with the other part's names, it found nothing.
 * Such a part is asked with the other part's predicate. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { questionParts } from '../../src/answer/compound.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'rescate', title: 'Rescatados dos montañeros en la sierra de Brava', date: '2025-01-20', language: 'es' }, [
    'Dos montañeros pasaron la noche atrapados por la nieve en la sierra de Brava, a 2.100 metros de altitud.',
    'La Guardia Civil rescató a los montañeros el domingo por la mañana con un helicóptero del servicio de montaña.',
    'Ambos fueron trasladados al hospital comarcal con síntomas leves de hipotermia.',
  ]),
]);

const ask = askOf(library);

describe('a part standing for the other part’s predicate', () => {
  it('asks it with that predicate and shows it as written', () => {
    const parts = questionParts('¿Quién rescató a los montañeros y cómo lo hizo?', 'es');
    expect(parts?.map((part) => part.asked)).toEqual(['¿Quién rescató a los montañeros?', '¿Cómo rescató a los montañeros?']);
    expect(parts?.[1]?.shown).toBe('¿Cómo lo hizo?');
    expect(questionParts('Who rescued the climbers and when did they do it?', 'en')?.[1]?.asked).toBe('When rescued the climbers?');
  });

  it('answers both parts from the sentence that says both', async () => {
    const result = await ask('¿Quién rescató a los montañeros y cuándo lo hizo?');
    expect(result.refused).toBe(false);
    expect(result.answer).not.toContain('no responden a esta parte');
    expect(result.answer).toContain('el domingo por la mañana');
  });
});
