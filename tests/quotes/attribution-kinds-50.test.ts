/**
 * Who said it (issue 16's attribution, stop 50; newcomer 27's D1, D6, D12, D14 and D23, by kind): a title whose body's
 * name runs into the person's, a speaker after "but" set off by an apposition, a body's noun that begins a person's title,
 * a document owned by "its", particle surnames. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statementsOf = (paragraphs: string[], language: string) => extractStatements(articleFromParagraphs({ id: 'test', title: 'test', date: '2026-12-01', language }, paragraphs));
const find = (text: string, paragraphs: string[], language = 'en') => statementsOf(paragraphs, language).find((statement) => statement.text.includes(text));

describe('a title whose body\'s name, with its own small words, runs into the person\'s name', () => {
  const paragraphs = [
    'En la estación de Retiro, Lucía Ferro, jubilada, dijo que ya no puede pagar el tren.',
    'Desde el oficialismo, el senador del Frente por la Dignidad Marcos Quiroga defendió el ajuste y recordó que las tarifas estuvieron congeladas dos años. «No había otra salida», aseguró el legislador.',
  ];

  it('credits the person the title names, not the speaker before (Rioplatense)', () => {
    expect(find('las tarifas estuvieron congeladas', paragraphs, 'es')?.speaker).toBe('Marcos Quiroga');
  });

  it('lets the role that refers back reach that person', () => {
    expect(find('No había otra salida', paragraphs, 'es')?.speaker).toBe('Marcos Quiroga');
  });

  it('keeps a body\'s name with a second "de" whole (Peruvian)', () => {
    const own = ['La congresista de Renovación para el Cambio Social Teresa Ayala pidió la interpelación del ministro.', '«Es una burla», afirmó la parlamentaria.'];
    expect(find('Es una burla', own, 'es')?.speaker).toBe('Teresa Ayala');
  });
});

describe('a speaker after "but" or "pero", set off by an apposition', () => {
  it('is the one the apposition describes, not the speaker before (English wire style)', () => {
    const paragraphs = [
      'When the plan was announced, Dr. Anne Porter, a surgeon at the Mayo Clinic, said, “This is overdue.”',
      'The first clinics will open in Kenya, Peru and elsewhere, but Dr. Lewis Hart, the foundation’s president, said he expected that by 2030 most clinics would offer the test.',
    ];
    expect(find('most clinics would offer the test', paragraphs)?.speaker).toBe('Lewis Hart');
  });

  it('is the one the apposition describes (Spanish)', () => {
    const paragraphs = [
      '«La obra es necesaria», dijo el intendente Raúl Medina.',
      'Los trabajos empezarán en marzo en Paraná, Diamante y Victoria, pero la ministra de Obras Públicas, Carmen Vidal, advirtió que el plazo podría extenderse.',
    ];
    expect(find('el plazo podría extenderse', paragraphs, 'es')?.speaker).toBe('Carmen Vidal');
  });
});

describe('a body named by its noun', () => {
  it('is never the person whose title the noun begins (English)', () => {
    const paragraphs = [
      'The Teamsters local, which represents 3,000 drivers, voted to strike. “We are done waiting,” union leader Maria Ortiz told reporters.',
      'Negotiations are due to resume next Tuesday in Newark, the union said.',
    ];
    expect(find('Negotiations are due to resume', paragraphs)?.speaker).not.toBe('Maria Ortiz');
    expect(find('We are done waiting', paragraphs)?.speaker).toBe('Maria Ortiz');
  });

  it('is never a person quoted before, whose surname read alone looked like a firm\'s name', () => {
    const paragraphs = [
      'Belgian Finance Minister Luc van Aken urged calm. “Markets will settle,” he said on Friday.',
      'According to the bank analysts at Northgate, rates will rise again. Shares of the lender fell 4% on Thursday, the firm said.',
    ];
    expect(find('Shares of the lender fell', paragraphs)?.speaker).not.toMatch(/Aken|Luc/);
  });
});

describe('a document owned by "its"', () => {
  it('is no person\'s, in a new paragraph after a person was quoted', () => {
    const paragraphs = [
      '“I have driven this route for 20 years and never seen it so empty,” said bus driver Carlos Mendes, 52.',
      'The company carried 41 million passengers last year, according to its annual report.',
    ];
    expect(find('41 million passengers', paragraphs)?.speaker ?? null).toBeNull();
  });

  it('is still the body\'s quoted before', () => {
    const paragraphs = ['The Harbour Authority said traffic fell sharply in March.', 'Revenue dropped 12% in the quarter, according to its latest report.'];
    expect(find('Revenue dropped', paragraphs)?.speaker).toBe('Harbour Authority');
  });
});

describe('a surname with particles', () => {
  it('keeps its particles (Dutch, German)', () => {
    const paragraphs = ['Dutch Trade Minister Femke van Aken urged both sides to talk. “A long strike would hurt everyone,” she told parliament.', 'Researcher Ingrid van der Berg said the model leaves out the drought.'];
    expect(find('A long strike', paragraphs)?.speaker).toBe('Femke van Aken');
    expect(find('the model leaves out', paragraphs)?.speaker).toBe('Ingrid van der Berg');
  });

  it('keeps Portuguese and Spanish particles too', () => {
    expect(find('the bank would raise rates', ['Analyst Joana dos Santos said the bank would raise rates again.'])?.speaker).toBe('Joana dos Santos');
    expect(find('la inflación bajará', ['El economista Martín del Valle afirmó que la inflación bajará en marzo.'], 'es')?.speaker).toBe('Martín del Valle');
  });
});

describe('a rank with a retired officer\'s mark between the role and the name', () => {
  it('leaves the name its title, so that a role after it refers back to that person', () => {
    const paragraphs = ['El director de la Policía de Tránsito, el coronel PNP (r) Jorge Paredes Soto, recorrió la avenida el lunes. Al término de la visita, el funcionario aseguró que se instalarán doce semáforos.'];
    expect(find('se instalarán doce semáforos', paragraphs, 'es')?.speaker).toBe('Jorge Paredes Soto');
  });
});

describe('a body\'s name after a title, ending in "de" and a place', () => {
  it('is the complement, never a person named by its last two words', () => {
    const paragraphs = ['«No vamos a firmar», dijo el presidente del Sindicato de Trabajadores Portuarios de San Antonio, Luis Araya.', 'Según el sindicato, la adhesión al paro llegó al 85 %.'];
    const speakers = statementsOf(paragraphs, 'es').map((statement) => statement.speaker);
    expect(speakers).toContain('Luis Araya');
    expect(speakers.some((speaker) => speaker !== null && /^(?:de )?San Antonio$|^de San$/.test(speaker))).toBe(false);
  });
});

describe('a relative "quien" with an adjunct before its verb', () => {
  const paragraphs = [
    'Así lo anunció ayer la directora del Instituto del Agua, Marta Ruiz Vega, quien en conferencia de prensa explicó que los cortes durarán tres días.',
    '«No es un corte total», precisó la funcionaria.',
  ];

  it('is the person it refers to, never the adjunct\'s noun (Mexican)', () => {
    expect(find('los cortes durarán tres días', paragraphs, 'es')?.speaker).toBe('Marta Ruiz Vega');
  });

  it('leaves that person in focus for the role after it', () => {
    expect(find('No es un corte total', paragraphs, 'es')?.speaker).toBe('Marta Ruiz Vega');
    const session = ['El concejal Rubén Ávila, quien durante la sesión del martes aseguró que el presupuesto no alcanza, pidió un informe.'];
    expect(find('el presupuesto no alcanza', session, 'es')?.speaker).toBe('Rubén Ávila');
  });
});
