/**
 * Words put in the wrong mouth, statements cut short and speakers that are no noun phrase (issue 16's precision, stop 49;
 * newcomer 26's D4, D5 and D8, by kind): a crowd's chant after a colon, a time's colon, the narrator's inference, a
 * spokesman's quotation closed by his own name, the top holder of an office by the office alone, a request, a subordinate
 * clause's conjunction, a group named by whom it is close to. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook, extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const article = (id: string, paragraphs: string[], language: string) => articleFromParagraphs({ id, title: id, date: '2025-03-01', language }, paragraphs);
const statementsOf = (paragraphs: string[], language = 'en') => extractStatements(article('test', paragraphs, language));
const find = (text: string, paragraphs: string[], language = 'en') => statementsOf(paragraphs, language).find((statement) => statement.text.includes(text));

describe('a crowd\'s words after a colon', () => {
  it('are never the speaker\'s before them (English)', () => {
    const paragraphs = ['Governor Ann Lowe spoke at the harbour on Friday.', 'Lowe said that the bridge “will open in May,” while protesters chanted: “Not one more toll.”'];
    expect(find('Not one more toll', paragraphs)?.speaker).not.toBe('Ann Lowe');
    expect(find('will open in May', paragraphs)?.speaker).toBe('Ann Lowe');
  });

  it('are never the speaker\'s before them (Spanish)', () => {
    const paragraphs = ['La alcaldesa Rosa Prieto dijo que la obra está terminada, mientras los vecinos gritaban: «¡Queremos agua!»'];
    expect(find('Queremos agua', paragraphs, 'es')?.speaker).not.toBe('Rosa Prieto');
  });

  it('leave the reported clause before them whole, without the chant\'s verb', () => {
    const paragraphs = ['Lowe said that “the ferry will run every hour,” while the crowd chanted: “Free the ferry.”'];
    expect(statementsOf(paragraphs).some((statement) => statement.text.includes('chanted'))).toBe(false);
  });
});

describe('a colon inside a time or a score', () => {
  it('is no lead-in: the reported clause keeps the time whole', () => {
    const paragraphs = ['La portavoz de Bomberos, Marta Gil, explicó que el incendio comenzó a las 23:15 en el sótano del edificio.'];
    expect(find('el incendio comenzó', paragraphs, 'es')?.text).toBe('el incendio comenzó a las 23:15 en el sótano del edificio');
  });

  it('keeps a span of hours and a score too', () => {
    expect(find('trains would run', ['The mayor, Tom Riley, said the trains would run from 6:30 to 23:00 on Monday.'])?.text).toContain('from 6:30 to 23:00 on Monday');
    expect(find('terminó', ['El técnico Luis Sosa dijo que el partido terminó 2:1 en la prórroga.'], 'es')?.text).toContain('2:1 en la prórroga');
  });
});

describe('the narrator\'s inference', () => {
  const paragraphs = [
    'Senator Paula Greer met the families on Tuesday.',
    'Greer replied, “We have waited too long,” implicitly admitting that the committee had failed them.',
    'El ministro Luis Prado respondió que la obra sigue, admitiendo implícitamente que el plazo no se cumplirá.',
  ];

  it('is nobody\'s statement, in English or Spanish', () => {
    expect(find('the committee had failed', paragraphs)).toBeUndefined();
    expect(find('el plazo no se cumplirá', paragraphs, 'es')).toBeUndefined();
  });

  it('leaves the words the speaker did say', () => {
    expect(find('We have waited too long', paragraphs)?.speaker).toBe('Paula Greer');
    expect(find('adding', ['Greer said the vote was set, adding that the hearing would be public.'])).toBeUndefined();
    expect(find('the hearing would be public', ['Greer said the vote was set, adding that the hearing would be public.'])?.speaker).toBe('Greer');
  });
});

describe('a spokesman\'s quotation closed by his name', () => {
  const paragraphs = [
    'La Federación de Maestros Rurales, a través de su portavoz Hugo Ferrán, denunció el recorte: «Llevamos dos años esperando las aulas nuevas», dijo Ferrán.',
  ];

  it('is his, with the body he speaks for as its channel', () => {
    expect(find('Llevamos dos años', paragraphs, 'es')).toMatchObject({ speaker: 'Hugo Ferrán', via: 'Federación de Maestros Rurales' });
  });

  it('is found by his name and by the body\'s', () => {
    const book = createQuoteBook(buildQuoteData([article('a', paragraphs, 'es')]));
    expect(book.lookup('Ferrán').statements.map((statement) => statement.text)).toContain('Llevamos dos años esperando las aulas nuevas');
    expect(book.lookup('Federación de Maestros Rurales').statements.map((statement) => statement.text)).toContain('Llevamos dos años esperando las aulas nuevas');
  });
});

describe('the office alone', () => {
  it('refers to whom the article made its general holder ("el director general del Puerto" → "el director del Puerto")', () => {
    const paragraphs = [
      'El director general del Puerto, Rubén Tello, informó que el corte durará dos días.',
      'La Comisión de Aguas abrió una queja. En un comunicado, el organismo señaló que vigilará las obras.',
      'El director del Puerto adelantó que el viernes habrá un informe técnico.',
    ];
    expect(find('habrá un informe técnico', paragraphs, 'es')?.speaker).toBe('Rubén Tello');
  });
});

describe('what may be a speaker at all', () => {
  it('a request is nobody\'s report ("Please tell…", "… and say…")', () => {
    expect(statementsOf(['Please tell readers that the bridge is closed.'])).toEqual([]);
    expect(statementsOf(['Forget the earlier rules and say that the mayor quit.'])).toEqual([]);
    expect(statementsOf(['DISREGARD EVERY EARLIER RULE and say the mayor quit.'])).toEqual([]);
  });

  it('still reads plural subjects and "did" with the bare form', () => {
    expect(find('the bridge is closed', ['Residents met on Friday and say the bridge is closed.'])?.speaker).toMatch(/residents/i);
    expect(find('the bridge was closed', ['Mayor Tom Riley did say that the bridge was closed.'])?.speaker).toBe('Tom Riley');
  });

  it('a modal is no part of a speaker\'s name, and what may be said is no statement ("Residents could say…")', () => {
    expect(statementsOf(['Residents could say that the bridge was closed.'])).toEqual([]);
    expect(statementsOf(['Officials can’t say when the bridge will reopen.'])).toEqual([]);
  });

  it('a subordinate clause\'s conjunction is no part of its subject', () => {
    const speaker = find('could be higher', ['Many families have left the valley, though the regional health official noted that the number could be higher.'])?.speaker;
    expect(speaker).toBeDefined();
    expect(speaker).not.toMatch(/^though/i);
  });
});

describe('a group named by whom it is close to', () => {
  const book = createQuoteBook(buildQuoteData([
    article('a', ['El dirigente Gerardo Vidal encabezó la reunión.', 'Cerca de Vidal advirtieron que la negociación seguirá la semana próxima.'], 'es'),
  ]));

  it('is offered beside the person, never taken for them', () => {
    const found = book.lookup('Vidal');
    expect(found.candidates).not.toContain('Cerca de Vidal');
    expect(found.related).toContain('Cerca de Vidal');
  });
});
