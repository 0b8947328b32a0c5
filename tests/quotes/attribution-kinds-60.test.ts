/**
 * Speakers of stop 60's kinds (issue 16), each on sentences of our own, Spanish and English: a press conference's
 * transcript whose question addresses one of several officials by a title, a title and a surname two of them share, a
 * title with its complement, or a title the lead never gave.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs, quoteBookOf } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const statementsOf = (language: string, paragraphs: string[], title = 'Nota') => extractStatements(articleFromParagraphs({ id: 'a', title, date: '2024-05-01', language }, paragraphs));
const pairs = (language: string, paragraphs: string[], title?: string) => statementsOf(language, paragraphs, title).map((statement) => [statement.text, statement.speaker]);

describe("a press conference's transcript: the title a question addresses names one of several officials", () => {
  it('a title and a surname two officials share: the one holding that title', () => {
    expect(pairs('es', [
      'El consejero de Medio Ambiente, Gonzalo Urquiza, compareció con la jefa del Servicio Forestal, Begoña Urquiza Sanz.',
      'P: Jefa, ¿cuántas hectáreas ardieron?',
      'R: Algo más de 1.200.',
      'P: Consejero Urquiza, ¿pedirán ayuda al Estado?',
      'R: Ya la hemos pedido.',
      'P: ¿Y la reforestación?',
      'R: Empezará en otoño.',
    ])).toEqual([
      ['Algo más de 1.200.', 'Begoña Urquiza Sanz'],
      ['Ya la hemos pedido.', 'Gonzalo Urquiza'],
      ['Empezará en otoño.', 'Gonzalo Urquiza'],
    ]);
  });
  it('a title with its complement ("Señora secretaria de Estado") and a courtesy word in English ("Madam Chair")', () => {
    expect(pairs('es', [
      'El ministro de Industria, Ramiro Ocaña, estuvo acompañado por la secretaria de Estado de Energía, Paula Lindo, y el director de Minas, Efrén Salas.',
      'P: Director, ¿cuántas minas siguen abiertas?',
      'R: Quedan catorce.',
      'P: Señora secretaria de Estado, ¿bajará la factura de la luz?',
      'R: En primavera, si el invierno es suave.',
    ])).toEqual([
      ['Quedan catorce.', 'Efrén Salas'],
      ['En primavera, si el invierno es suave.', 'Paula Lindo'],
    ]);
    expect(pairs('en', [
      'Committee chair Joan Whitlow took questions with the clerk, Peter Anand.',
      'Q: Mr. Anand, when will the report be published?',
      'A: By the end of March.',
      'Q: Madam Chair, will the minister be called?',
      'A: She will, in April.',
    ])).toEqual([
      ['By the end of March.', 'Peter Anand'],
      ['She will, in April.', 'Joan Whitlow'],
    ]);
  });
  it('a title the lead never gave turns to the main official, never to the official who answered before', () => {
    const found = pairs('es', [
      'La titular de Educación, Rebeca Lanza, compareció junto al director de Infraestructuras Escolares, Abel Cordero.',
      'P: Señor Cordero, ¿cuántas escuelas tienen goteras?',
      'R: Unas sesenta en toda la provincia.',
      'P: Ministra, ¿habrá dinero para repararlas?',
      'R: Está en el presupuesto de este año.',
    ]);
    expect(found).toContainEqual(['Unas sesenta en toda la provincia.', 'Abel Cordero']);
    expect(found).toContainEqual(['Está en el presupuesto de este año.', 'Rebeca Lanza']);
  });
  it('an official the question does not find after the main official answered is credited to nobody', () => {
    const found = pairs('en', [
      'Mayor Lorna Pike spoke alongside the fire chief, Dan Okafor, and the harbour master.',
      'Q: Chief Okafor, how many crews are out?',
      'A: Eleven crews.',
      'Q: Mayor, will the ferry run?',
      'A: Not today.',
      'Q: Harbourmaster, is the port closed?',
      'A: Until the wind drops.',
    ]);
    expect(found).toContainEqual(['Not today.', 'Lorna Pike']);
    expect(found.filter(([text]) => text === 'Until the wind drops.').every(([, speaker]) => speaker !== 'Lorna Pike' && speaker !== 'Dan Okafor')).toBe(true);
  });
});

describe('an interview whose lead says the interviewee received the outlet: the answers are never the outlet’s', () => {
  const answers = (language: string, paragraphs: string[], title: string) => pairs(language, paragraphs, title).filter(([text]) => !String(text).includes('?')).map(([, speaker]) => speaker);
  it('an outlet with no article or medium noun, received by a role noun, the name in the next sentence', () => {
    expect(answers('es', [
      'La ceramista recibe a Hoja Nueva en su taller de Talavera, entre hornos y estanterías. Nieves Alba lleva cuarenta años modelando.',
      'P. ¿Cuándo empezó a modelar?',
      'R. A los nueve años, con mi abuela.',
      'P. ¿Vive del barro?',
      'R. Apenas, pero no lo cambio por nada.',
    ], 'Cuarenta años de barro')).toEqual(['Nieves Alba', 'Nieves Alba']);
  });
  it('a place before the verb of receiving is no interviewee', () => {
    expect(answers('es', [
      'La secretaria comarcal del sindicato en Ribadeo recibe a El Progreso en la sede, con la huelga aún caliente.',
      'Pregunta. ¿Desconvocarán?',
      'Respuesta. No, sin un acuerdo firmado.',
      'Pregunta. ¿Y los servicios mínimos?',
      'Respuesta. Se cumplirán.',
    ], 'Lidia Portela: «No hay acuerdo sin firma»')).toEqual(['Lidia Portela', 'Lidia Portela']);
  });
  it('the person named before, received under a role noun (English)', () => {
    expect(answers('en', [
      'Conor Reilly has guided ships into the estuary for thirty years. The harbour pilot welcomes Coastline Weekly aboard his launch.',
      'Q: Is the channel getting harder?',
      'A: Every winter the sandbanks move.',
      'Q: Will you retire?',
      'A: Not while my knees hold.',
    ], 'Thirty years on the estuary')).toEqual(['Conor Reilly', 'Conor Reilly']);
  });
  it('a kicker naming the interviewee in capitals', () => {
    expect(answers('es', [
      'NIEVES ALBA | Ceramista',
      'La artesana recibe a Hoja Nueva en su taller de Talavera.',
      'P. ¿Cuándo empezó a modelar?',
      'R. A los nueve años, con mi abuela.',
      'P. ¿Vive del barro?',
      'R. Apenas, pero no lo cambio por nada.',
    ], 'El barro no perdona las prisas')).toEqual(['Nieves Alba', 'Nieves Alba']);
  });
});

describe("words told to the article's own reporter", () => {
  it('have the outlet as their channel ("a este periodista", "our reporter")', () => {
    const article = articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language: 'es' }, ['«No pienso irme del barrio», dijo Sergio Maldonado a este periodista.']);
    expect(extractStatements({ ...article, outlet: 'Hoja Nueva' }).map((statement) => statement.via)).toEqual(['Hoja Nueva']);
    const english = articleFromParagraphs({ id: 'b', title: 'Story', date: '2024-05-01', language: 'en' }, ['"I am not leaving the street," Sergio Maldonado told our reporter.']);
    expect(extractStatements({ ...english, outlet: 'Coastline Weekly' }).map((statement) => statement.via)).toEqual(['Coastline Weekly']);
  });
});

describe('a left-out subject after a sentence that opens with an adverb and names nobody', () => {
  it('goes on with the person named a sentence or a paragraph before (present and past tense)', () => {
    expect(pairs('es', [
      'Eusebio Carranza cultiva café en las laderas de Chinchiná desde 1979.',
      'Cada invierno pierde parte de la cosecha por la roya.',
      '«Este año no cubro ni los jornales», lamenta.',
      '«Mis hijos ya se fueron a Bogotá», añade.',
    ])).toEqual([
      ['Este año no cubro ni los jornales', 'Eusebio Carranza'],
      ['Mis hijos ya se fueron a Bogotá', 'Eusebio Carranza'],
    ]);
    expect(pairs('en', [
      'Greta Lindqvist has kept bees on the island for forty years. Most springs start with a count of the dead hives.',
      '"This year I lost half of them," she says.',
    ])).toEqual([['This year I lost half of them', 'Greta Lindqvist']]);
  });
  it('but not after a sentence that opens on someone nobody names', () => {
    const found = pairs('es', [
      'Eusebio Carranza cultiva café en las laderas de Chinchiná desde 1979.',
      'Enfrente, una vecina vende arepas desde la madrugada.',
      '«Aquí nadie vive del café», dice.',
    ]);
    expect(found.map(([, speaker]) => speaker)).not.toContain('Eusebio Carranza');
  });
});

describe('a noun for any body after a body named by the seat of its office ("Superintendencia", "Intendencia", "Gerencia")', () => {
  it('refers to that body, before or after the quotation', () => {
    expect(pairs('es', [
      'La Superintendencia de Industria y Comercio abrió un expediente a la aerolínea.',
      'El organismo detalló en un comunicado que la multa podría superar los 500 millones de pesos.',
    ]).map(([, speaker]) => speaker)).toEqual(['Superintendencia de Industria y Comercio']);
    expect(pairs('es', [
      'La Intendencia de Canelones cerró dos balnearios por las algas.',
      '«Volverán a abrir cuando baje la temperatura», informó la entidad.',
    ]).map(([, speaker]) => speaker)).toEqual(['Intendencia de Canelones']);
  });
  it('while the holder of that office is a person, not the office', () => {
    expect(pairs('es', [
      'La Superintendencia de Salud sancionó ayer a dos clínicas.',
      '«Habrá más inspecciones», anunció el superintendente.',
    ]).map(([, speaker]) => speaker)).not.toContain('Superintendencia de Salud');
  });
});

describe("a body introduced by its noun alone offers the people its possessive introduced", () => {
  const cases: Array<[string, string[], string, string]> = [
    ['es', ['La cooperativa Agrovid denunció el precio de la uva en origen.', 'Su presidente, Anselmo Truyols, aseguró que «no se cubren costes».'], 'Agrovid', 'Anselmo Truyols'],
    ['en', ['The charity Tidewatch published its seal count on Monday. Its director, Hannah Morley, said numbers had fallen.'], 'Tidewatch', 'Hannah Morley'],
  ];
  for (const [language, paragraphs, body, person] of cases) {
    it(`offers them for the body: ${body}`, () => {
      const result = quoteBookOf(language, paragraphs).lookup(body);
      expect([result.actor, ...(result.related ?? []), ...result.candidates]).toContain(person);
    });
  }
});

describe('a role noun no title list knows, after a woman called only by titles of the other gender', () => {
  it('is not her: the determiner written before it tells its gender ("el técnico" after "la portavoz")', () => {
    for (const paragraphs of [
      ['La portavoz del Deportivo, Alba Ferreiro, defendió a la directiva. «El proyecto sigue», dijo.', '«No pienso dimitir», replicó el técnico.'],
      ['La gerente de la planta, Elvira Gasca, negó fallos de seguridad. «Todo estaba en regla», afirmó.', '«Las válvulas no se revisaban desde enero», detalló el operario.'],
    ]) {
      const found = pairs('es', paragraphs);
      expect(found[0]![1]).not.toBeNull();
      expect(found.at(-1)![1]).not.toBe(found[0]![1]);
    }
  });
});

describe("a reporter's question quoted alone and answered in the next paragraph", () => {
  it('is never the words of the one who replies', () => {
    expect(pairs('en', [
      'Harbour master Owen Pritchard met reporters on the quay.',
      '"Will the ferry sail tomorrow?"',
      '"Only if the swell drops," he answered.',
    ])).toEqual([['Will the ferry sail tomorrow?', null], ['Only if the swell drops', 'Owen Pritchard']]);
    expect(pairs('es', [
      'La alcaldesa Inés Zubiri salió del pleno entre abucheos.',
      '«¿Piensa dimitir?»',
      '«Ni hoy ni mañana», contestó.',
    ])).toEqual([['¿Piensa dimitir?', null], ['Ni hoy ni mañana', 'Inés Zubiri']]);
  });
  it('while a question the speaker asks and goes on answering stays theirs', () => {
    expect(pairs('es', [
      'La alcaldesa Inés Zubiri salió del pleno entre abucheos.',
      '«¿Quién va a pagar esto? Los vecinos, como siempre», lamentó.',
    ]).map(([, speaker]) => speaker)).toEqual(['Inés Zubiri']);
  });
});

describe('a dash exchange after a sentence about someone of the other gender than the speaker quoted before', () => {
  it('never gives the answer to the speaker quoted before', () => {
    const found = pairs('es', [
      'La presidenta del Unionistas, Rocío Villar, respaldó al cuerpo técnico. «Confiamos en el proyecto», afirmó.',
      'El técnico ya contaba con la pregunta.',
      '—¿Se plantea dejar el banquillo?',
      '—Ni se me ha pasado por la cabeza —contestó.',
    ]);
    expect(found).toContainEqual(['Confiamos en el proyecto', 'Rocío Villar']);
    expect(found.filter(([text]) => String(text).startsWith('Ni se me')).map(([, speaker]) => speaker)).not.toContain('Rocío Villar');
  });
  it('while an epicene noun ("la autoridad", "la víctima") says nothing of the sex of whom it names', () => {
    expect(pairs('es', [
      'El ministro de Minería, Raúl Quispe Mamani, defendió ante la comisión que la concesión reserva al Estado la mitad de las regalías.',
      '"Nadie va a privatizar el salar", remarcó la autoridad, que contestó durante toda la tarde a los senadores.',
    ]).map(([, speaker]) => speaker)).toEqual(['Raúl Quispe Mamani', 'Raúl Quispe Mamani']);
  });
  it('while an ordinal counting back to a list keeps the speaker in focus whatever its gender', () => {
    expect(pairs('es', [
      'El ingeniero chileno y director del Observatorio Minero, Mateo Lozano, denunció que 40 camiones robados cruzaron la frontera.',
      'El ingeniero explicó que quedan tres obstáculos para recuperar los camiones. La primera tiene que ver con el lugar donde están, pues hay zonas donde no se puede entrar.',
      'El segundo, el más común, que una autoridad tenga el camión. «Si el camión está en poder de la Policía, nadie lo denuncia», aseguró a la radio local.',
      'El último obstáculo sería un soborno. Incluso, señala que algunos agentes piden dinero para devolver los camiones.',
    ]).map(([, speaker]) => speaker)).toEqual(['Mateo Lozano', 'Mateo Lozano', 'Mateo Lozano', 'Mateo Lozano']);
  });
  it('while a sentence opened by a thing keeps her in focus', () => {
    expect(pairs('es', [
      'La alcaldesa de Mieres, Carmen Rubiera, visitó la zona inundada.',
      'El río bajó durante la noche.',
      '«Lo peor ya ha pasado», aseguró.',
    ]).map(([, speaker]) => speaker)).toEqual(['Carmen Rubiera']);
  });
});

describe('a deputy of an office named before its portfolio ("Deputy Health Secretary X")', () => {
  it('is not whom a transcript\'s "Secretary" addresses', () => {
    expect(pairs('en', [
      'Education Secretary Priya Nandra took questions with Deputy Education Secretary Tom Faulds.',
      'Q: Secretary, will exams go ahead?',
      'A: Yes, on the published dates.',
      'Q: Mr. Faulds, what about the marking?',
      'A: Extra markers have been hired.',
    ])).toEqual([['Yes, on the published dates.', 'Priya Nandra'], ['Extra markers have been hired.', 'Tom Faulds']]);
  });
  it('is not whom "the health secretary" refers back to', () => {
    expect(pairs('en', [
      'Transport Secretary Alma Reyes said the line would reopen in May. Deputy Transport Secretary Colin Baird said the contractor had been fined.',
      '"Passengers deserve better," the transport secretary said.',
    ]).map(([, speaker]) => speaker)).toEqual(['Alma Reyes', 'Colin Baird', 'Alma Reyes']);
  });
});
