/** Speaker noun phrases of real press writing (issue 16): one construction per test, on sentences written for them. */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));
const speakers = (paragraphs: string[], language = 'es') => found(paragraphs, language).map((statement) => statement.speaker);

describe('names, titles and appositions', () => {
  it('credits the person, not the institution named after "of"', () => {
    expect(found(['Nora Lind of the Institute for Coastal Studies argued that the dunes were shrinking.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the dunes were shrinking', speaker: 'Nora Lind' },
    ]);
  });

  it('reads a possessive description in apposition and a verb closed by whom it was told', () => {
    expect(found(['The talks will resume in May, Omar Haddad, Jordan’s chief water negotiator, told reporters.'], 'en')).toEqual([
      { kind: 'indirect', text: 'The talks will resume in May', speaker: 'Omar Haddad' },
    ]);
  });

  it('steps back over a relative clause to the name an apposition describes', () => {
    const statements = found(['Rita Vance, the Green MP for Port Ellis, who backs the bill, said it would cut bills by a third.'], 'en');
    expect(statements).toEqual([{ kind: 'indirect', text: 'it would cut bills by a third', speaker: 'Rita Vance' }]);
  });

  it('takes the name after a description that follows an inverted verb', () => {
    const statements = found(['“Es alargar la mecha de una bomba”, admitió el convencional independiente e integrante de la Comisión de Plazos, Iván Soto.']);
    expect(statements).toEqual([{ kind: 'direct', text: 'Es alargar la mecha de una bomba', speaker: 'Iván Soto' }]);
  });

  it('reads the subject after whom it was said to, and after a discourse adverbial', () => {
    expect(speakers(['Las obras terminarán en mayo, dijo a la prensa el alcalde Tomás Ferrer.'])).toEqual(['Tomás Ferrer']);
    expect(speakers(['Lucía Paredes dijo que el récord es fiable.', '“Tenemos muchas dudas”, opina en cambio Sergio Galán, meteorólogo.'])).toEqual(['Lucía Paredes', 'Sergio Galán']);
  });

  it('reads a lower-case title with a capitalised complement before the person, never crediting the title', () => {
    const statements = found(['El diputado Gastón Vera habló primero.', 'El diputado de Frente Amplio Rubén Ortiz planteó que el plan no sirve.']);
    expect(statements).toEqual([{ kind: 'indirect', text: 'el plan no sirve', speaker: 'Rubén Ortiz' }]);
    expect(speakers(['La directora del Instituto de Aguas Claras, Elena Sáez, advirtió que el embalse bajará.'])).toEqual(['Elena Sáez']);
  });

  it('gives a gerund opening the sentence to whom the previous sentence quoted', () => {
    const statements = found(['La Compañía del Norte informó que abrió una investigación.', 'Agregando que “dispondrá de todos los medios necesarios”.']);
    expect(statements.map((statement) => statement.speaker)).toEqual(['Compañía del Norte', 'Compañía del Norte']);
  });

  it('drops a party acronym before a full name', () => {
    expect(speakers(['La diputada PS Elsa Quintana advirtió que votará en contra.'])).toEqual(['Elsa Quintana']);
  });

  it('drops a party label, and the place the member represents, before a full name', () => {
    const paragraphs = ['Republican Tom Calder said the bill would pass.', '“It will not pass,” said Democrat Ana Reyes.', 'Ohio Republican Mark Dunn said the vote was fair.'];
    expect(speakers(paragraphs, 'en')).toEqual(['Tom Calder', 'Ana Reyes', 'Mark Dunn']);
    // A body's own name keeps its first words.
    expect(speakers(['The Republican National Committee said the vote was rigged.', 'The Texas Independent Grid Operator said the count was slow.'], 'en')).toEqual(['Republican National Committee', 'Texas Independent Grid Operator']);
  });

  it('never reads a verb of saying that opens the sentence as a name', () => {
    const statements = found(['El general Aarón Levi visitó el frente.', 'Reconoció que la guerra será larga. “Hemos perdido a los mejores”, señaló.']);
    expect(statements.map((statement) => statement.speaker)).not.toContain('Reconoció');
  });
});

