/**
 * A count question that does not ask for the new or additional ones, nor for one day's, is answered with the total a story
 * reaches, not with the increment it reports first ("six new cases… The county total has risen to 23"; "nueve nuevos
 * contagios… los casos confirmados suman ya 57"), quoted with the sentence it continues when it does not name what it
 * counts; a total in the next paragraph, which the lookup does not find, is quoted after the increment. Questions about the
 * new ones still get the increment. Articles and questions written for the test (issue 15, stop 54).
 */
import { describe, expect, it } from 'vitest';
import { givesIncrement, givesTotal } from '../../src/answer/cumulative.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const ask = askOf(
  await libraryOf([
    articleFromParagraphs({ id: 'county', title: 'Measles outbreak grows in Harlan County', date: '2026-02-10', language: 'en' }, [
      'Health officials in Harlan County reported six new cases of measles on Monday, most of them in unvaccinated children. The county total has risen to 23 since the outbreak began in January.',
      'Vaccination clinics will open at two schools this week.',
    ]),
    articleFromParagraphs({ id: 'dengue', title: 'El dengue no da tregua en Valdeorras', date: '2026-03-04', language: 'es' }, [
      'La consejería de Sanidad notificó ayer nueve nuevos contagios de dengue en la comarca de Valdeorras. Con ellos, los casos confirmados desde enero suman ya 57.',
      'Los centros de salud reforzarán la vigilancia durante el verano.',
    ]),
    articleFromParagraphs({ id: 'incendios', title: 'Otro incendio en la sierra de Alcudia', date: '2026-07-21', language: 'es' }, [
      'Los bomberos apagaron el domingo dos incendios forestales en la sierra de Alcudia. En lo que va de año, el número de incendios en la sierra asciende a 41, según la Diputación.',
    ]),
    articleFromParagraphs({ id: 'refugees', title: 'More families reach the Tarvo border camp', date: '2026-05-14', language: 'en' }, [
      'Another 340 refugees crossed into Tarvo over the weekend, aid workers said. The number of refugees at the border camp now stands at 2,900, nearly twice its capacity.',
    ]),
    articleFromParagraphs({ id: 'despidos', title: 'Nueva ola de despidos en la planta de Mirafuentes', date: '2026-06-02', language: 'es' }, [
      'La empresa comunicó este martes 120 despidos más en su planta de Mirafuentes. En total, la compañía ha despedido a 480 trabajadores desde el cierre de la línea de pintura.',
    ]),
    articleFromParagraphs({ id: 'donations', title: 'Food bank drive in Milltown', date: '2026-11-30', language: 'en' }, [
      'Volunteers collected 1,200 more cans on Saturday at the Milltown food drive. Donations this month have reached 8,500 cans, the organisers said.',
    ]),
    articleFromParagraphs({ id: 'hepatitis', title: 'Brote de hepatitis en Villarrubia', date: '2026-09-17', language: 'es' }, [
      'Las autoridades sanitarias confirmaron este jueves 14 casos más de hepatitis A en Villarrubia de los Ojos.',
      'La cifra de afectados se eleva así a 96, la mayoría vecinos del barrio de San Blas.',
    ]),
    articleFromParagraphs({ id: 'quake', title: 'Rescue teams keep digging in Kerrin', date: '2026-10-06', language: 'en' }, [
      'Rescuers recovered another five bodies from the rubble in Kerrin on Tuesday.',
      'That took the number of bodies recovered since the earthquake to 61, the civil protection agency said.',
    ]),
    articleFromParagraphs({ id: 'vacunas', title: 'La campaña de la gripe se acelera en Soria', date: '2026-10-20', language: 'es' }, [
      'Los centros de salud de la provincia de Soria administraron el lunes 3.200 nuevas dosis de la vacuna contra la gripe.',
      'En lo que va de campaña se han puesto 41.500 dosis, según la Junta.',
    ]),
  ]),
);

describe('a total over an increment', () => {
  it.each([
    ['How many cases has the county confirmed?', '23'],
    ['How many measles cases are there in Harlan County?', '23'],
    ['¿Cuántos casos de dengue hay en total en Valdeorras?', '57'],
    ['¿Cuántos casos de dengue se han confirmado en Valdeorras?', '57'],
    ['¿Cuántos incendios ha habido este año en la sierra de Alcudia?', '41'],
    ['How many refugees are at the Tarvo border camp?', '2,900'],
    ['¿A cuántos trabajadores ha despedido la empresa en Mirafuentes?', '480'],
    ['How many cans has the Milltown food drive collected this month?', '8,500'],
    ['¿Cuántos afectados por la hepatitis hay en Villarrubia?', '96'],
    ['¿Cuántos casos de hepatitis se han confirmado en Villarrubia de los Ojos?', '96'],
    ['How many bodies have rescuers recovered in Kerrin?', '61'],
    ['¿Cuántas dosis de la vacuna de la gripe se han puesto en Soria?', '41.500'],
  ])('%s quotes the total', async (question, figure) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain(figure);
  });
  it.each([
    ['How many new cases did Harlan County report on Monday?', 'six new cases'],
    ['¿Cuántos nuevos contagios de dengue notificó Sanidad ayer?', 'nueve nuevos'],
    ['¿Cuántos despidos más comunicó la empresa este martes?', '120 despidos'],
    ['How many more refugees crossed into Tarvo over the weekend?', '340'],
    ['¿Cuántas dosis nuevas se administraron el lunes en Soria?', '3.200'],
  ])('%s still quotes the increment', async (question, figure) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain(figure);
  });
});

describe('givesTotal and givesIncrement', () => {
  const none = new Set<string>();
  it('read the verbs and nouns of a total in Spanish and English', () => {
    for (const sentence of [
      'El número de incendios asciende a 41.',
      'Los casos confirmados suman ya 57.',
      'Los parados alcanzan los 2.900 en la comarca.',
      'La cifra de afectados se eleva así a 96.',
      'En total, la compañía ha despedido a 480 trabajadores.',
      'The county total has risen to 23.',
      'That took the number of bodies recovered since the earthquake to 61.',
      'The number of refugees now stands at 2,900.',
      'Donations have reached 8,500 cans so far.',
    ]) expect(givesTotal(sentence, none), sentence).toBe(true);
  });
  it('read no total in a year, a duration or a figure with no word of a total', () => {
    for (const sentence of ['El proyecto alcanzó su meta en 2019.', 'Health officials reported six new cases on Monday.', 'La obra duró tres años.', 'Temperatures reached 40 degrees.'])
      expect(givesTotal(sentence, none), sentence).toBe(false);
  });
  it('read new, more or another figures as increments, not "more than"', () => {
    for (const sentence of ['Reported six new cases on Monday.', 'Comunicó 120 despidos más en su planta.', 'Another 340 refugees crossed.', 'Se registraron otros 200 casos.', 'Confirmaron 14 casos más de hepatitis.'])
      expect(givesIncrement(sentence, none), sentence).toBe(true);
    for (const sentence of ['More than 300 people attended.', 'Vinieron 300 personas más de lo previsto.', 'Ocho años más tarde, en 1909, había 18 189 protestantes.', 'Six new cases were reported, bringing the total to 23.'])
      expect(givesIncrement(sentence, none), sentence).toBe(false);
  });
});
