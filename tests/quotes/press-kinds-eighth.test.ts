/**
 * Kinds of press attribution from the eighth round of issue 16 (a blind annotator's real pages as dev), each on text
 * written for it: an apposition after a coordinated noun phrase ("contra la periodista X y el jefe de redacción de El
 * Faro, Oscar Martínez,") gives the title to the name after it, so the title alone later refers to that person; a
 * dateline opening the story ("Tokio (EFE).- ", "SEOUL (Reuters) - ") is never part of a statement (the lead's Q2); an
 * English regular past after a quotation closed on its comma and its subject ("“…,” she continued.") attributes it; a
 * pronoun subject after an opening phrase that names one person ("In Hajjaj’s case, she decided…") refers to that person;
 * a document cited alone ("Según el informe,") is that of whom the article was quoting, never a subject of narration.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('an apposition after a coordinated noun phrase', () => {
  it('gives the title to the name in apposition, so the title alone refers back to them', () => {
    const spanish = found([
      'El diputado Kevin Sánchez aseguró que denunciaría a la periodista Gabriela Cáceres y al jefe de redacción del diario, Óscar Mena, por sus publicaciones.',
      'Sin embargo, Sánchez no acompañó su anuncio con pruebas.',
      'En una columna publicada en otro periódico, el jefe de redacción del diario hizo un recuento de los hechos y expuso que la acusación llevó a sus colegas a advertirle del peligro.',
    ]);
    expect(spanish.at(-1)).toEqual({ kind: 'indirect', text: 'la acusación llevó a sus colegas a advertirle del peligro', speaker: 'Óscar Mena' });
    const english = found(
      [
        'Mayor Kevin Sanders said he would sue the reporter Ann Lee and the head of the teachers union, Rosa Martin, over their statements.',
        'Sanders offered no evidence.',
        'On Monday, the head of the teachers union said that the lawsuit led her colleagues to warn her.',
      ],
      'en',
    );
    expect(english.at(-1)).toEqual({ kind: 'indirect', text: 'the lawsuit led her colleagues to warn her', speaker: 'Rosa Martin' });
  });
});

describe('a dateline opening the story', () => {
  it('is left out of the statement that follows it, with or without a date, in Spanish and English', () => {
    expect(found(['Tokio (Diario Ficticio).- El Gobierno japonés subirá un 15 % el impuesto al tabaco el próximo año, según anunció el ministro de Finanzas, Shunichi Suzuki.'])).toEqual([
      { kind: 'indirect', text: 'El Gobierno japonés subirá un 15 % el impuesto al tabaco el próximo año', speaker: 'Shunichi Suzuki' },
    ]);
    expect(found(['MADRID, 3 Mar. (EUROPA PRESS) - El Gobierno subirá las pensiones un 3 %, según anunció la ministra Elma Saiz.'])).toEqual([
      { kind: 'indirect', text: 'El Gobierno subirá las pensiones un 3 %', speaker: 'Elma Saiz' },
    ]);
    expect(found(['SEOUL (Reuters) - North Korea will launch a new satellite next month, the South Korean defence minister, Shin Won-sik, said on Monday.'], 'en')).toEqual([
      { kind: 'indirect', text: 'North Korea will launch a new satellite next month', speaker: 'Shin Won-sik' },
    ]);
  });

  it('is no dateline when a lower-case clause follows the bracket and dash', () => {
    expect(found(['El Gobierno (PSOE) - que subirá las pensiones - anunció la medida, según la ministra Elma Saiz.'])[0]?.text).toMatch(/^El Gobierno \(PSOE\)/u);
  });
});

describe('a regular past after a quotation and its subject', () => {
  it('attributes the quotation as a verb of saying does ("she continued", "Hajjaj insisted")', () => {
    const english = found(['Nesma Hajjaj stayed at the hospital to be near her son.', '“I am afraid of losing him,” she continued.', '“We will not leave this ward,” Hajjaj insisted.'], 'en');
    expect(english).toEqual([
      { kind: 'direct', text: 'I am afraid of losing him', speaker: 'Nesma Hajjaj' },
      { kind: 'direct', text: 'We will not leave this ward', speaker: 'Nesma Hajjaj' },
    ]);
  });

  it('leaves a past with an object or without a quotation before it alone', () => {
    expect(found(['Nesma Hajjaj stayed at the hospital to be near her son.', 'She continued her work at night.'], 'en')).toEqual([]);
  });
});

describe('a pronoun subject after an opening phrase naming one person', () => {
  it('refers to that person, not to the speaker quoted before, in Spanish and English', () => {
    const english = found(
      [
        'Nesma Hajjaj, a mother of four, waited outside the ward.',
        'Dr. Sherine Abed explained that 22 infants were in the ward. “Families cannot reach the hospital,” she said.',
        'In Hajjaj’s case, she decided to stay at the hospital to be near her child. “I am afraid of losing him,” she continued.',
      ],
      'en',
    );
    expect(english.at(-1)).toEqual({ kind: 'direct', text: 'I am afraid of losing him', speaker: 'Nesma Hajjaj' });
    const spanish = found([
      'Nesma Hajjaj, madre de cuatro hijos, esperaba fuera de la sala.',
      'La doctora Sherine Abed explicó que había 22 bebés en la sala. “Las familias no pueden llegar al hospital”, dijo.',
      'En el caso de Hajjaj, ella decidió quedarse en el hospital junto a su hijo. “Tengo miedo de perderlo”, añadió.',
    ]);
    expect(spanish.at(-1)).toEqual({ kind: 'direct', text: 'Tengo miedo de perderlo', speaker: 'Nesma Hajjaj' });
  });

  it('keeps the speaker in focus when the opening phrase names two people', () => {
    const spanish = found([
      'La doctora Sherine Abed explicó que había 22 bebés en la sala. “Las familias no pueden llegar al hospital”, dijo.',
      'Tras hablar con Nesma Hajjaj y con Rami Odeh, ella volvió a la sala. “No hay combustible para los generadores”, añadió.',
    ]);
    expect(spanish.at(-1)).toEqual({ kind: 'direct', text: 'No hay combustible para los generadores', speaker: 'Sherine Abed' });
  });
});

describe('a document cited alone', () => {
  // The document itself is the source then (according-to.test.ts), never a person the narration named.
  it('is never credited to someone the narration only named', () => {
    const speakers = (paragraphs: string[], language = 'es') => found(paragraphs, language).map((statement) => statement.speaker);
    expect(speakers(['Este juicio comprende también a los excongresistas Guillermo Bocángel y Bienvenido Ramírez, a quienes se imputa haber ofrecido obras.', 'Según el informe, se habría organizado un plan para comprar votos de congresistas.'])).toEqual(['Informe']);
    expect(speakers(['La comisión debatió el martes la Estrategia Económica-Social del país.', 'Según el informe, los miembros del comité efectuaron 24 reuniones.'])).toEqual(['Informe']);
    expect(speakers(['The committee met on Monday to discuss the budget of the city, led by Ann Lee.', 'According to the report, spending fell by 4 percent last year.'], 'en')).toEqual(['Report']);
  });

  it('is still the document of whom the sentence before quoted', () => {
    expect(found(['La ministra Ana Gil dijo que el año fue bueno para la industria.', 'Según el informe, las ventas crecieron un 12 % en el último trimestre.']).at(-1)).toEqual({
      kind: 'indirect', text: 'las ventas crecieron un 12 % en el último trimestre', speaker: 'Ana Gil',
    });
    expect(found(['The mayor, Ann Lee, said the city had balanced its budget for the first time in a decade.', 'According to the report, spending fell by 4 percent last year.'], 'en').at(-1)).toEqual({
      kind: 'indirect', text: 'spending fell by 4 percent last year', speaker: 'Ann Lee',
    });
  });
});
