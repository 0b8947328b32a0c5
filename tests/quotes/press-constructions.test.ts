/** Attribution constructions of real press writing (issue 16): each kind on Spanish or English inputs written for the test. */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const saidBy = (paragraphs: string[], text: string, language = 'es') => found(paragraphs, language).find((statement) => statement.text.includes(text))?.speaker;

describe('a verb whose complement is what was said', () => {
  // Without its verb, "negaron cualquier…" would read as the speakers asserting what they deny.
  it('keeps a denial\'s verb in the reported statement, before a determiner that ends like an infinitive', () => {
    expect(found(['Pyongyang y Moscú han negado cualquier transacción de armamento.'])).toEqual([
      { kind: 'indirect', text: 'han negado cualquier transacción de armamento', speaker: 'Pyongyang y Moscú' },
    ]);
    expect(found(['El ministro Luis Prado negó cualquier irregularidad en la compra.'])[0]?.text).toBe('negó cualquier irregularidad en la compra');
  });
});

describe('quotation marks', () => {
  it('closes a “ quotation with a straight " when nothing else closes it', () => {
    expect(found(['“El puerto no cerrará este invierno", añadió Lucía Ferrer.'])).toEqual([
      { kind: 'direct', text: 'El puerto no cerrará este invierno', speaker: 'Lucía Ferrer' },
    ]);
  });

  it('credits every paragraph of a quotation running over paragraphs to the speaker named where it ends', () => {
    const paragraphs = [
      'Los estibadores protestaron ante la sede de la naviera Marítima Sur, cuyo director, Pablo Ortega, no quiso hablar.',
      '“Nuestros contratos son cada vez más cortos y peores.',
      '“No podemos seguir así durante otro curso entero”, explicó Ana Ruiz, portavoz del sindicato.',
    ];
    expect(found(paragraphs)).toEqual([
      { kind: 'direct', text: 'Nuestros contratos son cada vez más cortos y peores.', speaker: 'Ana Ruiz' },
      { kind: 'direct', text: 'No podemos seguir así durante otro curso entero', speaker: 'Ana Ruiz' },
    ]);
  });
});

describe('quotations over three or more paragraphs', () => {
  it('continues a quotation whose next paragraph closes it without a mark to resume it, or opens after white space', () => {
    const unmarked = ['Mr. Hill said: “There was never a plan for any of this.', 'Nobody wanted to be the one to say it,” he added.'];
    expect(found(unmarked, 'en').map(({ text, speaker }) => [text, speaker])).toEqual([
      ['There was never a plan for any of this.', 'Hill'],
      ['Nobody wanted to be the one to say it', 'Hill'],
    ]);
    const indented = ['Mr. Hill said: “There was never a plan for any of this.', ' “Nobody wanted to be the one to say it.”'];
    expect(found(indented, 'en').map(({ text }) => text)).toEqual(['There was never a plan for any of this.', 'Nobody wanted to be the one to say it.']);
  });

  it('keeps a «…» quotation resumed with » in every later paragraph, not only the second', () => {
    const paragraphs = [
      'El director del centro, Luis Mora, lo explicó así: «La caldera llevaba meses averiada y nadie la reparó.',
      '»Pedimos ayuda a la consejería en tres ocasiones.',
      '»Nunca nos contestaron a tiempo, ni una sola vez».',
    ];
    expect(found(paragraphs).map(({ text, speaker }) => [text, speaker])).toEqual([
      ['La caldera llevaba meses averiada y nadie la reparó.', 'Luis Mora'],
      ['Pedimos ayuda a la consejería en tres ocasiones.', 'Luis Mora'],
      ['Nunca nos contestaron a tiempo, ni una sola vez', 'Luis Mora'],
    ]);
  });
});

describe('left-out subjects', () => {
  it('reads "“…”, dijo a El Diario." as the person the previous sentence is about, not as an unread subject', () => {
    expect(saidBy(['La geóloga Marta Solís habló el martes con este periódico.', '“No hay ningún riesgo para los vecinos del valle”, dijo a El Diario.'], 'No hay ningún riesgo')).toBe('Marta Solís');
  });

  it('gives a colon quotation to whom the text was about when its clause opens with the verb', () => {
    const paragraphs = ['El alcalde Tomás Vera habló ante el pleno. “No vamos a subir los impuestos este año”, dijo Vera. Así, se dirigió a la oposición para pedirle, a gritos, que se callara: “¡Ustedes no aportan nada a esta ciudad!”.'];
    expect(saidBy(paragraphs, 'Ustedes no aportan')).toBe('Tomás Vera');
  });
});

