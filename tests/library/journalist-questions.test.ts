/**
 * Kinds a newcomer's blind seed questions showed wrong (issue 15), on an article written here:
 * compound questions answer each part with its own citation, or say which part the articles do not
 * answer; "¿Cómo describió X…?" / "How did X describe…?" asks for X's words, not for a sentence where
 * someone else describes the same thing; several misspelt words in one question are read as the
 * article's words, and the asker is told so; an English word the translator renders in a sense the
 * article does not use ("letter" → "letra") is read in the sense it does use ("carta"); a question
 * naming a place of another story is not answered from a story that never names it; "What did X say?" through a
 * translation that leaves the verb of saying as a content word ("Qué X dice?") still asks for X's words.
 */
import { describe, expect, it } from 'vitest';
import { apertiumAvailable } from '../../src/answer/apertium.js';
import { questionParts } from '../../src/answer/compound.js';
import type { Library } from '../../src/library.js';
import { withSeedFiles } from '../support/seed-folder.js';

const TITLE = 'El puerto de Valdemar cerrará sus muelles por las obras de dragado';
const BODY = [
  'La alcaldesa de Valdemar, Marta Gil, anunció el lunes que los muelles de carga cerrarán del 3 al 24 de marzo por las obras de dragado.',
  '“Es la mayor inversión portuaria de la década y traerá doscientos empleos”, dijo Gil sobre el proyecto en el pleno municipal.',
  // Ruiz describes the project with the very verb the manner questions use; Gil's own words do not.
  'El presidente del gremio de estibadores, Tomás Ruiz, describió el proyecto como una amenaza para los estibadores en una asamblea celebrada en la lonja del puerto.',
  'En una carta enviada al ministerio de Transportes, Ruiz pidió que las obras se aplacen hasta el otoño.',
  'Los estibadores votarán el jueves si aceptan el calendario propuesto por el ayuntamiento.',
];

// Another story, of another town: its hospital is not Valdemar's.
const HOSPITAL = [
  'El hospital de Tordesal abrirá una nueva planta de urgencias en octubre',
  'El consejero de Sanidad, Andrés Lobato, inauguró este martes las obras de la nueva planta de urgencias del hospital de Tordesal, que costará 14 millones de euros y tendrá 60 camas.',
  'La directora del hospital, Sara Méndez, aseguró que la planta abrirá en octubre.',
];

const apertium = apertiumAvailable();
if (!apertium) console.warn('apertium-eng-spa is not installed: the English questions of journalist-questions.test.ts are skipped');

let library: Library;
withSeedFiles(
  'hemeroteca-journalist-',
  { 'puerto.txt': [TITLE, ...BODY].join('\n\n'), 'hospital.txt': HOSPITAL.join('\n\n') },
  (opened) => (library = opened),
  { TRANSLATOR: apertium ? 'apertium' : 'none' },
);

/** The answer's lines, each with the excerpts of the citations its markers point at. */
async function partsOf(question: string): Promise<Array<{ line: string; excerpts: string[] }>> {
  const result = await library.ask(question);
  return result.answer.split('\n').map((line) => ({
    line,
    excerpts: Array.from(line.matchAll(/\[(\d+)\]/gu), ([, n]) => result.citations.find((citation) => citation.n === Number(n))?.excerpt ?? ''),
  }));
}

