/**
 * Kinds of press attribution from the tenth round of issue 16, each on text written for it: an infinitive reported
 * with the verb that governs it ("prometió ampliar…" is a promise, "ampliar…" alone an order); the narrator's remarks
 * ("Cabe señalar que…") and adjuncts before a Spanish subject ("Tras la audiencia, el juez Luna cuestionó…") are nobody's
 * words; a quoted title before a role and a name ("“Parasite” director Bong Joon Ho said…") is no statement; "“…,” she
 * went on." attributes the quotation.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('an infinitive complement of the verb of saying', () => {
  it('is reported from the verb, so that it reads as what the speaker said and not as an order', () => {
    expect(found(['La alcaldesa de Soria, Marta Gil, prometió ampliar el horario de las bibliotecas municipales.'])).toEqual([
      { kind: 'indirect', text: 'prometió ampliar el horario de las bibliotecas municipales', speaker: 'Marta Gil' },
    ]);
    expect(found(['El consejero Pablo Ruiz aseguró no tener constancia de las denuncias.'])).toEqual([
      { kind: 'indirect', text: 'aseguró no tener constancia de las denuncias', speaker: 'Pablo Ruiz' },
    ]);
    expect(found(['Senator Laura Kent vowed to block the bill in committee.'], 'en')).toEqual([
      { kind: 'indirect', text: 'vowed to block the bill in committee', speaker: 'Laura Kent' },
    ]);
    // A clause after "que" or "that", and a reported question, stay without the verb.
    expect(found(['La alcaldesa de Soria, Marta Gil, prometió que ampliará el horario de las bibliotecas.'])).toEqual([
      { kind: 'indirect', text: 'ampliará el horario de las bibliotecas', speaker: 'Marta Gil' },
    ]);
    expect(found(['Senator Laura Kent asked whether the council would act.'], 'en')).toEqual([
      { kind: 'indirect', text: 'whether the council would act', speaker: 'Laura Kent' },
    ]);
  });
});

describe('words no one in the story says', () => {
  it('gives no statement for the narrator’s remark to the reader after an impersonal head', () => {
    expect(found(['El concejal Tomás Vidal visitó la obra.', 'Vale decir que el contrato sigue vigente hasta marzo.'])).toEqual([]);
    expect(found(['La jueza Elena Ríos presidió la vista.', 'Hay que señalar que la jueza Ríos rechazó la prueba.'])).toEqual([]);
    expect(found(['Cabe recordar que la jueza Elena Ríos rechazó la prueba pericial.'])).toEqual([]);
  });

  it('reads what comes before a Spanish subject and its verb as an adjunct of that verb, not what it reports', () => {
    expect(found(['Tras la lectura del acta, la jueza Elena Ríos cuestionó a los peritos.'])).toEqual([]);
    expect(found(['Desde que se aprobó el presupuesto del año pasado, el concejal Tomás Vidal cuestionó al alcalde.'])).toEqual([]);
    // The Spanish order of a closing verb, and the English one with its subject first, still report.
    expect(found(['Las obras terminarán en mayo, aseguró a la prensa el concejal Tomás Vidal.'])).toEqual([
      { kind: 'indirect', text: 'Las obras terminarán en mayo', speaker: 'Tomás Vidal' },
    ]);
    expect(found(['The works will end in May, councillor Tom Vidal told reporters.'], 'en')).toEqual([
      { kind: 'indirect', text: 'The works will end in May', speaker: 'Tom Vidal' },
    ]);
  });
});

describe('a quoted title before a role and a name', () => {
  it('names the speaker’s work: no statement of its own, and the verb after the name still reports its clause', () => {
    expect(found(['“Blue Harbour” director Lena Moss said on stage that nobody expected the award.'], 'en')).toEqual([
      { kind: 'indirect', text: 'nobody expected the award', speaker: 'Lena Moss' },
    ]);
    expect(found(['“The Long Winter Road” actress Mia Dunn said the prize should have gone to another film.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the prize should have gone to another film', speaker: 'Mia Dunn' },
    ]);
    // A quotation its speaker closes stays theirs.
    expect(found(['“We never expected the award,” director Lena Moss said.'], 'en')).toEqual([
      { kind: 'direct', text: 'We never expected the award', speaker: 'Lena Moss' },
    ]);
  });
});

describe('“…,” she went on.', () => {
  it('attributes the quotation before it, and the quotation after it, to the subject', () => {
    expect(found(['The nurse Rania Odeh works in the maternity ward.', '“We are exhausted,” she went on. “There is no fuel left for the generators.”'], 'en')).toEqual([
      { kind: 'direct', text: 'We are exhausted', speaker: 'Rania Odeh' },
      { kind: 'direct', text: 'There is no fuel left for the generators.', speaker: 'Rania Odeh' },
    ]);
    expect(found(['The nurse Rania Odeh works in the maternity ward.', '“We are exhausted,” went on Odeh.'], 'en')).toEqual([
      { kind: 'direct', text: 'We are exhausted', speaker: 'Rania Odeh' },
    ]);
    expect(found(['The talks went on for hours.'], 'en')).toEqual([]);
  });
});

describe('a clitic before the auxiliary of a compound tense', () => {
  it('belongs to the verb group, so that the subject before it is the speaker', () => {
    expect(found(['El Tribunal Constitucional ya le ha dicho al Gobierno que la ley de vivienda invade competencias.'])).toEqual([
      { kind: 'indirect', text: 'la ley de vivienda invade competencias', speaker: 'Tribunal Constitucional' },
    ]);
    expect(found(['La consejera Inés Lago les había asegurado a los padres que el colegio abriría en septiembre.'])).toEqual([
      { kind: 'indirect', text: 'el colegio abriría en septiembre', speaker: 'Inés Lago' },
    ]);
  });
});

describe('sources named by "de acuerdo a", a possessive account, a list, a campaign', () => {
  it('gives what they source to them', () => {
    expect(found(['De acuerdo a la Fiscalía, el exalcalde ocultó las facturas durante años.'])).toEqual([
      { kind: 'indirect', text: 'el exalcalde ocultó las facturas durante años', speaker: 'Fiscalía' },
    ]);
    expect(found(['La presentadora Nuria Vela contó lo ocurrido en el plató.', 'Según su relato, la discusión empezó por una plaza de aparcamiento.'])).toEqual([
      { kind: 'indirect', text: 'la discusión empezó por una plaza de aparcamiento', speaker: 'Nuria Vela' },
    ]);
    expect(found(['Valencia es la ciudad más barata para abrir una tienda, según la lista de CityIndex.'])).toEqual([
      { kind: 'indirect', text: 'Valencia es la ciudad más barata para abrir una tienda', speaker: 'CityIndex' },
    ]);
    expect(found(['Senator Ruth Agee is running for governor.', 'Agee’s campaign countered that she cut taxes while in office.'], 'en')).toEqual([
      { kind: 'indirect', text: 'she cut taxes while in office', speaker: 'Agee’s campaign' },
    ]);
  });
});

describe('a list of people before the verb', () => {
  it('credits no speaker to its last members alone', () => {
    // The whole list speaks (stop 60, listed-groups.ts), never "retired teachers" or "union organizers and retired teachers".
    expect(found(['Local farmers, union organizers and retired teachers said the vote is closer than ever.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the vote is closer than ever', speaker: 'Local farmers, union organizers and retired teachers' },
    ]);
  });
});

describe('a quotation split by its verb and a short tail', () => {
  it('gives both parts to the speaker when the verb says of whom ("said of the patients")', () => {
    expect(found(['“When the ward was emptied,” Dr. Sami Haddad said of the patients, “the serious cases were moved to another hospital.”'], 'en')).toEqual([
      { kind: 'direct', text: 'When the ward was emptied', speaker: 'Sami Haddad' },
      { kind: 'direct', text: 'the serious cases were moved to another hospital.', speaker: 'Sami Haddad' },
    ]);
  });
});
