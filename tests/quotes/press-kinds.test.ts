/**
 * Kinds of press attribution that neither the dev pages nor the fixtures showed (issue 16, fifth round), each on
 * text written for it: object clitics before the verb, verbal locutions, further verbs of saying, reported questions,
 * a spokesperson named by the body before the noun, middle initials, acronyms in capitals, and an organisation
 * defined with its acronym in brackets as one actor.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook, extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('object clitics before the verb of saying', () => {
  it.each([
    ['El diputado Tomás Vera le dijo a la prensa que el proyecto será rechazado.', 'Tomás Vera'],
    ['La ministra Inés Duarte les aseguró a los vecinos que el proyecto será rechazado.', 'Inés Duarte'],
    ['El senador Ramón Gil nos explicó que el proyecto será rechazado.', 'Ramón Gil'],
  ])('reads "%s" as the subject’s statement', (sentence, speaker) => {
    expect(found([sentence])).toContainEqual({ kind: 'indirect', text: 'el proyecto será rechazado', speaker });
  });

  it('credits a quotation named by "lo calificó de «…»" to the subject, but keeps "la denuncia" a noun', () => {
    expect(found(['El diputado Tomás Vera lo calificó de «una burla para quienes pagan sus impuestos».'])).toEqual([
      { kind: 'direct', text: 'una burla para quienes pagan sus impuestos', speaker: 'Tomás Vera' },
    ]);
    expect(found(['La denuncia que presentó la fiscal llegó al juzgado el lunes.'])).toEqual([]);
  });
});

describe('verbal locutions of saying', () => {
  it.each(['dejó claro que', 'dejó en claro que', 'hizo hincapié en que', 'puso de manifiesto que', 'dio a conocer que'])('"X %s…" reports the clause', (locution) => {
    expect(found([`La senadora Marta Ibáñez ${locution} no apoyará la reforma de pensiones.`])).toEqual([
      { kind: 'indirect', text: 'no apoyará la reforma de pensiones', speaker: 'Marta Ibáñez' },
    ]);
  });

  it.each(['made clear that', 'made it clear that', 'pointed out that'])('"X %s…" reports the clause', (locution) => {
    expect(found([`Senator Joan Pike ${locution} the bill had support from both parties.`], 'en')).toEqual([
      { kind: 'indirect', text: 'the bill had support from both parties', speaker: 'Joan Pike' },
    ]);
  });

  it('reads nothing into a locution that is negated or says nothing ("no dejó claro", "made a clear choice")', () => {
    expect(found(['La senadora Marta Ibáñez no dejó claro que apoyará la reforma.'])).toEqual([]);
    expect(found(['Senator Joan Pike made a clear choice to back the bill.'], 'en')).toEqual([]);
  });
});

describe('more verbs of saying', () => {
  it.each(['resumió', 'apostilló', 'reflexionó', 'sintetizó', 'espetó', 'terció'])('credits "«…», %s el alcalde X"', (verb) => {
    expect(found([`«Hay que actuar antes del invierno», ${verb} el alcalde Jorge Soler.`])).toEqual([
      { kind: 'direct', text: 'Hay que actuar antes del invierno', speaker: 'Jorge Soler' },
    ]);
  });

  it.each(['garantizó', 'vaticinó', 'desveló'])('reads "X %s que…"', (verb) => {
    expect(found([`El ministro Pablo Roca ${verb} que habrá recortes en el presupuesto de salud.`])).toEqual([
      { kind: 'indirect', text: 'habrá recortes en el presupuesto de salud', speaker: 'Pablo Roca' },
    ]);
  });

  it('reads "X descartó que…" with its verb, which denies the clause', () => {
    expect(found(['El ministro Pablo Roca descartó que haya recortes en el presupuesto de salud.'])).toEqual([
      { kind: 'indirect', text: 'descartó que haya recortes en el presupuesto de salud', speaker: 'Pablo Roca' },
    ]);
  });

  it('reads English verbs that need "that" only with it ("revealed that…", not "revealed the plan")', () => {
    expect(found(['Mayor Lena Ortiz revealed that the budget would be cut by a tenth.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the budget would be cut by a tenth', speaker: 'Lena Ortiz' },
    ]);
    for (const verb of ['revealed', 'highlighted', 'mentioned']) expect(found([`Mayor Lena Ortiz ${verb} the new plan for the harbour on Monday.`], 'en')).toEqual([]);
  });

  it('credits quotations named by "definió como", "tachó de" and "branded"', () => {
    expect(found(['El alcalde Iván Mesa defendió la obra, a la que definió como «la más importante de la década».'])).toContainEqual({
      kind: 'direct', text: 'la más importante de la década', speaker: 'Iván Mesa',
    });
    expect(found(['Labour leader Ann Hart branded the policy “a reckless gamble with people’s savings.”'], 'en')).toEqual([
      { kind: 'direct', text: 'a reckless gamble with people’s savings.', speaker: 'Ann Hart' },
    ]);
  });
});

describe('reported questions', () => {
  it('reads "preguntó si…" and "asked whether…" as the asker’s, the opener kept', () => {
    expect(found(['El senador Luis Mora preguntó a la ministra si el Gobierno tiene un plan para la sequía.'])).toEqual([
      { kind: 'indirect', text: 'si el Gobierno tiene un plan para la sequía', speaker: 'Luis Mora' },
    ]);
    expect(found(['Governor Kate Lowe asked whether the legislature would act before June.'], 'en')).toEqual([
      { kind: 'indirect', text: 'whether the legislature would act before June', speaker: 'Kate Lowe' },
    ]);
  });

  it('gives no question to whoever answers "Asked why…, X said" nor to an interviewer’s quoted question', () => {
    const statements = found(['Asked why she joined the campaign, Rosa Lind said, “Because nobody else would.”'], 'en');
    expect(statements).toEqual([{ kind: 'direct', text: 'Because nobody else would.', speaker: 'Rosa Lind' }]);
    expect(found(['A reporter asked Judge Ana Cruz, “What is the biggest problem in the courts?”'], 'en').filter((statement) => statement.speaker !== null)).toEqual([]);
  });
});

describe('speaker phrases', () => {
  it('credits the body a spokesperson is named by ("A White House spokesperson", "Apple’s spokesman")', () => {
    expect(found(['A White House spokesperson said the president was briefed overnight.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the president was briefed overnight', speaker: 'White House' },
    ]);
    expect(found(['Apple’s spokesman said the company was reviewing the report.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the company was reviewing the report', speaker: 'Apple' },
    ]);
  });

  it('keeps a middle initial inside the name ("Walter A. Clyburn Reed")', () => {
    expect(found(['The group’s founder, Walter A. Clyburn Reed, said the campaign was growing.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the campaign was growing', speaker: 'Walter A. Clyburn Reed' },
    ]);
  });

  it('never makes an opening adverb or "Whether" part of a speaker', () => {
    expect(found(['El fiscal Hugo Bustos habló con la prensa.', 'Ahora Bustos dice que la Policía tiene los vehículos.'])).toContainEqual({
      kind: 'indirect', text: 'la Policía tiene los vehículos', speaker: 'Hugo Bustos',
    });
    expect(found(['Whether she is knocking on doors or adding emphasis through a bullhorn, her voice is trusted.'], 'en').map((statement) => statement.speaker)).not.toContain('Whether');
  });

  it('reads an acronym in capitals that spells a function word as a name ("The WHO added")', () => {
    expect(found(['The World Health Organization (WHO) said the outbreak was under control.', 'The WHO added that vaccines were on the way.'], 'en')).toContainEqual({
      kind: 'indirect', text: 'vaccines were on the way', speaker: 'World Health Organization',
    });
  });
});

describe('a name defined with its acronym in brackets', () => {
  const paragraphs = [
    'La Agencia Central de Noticias de Corea del Norte (KCNA) informó que el misil alcanzó su objetivo.',
    'La KCNA agregó que el líder supervisó la prueba desde un puesto de mando.',
  ];

  it('makes the acronym and the full name one speaker, a medium stating on its own included', () => {
    expect(found(paragraphs).map((statement) => statement.speaker)).toEqual(['Agencia Central de Noticias de Corea del Norte', 'Agencia Central de Noticias de Corea del Norte']);
  });

  it('finds both statements by the full name and by the acronym', () => {
    const book = createQuoteBook(buildQuoteData([articleFromParagraphs({ id: 'k', title: 'Misil', date: '2024-01-01', language: 'es' }, paragraphs)]));
    for (const query of ['Agencia Central de Noticias de Corea del Norte', 'KCNA']) {
      const result = book.lookup(query);
      expect(result.statements.map((statement) => statement.text), query).toEqual(['el misil alcanzó su objetivo', 'el líder supervisó la prueba desde un puesto de mando']);
    }
  });
});

describe('a dashed line announced by a colon', () => {
  it('gives the line to whoever the paragraph before announces it from ("X lo resumió así:")', () => {
    expect(found(['El director del hospital, Marcos Ferrer, lo resumió así:', '—Tenemos camas para diez días más y después no sabemos qué va a pasar.'])).toEqual([
      { kind: 'direct', text: 'Tenemos camas para diez días más y después no sabemos qué va a pasar.', speaker: 'Marcos Ferrer' },
    ]);
  });

  it('reads no quotation into a list after a colon with no verb of saying, nor into an interviewer’s question', () => {
    expect(found(['El ministro Luis Paz presentó el plan. Las medidas son las siguientes:', '—Subir el impuesto a los combustibles.', '—Reducir el gasto en publicidad.'])).toEqual([]);
    expect(found(['La ministra Ana Ruiz respondió a este diario:', '—¿Cuál es el plan para el invierno que viene?'])).toEqual([]);
  });
});

describe('the narrator’s own remarks', () => {
  it('makes no statement of "It is worth noting that…"', () => {
    expect(found(['Mayor Karen Bass visited the site. It is worth noting that the company was fined in 2019.'], 'en')).toEqual([]);
  });
});
