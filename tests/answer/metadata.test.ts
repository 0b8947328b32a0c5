/**
 * Questions about the articles themselves (who signed one, what was published when) are answered from their
 * metadata, cited to the article, in the asker's language; questions about what the articles say are left to the
 * passages. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { metadataFacts, metadataQuestion } from '../../src/answer/metadata.js';
import type { Article } from '../../src/corpus/types.js';
import { metadataReply } from '../../src/present/metadata-lines.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { libraryOf } from '../support/seed-library.js';

const withMeta = (article: Article, outlet: string | null, author: string | null): Article => ({ ...article, outlet, author });

const library = await libraryOf([
  withMeta(articleFromParagraphs({ id: 'huelga', title: 'Huelga de autobuses en Tordesal: servicios mínimos del 40%', date: '2025-11-10', language: 'es' }, [
    'El sindicato de conductores convocó una huelga de autobuses en Tordesal para el 17 de noviembre.',
    'La empresa municipal negó que el paro tenga relación con los nuevos turnos.',
  ]), 'El Faro del Norte', 'Lucía Campos'),
  withMeta(articleFromParagraphs({ id: 'puerto', title: 'El puerto de Valdemar amplía su muelle', date: '2025-11-10', language: 'es' }, [
    'La autoridad portuaria de Valdemar aprobó la ampliación del muelle norte.',
  ]), 'Diario de Valdemar', null),
  withMeta(articleFromParagraphs({ id: 'fire', title: 'Forest fire near Ellis forces evacuations', date: '2024-07-21', language: 'en' }, [
    'A forest fire near Ellis burned 300 hectares and forced the evacuation of 120 residents, officials said.',
  ]), 'Ellis Gazette', 'Tom Reed'),
]);

const ask = async (question: string, language: 'es' | 'en') => {
  const asked = metadataQuestion(question);
  const facts = asked && (await metadataFacts(asked, language, library.index, library.articles));
  return facts && metadataReply(question, language, facts);
};

describe('questions about the articles’ metadata', () => {
  it('names who signed the article about a topic, cited to it, in the asker’s language', async () => {
    const spanish = await ask('¿Quién firma la noticia sobre la huelga de autobuses?', 'es');
    expect(spanish?.refused).toBe(false);
    expect(spanish?.answer).toMatch(/^La noticia «Huelga de autobuses en Tordesal: servicios mínimos del 40%» \(El Faro del Norte, 10 nov 2025\) la firma Lucía Campos \[1\]\.$/u);
    expect(spanish?.citations[0]?.articleId).toBe('huelga');
    const english = await ask('Who wrote the story about the forest fire?', 'en');
    expect(english?.answer).toMatch(/is by Tom Reed \[1\]/u);
    expect(english?.citations[0]?.articleId).toBe('fire');
  });

  it('says an article carries no byline when its metadata names no author', async () => {
    const result = await ask('¿Quién escribió el artículo sobre la ampliación del muelle?', 'es');
    expect(result?.answer).toMatch(/no lleva firma \[1\]/u);
    expect(result?.citations[0]?.articleId).toBe('puerto');
  });

  it('says when the article about a topic or from an outlet was published, or that it gives no date, in the asker’s language', async () => {
    for (const question of ['¿Cuál es la fecha del artículo sobre la huelga de autobuses?', '¿Cuándo se publicó la noticia de El Faro del Norte?', '¿De cuándo es la noticia sobre la huelga de autobuses?']) {
      const result = await ask(question, 'es');
      expect(result?.answer).toBe('La noticia «Huelga de autobuses en Tordesal: servicios mínimos del 40%» (El Faro del Norte) se publicó el 10 nov 2025 [1].');
      expect(result?.citations[0]?.articleId).toBe('huelga');
    }
    const english = await ask('When was the story about the forest fire published?', 'en');
    expect(english?.answer).toBe('The article “Forest fire near Ellis forces evacuations” (Ellis Gazette) was published on Jul 21, 2024 [1].');
    expect((await ask('What is the date of the article about the forest fire?', 'en'))?.citations[0]?.articleId).toBe('fire');
    expect(metadataQuestion('¿Cuándo se publicó la novela que inspiró la película?')).toBeUndefined();
    expect(metadataQuestion('¿Cuál es la fecha de la huelga de autobuses?')).toBeUndefined();
  });

  it('lists what was published on a day, by an outlet or by any, however the date is written', async () => {
    for (const question of ['¿Qué pasó el 10/11/2025?', '¿Qué ocurrió el 10 de noviembre de 2025?']) {
      const result = await ask(question, 'es');
      expect(result?.answer.startsWith('Publicado el 10 nov 2025: ')).toBe(true);
      expect(result?.citations.map((citation) => citation.articleId).sort()).toEqual(['huelga', 'puerto']);
    }
    const byOutlet = await ask('¿Qué publicó El Faro del Norte el 10/11/2025?', 'es');
    expect(byOutlet?.citations.map((citation) => citation.articleId)).toEqual(['huelga']);
    const english = await ask('What happened in July 2024?', 'en');
    expect(english?.answer).toBe('Published in July 2024: “Forest fire near Ellis forces evacuations” (Ellis Gazette) [1].');
  });

  it('leaves questions about what the articles say, and days nothing was published, to the passages', async () => {
    expect(metadataQuestion('¿Qué pasó en Tordesal el 10 de noviembre de 2025?')).toBeUndefined();
    expect(metadataQuestion('¿Quién convocó la huelga de autobuses?')).toBeUndefined();
    expect(metadataQuestion('¿Quién escribió la novela que inspiró la película?')).toBeUndefined();
    expect(await ask('¿Qué pasó el 3 de marzo de 2020?', 'es')).toBeUndefined();
  });
});
