/**
 * A why-question is answered with the cause, not only with the sentence that states the fact in the question's words:
 * when the sentence after it (in its paragraph or opening the next) gives a cause ("se debió a", "The reason for…?"), it
 * is quoted with it, and a sentence that leads into a cause is quoted before one that does not. Articles written for
 * the tests.
 */
import { describe, expect, it } from 'vitest';
import { asksWhy, givesCause } from '../../src/answer/cause.js';
import { readQuestion } from '../../src/search/analyze.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';
import { checked } from '../support/checked.js';
import { answerQuestion } from '../../src/answer/ask.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'emisiones', title: 'Las emisiones de la comarca cayeron un 9 % el año pasado', date: '2025-02-11', language: 'es' }, [
    'Las emisiones de gases de efecto invernadero de la comarca de Valdemar bajaron un 9 % en 2024, según el informe anual del observatorio del clima.',
    'La caída se debió sobre todo al cierre de la central de carbón de Alcor y a la llegada de dos parques eólicos.',
    'El informe advierte de que el tráfico por carretera sigue creciendo en toda la comarca.',
  ]),
  articleFromParagraphs({ id: 'ferries', title: 'Ferry traffic at Port Ellis dropped sharply this winter', date: '2025-03-02', language: 'en' }, [
    'A week into spring, the harbour office published its first count of the season for the island routes.',
    'Ferry crossings at Port Ellis fell 30 percent over the winter, the harbour office said. The reason for that drop? Two of the four boats were in dry dock for repairs.',
    'The office expects traffic to recover by June.',
  ]),
  articleFromParagraphs({ id: 'tram', title: 'Le tramway de Valmont ne roulera pas avant l’automne', date: '2025-04-03', language: 'fr' }, [
    'La mise en service du tramway de Valmont, prévue en juin, est repoussée à octobre, a annoncé mardi la communauté d’agglomération.',
    'Ce retard s’explique par la découverte de vestiges romains sous la place du Marché, où les fouilles dureront tout l’été.',
    'Les bus de remplacement continueront de circuler sur la ligne 3.',
  ]),
  articleFromParagraphs({ id: 'lonja', title: 'La lonja de Valdemar cierra antes', date: '2025-02-12', language: 'es' }, [
    'La lonja de Valdemar cerrará a las dos de la tarde porque los pescadores salen ahora de madrugada.',
    'El horario nuevo empezará a regir en marzo.',
  ]),
]);
const ask = askOf(library);

describe('why-questions', () => {
  it('are told apart from other questions, and causes from other sentences', () => {
    expect(asksWhy('¿Por qué bajaron las emisiones?', 'es')).toBe(true);
    expect(asksWhy('¿A qué se debe la caída?', 'es')).toBe(true);
    expect(asksWhy('Why did ferry crossings fall?', 'en')).toBe(true);
    expect(asksWhy('¿Cuándo bajaron las emisiones?', 'es')).toBe(false);
    expect(givesCause('La caída se debió sobre todo al cierre de la central.', 'es')).toBe(true);
    expect(givesCause('El informe advierte de que el tráfico sigue creciendo.', 'es')).toBe(false);
  });

  it('read a cause in the article\u2019s own language, French, Portuguese, Italian or German (a blind newcomer\u2019s D5)', () => {
    expect(givesCause('En raison du taux élevé d’accidents, la Ville a interdit les trottinettes.', 'fr')).toBe(true);
    expect(givesCause('Le projet a échoué, car personne ne l’a financé.', 'fr')).toBe(true);
    expect(givesCause('La carte de la ville montre les nouvelles pistes.', 'fr')).toBe(false);
    expect(givesCause('A greve foi suspensa devido à falta de acordo.', 'pt')).toBe(true);
    expect(givesCause('Lo sciopero è stato sospeso a causa della pioggia.', 'it')).toBe(true);
    expect(givesCause('Der Zug fiel wegen des Sturms aus.', 'de')).toBe(true);
    expect(givesCause('Der Zug fuhr pünktlich ab.', 'de')).toBe(false);
  });

  it('quote the next paragraph\u2019s cause with the sentence that states the fact', async () => {
    const result = await ask('¿Por qué bajaron las emisiones de la comarca?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toMatch(/bajaron un 9 %.*se debió sobre todo al cierre de la central/su);
  });

  it('quote the sentence leading into a cause first, with the question it answers', async () => {
    const result = await ask('Why did ferry crossings at Port Ellis fall?');
    expect(firstQuote(result)).toMatch(/fell 30 percent.*The reason for that drop\? Two of the four boats were in dry dock/su);
  });

  it('quote a sentence that gives its own cause alone', async () => {
    const result = await ask('¿Por qué cerrará antes la lonja de Valdemar?');
    expect(firstQuote(result)).toBe('La lonja de Valdemar cerrará a las dos de la tarde porque los pescadores salen ahora de madrugada.');
  });

  it('in French, German, Italian or Portuguese are read in that language, and quote the cause the article gives (a blind newcomer\u2019s French why-question)', async () => {
    expect(asksWhy('Pourquoi le tramway est-il en retard ?', 'fr')).toBe(true);
    expect(asksWhy('Pour quelle raison le tramway est-il en retard ?', 'fr')).toBe(true);
    expect(asksWhy('Warum fährt die Straßenbahn nicht?', 'de')).toBe(true);
    expect(asksWhy('Come mai il tram è in ritardo?', 'it')).toBe(true);
    expect(asksWhy('Quand le tramway roulera-t-il ?', 'fr')).toBe(false);
    // Replied to in Spanish, the question is about the tram and its delay, not "pourquoi", "est" or "il".
    expect(readQuestion('Pourquoi le tramway de Valmont est-il en retard ?', 'es', 'fr').content).toEqual(['tramway', 'valmont', 'retard']);
    const result = await ask('Pourquoi le tramway de Valmont est-il en retard ?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toMatch(/repoussée à octobre.*Ce retard s’explique par la découverte de vestiges romains/su);
  });
});

describe('a why-question written in French over French and English stories, with a Spanish-English translator', () => {
  it('is answered from the French story its own words found, not through the translation of its words read as Spanish', async () => {
    const mixed = await libraryOf([
      articleFromParagraphs({ id: 'tram', title: 'Le tramway de Valmont ne roulera pas avant l’automne', date: '2025-04-03', language: 'fr' }, [
        'La mise en service du tramway de Valmont, prévue en juin, est repoussée à octobre. Ce retard s’explique par la découverte de vestiges romains sous la place du Marché.',
      ]),
      articleFromParagraphs({ id: 'leeds', title: 'Tram delays in Leeds', date: '2025-02-12', language: 'en' }, [
        'The tram network in Leeds is late again, the council said on Monday, blaming a shortage of drivers.',
      ]),
    ]);
    // What a Spanish-English translator makes of the French question's few words it knows.
    const translate = async () => 'Why is the tram late?';
    const result = await answerQuestion({ index: mixed.index, articles: mixed.articles, question: checked('Pourquoi le tramway de Valmont est-il en retard ?'), translate });
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.articleId).toBe('tram');
    expect(firstQuote(result)).toContain('vestiges romains');
  });
});

