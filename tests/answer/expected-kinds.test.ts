/**
 * The table of asked kinds (expected-kinds.ts): each question sets the flag of the kind it asks and no other, in
 * Spanish and English, so that assessQuestion reads one row per kind instead of a chain of conditions.
 */
import { describe, expect, it } from 'vitest';
import { askedKind } from '../../src/answer/answer-type.js';
import { kindFlags } from '../../src/answer/expected-kinds.js';
import { checked } from '../support/checked.js';

/** The flags a written question sets, read as assessQuestion reads it (a counted noun stands for any term). */
function flagsOf(question: string): string[] {
  const read = checked(question);
  const kind = askedKind(read.asked, read.language);
  const counted = read.expects === 'number' && kind?.counted !== undefined ? kind.counted : undefined;
  return Object.keys(kindFlags({ expects: read.expects, kind, asked: read.asked, language: read.writtenIn ?? read.language, counted })).sort();
}

describe('the asked kind of a question', () => {
  it.each([
    ['¿Qué edad tenía la pintora cuando expuso por primera vez?', ['age']],
    ['How old was the skipper when she first crossed the strait?', ['age']],
    ['¿Cuánto tiempo estuvo cerrado el puerto de Villanúa?', ['duration']],
    ['How long did the blackout in Carrow last?', ['duration']],
    ['¿A qué hora abrirá la feria de artesanía?', ['hour']],
    ['¿Hasta cuándo seguirá cortada la carretera de la sierra?', ['until']],
    ['¿Cuánto cuesta la entrada al museo de Lerma?', ['money']],
    ['How much did the new ferry cost?', ['money']],
    ['¿Por qué dimitió el tesorero del club?', ['why']],
    ['Why was the harbour closed?', ['why']],
    ['¿Qué periódico publicó la entrevista con el alcalde?', ['outlet']],
    ['¿Cuál fue la participación en la consulta vecinal?', ['share']],
    ['¿Cuántos socios tiene la cooperativa?', []],
    ['¿Dónde se celebrará la final?', []],
  ] as const)('%s → %j', (question, flags) => {
    expect(flagsOf(question)).toEqual([...flags].sort());
  });
});
