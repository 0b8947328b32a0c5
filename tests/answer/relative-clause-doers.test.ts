/**
 * Who does the verb of a relative or adverbial clause (an unanswerable question answered from a look-alike passage, the
 * fifteenth newcomer's D1): "¿Dónde obtuvo Rosa Vidal más votos?" is not answered by "Tomás Ibarra ganó en Sorel, donde
 * obtuvo el 70 % de los votos", which tells of Ibarra obtaining them. The clause names no doer before its verb, so the
 * doer is read outside it: the clause it hangs from ("…, donde", "…, cuando", "en el que"), the name a subject relative
 * follows ("Ibarra, que obtuvo…"), or the name after the verb ("los votos que obtuvo Ibarra"). Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { askedRole, doneByAnother } from '../../src/answer/roles.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

/** Whether the sentence tells of the question's verb done by another name than the asked one (the verb found by its first five letters). */
function byAnother(question: string, sentence: string, language: 'es' | 'en' = 'es'): boolean {
  const role = askedRole(question, language);
  if (!role) throw new Error(`no role read in ${question}`);
  const stem = role.verb.slice(0, 5).toLowerCase();
  const offsets = [...sentence.toLowerCase().matchAll(new RegExp(stem, 'gu'))].map((match) => match.index);
  return doneByAnother(sentence, offsets, role, (word) => word !== 'Los' && word !== 'The');
}

describe('the doer of a clause that names none before its verb', () => {
  it('is the doer of the clause an adverbial relative hangs from', () => {
    expect(byAnother('¿Dónde obtuvo Rosa Vidal la mayoría?', 'Tomás Ibarra ganó en Sorel, donde obtuvo el 70 % de los votos.')).toBe(true);
    expect(byAnother('¿Cuándo derrotó Rosa Vidal a Ibarra?', 'Tomás Ibarra obtuvo el 56 % en la segunda vuelta, en la que derrotó a Rosa Vidal.')).toBe(true);
    expect(byAnother('¿Dónde obtuvo Rosa Vidal la mayoría?', 'Rosa Vidal perdió en Sorel, donde obtuvo el 30 % de los votos.')).toBe(false);
    // Names joined by "y" do it together.
    expect(byAnother('¿Dónde obtuvo Rosa Vidal la mayoría?', 'Tomás Ibarra y Rosa Vidal hicieron campaña en Sorel, donde obtuvieron el 70 % de los votos.')).toBe(false);
  });

  it('is the name a subject relative follows', () => {
    expect(byAnother('¿Cuántos votos obtuvo Rosa Vidal?', 'El candidato Tomás Ibarra, que obtuvo el 56 % de los votos, derrotó a Vidal.')).toBe(true);
    expect(byAnother('How many votes did Rosa Vidal receive?', 'Tomás Ibarra, who received 56 percent of the vote, defeated Vidal.', 'en')).toBe(true);
    // A relative after a common noun, or a complementiser, does not tell who.
    expect(byAnother('¿Cuántos votos obtuvo Rosa Vidal?', 'El candidato que obtuvo más votos fue recibido en Sorel.')).toBe(false);
    expect(byAnother('¿Cuántos votos obtuvo Rosa Vidal?', 'Ibarra dijo que obtuvo más votos de los previstos.')).toBe(false);
  });

  it('is the name right after the verb of a Spanish relative clause, unless the clause it hangs from keeps the asked doer', () => {
    expect(byAnother('¿Cuántos votos obtuvo Rosa Vidal?', 'Los votos que obtuvo Ibarra en Sorel superaron el 60 %.')).toBe(true);
    // "Moscú" may be the object of "visitó": the clause it hangs from is the asked doer's.
    expect(byAnother('¿Cuándo visitó Rosa Vidal la capital?', 'Rosa Vidal viajó a Rusia, donde visitó Moscú.')).toBe(false);
  });
});

const library = await libraryOf([
  articleFromParagraphs({ id: 'sorel', title: 'Ibarra gana la alcaldía de Sorel', date: '2025-03-10', language: 'es' }, [
    'Tomás Ibarra ganó la segunda vuelta en el distrito de Brenes, donde obtuvo el 70 % de los votos.',
    'Ibarra derrotó a Rosa Vidal, que había encabezado las encuestas durante la campaña.',
    'La participación fue del 48 %, según la junta electoral.',
  ]),
]);
const ask = askOf(library);

describe('asked of another doer', () => {
  it('does not answer where someone obtained the votes with the place where another did', async () => {
    const result = await ask('¿En qué distrito obtuvo Rosa Vidal el 70 % de los votos?');
    if (!result.refused) expect(firstQuote(result)).not.toContain('donde obtuvo el 70 %');
  });

  it('answers it of the one who did', async () => {
    const result = await ask('¿En qué distrito obtuvo Tomás Ibarra el 70 % de los votos?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('donde obtuvo el 70 %');
  });
});
