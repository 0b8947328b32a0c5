/**
 * "¿Qué dijo X en su carta a Y?": press writing sums a statement up in one paragraph and quotes it in the
 * next, and the quotation repeats none of the question's words. /ask quotes the paraphrase and the
 * speaker's own words after it; someone else's words after it are not added.
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library.js';
import { withSeedFiles } from '../support/seed-folder.js';

const LETTER = [
  'La consejera escribe al alcalde de Valdemar por el hospital comarcal',
  'La consejera de Sanidad, Irene Costa, envió el martes una carta al alcalde de Valdemar sobre el futuro del hospital comarcal.',
  'Costa, en su carta al alcalde, también prometió ampliar las urgencias antes del verano.',
  '“Tendremos doce boxes nuevos y un segundo turno de pediatría en junio”, aseguró la consejera.',
  'El alcalde, Julián Prieto, respondió que esperará a ver las obras.',
].join('\n\n');

const REPLY = [
  'El alcalde de Torrelobos responde a la directora del colegio',
  'La directora del colegio público, Sara Vidal, envió el lunes una carta al alcalde de Torrelobos sobre el comedor escolar.',
  'Vidal, en su carta al alcalde, también pidió que el comedor tenga más monitores.',
  '“No hay presupuesto para más monitores este curso”, dijo el alcalde, Andrés Gil.',
].join('\n\n');

let library: Library;
withSeedFiles('hemeroteca-paraphrase-', { 'hospital.txt': LETTER, 'colegio.txt': REPLY }, (opened) => (library = opened));

describe('a question about what someone said in a given message', () => {
  it('quotes the paraphrase and the speaker’s own words from the next paragraph', async () => {
    const result = await library.ask('¿Qué dijo Irene Costa en su carta al alcalde?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('prometió ampliar las urgencias');
    expect(result.answer).toContain('Tendremos doce boxes nuevos');
  });

  it('does not add the next paragraph when someone else speaks in it', async () => {
    const result = await library.ask('¿Qué dijo Sara Vidal en su carta al alcalde?');
    expect(result.refused).toBe(false);
    // Her letter is told in two sentences, the introduction and the request it made ('pidió que…' is reported speech):
    // either is her words; the mayor's reply in the next paragraph never is.
    expect(result.citations[0]?.excerpt).toMatch(/Sara Vidal|Vidal, en su carta/);
    expect(result.answer).not.toContain('No hay presupuesto');
  });
});
