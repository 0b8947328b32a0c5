/**
 * Speakers of stop 59's kinds (issue 16), each on sentences of our own, Spanish and English: a noun the article writes
 * of individuals never turns the organisation in focus into their speaker; a press conference's transcript credits each
 * answer to whom the question before it addressed; one party of a dispute named by its noun never speaks the other's
 * words, nor does a body "desde" which a coordinated verb speaks; words told to "this newspaper" are told to the outlet
 * publishing the story; an office's holder, a label before a colon and a plural noun opening a sentence are no body; a
 * role noun the article writes alone as a name is a given name; a body's look-up offers the people its possessive
 * introduced ("Su secretario general, X"); a noun phrase no list knows that issues a statement is a body; "she" after a
 * body is the head the sentence named for it.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs, quoteBookOf } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';
import { findQuotations } from '../../src/quotes/quotations.js';
import { markCommonWords, markNamesOpenedByTitles, tokenize } from '../../src/quotes/tokens.js';

const statementsOf = (language: string, paragraphs: string[]) => extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs));
const speakers = (language: string, paragraphs: string[]) => statementsOf(language, paragraphs).map((statement) => statement.speaker);

describe('a noun the article writes of individuals, after an organisation spoke', () => {
  const cases: Array<[string, string[], string]> = [
    ['es', ['Los comuneros de Huancuire denuncian que el polvo de la mina enferma al ganado.', 'Minera Los Andes anunció el lunes la ampliación del tajo abierto.', '«Nadie nos consultó», reclamó la comunera.'], 'Minera Los Andes'],
    ['es', ['Una comunera de 60 años caminó tres horas hasta la plaza de Chalhuanca.', 'Glencore anunció la ampliación del tajo y aseguró que «el agua está garantizada».', '«Eso es mentira», respondió la comunera.'], 'Glencore'],
    ['es', ['Un ganadero de la vereda denunció que el humo mata los pastos.', 'La constructora Andina Portland negó cualquier daño y dijo que cumple «todas las normas».', 'El ganadero insistió en que sus vacas «ya no comen».'], 'Andina Portland'],
    ['en', ['Herders in the valley have objected to the quarry for years.', 'Kestrel Mining said on Monday it would blast through the hill.', '"They never asked us," the herder said.'], 'Kestrel Mining'],
  ];
  for (const [language, paragraphs, company] of cases) {
    it(`is not the organisation: ${paragraphs.at(-1)!.slice(0, 60)}`, () => {
      expect(speakers(language, paragraphs).at(-1)).not.toBe(company);
    });
  }
  it('still reads a body by a noun for a body, a firm or an epithet', () => {
    expect(speakers('es', ['El Sindicato de Estibadores paralizó el puerto. El paro afecta a 40 buques.', 'El gremio aseguró que la medida «seguirá hasta el viernes».']).at(-1)).toBe('Sindicato de Estibadores');
    expect(speakers('es', ['La firma Aceros del Plata S.A. cerró su planta de Campana.', 'La siderúrgica informó que la producción «se trasladará a Brasil».']).at(-1)).toBe('Aceros del Plata S.A.');
  });
});

describe("a press conference's transcript: each answer is whom the question addressed", () => {
  it('follows the words of address, a question addressing nobody going on with the last one addressed (Spanish)', () => {
    const found = statementsOf('es', [
      'El gobernador de Salta, Ernesto Villalba, compareció junto a la secretaria de Protección Civil, Lucía Arce, y al jefe de Bomberos, Darío Funes.',
      'P: Gobernador, ¿habrá evacuaciones?',
      'R: Por ahora no, el río está bajando.',
      'P: Señora Arce, ¿cuántas familias están afectadas?',
      'R: Unas 400 familias en cuatro municipios.',
      'P: ¿Y en la capital?',
      'R: Ninguna, por suerte.',
      'P: Darío, ¿tienen suficientes dotaciones?',
      'R: Nos faltan dos camiones cisterna.',
    ]);
    expect(found.map((statement) => [statement.text, statement.speaker])).toEqual([
      ['Por ahora no, el río está bajando.', 'Ernesto Villalba'],
      ['Unas 400 familias en cuatro municipios.', 'Lucía Arce'],
      ['Ninguna, por suerte.', 'Lucía Arce'],
      ['Nos faltan dos camiones cisterna.', 'Darío Funes'],
    ]);
  });
  it('follows the words of address (English)', () => {
    const found = statementsOf('en', [
      'Transport Secretary Nadia Okoro spoke on Thursday alongside Dr. Liam Brandt, the chief rail safety officer.',
      'Q: Secretary Okoro, when will the line reopen?',
      'A: Not before Monday.',
      'Q: Dr. Brandt, was the signal at fault?',
      'A: We do not know yet.',
    ]);
    expect(found.map((statement) => [statement.text, statement.speaker])).toEqual([
      ['Not before Monday.', 'Nadia Okoro'],
      ['We do not know yet.', 'Liam Brandt'],
    ]);
  });
  it('keeps an interview of one person hers, whatever title a question calls her by', () => {
    const found = statementsOf('es', [
      'Entrevistamos a la alcaldesa de Tarija, Rosa Quiroga, en su despacho. Su antecesor, el alcalde Mario Pinto, dejó la obra a medias.',
      'P: Alcaldesa, ¿cuándo terminará la obra?',
      'R: En diciembre, sin falta.',
      'P: Alcalde Pinto dice que no hay fondos. ¿Es así?',
      'R: Los fondos están, y son públicos.',
    ]);
    expect(found.filter((statement) => statement.text.startsWith('En diciembre') || statement.text.startsWith('Los fondos')).map((statement) => statement.speaker)).toEqual(['Rosa Quiroga', 'Rosa Quiroga']);
  });
});

describe("the parties of a dispute, each named by its noun", () => {
  const cases: Array<[string, string[], string]> = [
    ['es', ['La patronal metalúrgica acusó a los huelguistas de dañar los hornos.', 'El sindicato aseguró que la protesta «fue pacífica de principio a fin».'], 'Patronal metalúrgica'],
    ['es', ['El Gobierno culpó a los controladores del caos en los aeropuertos.', '«Trabajamos con la mitad de la plantilla», respondió el sindicato.'], 'Gobierno'],
    ['en', ["The growers' association blamed the pickers for the lost harvest.", 'The union said the pickers had been "working unpaid overtime for weeks."'], "Growers' association"],
    ['es', ['La empresa acusó a los repartidores de bloquear la planta. Desde el sindicato lo negaron y aseguraron que nadie bloqueó nada.'], 'Empresa'],
    ['es', ['El ministerio culpó a los médicos del retraso. En el gremio médico rechazaron la acusación y advirtieron que «faltan 300 especialistas».'], 'Ministerio'],
  ];
  for (const [language, paragraphs, other] of cases) {
    it(`never gives the union's words to the other party: ${paragraphs.at(-1)!.slice(0, 60)}`, () => {
      const last = statementsOf(language, paragraphs).at(-1)!;
      expect(last.speaker).not.toBe(other);
      expect(last.speaker).not.toBeNull();
    });
  }
  it('still calls a body by another noun for it, and a firm by any noun for a firm', () => {
    expect(speakers('es', ['La Hermandad de Costaleros suspendió la procesión.', 'La cofradía explicó que la lluvia «no dejó otra opción».']).at(-1)).toBe('Hermandad de Costaleros');
    expect(speakers('es', ['La empresa retiró el producto de las tiendas.', 'La compañía aseguró que el riesgo «es mínimo».']).at(-1)).toBe('Empresa');
  });
});

describe("words told to the article's own outlet", () => {
  const statementsIn = (language: string, outlet: string | null, paragraphs: string[]) =>
    extractStatements({ ...articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs), outlet });
  const cases: Array<[string, string]> = [
    ['es', '«No quedan camas libres», dijo a este medio la jefa de guardia, Marta Olmos.'],
    ['es', 'El concejal Iván Prieto le contó a este diario que el proyecto «está muerto».'],
    ['es', 'En declaraciones a esta redacción, la fiscal Nora Vidal explicó que la causa «sigue abierta».'],
    ['en', 'Councillor Dev Patel told this newspaper that the scheme was "dead in the water."'],
  ];
  for (const [language, sentence] of cases) {
    it(`is that outlet, or no channel when the article declares none: ${sentence.slice(0, 60)}`, () => {
      const named = statementsIn(language, 'La Voz del Valle', [sentence]);
      expect(named.length).toBeGreaterThan(0);
      for (const statement of named) expect(statement.via).toBe('La Voz del Valle');
      for (const statement of statementsIn(language, null, [sentence])) expect(statement.via).toBeNull();
    });
  }
});

describe('no body for a holder of its office, a label or a plural noun opening a sentence', () => {
  it("gives the holder's noun to no office the article names", () => {
    expect(speakers('es', ['Las lluvias cortaron tres carreteras en Huelva. La Subdelegación del Gobierno activó el plan de emergencia.', 'El subdelegado aseguró que la situación «está controlada».']).at(-1)).not.toBe('Subdelegación del Gobierno');
    expect(speakers('es', ['La Tesorería General retrasó los pagos de marzo.', 'El tesorero explicó que el sistema «falló dos veces».']).at(-1)).not.toBe('Tesorería General');
  });
  it('never takes a label before a colon for the firm a noun means', () => {
    const found = speakers('es', ['Aguas del Maipo anunció un corte de agua en seis comunas.', 'Sigue:', 'La empresa informó que el corte durará hasta las 18.00 horas.']);
    expect(found.at(-1)).not.toBe('Sigue');
    expect(speakers('es', ['Gasnor subió la tarifa un 9 %.', 'Lee también:', 'La empresa explicó que el aumento «cubre costos».']).at(-1)).not.toBe('Lee');
  });
  it('never takes a plural noun opening a sentence for the firm', () => {
    expect(speakers('en', ['Shares in the firm fell 8% on Tuesday. Analysts had expected a profit.', 'Later, the firm said the results were "disappointing but temporary."']).at(-1)).not.toBe('Shares');
    expect(speakers('en', ['Workers at the plant walked out on Monday.', 'The company said production was "not affected."']).at(-1)).not.toBe('Workers');
  });
});

describe('a role noun the article writes alone as a name is a given name', () => {
  it('keeps it in the full name (Spanish and English)', () => {
    expect(speakers('es', ['Reina Salvatierra, vecina de Ticomán, dijo que el agua «no llega desde el martes».', '«Nadie nos escucha», insistió Reina.'])).toEqual(['Reina Salvatierra', 'Reina Salvatierra', 'Reina Salvatierra']);
    expect(speakers('en', ['Reina Mbeki, a nurse at the clinic, said the wait was "unbearable."', '"Nobody cares," Reina said.']).every((speaker) => speaker === 'Reina Mbeki')).toBe(true);
  });
  it('never reads a title with its office after it as a given name (annot59b’s kind)', () => {
    const text = 'La cosecha fue buena, según el vocal y Secretario de Organización del Consejo, Rubén Soto. Dirigida por el Primer Secretario del Consejo, Tomás Arreola, tuvo lugar la reunión. «Nadie nos escucha», insistió Reina.';
    const span = { start: 0, end: text.length };
    const sentence = tokenize(text, span, findQuotations(text, [span]), 0);
    markCommonWords([sentence], 'es');
    markNamesOpenedByTitles([sentence]);
    const opensName = (word: string) => sentence.tokens.filter((token) => token.text === word).map((token) => token.opensName === true);
    expect(opensName('Secretario')).toEqual([false, false]);
    expect(opensName('Reina')).toEqual([true]);
  });
  it('still reads a title before a name the article never writes alone', () => {
    expect(speakers('en', ['Queen Margrethe said the day was "a joy."'])).toContain('Margrethe');
  });
});

describe("a body's people introduced by its possessive", () => {
  const cases: Array<[string, string[], string, string]> = [
    ['es', ['La Federación de Comerciantes de Piura anunció un paro de 48 horas.', 'Su presidenta, Elsa Cárdenas, advirtió que «habrá más medidas».'], 'Federación de Comerciantes de Piura', 'Elsa Cárdenas'],
    ['en', ['The Riverside Tenants Association filed a complaint on Monday.', 'Its chair, Omar Haddad, said rents had "doubled in two years."'], 'Riverside Tenants Association', 'Omar Haddad'],
  ];
  for (const [language, paragraphs, body, person] of cases) {
    it(`offers them for the body: ${body}`, () => {
      const result = quoteBookOf(language, paragraphs).lookup(body);
      expect([result.actor, ...(result.related ?? []), ...result.candidates]).toContain(person);
    });
  }
  it("gives nothing when the possessive is a person's", () => {
    const result = quoteBookOf('es', ['La alcaldesa Nuria Sáez visitó la obra. Su portavoz, Iván Ruiz, dijo que la obra «va bien».'], ).lookup('Nuria Sáez');
    expect(result.statements.some((statement) => statement.speaker === 'Iván Ruiz')).toBe(false);
  });
});

describe('a noun phrase no list knows that issues a statement', () => {
  const cases: Array<[string, string, string]> = [
    ['en', 'The mountain rescue team said in a statement that both climbers were "in good health."', 'Mountain rescue team'],
    ['en', '"Both climbers are in good health," the mountain rescue team said in a written statement.', 'Mountain rescue team'],
    ['es', 'La guardia portuaria informó en un comunicado que el buque «no corre peligro».', 'Guardia portuaria'],
  ];
  for (const [language, sentence, speaker] of cases) {
    it(`is the body as written: ${sentence.slice(0, 60)}`, () => {
      const found = speakers(language, [sentence]);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((name) => name === speaker)).toBe(true);
    });
  }
  it('stays nobody without a document it issued', () => {
    expect(speakers('en', ['The mountain rescue team said both climbers were "in good health."']).every((name) => name === null)).toBe(true);
  });
});

describe('"she" after a body whose head the sentence named', () => {
  it('is the head, never nobody nor the body', () => {
    expect(speakers('en', ['The Senate Transport Committee, chaired by Senator Lucia Ferro, summoned the rail operator.', '"We want answers this week," she wrote on Instagram.'])).toEqual(['Lucia Ferro']);
    expect(speakers('en', ['The inquiry, led by retired judge Owen Pryce, published its findings on Monday.', '"Nobody was held to account," he told reporters.'])).toEqual(['Owen Pryce']);
  });
});
