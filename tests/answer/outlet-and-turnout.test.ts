/**
 * Two answers that stand beside the topic sentence, not in it (blind newcomer 32's D4): the station a statement was made
 * on, named in the next sentence ("Lo reconoció en una entrevista … de Onda Vasca"), for "¿En qué emisora…?"; and the
 * turnout, given a paragraph below the lead with its own noun ("La participación fue del 48,2 %"), for "¿Cuál fue la
 * participación…?" or "What was the turnout…?", where the lead gives the winner's share. Articles and questions written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { apertiumAvailable, apertiumTranslator } from '../../src/answer/apertium.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'colegios', title: 'Treinta colegios rurales abrirán sin calefacción nueva', date: '2026-08-28', language: 'es' }, [
    'El consejero de Educación, Iñaki Arrieta, admitió ayer que treinta colegios rurales abrirán en septiembre sin la calefacción nueva prometida por el Gobierno. Lo reconoció en una entrevista en el programa «La mañana» de Onda Vasca, donde culpó a la empresa adjudicataria de los retrasos.',
    'Los directores de los centros afectados pidieron por carta un calendario de obras.',
  ]),
  articleFromParagraphs({ id: 'feria', title: 'Teruel suspende la feria del jamón de 2027', date: '2026-11-09', language: 'es' }, [
    'La alcaldesa de Teruel, Emma Buj, confirmó el lunes que la feria del jamón no se celebrará el próximo año por las obras de la plaza del Torico.',
    'Lo anunció en el informativo de la noche de Aragón TV, donde añadió que la feria volverá en 2028 con más expositores.',
  ]),
  articleFromParagraphs({ id: 'villamar', title: 'Andrea Solís gana la alcaldía de Villamar', date: '2026-05-25', language: 'es' }, [
    'Andrea Solís ganó la alcaldía de Villamar con el 54 % de los votos frente al 46 % de Hugo Prieto, en una jornada marcada por la baja participación.',
    'La nueva alcaldesa tomará posesión el 15 de junio y ha prometido revisar el plan de aparcamientos del centro.',
    'La participación fue del 48,2 %, doce puntos menos que en las municipales de 2023.',
  ]),
  articleFromParagraphs({ id: 'ashford', title: 'Labour holds Ashford in by-election', date: '2026-07-10', language: 'en' }, [
    "Labour's Sarah Penrose won the Ashford by-election on Thursday with 52 per cent of the vote, ahead of the Conservatives' Tom Reilly on 31 per cent.",
    'Penrose, a former nurse, promised to fight for the town hospital.',
    'Turnout was 38 per cent, down from 45 per cent at the 2024 general election.',
  ]),
]);
const translate = apertiumAvailable() ? apertiumTranslator({ timeoutMs: 10_000 }) : undefined;
const firstQuote = (answer: string) => answer.split(/[»”]/u)[0] ?? '';

describe('the outlet named after the statement, the turnout below the lead', () => {
  it.each([
    ['¿En qué emisora habló el consejero Iñaki Arrieta de los colegios rurales?', 'Onda Vasca'],
    ['¿En qué cadena anunció Emma Buj la suspensión de la feria del jamón?', 'Aragón TV'],
    ['¿Cuál fue la participación en la alcaldía de Villamar?', '48,2 %'],
    ['What was the turnout in the Ashford by-election?', '38 per cent'],
  ])('%s quotes the sentence that holds it', async (question, words) => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked(question) });
    expect(result.answer).toContain(words);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain(words);
  });

  it.skipIf(translate === undefined)('through Apertium, "What was the turnout…?" quotes the sentence giving the participation', async () => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('What was the turnout in Villamar?'), ...(translate && { translate }) });
    expect(firstQuote(result.answer)).toContain('48,2 %');
    expect(result.refused).toBe(false);
  });

  it('still quotes the winner\'s share when asked for it', async () => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('¿Con qué porcentaje de votos ganó Andrea Solís la alcaldía de Villamar?') });
    expect(result.refused).toBe(false);
    expect(firstQuote(result.answer)).toContain('54 %');
  });
});
