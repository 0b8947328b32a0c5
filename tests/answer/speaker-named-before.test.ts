/**
 * A sentence that says what someone said or asked for often names them only by a pronoun or their surname, the sentence
 * before having named them in full with their role: «"…," he said» after "The Green MP for Stroud, Helen Marsh, called
 * for…"; "Ruiz pidió además que…" after "La alcaldesa de Tarifa, Carmen Ruiz Soto, celebró la sentencia". Asked what
 * they said or asked for, the reply quoted only the sentence naming them and left out the one that answers (blind
 * newcomer 28's D14: Tom Calder's "drop in the ocean", "Villalba pidió…"); there, too, the quote book's speaker found by
 * "Tom" alone (Tom Briggs, another person) was taken for Tom Calder. Articles and questions written for the test; the quote
 * book is a stand-in that finds speakers by one word of their name, as the real one does.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, type SpeakerStatements } from '../../src/answer/ask.js';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const match = articleFromParagraphs({ id: 'match', title: 'Rovers beaten by late penalty', date: '2026-07-01', language: 'en' }, [
  'Rovers lost 2-1 at home after a penalty in the last minute.',
  'The referee, Helen Brook, defended her decision. "It was a clear foul and the penalty was right," she said.',
]);
const library = await libraryOf([
  match,
  articleFromParagraphs({ id: 'river', title: 'Thames Eastern fined £40m over sewage dumping', date: '2026-07-02', language: 'en' }, [
    'Thames Eastern has been fined £40m after the regulator found it had dumped sewage into the river Lea on more than 900 days.',
    'The Green MP for Stroud, Helen Marsh – a former civil engineer – called for the company to lose its licence. "The penalty is a rounding error for a firm that paid out £200m in dividends," she said.',
    'The company said it would study the decision before deciding whether to appeal.',
  ]),
  articleFromParagraphs({ id: 'puerto', title: 'El Supremo anula la concesión del puerto deportivo de Tarifa', date: '2026-07-03', language: 'es' }, [
    'El Tribunal Supremo ha anulado la concesión del puerto deportivo de Tarifa por irregularidades en el concurso de 2019.',
    'La alcaldesa de Tarifa, Carmen Ruiz Soto, celebró la sentencia. En su cuenta de X escribió: “Hoy gana el pueblo”. Ruiz pidió además que la Junta abra un nuevo concurso antes del verano.',
    'La empresa concesionaria estudiará la sentencia con sus abogados.',
  ]),
]);
const ask = askOf(library);

/** The first sentence the answer quotes. */
const firstQuoted = (answer: string) => answer.split(/[»”](?= \[)/u)[0] ?? '';

describe('what someone said or asked for, told after the sentence naming them', () => {
  it('quotes the words a pronoun reports after the sentence naming the speaker', async () => {
    const result = await ask('What did Helen Marsh say about the penalty?');
    expect(result.refused).toBe(false);
    expect(firstQuoted(result.answer)).toContain('rounding error');
  });

  it('quotes what the surname asked for after the sentence naming the role', async () => {
    const result = await ask('¿Qué pidió la alcaldesa de Tarifa?');
    expect(result.refused).toBe(false);
    expect(firstQuoted(result.answer)).toContain('nuevo concurso');
  });

  it('does not take another person sharing one word of the name for the asked speaker', async () => {
    // The quote book as it reads a name: the whole name finds no one (her words were given to no speaker), each of its
    // words finds whoever it names ("Helen" the referee).
    const book: Record<string, SpeakerStatements> = { helen: { forms: ['Helen Brook', 'Brook'], statements: extractStatements(match) } };
    const statementsBy = (name: string) => book[name.toLowerCase()];
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('What did Helen Marsh say about the penalty?'), statementsBy });
    expect(result.refused).toBe(false);
    expect(firstQuoted(result.answer)).toContain('rounding error');
  });

  it('still quotes the sentence naming them when it answers', async () => {
    const result = await ask('What did Helen Marsh call for?');
    expect(result.refused).toBe(false);
    expect(firstQuoted(result.answer)).toContain('lose its licence');
  });
});
