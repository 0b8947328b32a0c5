/**
 * A passive question names what the verb is done to ("¿A cuántos años de prisión fue condenado Juan Ortiz?"): a sentence
 * where the same passive is said of another name ("El jefe de la banda de Tulum, quien cumple condena en Texas tras ser
 * condenado a 30 años, …") does not answer it (a blind newcomer's D1: another man's sentence quoted for how long a former
 * president was sentenced). The name the passive is said of is read as the doer of an active verb is (roles.ts): before
 * the participle in its clause, or the name a subject relative follows, or right after the participle. Articles written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { askedRole, doneByAnother } from '../../src/answer/roles.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

/** Whether the sentence says the question's passive of another name (the participle found by its first five letters). */
function ofAnother(question: string, sentence: string): boolean {
  const role = askedRole(question, 'es');
  if (!role) throw new Error(`no role read in ${question}`);
  const stem = role.verb.slice(0, 5).toLowerCase();
  const offsets = [...sentence.toLowerCase().matchAll(new RegExp(stem, 'gu'))].map((match) => match.index);
  return doneByAnother(sentence, offsets, role, () => false);
}

describe('the name a passive is said of', () => {
  const question = '¿A cuántos años de prisión fue condenado Juan Ortiz?';

  it('reads the passive question\u2019s name as what the verb is done to', () => {
    expect(askedRole(question, 'es')).toMatchObject({ verb: 'condenado', passive: true });
  });

  it('is another name before the participle, or the one a subject relative follows', () => {
    expect(ofAnother(question, 'Pedro Salas fue condenado a 30 años de prisión en 2019.')).toBe(true);
    expect(ofAnother(question, 'El jefe de la banda de Tulum, quien cumple condena en Texas tras ser condenado a 30 años, conoció a Ortiz en 2015.')).toBe(true);
    expect(ofAnother(question, 'En 2019 fue condenado Pedro Salas a 30 años de prisión.')).toBe(true);
  });

  it('keeps the sentences that say it of the asked name, or that name no one, or use the verb in the active', () => {
    expect(ofAnother(question, 'Juan Ortiz fue condenado a 12 años de prisión.')).toBe(false);
    expect(ofAnother(question, 'El exalcalde fue condenado a 12 años de prisión.')).toBe(false);
    expect(ofAnother(question, 'El tribunal de Mérida condenó a Ortiz a 12 años de prisión.')).toBe(false);
  });
});

const library = await libraryOf([
  articleFromParagraphs({ id: 'ortiz', title: 'Juan Ortiz, ante el tribunal de Mérida', date: '2024-06-02', language: 'es' }, [
    'El exalcalde de Valladolid Juan Ortiz compareció el lunes ante el tribunal de Mérida por lavado de dinero.',
    'El jefe de la banda de Tulum, quien cumple condena en Texas tras ser condenado a 30 años de prisión, conoció a Ortiz en 2015, según la fiscalía.',
    'Ortiz niega cualquier relación con la banda.',
    'El jueves, Juan Ortiz fue sentenciado a 12 años de prisión por el mismo tribunal.',
  ]),
]);
const ask = askOf(library);

describe('asked of another name', () => {
  it('does not quote the sentence that says the passive of another man', async () => {
    const result = await ask('¿A cuántos años de prisión fue condenado Juan Ortiz?');
    if (!result.refused) expect(firstQuote(result)).not.toContain('tras ser condenado a 30 años');
  });
});
