/**
 * Where a reported clause ends (issue 16, stop 54): a comma and "pero"/"aunque"/"y"/"but"/"although"/"and" followed by a
 * clause that opens with its verb goes on with what was reported; one with a subject of its own, a negation or a verb of
 * saying is the narration's. An announcement's noun-phrase object is read in compound tenses and after whom it was given
 * to. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a clause joined by a comma and a connector, opening with its verb', () => {
  it('goes on with what was reported (Spanish)', () => {
    expect(found(['Comentó la concejala Irma Soto que en los barrios se discutió con intensidad, hubo dudas, pero prevaleció el acuerdo sobre la ordenanza.'])).toEqual([
      { kind: 'indirect', text: 'en los barrios se discutió con intensidad, hubo dudas, pero prevaleció el acuerdo sobre la ordenanza', speaker: 'Irma Soto' },
    ]);
    expect(found(['La ministra de Obras, Lucía Paz, aseguró que el puente tuvo retrasos, pero estará abierto en abril.'])).toEqual([
      { kind: 'indirect', text: 'el puente tuvo retrasos, pero estará abierto en abril', speaker: 'Lucía Paz' },
    ]);
    expect(found(['El rector Tomás Vera explicó que faltan aulas, aunque se construirán seis más el próximo año.'])).toEqual([
      { kind: 'indirect', text: 'faltan aulas, aunque se construirán seis más el próximo año', speaker: 'Tomás Vera' },
    ]);
    expect(found(['El alcalde Ramón Ibarra sostuvo que hay mucho por hacer en los barrios, y hay que empezar por el alumbrado.'])).toEqual([
      { kind: 'indirect', text: 'hay mucho por hacer en los barrios, y hay que empezar por el alumbrado', speaker: 'Ramón Ibarra' },
    ]);
  });

  it('goes on with what was reported (English)', () => {
    expect(found(['The mayor, Tom Reyes, said the bridge had been delayed, but would open in April.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the bridge had been delayed, but would open in April', speaker: 'Tom Reyes' },
    ]);
    expect(found(['Health Minister Ana Cole said that cases were rising, although it could take weeks to know why.'], 'en')).toEqual([
      { kind: 'indirect', text: 'cases were rising, although it could take weeks to know why', speaker: 'Ana Cole' },
    ]);
  });

  it('keeps a quoted fragment after the connector inside the report', () => {
    expect(found(['El fiscal Andrés Mora afirmó que la causa avanza, pero «llevará meses» reunir las pruebas.'])).toContainEqual(
      { kind: 'indirect', text: 'la causa avanza, pero «llevará meses» reunir las pruebas', speaker: 'Andrés Mora' },
    );
  });
});

describe('a clause joined by a comma and a connector that is the narration’s', () => {
  it('ends the report when it is negated, has a subject of its own or a verb of saying', () => {
    expect(found(['El ministro Julio Arce dijo que no apoyará la reforma, pero no dio detalles.'])).toEqual([
      { kind: 'indirect', text: 'no apoyará la reforma', speaker: 'Julio Arce' },
    ]);
    expect(found(['La alcaldesa Marta Gil dijo que la obra estará lista en marzo, pero los vecinos dudan.'])).toEqual([
      { kind: 'indirect', text: 'la obra estará lista en marzo', speaker: 'Marta Gil' },
    ]);
    expect(found(['Governor Nina Hale said that the bridge would open, but the weather delayed it.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the bridge would open', speaker: 'Nina Hale' },
    ]);
    expect(found(['Governor Nina Hale said that the bridge would open, but did not say when.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the bridge would open', speaker: 'Nina Hale' },
    ]);
    expect(found(['El senador Mario Vidal aseguró que votará a favor, pero reconoció que hay dudas.']).map(({ text }) => text)).toEqual(['votará a favor', 'hay dudas']);
  });
});

describe('an announcement in a compound tense or told to someone, with a noun phrase for its object', () => {
  it('is a statement of the body or person that announces it, with its verb', () => {
    expect(found(['Cerámicas del Turia ha comunicado a la plantilla su intención de presentar un expediente de regulación.'])).toEqual([
      { kind: 'indirect', text: 'ha comunicado a la plantilla su intención de presentar un expediente de regulación', speaker: 'Cerámicas del Turia' },
    ]);
    expect(found(['El Ayuntamiento de Lora ha anunciado una subida de la tasa de basuras del 30 %.'])).toEqual([
      { kind: 'indirect', text: 'ha anunciado una subida de la tasa de basuras del 30 %', speaker: 'Ayuntamiento de Lora' },
    ]);
    expect(found(['La Consejería de Salud ha confirmado dos nuevos casos de sarampión en Jaén.', 'El Banco Central había anunciado una rebaja de los tipos.']).map(({ text }) => text)).toEqual([
      'ha confirmado dos nuevos casos de sarampión en Jaén',
      'había anunciado una rebaja de los tipos',
    ]);
    expect(found(['Cerámicas del Turia ha comunicado este martes a la plantilla su intención de cerrar.', 'La firma Lácteos Norte anunció a sus empleados el lunes el cierre de la planta.']).map(({ text }) => text)).toEqual([
      'ha comunicado este martes a la plantilla su intención de cerrar',
      'anunció a sus empleados el lunes el cierre de la planta',
    ]);
    expect(found(['La empresa Lácteos Norte comunicó a los trabajadores el cierre de la planta de Lugo.', 'El alcalde Pedro Lanza anunció a sus vecinos una rebaja de las cuotas.']).map(({ text, speaker }) => [text, speaker])).toEqual([
      ['comunicó a los trabajadores el cierre de la planta de Lugo', 'Lácteos Norte'],
      ['anunció a sus vecinos una rebaja de las cuotas', 'Pedro Lanza'],
    ]);
  });

  it('keeps a relative clause on the object\'s noun, not a noun\'s own clause after "de que"', () => {
    expect(found(['El Ayuntamiento de Lora anunció un plan que reducirá las tarifas del agua.'])).toEqual([
      { kind: 'indirect', text: 'anunció un plan que reducirá las tarifas del agua', speaker: 'Ayuntamiento de Lora' },
    ]);
    expect(found(['El Gobierno confirmó los temores de los sindicatos de que habrá despidos.'])).toEqual([]);
  });

  it('is no statement when only whom it was told follows, or the verb does rather than says', () => {
    expect(found(['El Ayuntamiento de Lora ha informado a los vecinos por carta.', 'La Consejería de Salud ha construido dos hospitales en Jaén.'])).toEqual([]);
  });
});

describe('a source marker in a clause of its own after the narrator\'s', () => {
  it('gives that clause only, not the narrator\'s before it', () => {
    expect(found(['La huelga cumplió este lunes 21 días sin acuerdo, mientras las pérdidas ya superan, según la Cámara de Comercio local, los 180 millones de pesos.'])).toEqual([
      { kind: 'indirect', text: 'las pérdidas ya superan, según la Cámara de Comercio local, los 180 millones de pesos', speaker: 'Cámara de Comercio' },
    ]);
    expect(found(['Comenzamos la cobertura de la crecida del río Paraná, que a las seis marcó 5,40 metros en el puerto de Rosario, según la Prefectura Naval.'])).toEqual([
      { kind: 'indirect', text: 'a las seis marcó 5,40 metros en el puerto de Rosario', speaker: 'Prefectura Naval' },
    ]);
    expect(found(['El paro afecta a 30 escuelas, mientras que la adhesión llega al 80 %, según el sindicato docente UTE.']).map(({ text }) => text)).toEqual(['la adhesión llega al 80 %']);
    expect(found(['The town declared an emergency on Monday, while losses already exceed $2 million, according to the Chamber of Commerce.'], 'en')).toEqual([
      { kind: 'indirect', text: 'losses already exceed $2 million', speaker: 'Chamber of Commerce' },
    ]);
  });

  it('gives the whole sentence when no such clause opens before it', () => {
    expect(found(['El desempleo bajó al 7 % en marzo, según datos del Instituto Nacional de Estadística.']).map(({ text }) => text)).toEqual(['El desempleo bajó al 7 % en marzo']);
  });
});
