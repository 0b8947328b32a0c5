/**
 * Who said it (issue 16's attribution, stop 51; newcomer 28's D9/D15, D10 and D11, by kind): the answers of an
 * interview set out in dialogue dashes. Sentences and articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statementsOf = (paragraphs: string[], language: string) => extractStatements(articleFromParagraphs({ id: 'test', title: 'test', date: '2026-12-01', language }, paragraphs));
const find = (text: string, paragraphs: string[], language = 'es') => statementsOf(paragraphs, language).find((statement) => statement.text.includes(text));

describe('the answers of an interview set out in dialogue dashes', () => {
  // Rioplatense, voseo: the narrative quotes a union leader and names the ministry before the exchange.
  const interview = [
    'El Ministerio de Ganadería anunció que bajará un 20 % los subsidios a los tambos chicos. El presidente de la gremial de productores, Néstor Barreiro, advirtió que "muchos van a cerrar".',
    'Conversamos con Lucía Ferrando, que maneja un tambo de cuarenta vacas en Florida desde 2015.',
    '—¿Cómo te llegó la noticia?',
    '—Por la radio, a las seis de la mañana, mientras ordeñábamos. Nadie del Ministerio nos avisó nada y Néstor se enteró igual que nosotros.',
    '—¿Qué le pedirías al ministro?',
    '—Que venga a ordeñar una semana. Después que me diga si esto es un subsidio o una inversión en el campo.',
  ];

  it('credits each answer to the one the article says it talked to, not the speaker in focus', () => {
    expect(find('Por la radio, a las seis', interview)?.speaker).toBe('Lucía Ferrando');
    expect(find('Que venga a ordeñar', interview)?.speaker).toBe('Lucía Ferrando');
  });

  it('never credits an answer to a body or a person the answer or the narrative names', () => {
    const speakers = statementsOf(interview, 'es').filter((statement) => statement.text.includes('ordeñ')).map((statement) => statement.speaker);
    expect(speakers).not.toContain('Ministerio de Ganadería');
    expect(speakers).not.toContain('Néstor Barreiro');
  });

  it('reads whom the reporter talked to after a title and its body (Chilean)', () => {
    const chilean = [
      'La Dirección de Obras Hidráulicas confirmó el corte de agua en tres comunas del Maule. Su director, Pablo Urrutia, dijo que las obras "no se pueden postergar".',
      'Este medio dialogó con la presidenta de la junta de vecinos de Villa Esperanza, Carolina Muñoz, sobre el corte.',
      '—¿Cuánto tiempo llevan sin agua?',
      '—Cuatro días, y la Dirección nos dice que falta una semana más. Los niños no pueden ir al colegio.',
    ];
    expect(find('Cuatro días', chilean)?.speaker).toBe('Carolina Muñoz');
  });

  it('gives an answer nobody when the article names nobody it talked to', () => {
    const unnamed = [
      'La Intendencia anunció el cierre de la feria del barrio Sur. Su director de Desarrollo, Marcelo Píriz, dijo que "no había otra opción".',
      '—¿Qué van a hacer los puesteros?',
      '—Vamos a seguir viniendo hasta que nos saquen. Acá hay familias que viven de esto hace treinta años.',
    ];
    expect(find('Vamos a seguir viniendo', unnamed)?.speaker ?? null).toBeNull();
  });

  it('still credits the answer to whom the same exchange quotes with an inserted verb', () => {
    const exchange = [
      'La Intendencia anunció el cierre de la feria del barrio Sur.',
      '—¿Y ahora de qué vivo? —preguntó Rosa Cabrera, de 61 años, puestera desde 1990—. Tengo dos nietos a cargo.',
      '—¿Va a seguir viniendo?',
      '—Y sí, ¿qué querés que haga? Hasta que me saquen.',
    ];
    expect(find('Hasta que me saquen', exchange)?.speaker).toBe('Rosa Cabrera');
  });
});

describe('a role noun as subject, with a company in focus', () => {
  it('is the person who holds the role, never the fined company a legal form marks (Colombian)', () => {
    const paragraphs = [
      '“Las tarifas no pueden seguir subiendo por un servicio tan malo”, afirmó el superintendente de Transporte, Hernando Ruiz Galvis, en rueda de prensa en Cartagena.',
      'La empresa Transportes Bahía S.A.S. E.S.P. tiene quince días para apelar. Si la multa queda en firme, el dinero irá a un fondo para víctimas, explicó el superintendente.',
    ];
    expect(find('el dinero irá a un fondo', paragraphs)?.speaker).toBe('Hernando Ruiz Galvis');
  });

  it('reads a deputy\'s title made by a prefix as a person\'s (Mexican)', () => {
    const paragraphs = [
      'La Comisión Federal de Competencia multó a Harinas del Golfo S.A. de C.V. por pactar precios. El subsecretario de Economía, Ramiro Esquivel Luna, dijo que la sanción es ejemplar.',
      'Harinas del Golfo S.A. de C.V. anunció que apelará. El monto se destinará a comedores escolares, precisó el subsecretario.',
    ];
    expect(find('comedores escolares', paragraphs)?.speaker).toBe('Ramiro Esquivel Luna');
  });

  it('still gives a company\'s own noun to the company', () => {
    const paragraphs = ['La empresa Aguas del Sinú S.A. E.S.P. rechazó la multa.', 'La compañía dijo que la sanción desconoce sus inversiones en el acueducto.'];
    expect(find('desconoce sus inversiones', paragraphs)?.speaker).toBe('Aguas del Sinú S.A. E.S.P.');
  });
});

describe('a body named by its common noun', () => {
  it('gives "a spokesperson for the agency" to the agency the article named, not "Agency" (English wire)', () => {
    const paragraphs = [
      'The Marine Protection Agency (MPA), which is running its own inquiry into the spill, declined to comment on the fine.',
      'Residents said the beach had been closed for a week.',
      'A spokesperson for the agency said only that the inquiry was "at a late stage".',
    ];
    expect(find('at a late stage', paragraphs, 'en')?.speaker).toBe('Marine Protection Agency');
  });
});

describe('a rank or office before a name, written in capitals', () => {
  it('keeps "MP" out of the name after a party (British press)', () => {
    const paragraphs = ['Labour MP Helen Ashby said the fine was far too small for a company of that size.'];
    expect(find('far too small', paragraphs, 'en')?.speaker).toBe('Helen Ashby');
  });

  it('lets the pronoun after "The <party> MP for <seat>, <name>" reach the name', () => {
    const paragraphs = ['The Conservative MP for Stroud, Daniel Price – a former water engineer – called for the board to resign. "They have had ten years to fix this," he said.'];
    expect(find('They have had ten years', paragraphs, 'en')?.speaker).toBe('Daniel Price');
  });

  it('reads a rank of two words as the title, so the body keeps its own name (US wire)', () => {
    const paragraphs = [
      'The barge lost power near the harbour mouth, according to Harbor Police Staff Sergeant Dana Kowalski.',
      'Crews would try to tow it to the pier at dawn, the Harbor Police said.',
    ];
    expect(find('tow it to the pier', paragraphs, 'en')?.speaker).toBe('Harbor Police');
    expect(find('lost power', paragraphs, 'en')?.speaker).toBe('Dana Kowalski');
  });
});

describe('a quotation a verb of attributing a cause names', () => {
  it('is the words of the spokesman the apposition names, and so is the quotation after "y aseguró" (Peruvian)', () => {
    const paragraphs = ['Aerolíneas del Sur anunció que apelará la multa. El vocero de la aerolínea, Gonzalo Ríos, atribuyó los retrasos a "problemas de abastecimiento de combustible en el aeropuerto" y aseguró que "todos los pasajeros ya fueron reubicados".'];
    expect(find('problemas de abastecimiento', paragraphs)?.speaker).toBe('Gonzalo Ríos');
    expect(find('todos los pasajeros', paragraphs)?.speaker).toBe('Gonzalo Ríos');
  });

  it('is the speaker\'s in English too ("blamed … on “…”")', () => {
    const paragraphs = ['Harbour Water chief executive Alan Reeve blamed the leak on "a failure of monitoring equipment installed by a contractor".'];
    expect(find('failure of monitoring equipment', paragraphs, 'en')?.speaker).toBe('Alan Reeve');
  });
});
