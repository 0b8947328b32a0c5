/**
 * Kinds of press attribution from the sixth round of issue 16, each on text written for it: pronominal verbs of
 * saying ("se quejó de que…", "se mostró convencido de que…", "se preguntó si…"), a denial under negation ("no
 * descartó que…", which keeps its polarity), verbal locutions in the subjunctive or with "haya", words named back
 * after their quotation ("Con esas palabras, X cerró…", "Those were the words of X"), a viewpoint inside the sentence
 * ("…porque, a su juicio, «…»") and "it" for an institution the English article writes with "the".
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('pronominal verbs of saying', () => {
  it.each([
    ['La diputada Ana Torres se quejó de que el Gobierno no haya consultado a los vecinos.', 'el Gobierno no haya consultado a los vecinos', 'Ana Torres'],
    ['El alcalde Jorge Soler se mostró convencido de que la obra estará lista en mayo.', 'la obra estará lista en mayo', 'Jorge Soler'],
    ['La fiscal Marta Ibáñez se mostró confiada en que el juicio empiece antes del verano.', 'el juicio empiece antes del verano', 'Marta Ibáñez'],
    ['Los vecinos del barrio se lamentaron de que nadie los haya escuchado.', 'nadie los haya escuchado', 'Vecinos del barrio'],
    ['El entrenador Luis Mora se jactó de que su equipo no ha perdido en casa.', 'su equipo no ha perdido en casa', 'Luis Mora'],
  ])('"%s"', (sentence, text, speaker) => {
    expect(found([sentence])).toEqual([{ kind: 'indirect', text, speaker }]);
  });

  it('reads "se preguntó si…" as the asker’s question, the opener kept', () => {
    expect(found(['La ministra Inés Duarte se preguntó si el plan había servido para algo.'])).toEqual([
      { kind: 'indirect', text: 'si el plan había servido para algo', speaker: 'Inés Duarte' },
    ]);
  });

  it('reads nothing into an impersonal "se" or a display that says nothing ("se mostró la obra")', () => {
    expect(found(['En la reunión se mostró la maqueta de la obra a los vecinos.'])).toEqual([]);
    expect(found(['La ministra Inés Duarte se mostró muy tranquila durante la visita.'])).toEqual([]);
  });
});

describe('a denial under negation keeps its polarity', () => {
  it.each([
    ['El ministro Pablo Roca no descartó que haya recortes en sanidad.', 'no descartó que haya recortes en sanidad'],
    ['El ministro Pablo Roca no negó que haya recortes en sanidad.', 'no negó que haya recortes en sanidad'],
    ['El ministro Pablo Roca no ha descartado que haya recortes en sanidad.', 'no ha descartado que haya recortes en sanidad'],
  ])('"%s"', (sentence, text) => {
    expect(found([sentence])).toEqual([{ kind: 'indirect', text, speaker: 'Pablo Roca' }]);
  });

  it('keeps the English negation with the denial ("did not rule out", "did not deny")', () => {
    expect(found(['Health Secretary Omar Reed did not rule out a return to school closures.'], 'en')).toEqual([
      { kind: 'indirect', text: 'did not rule out a return to school closures', speaker: 'Omar Reed' },
    ]);
    expect(found(['The mayor, Ellen Hart, did not deny that the council had sold the land.'], 'en')).toEqual([
      { kind: 'indirect', text: 'did not deny that the council had sold the land', speaker: 'Ellen Hart' },
    ]);
  });

  it('still reports nothing for a negated verb of saying that denies nothing ("no dijo que", "did not say")', () => {
    expect(found(['El ministro Pablo Roca no dijo que habrá recortes en sanidad.'])).toEqual([]);
    expect(found(['Mayor Ellen Hart did not say the council had sold the land.'], 'en')).toEqual([]);
  });
});

describe('verbal locutions in other forms', () => {
  it.each([
    ['Los vecinos protestaron después de que la alcaldesa Marta Ribas diera a conocer que la obra se retrasa.', 'Marta Ribas'],
    ['Es la primera vez que la alcaldesa Marta Ribas haya dado a conocer que la obra se retrasa.', 'Marta Ribas'],
    ['Los vecinos protestaron después de que la alcaldesa Marta Ribas dejara claro que la obra se retrasa.', 'Marta Ribas'],
  ])('"%s"', (sentence, speaker) => {
    expect(found([sentence])).toEqual([{ kind: 'indirect', text: 'la obra se retrasa', speaker }]);
  });
});

describe('words named back after their quotation', () => {
  it('credits the quotation before "Con esas palabras, X…" to X', () => {
    expect(found(['«No vamos a cerrar la planta este año ni el próximo, pase lo que pase».', 'Con esas palabras, la ministra Inés Duarte cerró su intervención en el Senado.'])).toEqual([
      { kind: 'direct', text: 'No vamos a cerrar la planta este año ni el próximo, pase lo que pase', speaker: 'Inés Duarte' },
    ]);
  });

  it('credits the quotation before "Those were the words of X" and "Esas fueron las palabras de X"', () => {
    expect(found(['“We will not close the plant this year or next, whatever happens.”', 'Those were the words of Labor Secretary Ann Hart at the Senate hearing.'], 'en')).toEqual([
      { kind: 'direct', text: 'We will not close the plant this year or next, whatever happens.', speaker: 'Ann Hart' },
    ]);
    expect(found(['«No vamos a cerrar la planta este año ni el próximo, pase lo que pase».', 'Esas fueron las palabras del ministro de Industria, Pablo Roca, ante los trabajadores.'])).toEqual([
      { kind: 'direct', text: 'No vamos a cerrar la planta este año ni el próximo, pase lo que pase', speaker: 'Pablo Roca' },
    ]);
  });

  it('leaves a quotation someone else was credited with as it was', () => {
    expect(found(['«No vamos a cerrar la planta este año», dijo el gerente Luis Mora.', 'Con esas palabras, la ministra Inés Duarte abrió la sesión.'])).toEqual([
      { kind: 'direct', text: 'No vamos a cerrar la planta este año', speaker: 'Luis Mora' },
    ]);
  });
});

describe('a viewpoint inside the sentence', () => {
  it('credits the quotation after "…porque, a su juicio, «…»" to the sentence’s subject', () => {
    expect(found(['El alcalde Jorge Soler defendió la obra porque, a su juicio, «la plaza necesitaba una reforma desde hace años».'])).toContainEqual({
      kind: 'direct', text: 'la plaza necesitaba una reforma desde hace años', speaker: 'Jorge Soler',
    });
  });

  it('credits the quotation after "…because, in her view, “…”"', () => {
    expect(found(['Senator Joan Pike opposed the bill because, in her view, “it punishes the people it claims to protect.”'], 'en')).toContainEqual({
      kind: 'direct', text: 'it punishes the people it claims to protect.', speaker: 'Joan Pike',
    });
  });
});

describe('"it" for an institution written with "the"', () => {
  it('refers "It said" to the institution the sentence before opens with', () => {
    expect(found(['The Federal Reserve raised interest rates on Wednesday. It said inflation remained too high for comfort.'], 'en')).toEqual([
      { kind: 'indirect', text: 'inflation remained too high for comfort', speaker: 'Federal Reserve' },
    ]);
  });

  it('never refers "it" to a person', () => {
    expect(found(['Jane Roe raised the issue on Wednesday. It said inflation remained too high for comfort.'], 'en').map((statement) => statement.speaker)).not.toContain('Jane Roe');
  });
});

describe('stances and emphasis that report a clause', () => {
  it.each([
    ['El alcalde Jorge Soler está convencido de que la obra no se detendrá.', 'la obra no se detendrá'],
    ['El alcalde Jorge Soler fue enfático en que la obra no se detendrá.', 'la obra no se detendrá'],
    ['El alcalde Jorge Soler fue enfático al señalar que la obra no se detendrá.', 'la obra no se detendrá'],
    ['El alcalde Jorge Soler tiene claro que la obra no se detendrá.', 'la obra no se detendrá'],
    ['El alcalde Jorge Soler hizo énfasis en que la obra no se detendrá.', 'la obra no se detendrá'],
  ])('"%s"', (sentence, text) => {
    expect(found([sentence])).toEqual([{ kind: 'indirect', text, speaker: 'Jorge Soler' }]);
  });

  it.each(['was adamant that', 'is convinced that', 'made the case that', 'took to Twitter to say'])('"X %s…"', (words) => {
    expect(found([`Mayor Jane Roe ${words} the project would not be delayed.`], 'en')).toEqual([
      { kind: 'indirect', text: 'the project would not be delayed', speaker: 'Jane Roe' },
    ]);
  });

  it('gives nobody an impersonal "it was clear that"', () => {
    expect(found(['Mayor Jane Roe toured the site. It was clear that the project would be delayed.'], 'en')).toEqual([]);
  });
});

describe('periphrases and asides before the reported clause', () => {
  it.each(['aprovechó para recordar', 'se encargó de aclarar', 'no dudó en afirmar', 'recalcó, además,', 'sostuvo, por su parte,'])('"X %s que…"', (words) => {
    expect(found([`El alcalde Jorge Soler ${words} que la obra no se detendrá.`])).toEqual([
      { kind: 'indirect', text: 'la obra no se detendrá', speaker: 'Jorge Soler' },
    ]);
  });

  it('reads "A juicio de X," and "En opinión de X," as whose view the sentence gives', () => {
    expect(found(['A juicio del alcalde Jorge Soler, la obra no se detendrá por las protestas.'])).toEqual([
      { kind: 'indirect', text: 'la obra no se detendrá por las protestas', speaker: 'Jorge Soler' },
    ]);
    expect(found(['En opinión de la ministra Inés Duarte, la reforma llega tarde y mal.'])).toEqual([
      { kind: 'indirect', text: 'la reforma llega tarde y mal', speaker: 'Inés Duarte' },
    ]);
  });

  it('never gives a Spanish plural verb with no subject to the one person in focus', () => {
    const statements = found(['El presidente de la patronal, Luis Mora, pidió calma.', 'Los sindicatos reclaman un aumento. Advierten, además, que los salarios perdieron dos puntos.']);
    // "pidió calma" is Luis Mora's own request (stop 58); the unions' warning is not his.
    expect(statements.filter((statement) => statement.text.includes('salarios')).map((statement) => statement.speaker)).not.toContain('Luis Mora');
  });
});

describe('an epithet after a common noun’s possessive', () => {
  it('refers "the nation’s top infectious disease expert" to the person named before', () => {
    expect(found(['Dr. Anthony Fauci testified before the Senate on Tuesday.', "The nation's top infectious disease expert warned that reopening too quickly could lead to new outbreaks."], 'en')).toEqual([
      { kind: 'indirect', text: 'reopening too quickly could lead to new outbreaks', speaker: 'Anthony Fauci' },
    ]);
  });
});

describe('a quotation named by a free relative ("what she called", "lo que calificó como")', () => {
  it('credits the quotation to the sentence’s subject', () => {
    expect(found(['Senator Joan Pike criticized what she called “a reckless gamble with public money.”'], 'en')).toContainEqual({
      kind: 'direct', text: 'a reckless gamble with public money.', speaker: 'Joan Pike',
    });
    expect(found(['La ministra Inés Duarte criticó lo que calificó como «una irresponsabilidad sin precedentes».'])).toContainEqual({
      kind: 'direct', text: 'una irresponsabilidad sin precedentes', speaker: 'Inés Duarte',
    });
  });
});

describe('the question put to a speaker', () => {
  it('states nothing of theirs ("Asked what he thought…, X said")', () => {
    const statements = found(['Voter Dana Frost spoke first. Asked what he thought when people view voters as one bloc, Walter Reed said, “That is very untrue.”'], 'en');
    expect(statements).toEqual([{ kind: 'direct', text: 'That is very untrue.', speaker: 'Walter Reed' }]);
  });
});

describe('the narrative present of features and judicial titles', () => {
  it('credits "«…», cuenta." to the person the paragraph before introduced, and reads "en cuenta" as a noun', () => {
    expect(found(['María Paz, vecina del barrio, lleva veinte años viviendo junto al río.', '«Nunca había visto algo así», cuenta.'])).toEqual([
      { kind: 'direct', text: 'Nunca había visto algo así', speaker: 'María Paz' },
    ]);
    expect(found(['La ministra Inés Duarte visitó la zona. Hay que tener en cuenta que el río creció en una hora.'])).toEqual([]);
    expect(found(['La ministra Inés Duarte se dio cuenta de que el río había crecido.'])).toEqual([]);
  });

  it('keeps "Chief Justice" out of the name', () => {
    expect(found(['Chief Justice John Roberts wrote for the majority.', '“The law is clear,” the chief justice wrote.'], 'en')).toEqual([
      { kind: 'direct', text: 'The law is clear', speaker: 'John Roberts' },
    ]);
  });
});
