/**
 * Speakers of stop 56's kinds (issue 16), each on sentences of our own, Spanish and English: a subject with a clause
 * between it and its verb (a passive's agent, a restrictive relative, a relative clause running over commas), and a
 * company called by its noun after the article named it.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const speakers = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs)).map((statement) => statement.speaker);

describe('how the reporter reached a source is not part of who speaks', () => {
  const cases: Array<[string, string, string]> = [
    ['es', 'Fuentes del ministerio consultadas por este periódico confirmaron que el decreto "está firmado".', 'Fuentes del ministerio'],
    ['es', 'Fuentes policiales citadas por la agencia Efe señalaron que el detenido "no opuso resistencia".', 'Fuentes policiales'],
    ['es', 'Un portavoz de la naviera contactado por este medio aseguró que los buques "zarparán el lunes".', 'Un portavoz de la naviera'],
    ['es', 'Trabajadores de la planta entrevistados por este diario denunciaron que "no cobran desde marzo".', 'Trabajadores de la planta'],
    ['en', 'Sources at the ministry contacted by this newspaper said the decree "is signed."', 'Sources at the ministry'],
    ['en', 'A spokesperson for the airline reached by phone said flights would resume "within hours."', 'Spokesperson for the airline'],
  ];
  for (const [language, sentence, speaker] of cases) {
    it(`ends the speaker before the participle: ${sentence.slice(0, 60)}`, () => {
      expect(new Set(speakers(language, [sentence]))).toEqual(new Set([speaker]));
    });
  }
});

describe('a body restricted by a relative clause before its verb', () => {
  const cases: Array<[string, string, string]> = [
    ['en', 'The Machinists union local that represents workers in Kansas said in a statement that the plant "must stay open."', 'Machinists union local that represents workers in Kansas'],
    ['en', 'The union that represents nurses at St Mary\'s hospital warned that staffing was "at breaking point."', 'Union that represents nurses at St Mary\'s hospital'],
    ['en', 'The charity that runs the food bank in Leeds said demand had "doubled since June."', 'Charity that runs the food bank in Leeds'],
    ['en', 'The agency which oversees nuclear plants in Texas said the leak was "minor."', 'Agency which oversees nuclear plants in Texas'],
    ['es', 'La cooperativa que gestiona el agua de Tilcara advirtió que el corte "durará dos días".', 'Cooperativa que gestiona el agua de Tilcara'],
  ];
  for (const [language, sentence, speaker] of cases) {
    it(`is the body with its clause, never the clause's words: ${sentence.slice(0, 60)}`, () => {
      expect(new Set(speakers(language, [sentence]))).toEqual(new Set([speaker]));
    });
  }
});

describe('a relative clause set off after a body that runs over commas', () => {
  const cases: Array<[string, string, string]> = [
    ['en', 'Halden Robotics, which employs 400 people at Kirkby, near Leeds, said it would "review every contract."', 'Halden Robotics'],
    ['es', 'La minera Cerro Azul, que emplea a 900 personas en la zona, la mayoría de Calama, aseguró que el derrame "está contenido".', 'Cerro Azul'],
    ['en', 'Norvik Ferries, which runs the crossing to the islands, mostly in winter, warned that fares would "rise sharply."', 'Norvik Ferries'],
  ];
  for (const [language, sentence, speaker] of cases) {
    it(`steps over the clause: ${sentence.slice(0, 60)}`, () => {
      expect(new Set(speakers(language, [sentence]))).toEqual(new Set([speaker]));
    });
  }
  it('leaves a clause of its own, and an inserted cue, to their speaker', () => {
    expect(speakers('es', ['Al respecto habló el viceministro, Julio Mora Paz, quien compartió su idea de que, en los pueblos, hay que empezar por formar a los dirigentes, la cual, dijo Mora, debe parecerse a cada lugar.'])).not.toContain(null);
  });
});

describe('a company called by its noun after the article named it', () => {
  it('is the company named with that noun, quoted or not ("la empresa X … expresó la compañía")', () => {
    expect(speakers('es', ['La empresa Transportes Andinos suspendió el servicio el lunes.', '"Lamentamos las molestias", expresó la compañía en un comunicado.'])).toEqual(['Transportes Andinos']);
    expect(speakers('es', ['La aerolínea Vuelos del Sur canceló 40 vuelos.', '"Fue una decisión difícil", explicó la empresa.'])).toEqual(['Vuelos del Sur']);
  });
  it('is never a group of its people ("Fuentes de la empresa"), nor a body named only after it', () => {
    const found = speakers('es', [
      'Metalúrgica Valdés respondió con un comunicado. La compañía sostuvo que su oferta "es la mejor del sector".',
      'Fuentes de la empresa admitieron que podría subir su oferta.',
    ]);
    expect(found).not.toContain('Fuentes de la empresa consultadas');
    expect(found.slice(0, 2)).toEqual(['Compañía', 'Compañía']);
    expect(speakers('en', ['Dock workers walked out on Monday, the union said.', 'The strike was called by the Harbour Workers Union.'])[0]).toBe('Union');
    // One source of the company, quoted later, did not write its communiqué.
    const communique = speakers('es', ['Los trabajadores de Lácteos del Valle iniciaron una huelga.', 'La empresa señaló en un comunicado que su propuesta "es la única viable".', 'El sindicato rechazó la oferta.', 'Una fuente de la empresa admitió que la cifra podría subir.']);
    expect(communique.slice(0, 2)).toEqual(['Empresa', 'Empresa']);
  });
});

describe('a new speaker introduced mid-article by a noun and a name in apposition', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['en', ['Marta Lindqvist, chief economist at Harbor Bank, said the numbers were "better than anyone had hoped."', 'Another strategist, Owen Pratt of Kessler & Vane, said the rally was "built on sand."', '"Margins will shrink by summer," he said.'], ['Marta Lindqvist', 'Owen Pratt', 'Owen Pratt']],
    ['en', ['A second trader, Lena Ward of Bay Capital, warned that rates were "going nowhere."'], ['Lena Ward']],
    ['en', ['Ruth Glenn of Brookfield Partners said the deal was "a bargain."'], ['Ruth Glenn']],
    ['es', ['El ministro Raúl Fernández dijo que la obra estará lista en marzo.', 'Otro de los vecinos, el panadero Julio Arce, contó que el agua "llegó hasta las rodillas".', '"Perdimos toda la harina", lamentó.'], ['Raúl Fernández', 'Julio Arce', 'Julio Arce']],
    ['es', ['Uno de los testigos, el taxista Mario Ponce, relató que el auto "iba muy rápido".'], ['Mario Ponce']],
    // The councillor's request is hers (stop 58: a request with its noun phrase is reported speech); the neighbour's words are not.
    ['es', ['La concejala Ana Vidal pidió más controles.', 'Una vecina, la jubilada Rosa Medina, aseguró que nadie "vino a ayudar".'], ['Ana Vidal', 'Rosa Medina']],
    ['es', ['El vecino, el comerciante Luis Paz, sostuvo que la calle "está abandonada".'], ['Luis Paz']],
  ];
  for (const [language, paragraphs, expected] of cases) {
    it(`credits the person the apposition names: ${paragraphs.at(-1)!.slice(0, 60)}`, () => {
      expect([...new Set(speakers(language, paragraphs))]).toEqual([...new Set(expected)]);
    });
  }
  it('keeps a time adverbial opened by "el" out of the subject, and a body\'s own "of"', () => {
    expect(speakers('es', ['La ministra Ana Ruiz, el pasado lunes, dijo que el plan "está listo".'])).toContain('Ana Ruiz');
    expect(speakers('en', ['The Bank of England said inflation would "fall next year."'])).toEqual(['Bank of England', 'Bank of England']);
  });
});
