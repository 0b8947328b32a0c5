/**
 * A name the story writes in another form than the question: a country by its demonym ("Estados Unidos" asked, the
 * story says "estadounidense"), a body by the words its acronym stands for ("la ANT" asked, the story says "la
 * Asociación Nacional de Transportistas"). Such a story still mentions what the question names: it is not refused as
 * one about something else, while a story that names neither form still is. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { assessQuestion } from '../../src/answer/ask.js';
import { namesHeldOtherwise } from '../../src/answer/name-forms.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'final', title: 'Final de la Copa Atlántica en Miami', date: '2025-03-02', language: 'es' }, [
    'La final de la Copa Atlántica se jugó el domingo en Miami ante 60.000 espectadores.',
    'La cantante Laura Vidal interpretó el himno estadounidense antes del partido, acompañada por un coro escolar.',
    'El equipo local ganó por dos goles a uno.',
  ]),
  articleFromParagraphs({ id: 'aranceles', title: 'Nuevos aranceles al acero', date: '2025-03-04', language: 'es' }, [
    'El gobierno de Estados Unidos anunció nuevos aranceles al acero importado de Asia.',
    'Los fabricantes de Francia y Alemania temen que la medida reduzca sus ventas.',
  ]),
  articleFromParagraphs({ id: 'camiones', title: 'Paro del transporte por carretera', date: '2025-02-10', language: 'es' }, [
    'El paro del transporte por carretera entró en su tercer día en la región.',
    'La Asociación Nacional de Transportistas informó que el 30 % de los camiones quedaron parados en las autopistas del norte.',
  ]),
  articleFromParagraphs({ id: 'ant-chile', title: 'Reunión de la ANT en Santiago', date: '2025-01-20', language: 'es' }, [
    'La ANT de Chile celebró su asamblea anual en Santiago con representantes de veinte empresas.',
  ]),
]);

const ask = askOf(library);

describe('names written in another form', () => {
  it('answers a question naming a country from the story that only gives its demonym', async () => {
    const result = await ask('¿Quién interpretó el himno de Estados Unidos en la final de la Copa Atlántica?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('Laura Vidal');
  });

  it('answers a question naming a body by its acronym from the story that spells the name out', async () => {
    const result = await ask('Según la ANT, ¿qué porcentaje de los camiones quedaron parados?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('30 %');
  });

  it('still refuses a question naming a country its answer story names in no form', async () => {
    const result = await ask('¿Quién interpretó el himno de Francia en la final de la Copa Atlántica?');
    expect(result.refused).toBe(true);
  });

  it('reads the forms both ways, and only what the question writes as a name', () => {
    expect(namesHeldOtherwise('¿Qué dijo Estados Unidos?', 'El portavoz estadounidense negó…')).toEqual(new Set(['estados', 'unidos']));
    expect(namesHeldOtherwise('What did Russia say?', 'El Kremlin y el gobierno de Rusia…')).toEqual(new Set(['russia']));
    expect(namesHeldOtherwise('¿Qué pidió la Organización Mundial de la Salud?', 'La OMS pidió calma.')).toEqual(new Set(['organizacion', 'mundial', 'salud']));
    expect(namesHeldOtherwise('¿Qué pidió la OMS?', 'La Organización Mundial de la Salud pidió calma.')).toEqual(new Set(['oms']));
    // Moscow is where the government speaks from, not a mention of the country; an acronym needs capitals.
    expect(namesHeldOtherwise('¿Qué dijo Rusia?', 'Moscú negó las acusaciones.')).toEqual(new Set());
    expect(namesHeldOtherwise('¿Qué dijo la oms?', 'La Organización Mundial de la Salud…')).toEqual(new Set());
  });
});

describe('a name the paragraph gives before the passage', () => {
  it('is not missing from the quoted passage when its paragraph named it in an earlier passage', async () => {
    const district = await libraryOf([
      articleFromParagraphs({ id: 'barrios', title: 'Los barrios de la ciudad', date: '2025-04-01', language: 'es' }, [
        'Otra sección, Villa Olmedo, en el borde sur de la ciudad, creció deprisa en los años sesenta alrededor de la antigua estación de mercancías, con bloques de viviendas levantados para los obreros del ferrocarril y sus familias. ' +
          'Durante décadas fue la zona con menos servicios públicos del municipio, sin biblioteca ni centro de salud hasta bien entrados los años noventa. ' +
          'El ayuntamiento prometió entonces un plan de rehabilitación que nunca llegó a completarse del todo. ' +
          'La manzana del antiguo depósito se conoció durante años como el Corral, y en 2008 todavía era conocida por sus altos niveles de robos.',
      ]),
      articleFromParagraphs({ id: 'olmedo', title: 'Fiestas en Olmedo', date: '2025-04-02', language: 'es' }, ['Las fiestas de Olmedo reunieron a miles de vecinos en la plaza mayor.']),
    ]);
    const assessment = await assessQuestion({ index: district.index, articles: district.articles, question: checked('¿Qué manzana de Villa Olmedo sigue siendo conocida por sus altos niveles de robos?') });
    expect(assessment.answer()?.result.answer).toContain('el Corral');
    expect(assessment.features.namesMissing).toBe(0);
  });
});