describe('groups and anonymous speakers', () => {
  it('names a quantified group by its whole phrase', () => {
    expect(speakers(['Algunos representantes de asociaciones vecinales advirtieron que el plan no estaba preparado.'])).toEqual([
      'Algunos representantes de asociaciones vecinales',
    ]);
    expect(speakers(['Several nurses at the clinic said they had not been paid.'], 'en')).toEqual(['Several nurses at the clinic']);
  });

  it('names a part of a group and an anonymous individual by the whole phrase', () => {
    expect(speakers(['Una de las fuentes manifestó que la empresa no quiere negociar.'])).toEqual(['Una de las fuentes']);
    expect(speakers(['“La empresa cambió las reglas”, afirmó un integrante del Consejo Directivo a este diario.'])).toEqual(['Un integrante del Consejo Directivo']);
  });

  it('keeps a group subject to its own words, without a preposition before it or a time phrase after it', () => {
    expect(speakers(['The curfew comes after health officials this week said cases had doubled.'], 'en')).toEqual(['Health officials']);
  });

  it('gives a spokesperson’s words to the body spoken for', () => {
    expect(speakers(['A spokesperson for the Harbour Pilots Association said its members would strike.'], 'en')).toEqual(['Harbour Pilots Association']);
  });

  it('does not read a measure as a group', () => {
    const statements = found(['Shifts have grown from one day a week to five days a week, said prison spokesman Ivo Brandt.'], 'en');
    expect(statements.map((statement) => statement.speaker)).toEqual(['Ivo Brandt']);
  });
});

describe('verbs that share or omit their subject', () => {
  it('gives a verb after "y" or "pero" the subject of the clause before', () => {
    expect(found(['Consultado por la prensa, Benítez sonrió y dijo: “Creo que el hombre tiene un problema”.'])).toEqual([
      { kind: 'direct', text: 'Creo que el hombre tiene un problema', speaker: 'Benítez' },
    ]);
    expect(speakers(['Ese viernes, el ministro de Trabajo, Pablo Mieres, dialogó con el gremio pero puntualizó que el paro no tiene motivo.'])).toEqual(['Pablo Mieres']);
  });

  it('gives "Y agregó:" and a sentence after a fronted adverbial to whom the article was about', () => {
    const statements = found(['“Necesitamos recuperar la confianza”, dijo el alcalde Mario Ruiz.', 'Y agregó: “Pero lo que me interesa es la reforma”.']);
    expect(statements.map((statement) => statement.speaker)).toEqual(['Mario Ruiz', 'Mario Ruiz']);
    const later = found(['Algunos vecinos advirtieron que habrá cortes.', 'Durante la misma entrevista, Delgado pidió más jueces.', '“Todos tienen que hacer su parte”, enfatizó.']);
    expect(later.at(-1)?.speaker).toBe('Delgado');
  });

  it('gives a gerund the subject of the verb it follows', () => {
    const statements = found(['La periodista Dora Milán denunció la propaganda de guerra, advirtiendo que eso supondría “el fin de todo”.']);
    expect(statements.filter((statement) => statement.kind === 'direct')).toEqual([{ kind: 'direct', text: 'el fin de todo', speaker: 'Dora Milán' }]);
  });

  it('reads a closing verb as the owner of a quotation earlier in the sentence and of the words around it', () => {
    const statements = found(['“It makes for a good story” if you have blackouts every summer, Mr. Ken Holt said.'], 'en');
    expect(statements).toEqual([
      { kind: 'indirect', text: '“It makes for a good story” if you have blackouts every summer', speaker: 'Ken Holt' },
      { kind: 'direct', text: 'It makes for a good story', speaker: 'Ken Holt' },
    ]);
  });

  it('reports the short subject and what follows the verb inserted after it', () => {
    expect(found(['El Diario, asegura su director Pablo Roca, seguirá escuchando a los lectores.'])).toEqual([
      { kind: 'indirect', text: 'El Diario, asegura su director Pablo Roca, seguirá escuchando a los lectores', speaker: 'Pablo Roca' },
    ]);
  });
});

describe('reported clauses', () => {
  it('keeps the verb of a complement with an object, and reads an infinitive after a verb of saying', () => {
    expect(found(['Estados Unidos ha acusado a Corea del Norte de facilitar armas a Rusia.'])).toEqual([
      { kind: 'indirect', text: 'ha acusado a Corea del Norte de facilitar armas a Rusia', speaker: 'Estados Unidos' },
    ]);
    expect(found(['El Kremlin dijo haber puesto a sus fuerzas en alerta.'])).toEqual([{ kind: 'indirect', text: 'dijo haber puesto a sus fuerzas en alerta', speaker: 'Kremlin' }]);
  });

  it('reads nothing into a verb of stance followed by a time phrase and an object', () => {
    expect(found(['Lavrov defendió este viernes el tratado.'])).toEqual([]);
  });
});
