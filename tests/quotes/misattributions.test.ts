/** Misattributions (issue 16, precision): each test is a kind where words went to the wrong speaker, on text written for it. */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook, extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'en') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker, via }) => ({ kind, text, speaker, via }));

const speakerOf = (paragraphs: string[], text: string, language = 'en') => found(paragraphs, language).find((statement) => statement.text === text)?.speaker;

describe('an explicit attribution after a quotation outranks the speaker in focus', () => {
  it('reads a capitalised title noun with no article as a surname ("King said")', () => {
    const paragraphs = ['The founder, Mary Lane, spoke to co-host Gayle King.', '"We still have more time," Rosa Tate said.', '"I keep hearing that," King said.'];
    // The surname is the co-host the article named in full (title-surnames.ts), never the speaker in focus.
    expect(speakerOf(paragraphs, 'I keep hearing that')).toBe('Gayle King');
  });

  it('keeps a quotation ending in "?" or "!" in one sentence with the attribution after it', () => {
    const paragraphs = ['Mary Lane is a force in state politics.', '"We won the whole thing tonight!" Tom Ruiz said.', '"What is it about the senator that you like?" Tom Ruiz asked Lane.'];
    expect(speakerOf(paragraphs, 'We won the whole thing tonight!')).toBe('Tom Ruiz');
    // A question verb attributes no statement: the interviewer's question is never the interviewee's.
    expect(speakerOf(paragraphs, 'What is it about the senator that you like?')).not.toBe('Mary Lane');
  });

  it('reads words set off before a quotation after "told" as whom it was told, not as reported speech', () => {
    const paragraphs = ['Asked why she founded the group, Mary Lane told "Morning Show" co-host Gayle King, "Because you have to reckon with us."'];
    const statements = found(paragraphs);
    expect(statements.filter((statement) => statement.kind === 'indirect')).toEqual([]);
    expect(speakerOf(paragraphs, 'Because you have to reckon with us.')).toBe('Mary Lane');
  });
});

describe('a speaker phrase that is not the person named in it', () => {
  it('credits the lawyers, not their client, with what "los abogados del expresidente X" said', () => {
    const paragraphs = ['El expresidente Juan Pérez fue extraditado en abril.', '“La fianza se está preparando”, respondieron a la prensa los abogados del expresidente Pérez.'];
    expect(speakerOf(paragraphs, 'La fianza se está preparando', 'es')).toBe('Abogados del expresidente Pérez');
    expect(speakerOf(['Lawyers for John Smith said the charges were false.'], 'the charges were false')).toBe('Lawyers for John Smith');
  });

  it('reads "varios párrafos más adelante" as an adverbial, never a speaker', () => {
    const paragraphs = ['“Pérez protegió a los narcotraficantes”, cita el documento.', 'Y varios párrafos más adelante agrega: “En 2013 Pérez comenzó a hacer campaña para la presidencia”.'];
    expect(speakerOf(paragraphs, 'En 2013 Pérez comenzó a hacer campaña para la presidencia', 'es')).not.toBe('Varios párrafos más adelante');
  });

  it('keeps a medium\'s noun in a name of one letter ("Cadena A"), and the programme it names (B12)', () => {
    const statements = found(['“Vamos a investigar cada caso”, señaló Ana Ruiz en una entrevista con el programa Noches de Cadena A.'], 'es');
    expect(statements[0]).toMatchObject({ speaker: 'Ana Ruiz', via: 'Noches de Cadena A' });
    expect(found(['“Vamos a investigar cada caso”, señaló Ana Ruiz en una entrevista con la Cadena A.'], 'es')[0]).toMatchObject({ speaker: 'Ana Ruiz', via: 'Cadena A' });
  });
});

describe('/quote by a role', () => {
  const book = createQuoteBook(
    buildQuoteData([
      articleFromParagraphs({ id: 'v', title: 'Visita', date: '2024-05-01', language: 'es' }, ['Un funcionario vietnamita dijo que la visita se prepara desde hace meses.']),
    ]),
  );

  it('never resolves a role to an anonymous source named with an indefinite article, nor to the other gender\'s noun', () => {
    expect(book.lookup('la funcionaria').actor).toBeNull();
    expect(book.lookup('el funcionario').actor).toBeNull();
    expect(book.lookup('Un funcionario vietnamita').actor).toBe('Un funcionario vietnamita');
  });

  it('finds an anonymous source by its whole description without the article ("funcionario vietnamita")', () => {
    expect(book.lookup('funcionario vietnamita').actor).toBe('Un funcionario vietnamita');
    expect(book.lookup('el funcionario vietnamita').actor).toBe('Un funcionario vietnamita');
  });

  it('offers an anonymous source described by a country\'s demonym to a query for the country, without taking one for the other', () => {
    for (const country of ['Vietnam', 'vietnam']) {
      const result = book.lookup(country);
      expect(result.actor, country).toBeNull();
      expect(result.related, country).toEqual(['Un funcionario vietnamita']);
    }
  });
});

describe('reported clauses inside reported clauses', () => {
  it('credits "X told Y she believes …" once, to X, never to the speaker before', () => {
    const paragraphs = ['"He fought for civil rights," Alex Blocker said.', 'Warren supporter Zainab Dossaji told King she believes the stakes are higher in this election.'];
    const reported = found(paragraphs).filter((statement) => statement.kind === 'indirect');
    expect(reported.map((statement) => statement.speaker)).toEqual(['Zainab Dossaji']);
  });

  it('reads a plural noun before a name as the kind of things it names ("las pruebas Aprender"), so that a role after it is nobody\'s guess', () => {
    const paragraphs = ['Las pruebas Aprender son implementadas por el Ministerio de Educación. La funcionaria detalló que este año serán en octubre.'];
    expect(speakerOf(paragraphs, 'este año serán en octubre', 'es')).not.toBe('Aprender');
  });
});
