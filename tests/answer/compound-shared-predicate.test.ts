/**
 * A compound question whose second half asks only its interrogative of the first half's predicate ("¿Cuántos … y
 * dónde?", "How many … and when?") is answered by the first half's sentence when that sentence holds what the second
 * half asks for: not "the articles don't answer this part", nor another sentence near the half's few words (blind
 * newcomer 38's kind). Articles and questions written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';
import { questionParts } from '../../src/answer/compound.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'nave', title: 'Se derrumba el techo de una nave en el polígono de Cotes', date: '2026-02-09', language: 'es' }, [
    'VALENCIA, 9 de febrero de 2026.- El techo de una nave industrial se vino abajo este jueves por el peso de la nieve acumulada durante la noche.',
    'Once operarios resultaron heridos en el almacén de la empresa de transportes, tres de ellos de gravedad.',
    'Los heridos fueron trasladados al Hospital General por los servicios sanitarios.',
    'La inspección de trabajo abrió una investigación para aclarar si la cubierta cumplía la normativa.',
  ]),
  articleFromParagraphs({ id: 'mercado', title: 'Explosión en el mercado de Las Acacias deja heridos en Trujillo', date: '2026-11-03', language: 'es' }, [
    'TRUJILLO, 3 de noviembre de 2026.- La explosión de una bombona de gas en un puesto de comidas sacudió este martes el centro de la ciudad.',
    'Dieciocho personas resultaron heridas en el mercado municipal de Las Acacias, según el parte de los bomberos.',
    'La alcaldesa, Carmen Ugarte, visitó a los afectados en el hospital regional y prometió ayudas para los comerciantes.',
  ]),
  articleFromParagraphs({ id: 'riada', title: 'La riada obliga a desalojar el valle del Jerte', date: '2026-03-14', language: 'es' }, [
    'PLASENCIA, 14 de marzo de 2026.- La crecida del río Jerte anegó huertas y caminos en toda la comarca.',
    'La Guardia Civil desalojó a 312 vecinos de tres pedanías durante la madrugada del sábado, según la subdelegación.',
    'La Junta pidió a la población que no se acerque a los puentes.',
  ]),
  articleFromParagraphs({ id: 'ferry', title: 'Ferry runs aground off the Isle of Arran', date: '2026-05-21', language: 'en' }, [
    'ARDROSSAN, 21 May 2026 - A CalMac ferry ran aground on Wednesday as it approached the Isle of Arran in heavy fog.',
    'Coastguard crews took 212 passengers off the vessel in the small hours of Thursday, using lifeboats from Largs and Troon.',
    'The operator said an inquiry into the grounding would begin next week.',
  ]),
  articleFromParagraphs({ id: 'dock', title: 'Dock strike leaves containers stranded at Tilbury', date: '2026-05-14', language: 'en' }, [
    'TILBURY, 14 May 2026 - Crane drivers walked out on Monday at the Port of Tilbury, the third busiest container terminal in the country.',
    'About 700 members of the GMB union stopped work at 6 a.m. after talks on pay broke down over the weekend.',
    'The port operator said contingency plans were in place.',
  ]),
]);

const ask = askOf(library);

describe('a part asking only its interrogative of another part', () => {
  it('is answered by that part’s sentence when it names the place with a common noun', async () => {
    const result = await ask('¿Cuántos operarios resultaron heridos y dónde?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('almacén de la empresa');
    expect(result.answer).not.toMatch(/no responden/u);
    expect(result.answer.split('\n')).toHaveLength(1);
  });

  it('takes a noun of time after the interrogative as asking when', async () => {
    const result = await ask('¿A cuántos vecinos desalojaron y en qué momento?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('madrugada del sábado');
    expect(result.answer).not.toMatch(/no responden/u);
  });

  it('does so in English', async () => {
    const result = await ask('How many passengers were taken off the ferry and at what moment?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('small hours of Thursday');
    expect(result.answer).not.toMatch(/do not answer/u);
  });

  it('is asked of that part’s predicate when it is only an interrogative and its noun', async () => {
    const result = await ask('Who walked out and in which port?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('Port of Tilbury');
    expect(result.answer).not.toContain('contingency plans');
  });

  it('asks a Spanish interrogative and its noun of the other part’s predicate', () => {
    expect(questionParts('¿Cuántos heridos dejó la explosión y en qué mercado?', 'es')?.[1]?.asked).toMatch(/dej[oó] la explosi[oó]n/u);
  });

  it('keeps its own answer when that sentence does not hold what it asks for', async () => {
    const result = await ask('¿Cuántos operarios resultaron heridos y adónde fueron trasladados?');
    expect(result.answer).toContain('Hospital General');
  });
});
