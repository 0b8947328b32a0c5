/**
 * /quote knows the people the articles name but never quote (newcomer 23's D5 and D7): a role or a surname a speaker
 * shares with one of them offers both, saying plainly which has no statements; one that fits the speaker alone resolves.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { nothingToQuote } from '../../src/present/quote-lines.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const summit = articleFromParagraphs({ id: 'summit', title: 'Cumbre en Lisboa', date: '2024-02-01', language: 'es' }, [
  'El presidente de Chile, Andrés Solís, dijo que el acuerdo llegará en marzo.',
  'El presidente de Uruguay, Tomás Ferrer, llegó a Lisboa el martes con su comitiva.',
]);
const hearing = articleFromParagraphs({ id: 'hearing', title: 'Hearing on broadband', date: '2024-02-02', language: 'en' }, [
  'Representative Alma Pettigrew opened the hearing on Thursday morning.',
  'Doris Pettigrew, a former regulator, said the new rules were far too weak.',
]);

describe('a role or surname a speaker shares with someone never quoted', () => {
  const book = createQuoteBook(buildQuoteData([summit, hearing]));

  it('offers both holders of a role, never silently the one who spoke (D5)', () => {
    const result = book.lookup('el presidente');
    expect(result.actor).toBeNull();
    expect(result.candidates).toEqual(['Andrés Solís', 'Tomás Ferrer']);
    expect(result.unquoted).toEqual(['Tomás Ferrer']);
  });

  it('offers both people of a shared surname (D7), and still finds each full name', () => {
    const result = book.lookup('Pettigrew');
    expect(result.actor).toBeNull();
    expect([...result.candidates].sort()).toEqual(['Alma Pettigrew', 'Doris Pettigrew']);
    expect(result.unquoted).toEqual(['Alma Pettigrew']);
    expect(book.lookup('Doris Pettigrew').actor).toBe('Doris Pettigrew');
  });

  it('says whom the articles name when the query finds no speaker: by name, and a country in a title', () => {
    expect(book.lookup('Ferrer')).toMatchObject({ actor: null, unquoted: ['Tomás Ferrer'] });
    expect(book.lookup('Uruguay')).toMatchObject({ actor: null, unquoted: ['Tomás Ferrer'], unquotedAs: ['presidente de Uruguay'] });
  });

  it('says so plainly in the asker\u2019s language', () => {
    const spanish = nothingToQuote(book.lookup('el presidente'), 'es');
    expect(spanish).toContain('Tomás Ferrer (presidente de Uruguay; nombrado en los artículos, sin declaraciones atribuidas)');
    expect(spanish).toContain('Andrés Solís');
    expect(nothingToQuote(book.lookup('Pettigrew'), 'en')).toContain('Alma Pettigrew (named in the articles, no statement attributed)');
    expect(nothingToQuote(book.lookup('Ferrer'), 'en')).toContain('The articles name Tomás Ferrer, but I found no statement attributed to them.');
  });
});

describe('a role or surname that fits the speaker alone', () => {
  it('resolves when nobody else named holds the role or has the surname', () => {
    const book = createQuoteBook(buildQuoteData([
      articleFromParagraphs({ id: 'a', title: 'Obras', date: '2024-03-01', language: 'es' }, [
        'La alcaldesa, Marta Iglesias, dijo que el puente abrirá en mayo.',
        'El ingeniero Pablo Ruano presentó los planos y el Gobierno Iglesias aprobó el gasto.',
      ]),
    ]));
    expect(book.lookup('la alcaldesa').actor).toBe('Marta Iglesias');
    expect(book.lookup('Iglesias').actor).toBe('Marta Iglesias');
  });

  it('takes the bare title an article gives its speaker over a longer title it gives someone else, not over one in another article', () => {
    const council = articleFromParagraphs({ id: 'c', title: 'Pleno', date: '2024-04-01', language: 'es' }, [
      'El Secretario General, Ramón Quiroga, dijo que el pleno votará el lunes.',
      'Asistió Lidia Casal, secretaria general del comité regional de Tarma.',
    ]);
    expect(createQuoteBook(buildQuoteData([council])).lookup('el secretario general').actor).toBe('Ramón Quiroga');
    const elsewhere = articleFromParagraphs({ id: 'd', title: 'Congreso', date: '2024-04-02', language: 'es' }, [
      'El secretario general del sindicato minero, Aurelio Paz, visitó la mina el martes.',
    ]);
    expect(createQuoteBook(buildQuoteData([council, elsewhere])).lookup('el secretario general').candidates).toEqual(['Ramón Quiroga', 'Aurelio Paz']);
  });
});

describe('a bare role across articles, among speakers', () => {
  it('offers every speaker the role fits in other articles, not only the one given it exactly', () => {
    const exact = articleFromParagraphs({ id: 'e', title: 'Puerto', date: '2024-05-01', language: 'es' }, [
      'El gobernador, Iván Lerma, dijo que el puerto abrirá en junio.',
    ]);
    const longer = articleFromParagraphs({ id: 'f', title: 'Sequía', date: '2024-05-02', language: 'es' }, [
      'El gobernador de Salta, Ciro Benítez, afirmó que la sequía ya terminó.',
    ]);
    expect(createQuoteBook(buildQuoteData([exact])).lookup('el gobernador').actor).toBe('Iván Lerma');
    expect(createQuoteBook(buildQuoteData([exact, longer])).lookup('el gobernador').candidates).toEqual(['Iván Lerma', 'Ciro Benítez']);
  });
});

describe('an organisation that says nothing itself, spoken for by its head (newcomer 24\u2019s D6)', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'g', title: 'Tarifas', date: '2024-06-01', language: 'es' }, [
      'El titular del Instituto de Aguas (INDAG), Rubén Olmedo, dijo que las tarifas no subirán este año.',
    ]),
    articleFromParagraphs({ id: 'h', title: 'Visita', date: '2024-06-02', language: 'es' }, [
      'El presidente de Rusia, Vladimir Putin, dijo que la visita fue un éxito.',
    ]),
  ]));

  it('shows its head\u2019s statements, saying whom and how the query matched', () => {
    const result = book.lookup('INDAG');
    expect(result).toMatchObject({ actor: 'Rubén Olmedo', resolvedBy: 'role', related: ['Rubén Olmedo'] });
    expect(result.statements.length).toBe(1);
  });

  it('never takes a country for its president', () => {
    expect(book.lookup('Rusia')).toMatchObject({ actor: null, related: ['Vladimir Putin'] });
  });
});
