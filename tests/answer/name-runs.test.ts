/**
 * A name of several words is named by a story that holds its most distinctive word: "Centro de Atletismo Ridley Varga"
 * by a story writing "Ridley Varga Athletics Center", though "Centro" and "Atletismo" stand only in another story.
 * The other-story rule (other-story.ts) refused such questions as about something else. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { assessQuestion } from '../../src/answer/ask.js';
import { namedInOtherStory } from '../../src/answer/other-story.js';
import { nameRuns } from '../../src/search/analyze.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'campus', title: 'La universidad amplía su campus', date: '2025-03-02', language: 'es' }, [
    'El plan maestro, diseñado en 1999, produjo el Ridley Varga Athletics Center (2003) y una nueva residencia de estudiantes.',
    'La residencia abrió sus puertas en 2009 con 800 plazas.',
  ]),
  articleFromParagraphs({ id: 'pista', title: 'Campeonato regional en la pista municipal', date: '2025-03-04', language: 'es' }, [
    'El Centro de Atletismo municipal acogió el sábado el campeonato regional, con Tomás Ibarra como director de la prueba.',
  ]),
]);
const assess = async (question: string) => assessQuestion({ index: library.index, articles: library.articles, question: checked(question) });

describe('a name of several words and the story it is asked of', () => {
  it('is named by the story that holds its most distinctive word, whatever words of it other stories hold', async () => {
    const assessment = await assess('¿Cuándo se construyó el Centro de Atletismo Ridley Varga?');
    expect(assessment.otherStory).toBe(false);
    expect(assessment.answer()?.result.citations[0]?.excerpt).toContain('Ridley Varga Athletics Center (2003)');
  });

  it('is not named by a story that holds only its generic words, when another story holds its distinctive one', async () => {
    const assessment = await assess('¿Cuándo abrió sus puertas la Residencia Tomás Ibarra?');
    expect(assessment.answer()?.result.citations[0]?.excerpt).toContain('La residencia abrió');
    expect(assessment.otherStory).toBe(true);
  });

  it('is read as runs of capitalised words, joined by the particles of a name, never by "y"', () => {
    expect(nameRuns('¿Cuándo mostraron Galor y Zeira que la Marca de la Anarquía influyó en el Banco of England?')).toEqual([['galor'], ['zeira'], ['marca', 'anarquia'], ['banco', 'england']]);
  });

  it('weighs a run by its rarest term; a run held nowhere is left to the model', () => {
    const frequency = (term: string) => ({ centro: 40, atletismo: 3, ridley: 1, varga: 1, zorro: 0 })[term] ?? 0;
    expect(namedInOtherStory([['centro', 'atletismo', 'ridley', 'varga']], new Set(['varga']), frequency)).toBe(false);
    expect(namedInOtherStory([['centro', 'atletismo', 'ridley', 'varga']], new Set(['centro', 'atletismo']), frequency)).toBe(true);
    expect(namedInOtherStory([['centro', 'zorro']], new Set(), frequency)).toBe(false);
  });
});