describe('a compound question', () => {
  it('is cut where a conjunction meets an interrogative, and a bare interrogative takes the rest of the other part', () => {
    expect(questionParts('¿Cuándo cerrarán los muelles y dónde se celebró la asamblea?', 'es')?.map((part) => part.shown)).toEqual(['¿Cuándo cerrarán los muelles?', '¿Dónde se celebró la asamblea?']);
    expect(questionParts('¿Cuándo y dónde votarán los estibadores?', 'es')?.map((part) => part.asked)).toEqual(['¿Cuándo votarán los estibadores?', '¿Dónde votarán los estibadores?']);
    // Each part is shown in the asker's own words, not as the question it is looked up as.
    expect(questionParts('¿Cuándo y dónde votarán los estibadores?', 'es')?.map((part) => part.shown)).toEqual(['¿Cuándo?', '¿Dónde votarán los estibadores?']);
    // A short part is looked up with the names the other part gives.
    expect(questionParts('¿Cuándo llegó Tomás Ruiz y qué pidió?', 'es')?.[1]?.asked).toMatch(/Tomás Ruiz/u);
  });

  it('gives a part that leaves out its verb the other part\u2019s, its own complement in place of the other\u2019s', () => {
    expect(questionParts('¿Qué dijo Gil en la asamblea y qué en el pleno?', 'es')?.map((part) => part.asked)).toEqual(['¿Qué dijo Gil en la asamblea?', '¿Qué dijo Gil en el pleno?']);
    expect(questionParts('How did Gil describe the plan in March and how in May?', 'en')?.map((part) => part.asked)).toEqual(['How did Gil describe the plan in March?', 'How did Gil describe the plan in May?']);
    expect(questionParts('¿Qué dijo Gil en la asamblea y qué en el pleno?', 'es')?.map((part) => part.shown)).toEqual(['¿Qué dijo Gil en la asamblea?', '¿Qué en el pleno?']);
    // A part with its own verb keeps it.
    expect(questionParts('¿Dónde vive Ruiz y en qué año llegó?', 'es')?.map((part) => part.shown)).toEqual(['¿Dónde vive Ruiz?', '¿En qué año llegó?']);
  });

  it('is cut where a second question follows the first one\u2019s question mark, as chat users type two in a row', () => {
    expect(questionParts('¿Cuándo cerrarán los muelles? ¿Dónde se celebró la asamblea?', 'es')?.map((part) => part.shown)).toEqual(['¿Cuándo cerrarán los muelles?', '¿Dónde se celebró la asamblea?']);
    expect(questionParts('When will the docks close? And where was the meeting held?', 'en')?.map((part) => part.shown)).toEqual(['When will the docks close?', 'Where was the meeting held?']);
    // A follow-up that asks nothing of its own ("¿Y Ruiz?") is not a question of its own.
    expect(questionParts('¿Qué dijo Gil? ¿Y Ruiz?', 'es')).toBeUndefined();
  });

  it('is not cut at a relative "que", a "y" between names or a single question', () => {
    expect(questionParts('¿Qué dijo Gil y que pidió Ruiz?', 'es')).toBeUndefined();
    expect(questionParts('¿Qué dijeron Gil y Ruiz?', 'es')).toBeUndefined();
    expect(questionParts('Who met Gil and Ruiz?', 'en')).toBeUndefined();
  });

  it('answers each part with its own citation', async () => {
    const [when, where] = await partsOf('¿Cuándo cerrarán los muelles y dónde se celebró la asamblea?');
    expect(when?.line).toMatch(/^¿Cuándo cerrarán los muelles\?/u);
    expect(when?.excerpts[0]).toContain('del 3 al 24 de marzo');
    expect(where?.line).toMatch(/^¿Dónde se celebró la asamblea\?/u);
    expect(where?.excerpts[0]).toContain('en la lonja del puerto');
  });

  it('says which part the articles do not answer, and answers the other', async () => {
    const result = await library.ask('¿Cuándo cerrarán los muelles y cuánto costarán las obras?');
    expect(result.refused).toBe(false);
    const [when, cost] = result.answer.split('\n');
    expect(when).toContain('del 3 al 24 de marzo');
    expect(cost).toMatch(/^¿Cuánto costarán las obras\? Los artículos no responden a esta parte/u);
  });

  it.skipIf(!apertium)('in English through a translation, answers each part', async () => {
    const [, when] = await partsOf('Who described the project as a threat and when will the dockers vote?');
    expect(when?.excerpts[0]).toContain('votarán el jueves');
  });
});

describe('how someone described something', () => {
  it('"¿Cómo describió Gil el proyecto?" quotes Gil, not Ruiz describing it', async () => {
    const result = await library.ask('¿Cómo describió Gil el proyecto?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('la mayor inversión portuaria');
  });

  it.skipIf(!apertium)('"How did Gil describe the project?" quotes Gil too, through the translation', async () => {
    const result = await library.ask('How did Gil describe the project?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('la mayor inversión portuaria');
  });

  it.skipIf(!apertium)('"What did Gil say?" quotes Gil through the translation, whose "dice" is no topic Gil must speak of', async () => {
    const result = await library.ask('What did Gil say?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('la mayor inversión portuaria');
  });
});

describe('misspelt words', () => {
  it('three slips in one question (a missing letter, an extra one, two swapped) are read as the article\'s words', async () => {
    const result = await library.ask('¿Qué anunció la alcaldsa sobre los mueles de cagra?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('del 3 al 24 de marzo');
    expect(result.notice).toBe('Busqué: «¿Qué anunció la alcaldesa sobre los muelles de carga?»');
  });

  it('a name and long words are read too', async () => {
    const result = await library.ask('¿Qué pidió Ruiz en su crata al minsterio de Tranportes?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('se aplacen hasta el otoño');
    expect(result.notice).toMatch(/Ruiz en su carta al ministerio de Transportes/u);
  });

  it('leaves a word the articles hold as it is, and tells nothing', async () => {
    const result = await library.ask('¿Dónde se celebró la asamblea de los estibadores?');
    expect(result.notice).toBeUndefined();
    expect(result.citations[0]?.excerpt).toContain('en la lonja del puerto');
  });

  it('leaves a word far from every word of the articles as it is: a question they do not answer stays refused', async () => {
    const result = await library.ask('¿Qué opinó el sindicato ferroviario sobre la huelga?');
    expect(result.notice).toBeUndefined();
    expect(result.refused).toBe(true);
  });
});

describe.skipIf(!apertium)('a word translated in the wrong sense', () => {
  it.each(['What did Ruiz write in his letter?', 'Who wrote a letter to the ministry?'])('%s finds the letter ("carta", not "letra")', async (question) => {
    const result = await library.ask(question);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('En una carta enviada al ministerio');
  });
});

describe('a name of another story', () => {
  it('"¿Cuántas camas tiene el hospital de Valdemar?" is not answered from the hospital of Tordesal', async () => {
    const result = await library.ask('¿Cuántas camas tiene el hospital de Valdemar?');
    expect(result.refused).toBe(true);
  });

  it('the same question about the story\'s own town is answered', async () => {
    const result = await library.ask('¿Cuántas camas tendrá el hospital de Tordesal?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('60 camas');
  });
});
