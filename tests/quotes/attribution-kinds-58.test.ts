/**
 * Speakers of stop 58's kinds (issue 16), each on sentences of our own, Spanish and English: a body called back by the
 * noun it was introduced with, by its name's plural head, and never by a code, a modifier or a person near it.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const statementsOf = (language: string, paragraphs: string[]) => extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs));
const speakers = (language: string, paragraphs: string[]) => statementsOf(language, paragraphs).map((statement) => statement.speaker);

describe('a body called back by the noun the article introduced it with', () => {
  const cases: Array<[string, string[], string]> = [
    ['es', ['La distribuidora Eléctrica Sureña cortó el suministro a 4.000 hogares. El alcalde Mario Paz pidió explicaciones.', 'La distribuidora aseguró que el servicio «se restablecerá esta noche».'], 'Eléctrica Sureña'],
    ['es', ['La constructora Altamira ganó la licitación del puente. El Ministerio de Obras abrió una auditoría.', '«Cumplimos todos los plazos», sostuvo la constructora.'], 'Altamira'],
    ['es', ['La minera Cerro Alto suspendió operaciones tras el derrumbe. La Secretaría de Trabajo abrió una investigación.', 'Según detalló la minera, los trabajadores «están todos a salvo».'], 'Cerro Alto'],
    ['en', ['The carmaker Voss Motoren recalled 30,000 vehicles. Transport Minister Kate Bell criticised the delay.', 'The carmaker said the fault was "extremely rare."'], 'Voss Motoren'],
    ['en', ['Regulators fined the operator Coastal Rail £2m on Monday. Transport Secretary Paul Ames said the fine was deserved.', 'The operator said it would "learn every lesson" from the crash.'], 'Coastal Rail'],
    ['es', ['Ayer la concesionaria Autopistas del Litoral subió el peaje un 12 %. El gobernador Luis Soto lo calificó de abuso.', '«La tarifa estaba congelada desde 2019», se defendió la concesionaria.'], 'Autopistas del Litoral'],
  ];
  for (const [language, paragraphs, speaker] of cases) {
    it(`is the body so introduced, never the official quoted between: ${paragraphs.at(-1)!.slice(0, 60)}`, () => {
      expect(speakers(language, paragraphs).at(-1)).toBe(speaker);
    });
  }
});

describe("a body's noun for a name headed by its plural, and a code that names no one", () => {
  const cases: Array<[string, string[], string]> = [
    ['es', ['El vuelo QF-311 de Aerolíneas Cóndor aterrizó de emergencia en Lima.', 'La aerolínea informó que el piloto detectó «una falla en el tren de aterrizaje».'], 'Aerolíneas Cóndor'],
    ['es', ['El modelo ZX-40 de Laboratorios Quiroga fue retirado de las farmacias.', 'El laboratorio explicó que la retirada es «una medida preventiva».'], 'Laboratorios Quiroga'],
    ['en', ['Brightwater shut its Humber plant on Monday after a leak.', '"No one was hurt," the company said in a statement.'], 'Brightwater'],
  ];
  for (const [language, paragraphs, speaker] of cases) {
    it(`is the body: ${paragraphs.at(-1)!.slice(0, 60)}`, () => {
      expect(speakers(language, paragraphs).at(-1)).toBe(speaker);
    });
  }
  it('never makes a flight or model code the speaker', () => {
    const found = speakers('es', ['El tren AV-220 de la línea norte descarriló cerca de Soria.', 'El maquinista dijo que los frenos «no respondieron».']);
    expect(found.some((speaker) => speaker !== null && /\d/u.test(speaker))).toBe(false);
  });
});

describe('whom the words were told: a desk of a known outlet, or a medium named by its noun', () => {
  const cases: Array<[string, string, string, string]> = [
    ['en', '"We were never warned," Rachel Ivey told BBC Sport on Friday.', 'Rachel Ivey', 'BBC Sport'],
    ['en', 'Prime Minister Lena Dahl told CNN International that talks were "close."', 'Lena Dahl', 'CNN International'],
    ['es', 'El canciller Tomás Oyarzún dijo a BBC Mundo que la frontera «seguirá abierta».', 'Tomás Oyarzún', 'BBC Mundo'],
    ['en', 'Coach Sam Lowry told the newspaper that the team "deserved better."', 'Sam Lowry', 'newspaper'],
    ['es', 'El entrenador Óscar Lema dijo al diario que el equipo «merecía más».', 'Óscar Lema', 'diario'],
    ['en', 'The striker, Leon Dube, told the broadcaster he would "never play for them again."', 'Leon Dube', 'broadcaster'],
  ];
  for (const [language, sentence, speaker, via] of cases) {
    it(`credits the speaker through the channel: ${sentence.slice(0, 60)}`, () => {
      const found = statementsOf(language, [sentence]);
      expect(found.length).toBeGreaterThan(0);
      for (const statement of found) expect([statement.speaker, statement.via]).toEqual([speaker, via]);
    });
  }
});

describe("a spokesperson for a body named after a market's words about it", () => {
  const cases: Array<[string, string[], string]> = [
    ['en', ['Shares of Norvex Labs fell 6% on Tuesday after the trial results.', 'A spokesperson for Norvex Labs said the company was "reviewing the data carefully."'], 'Norvex Labs'],
    ['en', ['Bonds of Castile Power slid after the downgrade.', '"We remain fully solvent," a spokesman for Castile Power said.'], 'Castile Power'],
    ['en', ['Customers of Greyfield Water were told to boil tap water.', 'Greyfield Water said the advice was "a precaution."'], 'Greyfield Water'],
  ];
  for (const [language, paragraphs, speaker] of cases) {
    it(`is the body, never its shares or customers: ${paragraphs.at(-1)!.slice(0, 60)}`, () => {
      expect(speakers(language, paragraphs).at(-1)).toBe(speaker);
    });
  }
});

describe('"Para X, quien …, «…»": whose view, past what describes them', () => {
  const cases: Array<[string, string, string, string]> = [
    ['es', 'Para la presidenta de la junta vecinal, Marta Ugarte, quien encabezó las protestas de 2022, la reforma «llega con diez años de retraso».', 'Marta Ugarte', 'la reforma «llega con diez años de retraso»'],
    ['es', 'Para el profesor emérito Julián Ortega Vidal, que dirigió el instituto hasta 2019, la decisión «es un error histórico».', 'Julián Ortega Vidal', 'la decisión «es un error histórico»'],
    ['es', 'Para Hernán Quiroga Lillo, presidente de la cámara de comercio local, las ventas «cayeron a la mitad».', 'Hernán Quiroga Lillo', 'las ventas «cayeron a la mitad»'],
    ['es', 'Para la economista jefa del banco, Irene Salvat, quien presentó el informe el martes, la inflación «tocó techo».', 'Irene Salvat', 'la inflación «tocó techo»'],
    ['es', 'Para la interventora vecinal Marisol Quintana, quien vive en el barrio desde niña, el informe «confirma todo lo que dijimos».', 'Marisol Quintana', 'el informe «confirma todo lo que dijimos»'],
  ];
  for (const [language, sentence, speaker, text] of cases) {
    it(`reports the view alone, credited to its holder: ${sentence.slice(0, 60)}`, () => {
      const reported = statementsOf(language, [sentence]).filter((statement) => statement.kind === 'indirect');
      expect(reported.map((statement) => [statement.speaker, statement.text])).toEqual([[speaker, text]]);
    });
  }
  it('never reads a complement of a name as a viewpoint', () => {
    expect(statementsOf('es', ['Para la final de la Copa América, el entrenador convocó a 26 jugadores.'])).toEqual([]);
  });
});

describe('a document a body issued, called back by its noun after someone else was quoted', () => {
  const cases: Array<[string, string[], string]> = [
    ['es', ['La Presidencia de la República difundió un comunicado tras la reunión.', 'El ministro Luis Ramos dijo que «no hay crisis».', '«El Gobierno no negociará bajo presión», señala el comunicado.'], 'Presidencia de la República'],
    ['en', ['The Ministry of Defence issued a statement late on Sunday.', 'Opposition leader Karen Holt said the government was "hiding something."', 'The statement said no British personnel "were involved."'], 'Ministry of Defence'],
    ['es', ['En un comunicado, la Secretaría de Comunicación de la Presidencia rechazó las acusaciones.', 'La diputada Ana Ríos pidió «explicaciones».', 'El comunicado agrega que el mandatario «respeta la independencia judicial».'], 'Secretaría de Comunicación de la Presidencia'],
    ['en', ['In a statement on Friday, the Harbour Authority said the port would reopen.', 'Mayor Tom Reed welcomed the news.', 'The statement added that repairs would cost "at least £4m."'], 'Harbour Authority'],
    ['es', ['La Fiscalía General emitió una nota de prensa el martes.', 'El abogado defensor, Raúl Ortiz, calificó la acusación de «absurda».', 'Según la nota, el acusado «tenía conocimiento de los pagos».'], 'Fiscalía General'],
  ];
  for (const [language, paragraphs, speaker] of cases) {
    it(`is the issuer, never the document nor the person quoted since: ${paragraphs.at(-1)!.slice(0, 60)}`, () => {
      expect(speakers(language, paragraphs).at(-1)).toBe(speaker);
    });
  }
});

describe('a body speaking through its representative, and a firm named by its trade', () => {
  const cases: Array<[string, string[], string]> = [
    ['es', ['La Cámara de Comercio de Oriente se reunió con el ministro.', 'La cámara indicó, a través de su presidente, Mario Reyes Lanza, que los comercios «no subirán precios».'], 'Cámara de Comercio de Oriente'],
    ['es', ['El Colegio de Abogados convocó una asamblea.', 'El colegio informó, por medio de su decano, Luis Ferro, que la asamblea «será abierta».'], 'Colegio de Abogados'],
    ['en', ['Halden Motors recalled 40,000 cars. Transport Secretary Paul Ames demanded answers.', 'The company said, through a spokesman, that no injuries had been reported.'], 'Halden Motors'],
    ['es', ['Los trabajadores de Industrias Valtierra iniciaron una huelga. La Secretaría de Trabajo convocó a las partes.', 'La empresa afirmó que la propuesta salarial «es la máxima posible».'], 'Industrias Valtierra'],
    ['en', ['Norvex Labs cut 300 jobs on Monday. Union leader Dana Pike called it "a betrayal."', '"These decisions are never easy," the company said.'], 'Norvex Labs'],
  ];
  for (const [language, paragraphs, speaker] of cases) {
    it(`is the body: ${paragraphs.at(-1)!.slice(0, 60)}`, () => {
      const found = statementsOf(language, paragraphs).filter((statement) => statement.start >= paragraphs.slice(0, -1).join('\n\n').length);
      expect(found.length).toBeGreaterThan(0);
      for (const statement of found) expect(statement.speaker).toBe(speaker);
    });
  }
});

describe('a body introduced by a noun of what it is, then called by a noun for any organisation', () => {
  const cases: Array<[string, string[], string]> = [
    ['en', ['The charity Sea Watchers said its ship had rescued 80 people.', 'In a post on X, the group said the coast guard had "ignored every call."'], 'Sea Watchers'],
    ['es', ['La cooperativa Los Andes suspendió la entrega de leche.', 'La entidad explicó que los costos «se duplicaron en un año».'], 'Los Andes'],
    ['en', ['The nonprofit Open Shelves runs 14 libraries in the county.', 'In a newsletter, the organisation said it would "close two branches by June."'], 'Open Shelves'],
    ['es', ['La asociación vecinal Barrio Alto convocó una marcha para el sábado.', 'En redes sociales, la entidad pidió a los vecinos «no faltar a la cita».'], 'Barrio Alto'],
  ];
  for (const [language, paragraphs, speaker] of cases) {
    it(`is that body, never the role as written: ${paragraphs.at(-1)!.slice(0, 60)}`, () => {
      expect(speakers(language, paragraphs).at(-1)).toBe(speaker);
    });
  }
  // Issue 16: a reference resolves to the one it can only mean; with two bodies so introduced it is not guessed.
  it('is neither body when the article introduced two by such nouns and a person is in focus', () => {
    const cases: Array<[string, string[]]> = [
      ['en', ['The charity Harbour Light sent two boats to the strait. The foundation Blue Tide sent one.', 'Coastguard captain Rhys Moran said the sea was "too rough for small boats."', 'In a statement, the organisation said its crew had "lost sight of the dinghy."']],
      ['es', ['La fundación Manos Unidas del Sur y la cooperativa Agua Clara repartieron víveres en el barrio.', 'El concejal Iván Roca dijo que la ayuda «llegó tarde».', 'En un comunicado, la entidad aseguró que «faltan manos para repartir».']],
    ];
    for (const [language, paragraphs] of cases) {
      expect(speakers(language, paragraphs).at(-1) ?? '').not.toMatch(/Harbour Light|Blue Tide|Manos Unidas|Agua Clara|Moran|Roca/);
    }
  });
  it('never takes a month after a preposition for a body', () => {
    expect(speakers('en', ['The campaigners filed the complaint in May.', 'The organisation said the water company had "poisoned the river."'])).not.toContain('May');
  });
});