describe('roles', () => {
  it('reads "the governor" as the person an abbreviated title named ("Gov. Gavin Newsom"), not whom the sentence before was about', () => {
    const paragraphs = ['Gov. Gavin Newsom toured the flooded valley on Sunday.', 'Reporters asked about the costs. “We will pay for every repair,” the governor said.'];
    expect(saidBy(paragraphs, 'pay for every repair', 'en')).toBe('Gavin Newsom');
    expect(saidBy(['El Gral. Tomás Ibarra llegó al cuartel.', 'Los soldados formaron en el patio. «Nadie saldrá esta noche», dijo el general.'], 'Nadie saldrá')).toBe('Tomás Ibarra');
  });

  it('reads "el presidente de la Asamblea" as the person given that longer title, not the president in focus', () => {
    const paragraphs = [
      'El presidente de la Asamblea Nacional, Rubén Salas, abrió la sesión. El presidente Andrés Mora no asistió.',
      '“Este país necesita calma”, agregó el presidente.',
      'Después, el presidente de la Asamblea continuó diciendo: “Los diputados no cobrarán dietas este mes”.',
    ];
    expect(saidBy(paragraphs, 'Este país necesita calma')).toBe('Andrés Mora');
    expect(saidBy(paragraphs, 'Los diputados no cobrarán')).toBe('Rubén Salas');
  });
});

describe('reported clauses', () => {
  it('keeps an apposition set off by commas inside the reported clause ("the suspect, a 34-year-old man, was arrested")', () => {
    expect(found(['Police said the suspect, a 34-year-old man, was arrested at his home.'], 'en').map((statement) => statement.text)).toEqual(['the suspect, a 34-year-old man, was arrested at his home']);
    expect(found(['La portavoz Ana Ruiz dijo que la empresa, una filial del grupo Norte, cerrará la planta en mayo.']).map((statement) => statement.text)).toEqual([
      'la empresa, una filial del grupo Norte, cerrará la planta en mayo',
    ]);
  });

  it('keeps the words after an aside opened by "que," in the reported clause', () => {
    expect(found(['Olga Ruiz explicó que, por culpa de la lluvia, la cosecha llegará tarde y sostuvo que no habrá subida de precios.'])).toEqual([
      { kind: 'indirect', text: 'por culpa de la lluvia, la cosecha llegará tarde', speaker: 'Olga Ruiz' },
      { kind: 'indirect', text: 'no habrá subida de precios', speaker: 'Olga Ruiz' },
    ]);
  });

  it('reads "en el que" as a relative pronoun and finds the "que" of a verb past a long name', () => {
    expect(found(['El informe incluye un acta en el que una jueza de vigilancia penitenciaria expuso a la Dirección General de Instituciones Penitenciarias en 2022 que el recluso tenía permisos.'])).toEqual([
      { kind: 'indirect', text: 'el recluso tenía permisos', speaker: 'Una jueza de vigilancia penitenciaria' },
    ]);
  });
});

describe('speaker noun phrases', () => {
  it('reads "el usuario de Twitter Kevin Ramos, quien …, aseguró" as Kevin Ramos, with the fragments he quoted', () => {
    const statements = found(['Dos días después, el usuario de Twitter Kevin Ramos, quien se presenta como militante del partido, aseguró que denunciaría al diario, “por difundir mensajes falsos con el fin de asustar a la población”.']);
    expect(statements.map((statement) => statement.speaker)).toEqual(['Kevin Ramos', 'Kevin Ramos']);
    expect(statements[1]).toEqual({ kind: 'direct', text: 'por difundir mensajes falsos con el fin de asustar a la población', speaker: 'Kevin Ramos' });
  });

  it('keeps an institution named with "para la" whole and gives it both coordinated quotations', () => {
    expect(found(['La Oficina Especial para la Defensa de los Consumidores alertó el lunes sobre “abusos graves en los contratos de la luz”, tras la subida, y “cláusulas ocultas en las facturas del gas”.'])).toEqual([
      { kind: 'direct', text: 'abusos graves en los contratos de la luz', speaker: 'Oficina Especial para la Defensa de los Consumidores' },
      { kind: 'direct', text: 'cláusulas ocultas en las facturas del gas', speaker: 'Oficina Especial para la Defensa de los Consumidores' },
    ]);
  });
});

describe('where a post-verbal speaker ends', () => {
  it.each([
    ['"We will not accept this offer," said union leader Grace Mbeki outside the union hall.', 'Grace Mbeki', 'en'],
    ['"The talks are over," said negotiator Paul Ames inside the building on Monday.', 'Paul Ames', 'en'],
    ['“No firmaremos”, dijo la portavoz Ana Vidal hacia el final de la reunión.', 'Ana Vidal', 'es'],
  ])('a preposition of place or time ends it: %s', (paragraph, speaker, language) => {
    expect(found([paragraph], language).map((statement) => statement.speaker)).toEqual([speaker]);
  });
});

