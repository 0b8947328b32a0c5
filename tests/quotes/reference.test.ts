/** Speaker reference across sentences (issue 16, item 3), one kind per test, on paragraphs written for them. */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const speakerOf = (paragraphs: string[], text: string, language = 'es') => found(paragraphs, language).find((statement) => statement.text === text)?.speaker;

describe('surnames two people share', () => {
  const paragraphs = [
    'La investigadora Ana Pineda presentó el informe en Quito.',
    'Pineda dijo que los datos son preliminares.',
    'Horas después, el ministro Luis Pineda inauguró la planta.',
    'Pineda afirmó que la planta abrirá en mayo.',
  ];

  it('resolves a bare surname to the one of them the article named last before it', () => {
    expect(speakerOf(paragraphs, 'los datos son preliminares')).toBe('Ana Pineda');
    expect(speakerOf(paragraphs, 'la planta abrirá en mayo')).toBe('Luis Pineda');
  });

  it('credits nobody when neither was named before the surname', () => {
    expect(speakerOf(['Pineda dijo que habrá cambios.', 'Ana Pineda y Luis Pineda llegaron juntos.'], 'habrá cambios')).toBeNull();
  });
});

describe('role nouns nobody was given', () => {
  it('gives a role noun to the speaker in focus ("añade el científico" after a named speaker)', () => {
    const paragraphs = ['Francisco Navarro, glaciólogo, explica que las temperaturas fueron altas. “El récord anterior fue registrado hace 37 años”, añade el científico.'];
    expect(speakerOf(paragraphs, 'El récord anterior fue registrado hace 37 años')).toBe('Francisco Navarro');
  });

  it('reads a definite noun phrase no list knows as a role when it is the subject of a verb of saying', () => {
    const paragraphs = ['El concejal Daniel Duque reveló que las placas son de la flota municipal.', 'El corporado recordó que los buses deben llevar estudiantes.'];
    expect(speakerOf(paragraphs, 'los buses deben llevar estudiantes')).toBe('Daniel Duque');
    const organisation = ['El Banco Central de Nicaragua informó que la deuda subió.', 'La autoridad monetaria indicó que la deuda pública creció un 6 %.'];
    expect(speakerOf(organisation, 'la deuda pública creció un 6 %')).toBe('Banco Central de Nicaragua');
  });

  it('gives an organisation role ("el organismo") only to an organisation', () => {
    const toOrganisation = ['La Organización Meteorológica Mundial dijo que revisará el dato.', '“Es prematuro decir que hay un récord”, resalta el organismo.'];
    expect(speakerOf(toOrganisation, 'Es prematuro decir que hay un récord')).toBe('Organización Meteorológica Mundial');
    const toPerson = ['Marta Vidal dijo que revisará el dato.', '“Es prematuro decir que hay un récord”, resalta el organismo.'];
    expect(speakerOf(toPerson, 'Es prematuro decir que hay un récord')).toBeNull();
  });

  it('keeps a known role as the speaker when nobody in focus fits it, never guessing a name', () => {
    const paragraphs = ['La Organización Meteorológica Mundial dijo que revisará el dato.', '“Es un dato preocupante”, añadió la ministra.'];
    expect(speakerOf(paragraphs, 'Es un dato preocupante')).toBe('Ministra');
  });
});

describe('roles that begin a longer title, and organisations named in passing', () => {
  it('gives a bare role to the speaker in focus over someone given a longer title it begins, unless the focus holds another office', () => {
    const researcher = [
      'El investigador brasileño Carlos Schaefer midió 20 grados en la isla.',
      '“El foehn explica el pico”, resalta Sergi González. “Las medias seguirán subiendo”, añade el investigador.',
    ];
    expect(speakerOf(researcher, 'Las medias seguirán subiendo')).toBe('Sergi González');
    const office = [
      'El presidente ruso, Vladimir Putin, llegó a Pyongyang.',
      '“La alianza es eterna”, dijo el líder norcoreano, Kim Jong Un. “Habrá más visitas”, añadió el presidente.',
    ];
    expect(speakerOf(office, 'Habrá más visitas')).toBe('Vladimir Putin');
  });

  it('gives an organisation role to the one organisation named as a subject in the paragraphs before, not to one in a complement or an acronym in brackets', () => {
    const paragraphs = [
      'El Banco Central de Nicaragua publicó su informe anual. La cifra equivale al 102 % del producto interior bruto (PIB).',
      'La autoridad monetaria indicó que la deuda pública creció un 6 %, en línea con la media de la Organización de Estados Americanos.',
    ];
    expect(speakerOf(paragraphs, 'la deuda pública creció un 6 %, en línea con la media de la Organización de Estados Americanos')).toBe('Banco Central de Nicaragua');
  });
});

describe('pronouns and left-out subjects', () => {
  it('never gives "he said" to an organisation', () => {
    const paragraphs = ['The Central Bank said that debt rose by 6 percent.', '“We expect a slower year,” he said.'];
    expect(speakerOf(paragraphs, 'We expect a slower year', 'en')).toBeNull();
  });

  it('continues the person a sentence with no statement is about, outside its prepositional phrases', () => {
    const paragraphs = [
      'El fiscal Rodolfo Delgado habló ayer en la televisión pública.',
      'Durante la entrevista, Delgado hizo un llamado al Órgano Judicial para que nombre más jueces.',
      '“El Órgano Judicial también tiene que hacer su parte”, enfatizó.',
    ];
    expect(speakerOf(paragraphs, 'El Órgano Judicial también tiene que hacer su parte')).toBe('Rodolfo Delgado');
  });

  it('does not take a name inside what the previous sentence reports for whom it is about', () => {
    const paragraphs = ['Durante la entrevista, se supo que Rodolfo Delgado viajó a Lima.', '“Es una gran tragedia”, lamentó.'];
    expect(speakerOf(paragraphs, 'Es una gran tragedia')).toBeNull();
  });
});

describe('paragraphs that are only a quotation', () => {
  it('continue whom the article was quoting, even past a sentence with no statement', () => {
    const paragraphs = ['El ministro Luis Pineda dijo que la planta abrirá en mayo.', 'La obra costó 40 millones de euros.', '“Será la mayor planta del país.”'];
    expect(speakerOf(paragraphs, 'Será la mayor planta del país.')).toBe('Luis Pineda');
  });

  it('stop at a sentence about someone else', () => {
    const paragraphs = ['El ministro Luis Pineda dijo que la planta abrirá en mayo.', 'Ayer, la jueza Marta Vidal archivó la causa contra la empresa.', '“Será la mayor planta del país.”'];
    expect(speakerOf(paragraphs, 'Será la mayor planta del país.')).not.toBe('Luis Pineda');
  });
});

describe('pull quotes', () => {
  it('takes no statement from a paragraph that only repeats words quoted elsewhere in the article', () => {
    const statements = found([
      '“El cambio climático se mide en un largo periodo de tiempo”, explica Marcelo Leppe. “Los picos no son raros”, añade.',
      '“El cambio climático se mide en un largo periodo de tiempo. Los picos no son raros.”',
      'Sergi González cree que el récord no se validará.',
    ]);
    expect(statements.filter((statement) => statement.text.startsWith('El cambio climático')).map((statement) => statement.speaker)).toEqual(['Marcelo Leppe']);
  });
});
