/**
 * Misattributions of a second kind set (issue 16, precision): words that are no statement, or a speaker phrase that
 * names nobody, each on text written for it.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const speakerOf = (paragraphs: string[], text: string, language = 'es') => found(paragraphs, language).find((statement) => statement.text === text)?.speaker;

describe('a cue verb whose object is a noun phrase reports nothing through a relative "que"', () => {
  it('reads "contó detalles de la situación que…" and "explicó las razones que…" as relatives', () => {
    expect(found(['Hugo Peña contó detalles de la tensa situación que protagonizaron las actrices en el estudio.'])).toEqual([]);
    expect(found(['La ministra Ana Gil explicó las razones que llevaron al Gobierno a cerrar la planta.'])).toEqual([]);
  });

  it('still reads "que" after whom it was said to, a time or a place as the reported clause', () => {
    expect(speakerOf(['La jueza Marta Sanz dijo a los periodistas locales que no habrá cambios.'], 'no habrá cambios')).toBe('Marta Sanz');
    expect(speakerOf(['El senador Juan Paz afirmó la semana pasada que no se presentará.'], 'no se presentará')).toBe('Juan Paz');
    expect(speakerOf(['El ministro Pedro Lara reconoció días atrás que la obra se retrasó.'], 'la obra se retrasó')).toBe('Pedro Lara');
    expect(speakerOf(['La ministra Ana Gil explicó hace unos días que el plan seguirá.'], 'el plan seguirá')).toBe('Ana Gil');
    expect(speakerOf(['La ministra Ana Gil dijo esta mañana que el plan seguirá.'], 'el plan seguirá')).toBe('Ana Gil');
    expect(speakerOf(['La ministra Ana Gil detalló vía redes sociales que el plan seguirá.'], 'el plan seguirá')).toBe('Ana Gil');
    expect(speakerOf(['Aseguró el portavoz que la medida entrará en vigor el lunes.'], 'la medida entrará en vigor el lunes')).toBe('Portavoz');
    // Portuguese: "nesta terça", "também" are no object.
    expect(speakerOf(['O deputado Arthur Lima disse nesta terça que o projeto não passa.'], 'o projeto não passa', 'pt')).toBe('Arthur Lima');
    expect(speakerOf(['O deputado Arthur Lima frisou também que o Legislativo busca a harmonia.'], 'o Legislativo busca a harmonia', 'pt')).toBe('Arthur Lima');
  });
});

describe('a reporter\'s fragment is no statement', () => {
  const lane = ['Senator Mary Lane has had a hard week in the capital.', 'Lane now denies she ever said any of that.'];

  it('reads "explaining why…" as an embedded question, whose answer nobody gave', () => {
    const statements = found([...lane, 'Explaining why she won’t release the documents to the committee.', 'Explaining why she argued in 2015 that the tax was a smart policy.'], 'en');
    expect(statements.filter((statement) => /^why\b/.test(statement.text))).toEqual([]);
    expect(statements.filter((statement) => statement.text.includes('smart policy'))).toEqual([]);
  });

  it('reads the object of a gerund opening the sentence as no clause ("Explaining the plan, Lane said…")', () => {
    expect(found(['Explaining the plan, Mary Lane said the city would pay for it.'], 'en')).toEqual([{ kind: 'indirect', text: 'the city would pay for it', speaker: 'Mary Lane' }]);
  });

  it('credits a gerund fragment only to whom the sentence before it quoted', () => {
    expect(found(['Senator Mary Lane has had a hard week in the capital.', 'Saying that the bill was too costly.'], 'en').map((statement) => statement.speaker)).not.toContain('Mary Lane');
    // A condition opens what was said after "said" with no "that": still a statement.
    expect(speakerOf(['Mayor Tom Ruiz said if the bill passes, taxes will rise.'], 'if the bill passes, taxes will rise', 'en')).toBe('Tom Ruiz');
  });
});

describe('words supposed in a condition are nobody\'s statement', () => {
  it('reads "Si el Gobierno dice que…" and "If the city says that…" as a condition, not as what the body said', () => {
    const spanish = found(['Si el Gobierno dice que no hay dinero, tendremos un problema, advirtió la dirigente vecinal Rosa Pérez.']);
    expect(spanish.map((statement) => statement.speaker)).not.toContain('Gobierno');
    const english = found(['If the city says that the water is safe, residents will return, Mayor Tom Hill warned.'], 'en');
    expect(english.map((statement) => statement.speaker)).not.toContain('City');
  });

  it('still reads "si bien" (although) and a question\'s "si" after its verb', () => {
    const although = found(['Si bien el ministro Luis Arce dijo que el plan funcionará, la oposición duda.']);
    expect(although.find((statement) => statement.text.startsWith('el plan funcionará'))?.speaker).toBe('Luis Arce');
    expect(speakerOf(['El senador Juan Paz preguntó si el Gobierno dirá la verdad.'], 'si el Gobierno dirá la verdad')).toBe('Juan Paz');
  });
});

describe('a speaker phrase that names nobody by itself', () => {
  it('keeps a capitalised adjective after an institution\'s noun in its name ("el gobierno Central")', () => {
    const paragraphs = [
      'El país sufre desde hace una semana un ataque informático.',
      'Ayer, el gobierno anunció que emitirá una directriz obligatoria.',
      'El martes se logró el pago a los jubilados del gobierno Central.',
    ];
    expect(speakerOf(paragraphs, 'emitirá una directriz obligatoria')).toBe('Gobierno');
    // An institution's own name after its noun is still the speaker.
    expect(speakerOf(['La empresa Acme informó que cerrará la planta en mayo.'], 'cerrará la planta en mayo')).toBe('Acme');
  });

  it('never reads a partitive without its noun as a speaker; the predicate names the person', () => {
    const english = [
      'In the wake of the warnings, one of the women to flee the north was 25-year-old Nesma Haddad, who was pregnant at the time. “I am from Gaza City,” she said in an interview.',
    ];
    expect(speakerOf(english, 'I am from Gaza City', 'en')).toBe('Nesma Haddad');
    expect(speakerOf(['Una de las vecinas que huyó fue Marta Gil, de 40 años. “No teníamos agua”, dijo.'], 'No teníamos agua')).toBe('Marta Gil');
  });

  it('credits a sentence-final "según informó la municipalidad" to the public body, not the speaker in focus', () => {
    const paragraphs = [
      'El concejal Mateo Larraín dijo que los vecinos deben evacuar durante la emergencia.',
      'La inundación afectó a 320 viviendas del sector La Poza, según informó la municipalidad.',
    ];
    expect(speakerOf(paragraphs, 'La inundación afectó a 320 viviendas del sector La Poza')).toBe('Municipalidad');
  });

  it('reads an agency\'s name that ends a person\'s name the article writes as that person\'s surname', () => {
    const paragraphs = [
      'The billionaire Michael R. Bloomberg has poured money into liberal causes for a decade.',
      'Bloomberg has attempted to apologize for the policy, saying that he failed to realize its impact.',
      'But his effort hit a hurdle when audio surfaced of remarks he made in 2015. In the speech, first disclosed by the Aspen Times, the former mayor argued that most victims were young men.',
    ];
    expect(speakerOf(paragraphs, 'most victims were young men', 'en')).toBe('Michael R. Bloomberg');
  });
});

describe('a subject phrase with words set in it', () => {
  const marsh = 'Senator Joe Marsh spoke first at the hearing.';

  it('credits the group, not the person named among it ("Critics, including Senator Joe Marsh, say…")', () => {
    expect(speakerOf([marsh, 'Critics of the plan, including Senator Joe Marsh, say it will cost too much.'], 'it will cost too much', 'en')).toBe('Critics of the plan');
    expect(speakerOf(['Varios alcaldes, como Ana Gil, advirtieron que faltan fondos.'], 'faltan fondos')).toBe('Varios alcaldes');
  });

  it('reads "House Speaker" as a title before the name', () => {
    expect(speakerOf(['House Speaker Mike Jansen, a Republican, called the bill “a disaster for every family in the country.”'], 'a disaster for every family in the country.', 'en')).toBe('Mike Jansen');
  });

  it('credits whose a statement is after "said a statement from…", never the speaker in focus', () => {
    expect(speakerOf([marsh, '“We will not back down,” said a statement from the union.'], 'We will not back down', 'en')).toBe('Union');
  });

  it('credits nobody the article names with what "whose lawyer" said, and ends the relative clause at its comma', () => {
    expect(found([marsh, 'Tom Smith, whose lawyer said he would appeal, left the court without comment.'], 'en')).toEqual([{ kind: 'indirect', text: 'he would appeal', speaker: null }]);
    expect(found(['El acusado Luis Rey, cuyo abogado dijo que apelará, salió del tribunal.'])).toEqual([{ kind: 'indirect', text: 'apelará', speaker: null }]);
  });
});

describe('a left-out subject or a role after two people', () => {
  it('credits nobody with "dijo" after a sentence opening with two people joined by "y"', () => {
    const paragraphs = ['El alcalde de Valparaíso, Jorge Sharp, y la gobernadora, Ana Vera, firmaron un acuerdo. “Es un día histórico”, dijo.'];
    expect(speakerOf(paragraphs, 'Es un día histórico')).toBeNull();
    // One person with an apposition is still the subject left out.
    expect(speakerOf(['El alcalde de Valparaíso, Jorge Sharp, firmó un acuerdo. “Es un día histórico”, dijo.'], 'Es un día histórico')).toBe('Jorge Sharp');
  });

  it('credits nobody with "he said" after a sentence about someone\'s relative nobody names', () => {
    const english = ['Maria Lopez, 52, works as a nurse in Ohio. “It is not enough,” she said.', 'Her husband, a factory worker, agreed. “We need more,” he said.'];
    expect(speakerOf(english, 'We need more', 'en')).toBeNull();
    const spanish = ['Marta Gil, de 52 años, trabaja como enfermera. “No alcanza”, dijo.', 'La hija de la víctima, de 19 años, pidió justicia. “Queremos respuestas”, afirmó.'];
    // The relative the sentence opens with, as described (stop 60: "la hija de X" speaks as written), never Marta Gil.
    expect(speakerOf(spanish, 'Queremos respuestas')).toBe('Hija de la víctima');
    // A relative the article names is who speaks next.
    expect(speakerOf(['Marta Gil trabaja como enfermera.', 'Su esposo, Juan Pérez, también habló. “Necesitamos más”, dijo.'], 'Necesitamos más')).toBe('Juan Pérez');
  });

  it('credits nobody we know with "he added" after a sentence opening with an indefinite person', () => {
    const paragraphs = ['Ana Ruiz, 40, lost her home in the flood. “It is gone,” she said.', 'A firefighter at the scene shook his head. “We are doing everything we can,” he added.'];
    // The firefighter the sentence opens with, as worded (stop 58: English "a" opens an anonymous person), never Ana Ruiz.
    expect(speakerOf(paragraphs, 'We are doing everything we can', 'en')).toBe('Firefighter');
  });

  it('never gives a role after a possessive ("her neighbor") to whom the possessive refers', () => {
    const paragraphs = ['Ana Ruiz, 40, lost her home in the flood.', 'Her neighbor told her that the river would rise again.'];
    expect(speakerOf(paragraphs, 'the river would rise again', 'en')).not.toBe('Ana Ruiz');
  });

  it('never gives "el fiscal" to the lawyer in focus', () => {
    const paragraphs = ['El abogado de la familia, Pedro Lagos, dijo que presentarán una querella. El fiscal, en cambio, sostuvo que no hay delito.'];
    expect(speakerOf(paragraphs, 'no hay delito')).toBe('Fiscal');
  });
});