describe('the medium told', () => {
  const viaOf = (paragraph: string, language = 'es') => extractStatements(articleFromParagraphs({ id: 'v', title: 'Entrevista', date: '2024-05-02', language }, [paragraph]))[0]?.via;
  it.each([
    ['“El puerto abrirá en mayo”, declaró Tomás Whitfield a la agencia Efe.', 'Efe', 'es'],
    ['El alcalde Tomás Whitfield dijo a la cadena SER que el presupuesto está cerrado.', 'SER', 'es'],
    ['"The port will open in May," Tom Whitfield said to the newspaper Le Monde.', 'Le Monde', 'en'],
  ])('is the channel: %s', (paragraph, via, language) => {
    expect(viaOf(paragraph, language)).toBe(via);
  });

  it('is no channel when no medium is named ("dijo a los periodistas")', () => {
    expect(viaOf('El alcalde Tomás Whitfield dijo a los periodistas que el presupuesto está cerrado.')).toBeNull();
  });
});

describe('scare quotes and nicknames', () => {
  it('makes no statement of a few quoted words in the narrator\'s sentence or of a quoted nickname', () => {
    const statements = found(['Durante las “olas de frío” el lago se hiela, explica el Servicio Meteorológico. La obra durará “años”, según ha dicho la Agencia del Agua. La jueza Ana Gil dijo que “Toro” seguía en prisión.']);
    expect(statements.filter((statement) => statement.kind === 'direct')).toEqual([]);
  });

  it('still gives a short fragment inside reported speech to the speaker', () => {
    expect(found(['The minister, Carla Diaz, said the meeting had been "frank and useful".'], 'en')).toContainEqual({ kind: 'direct', text: 'frank and useful', speaker: 'Carla Diaz' });
  });
});

describe('according to a document', () => {
  it('credits "según el informe" and "de acuerdo con la información" to whom the article was reporting from', () => {
    const statements = found(['El Banco Central de Chile publicó el lunes su informe anual sobre la deuda externa.', 'La deuda creció un 4 % en 2023, según el informe. Los pagos sumaron 1.200 millones de dólares, de acuerdo con la información.']);
    expect(statements).toEqual([
      { kind: 'indirect', text: 'La deuda creció un 4 % en 2023', speaker: 'Banco Central de Chile' },
      { kind: 'indirect', text: 'Los pagos sumaron 1.200 millones de dólares', speaker: 'Banco Central de Chile' },
    ]);
  });

  it('credits "according to data from X" to X and "the operator’s assessment" to the operator', () => {
    const statements = found(['The Texas Grid Authority ordered rolling blackouts on Friday.', 'Its reserve standard had been 6 percent, according to the grid operator’s 2021 assessment. Demand reached 70,000 megawatts in 2019, according to data from Texas Grid Authority.'], 'en');
    expect(statements.map((statement) => statement.speaker)).toEqual(['Texas Grid Authority', 'Texas Grid Authority']);
  });

  it('leaves "según documentos oficiales" with no article or owner to nobody', () => {
    expect(found(['El preso salió en 2021, según documentos oficiales.'])).toEqual([]);
  });
});

describe('groups and ranks', () => {
  it('reads a bare plural role noun as a group speaker and "they" as that group', () => {
    expect(found(['Abogados particulares denunciaron que la petición buscaba ocultar los abusos.'])[0]?.speaker).toBe('Abogados particulares');
    const statements = found(['The power experts noted that peak use fell below other years. They also said the reserves were higher than the legal level.'], 'en');
    expect(statements.map((statement) => statement.speaker)).toEqual(['Power experts', 'Power experts']);
  });

  it('does not let "they" stand for a person', () => {
    expect(found(['Mayor Ana Ruiz opened the session. They said the budget was late.'], 'en').map((statement) => statement.speaker)).toEqual([null]);
  });

  it('reads a rank as a title: "El Coronel, aseguró que…" is the colonel named before', () => {
    expect(saidBy(['El coronel Luis Mena, jefe de la policía local, visitó el barrio. El Coronel, aseguró que los drones vigilan el sector.'], 'los drones vigilan')).toBe('Luis Mena');
  });

  it('reads a connector before a stray comma ("Asimismo, dijo…") as a left-out subject, not a speaker', () => {
    expect(found(['El ministro Luis Prado habló el lunes. Asimismo, dijo que el puerto abrirá en mayo.']).map((statement) => statement.speaker)).toEqual(['Luis Prado']);
  });

  it('credits nobody with what "ni … ni …" subjects did not say', () => {
    expect(found(['Hasta ahora ni los diputados, ni la ministra de Economía, Clara Soto, han mencionado que pueda subir el IVA.'])).toEqual([]);
  });
});

