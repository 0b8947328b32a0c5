/**
 * Speakers of stop 57's kinds (issue 16), each on sentences of our own, Spanish and English: an office given as a
 * predicate, by an election or an appointment, then named alone.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const speakers = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs)).map((statement) => statement.speaker);

describe('an office given as a predicate, an election or an appointment, then named alone', () => {
  const cases: Array<[string, string[], string]> = [
    ['es', ['Con el 99 % escrutado, la candidata Marta Quiroga será la nueva alcaldesa de Piedrablanca, tras vencer a Tomás Ibarra.', 'La alcaldesa electa agradeció el apoyo y prometió "una gestión de puertas abiertas".'], 'Marta Quiroga'],
    ['es', ['Lucía Ferrán, que ganó la alcaldía de Montalbo el domingo, celebró con sus seguidores en la plaza.', '«Esto es de todos», dijo la alcaldesa electa.'], 'Lucía Ferrán'],
    ['es', ['Rebeca Sanjurjo fue designada fiscal general en marzo, tras la renuncia de Arturo Peña.', 'La fiscal general sostuvo ayer que la investigación "sigue abierta".'], 'Rebeca Sanjurjo'],
    ['es', ['El Consejo eligió a Ramiro Etxeberria como presidente del club el jueves por la noche.', '"Vamos a sanear las cuentas", afirmó el nuevo presidente.'], 'Ramiro Etxeberria'],
    ['es', ['Sofía Baeza asumirá como ministra de Salud el lunes. Sustituye a Tomás Prieto, que renunció por motivos personales.', 'La futura ministra adelantó que su prioridad "serán las listas de espera".'], 'Sofía Baeza'],
    ['es', ['Tras el recuento, Irene Costa se convirtió en la primera intendenta de Villa Serrana.', 'Mario Lugo, su rival, reconoció la derrota.', 'La intendenta electa dijo que mantendrá "a todo el equipo técnico".'], 'Irene Costa'],
    ['en', ['Voters in Harlow elected Peter Gant as mayor on Sunday, ending twelve years of Labour control.', '"I will listen before I act," the mayor-elect told supporters.'], 'Peter Gant'],
    ['en', ['Greta Lind, who won the governorship last week, spent Monday meeting county officials.', 'The governor-elect said the budget was "in worse shape than anyone admitted."'], 'Greta Lind'],
    ['en', ['Dana Ortiz was named chief executive in May after the board ousted Paul Renner.', 'Renner said he was "disappointed but not surprised."', '"We will cut costs, not people," the new chief executive said.'], 'Dana Ortiz'],
    ['en', ['The club appointed Karen Doyle head coach on Friday, a week after the season ended.', '"We start from zero," the new coach said at her first news conference.'], 'Karen Doyle'],
  ];
  for (const [language, paragraphs, speaker] of cases) {
    it(`credits the person given the office: ${paragraphs.at(-1)!.slice(0, 60)}`, () => {
      expect(speakers(language, paragraphs).at(-1)).toBe(speaker);
    });
  }
  it('never credits someone who held the office before', () => {
    const found = speakers('es', ['Hugo Salas fue alcalde de Ribera entre 2003 y 2011 y hoy vende seguros.', 'El alcalde, que asumió en 2023, dijo que "las cuentas no cuadran".']);
    expect(found).not.toContain('Hugo Salas');
    expect(speakers('en', ['Martin Kerr was mayor from 1998 to 2006.', 'The mayor said the town "cannot afford it."'])).not.toContain('Martin Kerr');
  });
});

describe('a person introduced with what they are, then quoted with a pronoun or no subject', () => {
  const cases: Array<[string, string[], string]> = [
    ['en', ['"The law is clear," Senator Maria Dunn said during the hearing.', 'The committee also heard from Hannah Cole, a potter from a village of 400 people in the hills. "I sell my work at fairs, and this rule would end that," she told senators.'], 'Hannah Cole'],
    ['en', ['Mayor Joan Pratt called the flooding "a disaster we saw coming."', 'Farther along the street, 81-year-old widower George Ames swept mud out of his kitchen.', '"I have lived here since 1962," he said.'], 'George Ames'],
    ['es', ['La ministra Elena Sotelo aseguró que el plan "funciona".', 'Entre los afectados figura Ramón Ledesma, un agricultor de 70 años que perdió la cosecha. "Me llamaron el domingo por la noche", dijo.'], 'Ramón Ledesma'],
    ['es', ['"No habrá recortes", afirmó el consejero de Sanidad, Luis Cantero.', 'En la sala de espera está también Carmen Rubio, una peluquera de 45 años de Alcorcón. "Me han cambiado la cita tres veces", contó.'], 'Carmen Rubio'],
    ['en', ['The health secretary, Michael Obi, said hospitals were "coping."', 'A 68-year-old retired miner, Walter Brenn, was among those turned away on Friday. "They sent me home with a leaflet," he said.'], 'Walter Brenn'],
    ['es', ['El alcalde, Ernesto Pino, aseguró que las ayudas "llegarán esta semana".', 'Rosa Quintero, de 58 años, vende fruta en el mercado municipal desde hace tres décadas.', '"Nunca habíamos visto el agua tan alta", contó.'], 'Rosa Quintero'],
    ['en', ['"Prices will keep rising," said Thomas Reed, an economist at Lydgate Bank.', 'Further down the queue stood Jonas Pike, a 44-year-old welder who lost his job in March.', '"I have been coming here every week since then," he told reporters.'], 'Jonas Pike'],
  ];
  for (const [language, paragraphs, speaker] of cases) {
    it(`credits whom the sentence before introduced: ${paragraphs.at(-1)!.slice(-60)}`, () => {
      expect(speakers(language, paragraphs).at(-1)).toBe(speaker);
    });
  }
  it('keeps the subject when the sentence names another person as it', () => {
    expect(speakers('en', ['"We will rebuild," Mayor Joan Pratt said.', 'On Tuesday Joan Pratt visited Jonas Pike, a welder whose house flooded.', '"Nobody will be left behind," she said.']).at(-1)).toBe('Joan Pratt');
    expect(speakers('es', ['"Reconstruiremos todo", dijo la alcaldesa Ana Ferro.', 'Ana Ferro visitó después a Luis Mora, un pescador de 60 años.', '"Nadie quedará atrás", prometió.']).at(-1)).toBe('Ana Ferro');
  });
});

describe("a body called by its name's head noun, right after a person's words", () => {
  const cases: Array<[string, string[], string]> = [
    ['es', ['El Consorcio Vial del Norte construye la autopista desde 2019.', 'La ministra de Obras Públicas, Laura Ibáñez, anunció que el contrato "queda rescindido".', 'El consorcio respondió en un comunicado en el que tachó la medida de "ilegal" y anunció que irá a un arbitraje.'], 'Consorcio Vial del Norte'],
    ['es', ['La Cooperativa Eléctrica de Olmedo gestiona la red desde 1990.', 'El ministro de Energía, Pablo Ruano, dijo que las tarifas "no subirán".', 'La cooperativa replicó en un comunicado en el que calificó el anuncio de "electoralista".'], 'Cooperativa Eléctrica de Olmedo'],
    ['es', ['La Mutua Agraria de Soria asegura a 4.000 agricultores.', 'El consejero Iván Rojas defendió que las ayudas "son suficientes".', '"Llegan tarde y son escasas", replicó la mutua.'], 'Mutua Agraria de Soria'],
    ['en', ['The Harwell Hospitals Trust runs both sites.', 'Health Secretary Helen Cho said the merger would go ahead "without delay."', 'The trust said in a statement that it had "serious concerns" about staffing.'], 'Harwell Hospitals Trust'],
    ['en', ['The Lowfield Tenants Collective organised the protest.', 'Councillor Amy Shaw said the rents were "fair."', '"They are not fair to anyone on a pension," the collective said in a statement.'], 'Lowfield Tenants Collective'],
  ];
  for (const [language, paragraphs, speaker] of cases) {
    it(`is the body, never the minister quoted before: ${paragraphs.at(-1)!.slice(0, 60)}`, () => {
      expect(speakers(language, paragraphs).at(-1)).toBe(speaker);
    });
  }
  it('never takes a person whose given name is the noun', () => {
    expect(speakers('es', ['Rosa Quintero vende fruta en el mercado.', 'El concejal Tomás Gil dijo que el mercado "cerrará en mayo".', '"No nos avisaron", lamentó la rosa.']).at(-1)).not.toBe('Rosa Quintero');
  });
});

describe('a person whose firm carries their surname', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['en', ['"The market has turned," said Laura Finch, an analyst at Tesco Bank.', 'Another adviser, Declan Moray of Moray Partners, said the deal was "overpriced by a third."', '"Nobody will pay that," Moray said.'], ['Laura Finch', 'Declan Moray', 'Declan Moray', 'Declan Moray']],
    ['en', ['Martin Kell of Kell Brothers Haulage said fuel costs were "crippling."', 'Kell added that he would cut "two routes at least."'], ['Martin Kell', 'Martin Kell', 'Martin Kell']],
    ['es', ['Jorge Vidal, de Vidal Abogados, dijo que la demanda "no prosperará".', '"Es un caso perdido", insistió Vidal.'], ['Jorge Vidal', 'Jorge Vidal', 'Jorge Vidal']],
    ['en', ['Ruth Ashby of Ashby & Long said the merger was "a mistake."', '"We warned them," Ashby said.'], ['Ruth Ashby', 'Ruth Ashby', 'Ruth Ashby']],
    ['en', ['Owen Pratt of Kessler & Vane said the rally was "built on sand."'], ['Owen Pratt', 'Owen Pratt']],
  ];
  for (const [language, paragraphs, expected] of cases) {
    it(`credits the person, by name and by surname: ${paragraphs.at(-1)!.slice(0, 60)}`, () => {
      expect(speakers(language, paragraphs)).toEqual(expected);
    });
  }
});

describe('words that are no speaker: page furniture, a place a person is from, a code', () => {
  it('never credits an imperative or adverb opening the sentence before', () => {
    const found = speakers('es', ['Sigue aquí la cobertura en directo de la jornada electoral.', 'La junta electoral informó que la participación "supera el 60 %".']);
    expect(found).not.toContain('Sigue');
    expect(speakers('en', ['Scroll down for the full list of closures.', 'The county board said the roads would "reopen by noon."'])).not.toContain('Scroll');
    expect(speakers('es', ['Consulta el mapa de los cortes de agua.', 'La empresa concesionaria aseguró que el servicio "volverá esta noche".'])).not.toContain('Consulta');
  });
  it('never credits the place a person is from', () => {
    expect(speakers('en', ['A retired nurse from the Hillcrest estate in Dunmore said the clinic was "always full."'])).not.toContain('Dunmore');
    expect(speakers('en', ['A bus driver from Castlebar said the new timetable was "a joke."'])).not.toContain('Castlebar');
  });
  it('never credits a code with digits as the company', () => {
    expect(speakers('es', ['La aerolínea Vuelos Andinos canceló el vuelo VA-210 a Cusco.', '"La seguridad de los pasajeros es lo primero", señaló la compañía.']).at(-1)).toBe('Vuelos Andinos');
    expect(speakers('en', ['Skyline Air grounded the jet, registered G-EZ44, on Friday.', '"Safety comes first," the company said.']).at(-1)).not.toBe('G-EZ44');
  });
});

describe('a document named alone is the words of whose the article said it is', () => {
  it('credits the owner written with the noun before', () => {
    expect(speakers('es', ['El pleno escuchó el informe del Consejo Directivo sobre el ejercicio.', 'Según el informe, la entidad cerró el año "con superávit".']).at(-1)).toBe('Consejo Directivo');
    expect(speakers('en', ['Members debated the report of the Audit Committee on Monday.', 'According to the report, spending rose "well beyond plan."']).at(-1)).toBe('Audit Committee');
  });
  it('credits the body a communiqué was issued by, as the sentences before say', () => {
    expect(speakers('es', ['La Federación Rural emitió un comunicado el martes.', '"El gobierno nos dio la espalda", señala el comunicado.']).at(-1)).toBe('Federación Rural');
  });
  it('keeps a document nobody is said to own as the source written', () => {
    expect(speakers('es', ['Según el informe, el paro "afecta a 3.000 personas".'])).toEqual(['Informe', 'Informe']);
  });
});
