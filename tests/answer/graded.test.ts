/**
 * The graded outcome of /ask on small articles written for it: answered with the sentence that holds
 * what the question asks for; not answered but related (refused, leads cited); off-topic (refused,
 * nothing cited). Also the language named for quoted excerpts, and "…" on a quote cut from its middle.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import type { AskResult } from '../../src/answer/types.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { answerProblems } from '../support/answer-invariants.js';
import { checked } from '../support/checked.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const article = (id: string, language: string, paragraphs: string[]) => articleFromParagraphs({ id, title: `Título de ${id}`, date: '2024-05-02', language }, paragraphs);

const LONG_LIST =
  'El plan de movilidad incluye carriles bici en la avenida del río, nuevas paradas de autobús en los barrios del sur, un aparcamiento disuasorio junto a la estación, ' +
  'semáforos inteligentes en los cruces más transitados, una red de puntos de recarga para coches eléctricos, aceras más anchas en el casco antiguo, ' +
  'zonas de carga y descarga con horario limitado, un servicio de bicicletas compartidas con doscientas unidades y una tarjeta única para todos los transportes públicos de la comarca';

const library = await libraryOf([
  article('solar', 'es', [
    'La central solar de Valdelobos tendrá una potencia de 50 megavatios y la central solar ocupará 90 hectáreas del antiguo aeródromo.',
    'La obra fue financiada por el Banco Europeo de Inversiones, según el consorcio.',
  ]),
  article('pantano', 'es', ['Tras las lluvias de abril, el pantano de Riofrío alcanzó el 80 % de su capacidad, según la confederación hidrográfica.']),
  article('harbour', 'en', ['The harbour of Port Ellis will close its cargo docks for three weeks while the channel is dredged, the port authority said.']),
  article('movilidad', 'es', [`${LONG_LIST}, según el concejal de Urbanismo.`]),
  article('puente', 'es', ['Las obras del puente de Arganda fueron dirigidas con prisa y sin presupuesto.', 'La ingeniera Marta Vidal dirigió las obras en el puente sobre el río en Arganda.']),
  article('cumbre', 'es', ['El encuentro entre Ana Soto y Luis Pardo tuvo lugar en el palacio de Valdemar, donde ambos firmaron un acuerdo de pesca.']),
]);

const ask = askOf(library);
const wellFormed = (result: AskResult) => expect(answerProblems(result, library.articles, library.index)).toEqual([]);
/** The first sentence the answer quotes. */

describe('graded answers', () => {
  it('quotes the sentence that names who did it, not the one that repeats the question’s words', async () => {
    const result = await ask('¿Quién financió la central solar?');
    wellFormed(result);
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('financiada por el Banco Europeo');
  });

  it('quotes the sentence that names who did it over one that matches the question as well without saying who', async () => {
    const result = await ask('¿Quién dirigió las obras del puente de Arganda?');
    wellFormed(result);
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('Marta Vidal');
  });

  it('never leaves a question empty-handed when a passage is about the same thing', async () => {
    const result = await ask('¿Cuánta agua tiene el pantano?');
    wellFormed(result);
    expect(result.citations.length).toBeGreaterThan(0);
    expect(result.citations[0]?.excerpt).toContain('80 %');
  });

  it.each(['¿Cuál es la capital de Vietnam?', 'What is the weather in Pyongyang?'])('refuses the off-topic %j without leads', async (question) => {
    const result = await ask(question);
    wellFormed(result);
    expect(result).toMatchObject({ refused: true, citations: [] });
  });

  it('answers an English question from the English article of a mostly Spanish archive, although a translator is there', async () => {
    // What a rule-based translator gives: the Spanish words match no English passage.
    const translate = async () => '¿Cuánto tiempo cerrarán los muelles de carga?';
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('How long will the cargo docks close?'), translate });
    wellFormed(result);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.articleId).toBe('harbour');
  });

  it('answers, or at least gives leads, when a passage names everyone a question made mostly of names asks about', async () => {
    const result = await ask('¿Dónde se reunieron Ana Soto y Luis Pardo?');
    wellFormed(result);
    expect(result.citations[0]?.articleId).toBe('cumbre');
  });

  it('gives leads when a passage names everyone the question names and shares one of its other words', async () => {
    const result = await ask('¿Por qué critican los regantes de Riofrío la gestión del pantano?');
    wellFormed(result);
    expect(result.refused).toBe(true);
    expect(result.citations[0]?.articleId).toBe('pantano');
  });

  it('gives leads when the place the question names is only in the story\'s headline', async () => {
    const fire = await libraryOf([
      articleFromParagraphs({ id: 'incendio', title: 'Incendio en Valparaíso', date: '2024-05-02', language: 'es' }, ['Los bomberos trabajaron toda la noche en el mercado central.', 'Las autoridades informaron de doce personas heridas y de daños en cuarenta puestos.']),
      article('pantano', 'es', ['Tras las lluvias de abril, el pantano de Riofrío alcanzó el 80 % de su capacidad, según la confederación hidrográfica.']),
    ]);
    const result = await answerQuestion({ index: fire.index, articles: fire.articles, question: checked('¿Cuántos heridos hubo en el incendio de Valparaíso?') });
    expect(answerProblems(result, fire.articles, fire.index)).toEqual([]);
    expect(result.citations[0]?.articleId).toBe('incendio');
  });

  it('reads nouns such as "tiempo" as what the question asks about, not as stop words', async () => {
    const result = await ask('¿Qué tiempo hará en Valdelobos?');
    wellFormed(result);
    expect(result.refused).toBe(true);
  });

  it('does not refuse a compound question outright', async () => {
    const result = await ask('¿Quién financió la central solar y cuántos megavatios tendrá?');
    wellFormed(result);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('names the real language of an excerpt quoted for a question in another one', async () => {
    const result = await ask('¿Cuántas semanas cerrará el puerto de Port Ellis sus muelles?');
    wellFormed(result);
    if (!result.refused) expect(result.answer).toMatch(/cita en inglés/);
    const spanish = await ask('¿Quién financió la central solar?');
    expect(spanish.answer).not.toMatch(/cita en/);
  });

  it('marks with "…" a quote taken from the middle of an over-long sentence', async () => {
    const result = await ask('¿Cuántas bicicletas compartidas tendrá el servicio del plan de movilidad?');
    wellFormed(result);
    expect(result.refused).toBe(false);
    const quote = firstQuote(result);
    expect(quote.startsWith('El plan de movilidad') || quote.startsWith('… ')).toBe(true);
    expect(quote.endsWith('concejal de Urbanismo.') || quote.endsWith(' …')).toBe(true);
  });
});
