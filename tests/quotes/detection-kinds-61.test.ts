/**
 * Detection kinds of issue 16, stop 61 (which spans are statements at all): an estimate that puts a figure on a noun
 * phrase ("estimó el coste en…", "estimated the damage at…"); a closing or inserted verb of saying, where its report
 * starts and ends: a name opening the clause after an inserted verb ("If …, Ortiz added, Nevada could…"), a bare role
 * describing a closing subject (", said Tom Reed, chairman of…"), and a long tail of where and when (", Mayor X said at
 * a news conference on the waterfront last Tuesday."); a gerund of saying after the main clause ("cerró el pleno
 * recordando que…"); a fragment quoted inside a reported clause nested in another, which is the inner speaker's.
 * The view a leading source gives ("Según X, …", "According to X, …"): past an apposition with no article or of
 * affiliation, and on to the sentence's end past a colon or a coordinated clause. A closing verb whose inverted subject
 * a relative describes (", said an official who asked not to be named.", ", confirmaron fuentes que pidieron el
 * anonimato."). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-03-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const reports = (sentence: string, speaker: string, words: string, language = 'es') =>
  found([sentence], language).some((statement) => statement.kind === 'indirect' && statement.speaker === speaker && statement.text.includes(words));

describe('an estimate that puts a figure on a noun phrase', () => {
  const cases: Array<[string, string, string, string]> = [
    ['El alcalde Pedro Ruiz estimó el costo del nuevo puente en unos 40 millones de dólares.', 'Pedro Ruiz', 'el costo del nuevo puente en unos 40 millones', 'es'],
    ['La Diputación de Teruel estima la cosecha de almendra en 9.000 toneladas este año.', 'Diputación de Teruel', 'la cosecha de almendra en 9.000 toneladas', 'es'],
    ['La portavoz del sindicato, Elena Vidal, cifró el seguimiento del paro en el 70% en las escuelas rurales.', 'Elena Vidal', 'el seguimiento del paro en el 70%', 'es'],
    ['El consejero Luis Soto ha calculado las pérdidas del granizo en cerca de 300 millones de euros.', 'Luis Soto', 'las pérdidas del granizo en cerca de 300 millones', 'es'],
    ['The county engineer, Maria Gomez, estimated the repairs to the levee at $2.5 million.', 'Maria Gomez', 'the repairs to the levee at $2.5 million', 'en'],
  ];
  for (const [sentence, speaker, words, language] of cases) it(`reports it with its verb: ${sentence.slice(0, 60)}`, () => expect(reports(sentence, speaker, words, language)).toBe(true));

  it('reports nothing without a figure', () => {
    expect(found(['El ministro Luis Soto calculó la distancia con cuidado antes de saltar.'])).toEqual([]);
    expect(found(['The engineer Maria Gomez estimated the cost of the bridge before the vote.'], 'en')).toEqual([]);
  });

  it('reads the noun "cifra" as no verb', () => {
    expect(found(['La cifra de visitantes en agosto llegó a 40.000 personas en la costa.'])).toEqual([]);
  });
});

describe('a closing or inserted verb of saying', () => {
  it('reports on past a name that opens the clause after the inserted verb', () => {
    expect(found(['Ana Ortiz is a planner at the state energy office.', 'If every fridge met the new rules, Ortiz added, Nevada could skip building a coal plant.'], 'en')).toContainEqual({
      kind: 'indirect', text: 'If every fridge met the new rules, Ortiz added, Nevada could skip building a coal plant', speaker: 'Ana Ortiz',
    });
  });

  it('reports the clause before a subject a bare role describes', () => {
    expect(found(['The port will be dredged by June, said Tom Reed, chairman of the Harbor Commission of the city of Duluth.'], 'en')).toEqual([
      { kind: 'indirect', text: 'The port will be dredged by June', speaker: 'Tom Reed' },
    ]);
    expect(found(['Las obras del puerto terminarán en mayo, aseguró Ana Ruiz, directora de planificación del Ayuntamiento de Lima.'])).toEqual([
      { kind: 'indirect', text: 'Las obras del puerto terminarán en mayo', speaker: 'Ana Ruiz' },
    ]);
  });

  it('reports the clause before a long tail of where and when', () => {
    expect(found(['The bridge will reopen in May, Mayor Ana Ruiz said at a news conference on the waterfront last Tuesday.'], 'en')).toEqual([
      { kind: 'indirect', text: 'The bridge will reopen in May', speaker: 'Ana Ruiz' },
    ]);
    expect(found(['Las obras del puerto terminarán en mayo, dijo la alcaldesa Ana Ruiz en una rueda de prensa el pasado martes.'])).toEqual([
      { kind: 'indirect', text: 'Las obras del puerto terminarán en mayo', speaker: 'Ana Ruiz' },
    ]);
  });

  it('reads a gerund after a preposition as what was said, no tail', () => {
    expect(found(['Ana Ruiz spoke to the host.', 'While that coat was a gift, Ruiz did confess to having taken some sweets as a child.'], 'en').some((statement) => statement.text.startsWith('While that coat'))).toBe(false);
  });
});

describe('a gerund of saying after the main clause', () => {
  it('reports its clause as its subject\'s', () => {
    expect(reports('El alcalde Luis Mora inauguró la plaza recordando que las obras costaron tres millones de euros.', 'Luis Mora', 'las obras costaron tres millones')).toBe(true);
    expect(found(['La diputada Marta Rivas tomó la palabra.', 'Rivas cerró el pleno recordando que fue su partido el que bajó el IVA en 2015.'])).toContainEqual({ kind: 'indirect', text: 'fue su partido el que bajó el IVA en 2015', speaker: 'Marta Rivas' });
  });

  it('reports nothing with a noun object', () => {
    expect(found(['La plaza se inauguró el lunes.', 'Los vecinos celebraron la apertura recordando a los obreros fallecidos en la obra.'])).toEqual([]);
  });
});

describe('a fragment quoted inside nested reported speech', () => {
  it('is the inner speaker\'s words', () => {
    const statements = found(['La diputada Marta Rivas tomó la palabra.', 'Rivas recordó que el consejero de Obras, Pedro Gil, prometió en marzo «un puente nuevo para el barrio».']);
    expect(statements).toContainEqual({ kind: 'direct', text: 'un puente nuevo para el barrio', speaker: 'Pedro Gil' });
    expect(statements.filter((statement) => statement.kind === 'direct' && statement.speaker === 'Marta Rivas')).toEqual([]);
  });

  it('stays the reporter\'s when the inner subject is the reporter', () => {
    expect(found(['The senator Ann Cole said she believed the deal was “a gift to the banks”.'], 'en')).toContainEqual({ kind: 'direct', text: 'a gift to the banks', speaker: 'Ann Cole' });
  });
});

describe('the view a leading source gives', () => {
  const texts = (sentence: string, language = 'es') => found([sentence], language).filter((statement) => statement.kind === 'indirect').map(({ text, speaker }) => ({ text, speaker }));

  it('starts past a role with no article', () => {
    expect(texts('Para el geólogo Pablo Leal Díaz, especialista en suelos, el hundimiento del barrio no tiene arreglo.')).toEqual([{ text: 'el hundimiento del barrio no tiene arreglo', speaker: 'Pablo Leal Díaz' }]);
    expect(texts('According to Priya Raman, portfolio manager at Ashford Capital, wage growth in Spain remains strong.', 'en')).toEqual([{ text: 'wage growth in Spain remains strong', speaker: 'Priya Raman' }]);
  });

  it('starts past where the source works', () => {
    expect(texts('Para Marta Gil, de la organización Vecinos Unidos, el desalojo fue ilegal desde el principio.')).toEqual([{ text: 'el desalojo fue ilegal desde el principio', speaker: 'Marta Gil' }]);
  });

  it('runs on past a colon and past a clause coordinated after a quotation', () => {
    expect(texts('Para el geólogo Pablo Leal Díaz, el problema es de fondo: la ciudad creció un 30 por ciento sin drenajes.')).toEqual([
      { text: 'el problema es de fondo: la ciudad creció un 30 por ciento sin drenajes', speaker: 'Pablo Leal Díaz' },
    ]);
    expect(texts('According to Priya Raman, wage growth in Spain remains "stubbornly high", and a rise in oil prices could force the bank to wait.', 'en')).toEqual([
      { text: 'wage growth in Spain remains "stubbornly high", and a rise in oil prices could force the bank to wait', speaker: 'Priya Raman' },
    ]);
  });

  it('stops at a colon that leads to a quotation', () => {
    expect(texts('Para Marta Gil, el caso muestra las grietas del sistema: «Quien firma, manda en todo el proceso».')).toEqual([{ text: 'el caso muestra las grietas del sistema', speaker: 'Marta Gil' }]);
  });
});

describe('a closing verb whose inverted subject a relative clause describes', () => {
  it('reports the clause before it, never the relative', () => {
    expect(found(['The ceasefire talks have stalled over the river border, said a senior diplomat who asked not to be named.'], 'en')).toEqual([
      { kind: 'indirect', text: 'The ceasefire talks have stalled over the river border', speaker: 'Senior diplomat' },
    ]);
    expect(found(['Tres activistas fueron detenidos el domingo y llevados a la capital, confirmaron a Radio Sur fuentes judiciales que pidieron no ser identificadas.'])).toEqual([
      { kind: 'indirect', text: 'Tres activistas fueron detenidos el domingo y llevados a la capital', speaker: 'Fuentes judiciales' },
    ]);
    expect(found(['La obra del mercado va muy lenta, dijo el alcalde Luis Paz, que visitó el lugar el lunes por la tarde.'])).toEqual([
      { kind: 'indirect', text: 'La obra del mercado va muy lenta', speaker: 'Luis Paz' },
    ]);
  });

  it('keeps the usual reading when the relative reports words of its own or runs on past a short description', () => {
    expect(found(['El puerto cerrará en marzo para su ampliación, anunció la presidenta de la autoridad portuaria, Marta Ruiz, quien además subrayó que las obras durarán un año.'])).toEqual([
      { kind: 'indirect', text: 'El puerto cerrará en marzo para su ampliación', speaker: 'Marta Ruiz' },
      { kind: 'indirect', text: 'las obras durarán un año', speaker: 'Marta Ruiz' },
    ]);
    expect(found(['The plant in Dayton will close in June, said the managers, who asked not to be identified because the company has not yet told its own staff about the decision.'], 'en')).toEqual([
      { kind: 'indirect', text: 'The plant in Dayton will close in June', speaker: 'Managers' },
    ]);
  });

  it('never reads a verb of saying inside a relative clause on the subject as a closing or inserted attribution', () => {
    expect(found(["The county's Green councillor, Ruth Okafor, who had written to the board, praised the ruling in a statement."], 'en')).toEqual([]);
    expect(found(['Ruth Okafor, who had written to the board opposing the quarry, praised the ruling in a statement, saying residents had finally been heard.'], 'en')).toEqual([
      { kind: 'indirect', text: 'residents had finally been heard', speaker: 'Ruth Okafor' },
    ]);
    expect(found(['La concejala de Urbanismo, Rosa Vidal, que había escrito a la junta vecinal, celebró el fallo en las redes.'])).toEqual([]);
  });

  it('still reports the "que" clause of a verb that opens its clause', () => {
    expect(found(['En la rueda de prensa, aseguró el ministro Luis Paz que la obra del mercado terminará en mayo.'])).toEqual([
      { kind: 'indirect', text: 'la obra del mercado terminará en mayo', speaker: 'Luis Paz' },
    ]);
  });
});