describe('more reported clauses', () => {
  it('reads "consideró necesario ampliar…" as reported speech', () => {
    expect(found(['La ministra de Sanidad, Clara Soto, consideró necesario ampliar la campaña de vacunación.'])).toEqual([
      { kind: 'indirect', text: 'consideró necesario ampliar la campaña de vacunación', speaker: 'Clara Soto' },
    ]);
  });

  it('keeps ", as well as …" and ", así como …" in the reported clause', () => {
    expect(found(['Governor Ana Ruiz said she took comfort from the figures, as well as the decline in hospital admissions.'], 'en')[0]?.text).toBe('she took comfort from the figures, as well as the decline in hospital admissions');
  });

  it('reads "apunta a que" as a verb of saying with its clause', () => {
    expect(found(['La Agencia del Agua apunta a que los embalses se recuperarán en primavera.'])[0]).toEqual({ kind: 'indirect', text: 'los embalses se recuperarán en primavera', speaker: 'Agencia del Agua' });
  });
});

describe('English forms that are usually nouns', () => {
  it('reads "claims that" as a verb of saying, and "the claims that" as a noun', () => {
    expect(found(['Union leader Mark Evans claims that the plan was drawn up months ago.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the plan was drawn up months ago', speaker: 'Mark Evans' },
    ]);
    expect(found(['Mark Evans investigated the claims that the plan was drawn up months ago.'], 'en')).toEqual([]);
  });
});

describe('a document as the subject', () => {
  it('credits "“…”, reza un comunicado del Ministerio de Salud" and the quotation after it to the ministry', () => {
    expect(found(['“La vacuna llegará a todos los centros en mayo”, reza un comunicado del Ministerio de Salud. “Ningún municipio quedará fuera del plan”.'])).toEqual([
      { kind: 'direct', text: 'La vacuna llegará a todos los centros en mayo', speaker: 'Ministerio de Salud' },
      { kind: 'direct', text: 'Ningún municipio quedará fuera del plan', speaker: 'Ministerio de Salud' },
    ]);
  });
});

describe('ages, clefts and Portuguese verbs of saying', () => {
  it('steps over an age set off after the name ("Jane Doe, 45, a teacher from Ohio, said")', () => {
    expect(saidBy(['Jane Doe, 45, a teacher from Ohio, said that the schools had been closed for weeks.'], 'schools had been closed', 'en')).toBe('Jane Doe');
    expect(saidBy(['Ruth Alder, 61, said that the clinic had lost half its nurses.'], 'clinic had lost', 'en')).toBe('Ruth Alder');
  });

  it('credits the focus of a Spanish cleft ("Fue Gómez la que anunció…"), not the article before "que"', () => {
    expect(saidBy(['La ministra Ana Gómez visitó Sevilla. Fue Gómez la que anunció que habrá elecciones en mayo.'], 'habrá elecciones')).toBe('Ana Gómez');
    expect(saidBy(['Es el alcalde Luis Mora el que dice que el presupuesto no alcanza.'], 'presupuesto no alcanza')).toBe('Luis Mora');
  });

  it('reads Portuguese verbs of saying, articles and "ele" as the Spanish ones', () => {
    const paragraphs = ['O ministro da Economia, Fernando Haddad, afirmou que o déficit vai cair no próximo ano.', 'Ele acrescentou que não haverá aumento de impostos.'];
    expect(saidBy(paragraphs, 'o déficit vai cair', 'pt')).toBe('Fernando Haddad');
    expect(saidBy(paragraphs, 'não haverá aumento', 'pt')).toBe('Fernando Haddad');
    expect(saidBy(['A prefeita Marta Souza visitou a obra.', '“Não vamos parar as obras”, disse Souza aos jornalistas.'], 'Não vamos parar', 'pt')).toBe('Marta Souza');
  });
});

describe('relative clauses no comma closes', () => {
  it('gives the verb after an unclosed relative clause to the name the sentence opens with', () => {
    const sentence = 'Carlos Ibáñez, el geólogo de la Universidad de Vigo, que midió el récord de 20,75 grados explica en un correo que el dato “se tomó en una estación situada sobre el hielo”.';
    expect(saidBy([sentence], 'se tomó en una estación')).toBe('Carlos Ibáñez');
  });

  it('gives a relative clause\'s own verb to the name before ", que"', () => {
    const sentence = 'Este diario se puso en contacto con la Alcaldía de Soria, que a través de un comunicado escrito aseguró no ver irregularidades en el contrato.';
    expect(saidBy([sentence], 'no ver irregularidades')).toBe('Alcaldía de Soria');
  });
});

describe('told', () => {
  it('never reads whom words were told to as the speaker ("…, Linda Hart, told The Times")', () => {
    expect(saidBy(['“We have done nothing wrong,” Acme’s spokeswoman, Linda Hart, told The Times.'], 'done nothing wrong', 'en')).toBe('Linda Hart');
  });
});
