/**
 * An English question over a mixed archive whose Spanish story names the asked place: the translation's best passage in
 * the question's own language met the translation only through spellings both languages share ("arrestadas" beside
 * "arrested"), not through any word of it left as written, so it gives no reason to keep the question's own reading, whose
 * English passages share only "arrested" and "people" with it (blind newcomer 25's El Salvador probe).
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'emergencia', title: 'Balance del estado de emergencia en Valle Rojo', date: '2024-05-02', language: 'es' }, [
    'A dos días de terminar el estado de emergencia en Valle Rojo, la ministra del Interior, Lucía Ferrán, pidió prolongarlo otro mes.',
    'Hasta ayer la policía había practicado 3.210 capturas de presuntos contrabandistas en los municipios de Valle Rojo.',
    'La ministra dijo que los jueces de Valle Rojo no dan abasto con las audiencias y pidió nombrar a otros seis.',
    'Los comerciantes de Valle Rojo se quejan de los controles en las carreteras, que retrasan las entregas.',
    'La medida fue aprobada por el congreso de Valle Rojo en marzo, tras una semana de robos en los puertos.',
  ]),
  articleFromParagraphs({ id: 'mill', title: 'Two held over paper mill blast', date: '2024-04-11', language: 'en' }, [
    'Two managers of a paper mill have been arrested after a blast that left nine people injured, police say.',
    'The mill had passed a safety inspection in March, according to the regional labour office.',
  ]),
  articleFromParagraphs({ id: 'activist', title: 'Profile: the activist who would not stop', date: '2024-01-20', language: 'en' }, [
    'Jan 2019: after the vote he led a march to the square and was arrested and held for ten days.',
    'Mar 2021: he was arrested again and fined.',
  ]),
]);

// What a rule-based translator gives: the place kept as written, the rest in Spanish words.
const translate = async () => '¿Cuántas personas fueron arrestadas en Valle Rojo?';

describe('an English question whose place only a Spanish story names', () => {
  it('is not answered from an English story that shares only its generic words', async () => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('How many people were arrested in Valle Rojo?'), translate });
    expect(result.citations[0]?.articleId).toBe('emergencia');
    expect(result.citations.map((citation) => citation.articleId)).not.toContain('mill');
  });
});
