/**
 * A question about what one speaker said or promised (issue 15): a sentence the quote rules attribute to another
 * speaker does not answer it, whether the speaker is asked with "¿Qué dijo X…?", as the doer of a verb of saying
 * ("¿X prometió algo a Y?", the name opening the question), or by the other part of a compound question; and what
 * the speaker said must be about what the question asks ("¿Qué dijo X de los agricultores?").
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library.js';
import { withSeedFiles } from '../support/seed-folder.js';

const TITLE = 'Valdemora y el ministerio firman el plan de regadío';
const BODY = [
  'La ministra de Agricultura, Ana Soto, y el alcalde de Valdemora, Luis Pardo, firmaron el lunes un acuerdo para modernizar los canales de riego de la comarca.',
  '“Los agricultores de la comarca tendrán agua garantizada durante todo el verano”, dijo Pardo.',
  'Soto dijo que el ministerio pagará la mitad de las obras y que los trabajos empezarán en octubre.',
  'Pardo, en su carta a Soto, también prometió ceder los terrenos municipales para las balsas.',
  '“Nuestro objetivo es que ninguna finca se quede sin riego”, afirmó Soto ante los regantes.',
  'Las obras durarán dos años, según el calendario del ministerio.',
];

let library: Library;
withSeedFiles('hemeroteca-asked-speaker-', { 'riego.txt': [TITLE, ...BODY].join('\n\n') }, (opened) => (library = opened));

describe('a question about what one speaker said', () => {
  it('is refused, never answered with another speaker’s words on its topic, when the speaker said nothing of it', async () => {
    const other = await library.ask('¿Qué dijo Soto de los agricultores?');
    expect(other.refused).toBe(true);
    expect(other.answer).not.toContain('Los agricultores de la comarca');
    const own = await library.ask('¿Qué dijo Soto de las obras?');
    expect(own.refused).toBe(false);
    expect(own.citations[0]?.excerpt).toContain('pagará la mitad de las obras');
  });

  it('is refused when the speaker said nothing of what it asks about', async () => {
    const result = await library.ask('¿Qué opina Pardo del calendario?');
    expect(result.refused).toBe(true);
    expect((await library.ask('¿Qué dijo Pardo de los agricultores?')).refused).toBe(false);
  });
});

describe('a question naming the doer of a verb of saying before it', () => {
  it('is not answered with what the other one promised', async () => {
    const reversed = await library.ask('¿Soto prometió algo a Pardo?');
    expect(reversed.refused || !reversed.answer.includes('también prometió ceder los terrenos')).toBe(true);
    const english = await library.ask('Did Soto promise anything to Pardo?');
    expect(english.refused || !english.answer.includes('también prometió ceder los terrenos')).toBe(true);
    const right = await library.ask('¿Pardo prometió algo a Soto?');
    expect(right.refused).toBe(false);
    expect(right.answer).toContain('también prometió ceder los terrenos');
  });
});

describe('a compound question about what one speaker promised', () => {
  it('does not answer its part that names no one with another speaker’s words', async () => {
    const result = await library.ask('¿Qué prometió Pardo en su carta a Soto y con qué objetivo?');
    expect(result.answer).toContain('¿Con qué objetivo?');
    expect(result.answer).toContain('también prometió ceder los terrenos');
    expect(result.answer).not.toContain('Nuestro objetivo es');
  });
});
