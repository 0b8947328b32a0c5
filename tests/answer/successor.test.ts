/**
 * A who-question asking who takes someone's place ("¿Quién sustituirá a…?", "Who will take over from…?") is answered by
 * the sentence that tells of the successor ("asumirá la presidencia de forma interina", "will serve as interim chief
 * executive"), though it repeats none of the question's words, not by the lead telling of the departure in them (blind
 * newcomer 37's kind: the resignation quoted first, the answering sentence relegated to "see also"). Articles and
 * questions written for the test; English over Spanish through Apertium when it is installed.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { apertiumAvailable, apertiumTranslator } from '../../src/answer/apertium.js';
import { asksSuccessor, tellsSuccession } from '../../src/answer/succession.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';
import { checked } from '../support/checked.js';
import { firstQuote } from '../support/first-quote.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'diputacion', title: 'Dimite el presidente de la Diputación de Teruel', date: '2026-11-17', language: 'es' }, [
    'El presidente de la Diputación de Teruel, Joaquín Lasheras, anunció este martes su dimisión tras once años en el cargo.',
    'Es el tercer presidente provincial de Aragón que abandona el puesto en lo que va de legislatura.',
    'La vicepresidenta primera, Carmen Ferrer, asumirá la presidencia de forma interina hasta el pleno de diciembre.',
  ]),
  articleFromParagraphs({ id: 'club', title: 'El Atlético Segoviano destituye a su entrenador', date: '2026-10-05', language: 'es' }, [
    'El Atlético Segoviano destituyó el domingo a su entrenador, Rubén Olalla, después de encadenar cinco derrotas.',
    'La directiva se reunió de urgencia tras el partido y comunicó la decisión a los capitanes.',
    'El técnico del filial, Mario Cañas, se hará cargo del primer equipo durante las dos próximas jornadas.',
  ]),
  articleFromParagraphs({ id: 'grocer', title: 'Harwick Foods chief executive quits', date: '2026-11-10', language: 'en' }, [
    'The chief executive of Harwick Foods, Alison Marsh, stepped down on Tuesday after eight years at the helm.',
    'She is the second senior executive to leave the grocer this year.',
    'Finance director Owen Pryce will serve as interim chief executive while the board searches for a permanent successor.',
  ]),
]);
const ask = askOf(library);
const translate = apertiumAvailable() ? apertiumTranslator({ timeoutMs: 20_000 }) : undefined;

describe('who takes someone’s place', () => {
  it.each([
    ['¿Quién sustituirá a Joaquín Lasheras?', 'Carmen Ferrer'],
    ['¿Quién ocupará la presidencia de la Diputación de Teruel tras la dimisión?', 'Carmen Ferrer'],
    ['¿Quién relevará a Rubén Olalla en el banquillo del Atlético Segoviano?', 'Mario Cañas'],
    ['Who will replace Alison Marsh at Harwick Foods?', 'Owen Pryce'],
    ['Who will take over from Alison Marsh?', 'Owen Pryce'],
  ])('%s quotes the successor first', async (question, successor) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain(successor);
  });

  it.skipIf(translate === undefined)('an English question over the Spanish story quotes the successor first', async () => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('Who will succeed the president of the Teruel provincial council?'), ...(translate && { translate }) });
    expect(firstQuote(result)).toContain('Carmen Ferrer');
  });
});

describe('asksSuccessor and tellsSuccession', () => {
  it('read questions of replacing and taking up a post, not other who-questions', () => {
    expect(asksSuccessor('¿Quién tomará el relevo de la directora?', 'es')).toBe(true);
    expect(asksSuccessor('Who will step in as coach?', 'en')).toBe(true);
    expect(asksSuccessor('¿Quién es el nuevo fichaje del club?', 'es')).toBe(false);
    expect(asksSuccessor('¿Quién estaba allí cuando sucedió a las cinco?', 'es')).toBe(false);
    expect(asksSuccessor('¿Quién asumió la responsabilidad del ataque?', 'es')).toBe(false);
  });

  it('reads sentences that tell of a successor, not the departure alone', () => {
    expect(tellsSuccession('El concejal Luis Pardo será el alcalde en funciones.', 'es')).toBe(true);
    expect(tellsSuccession('Her deputy, Sam Cole, takes over on Monday.', 'en')).toBe(true);
    expect(tellsSuccession('La alcaldesa Ana Gil dimitió tras doce años al frente del consistorio.', 'es')).toBe(false);
    expect(tellsSuccession('The accident happened at five, said Sam Cole.', 'en')).toBe(false);
  });
});
