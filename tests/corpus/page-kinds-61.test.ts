/**
 * Metadata of plain-text copies of news pages, by layout kind (stop 61; kinds from the blind testers' seeds released as
 * dev, written again here with other names, places and words, in Spanish and English):
 * - a wire's dateline alone on its line with its date after the agency's dash ("PLACE (AP) — date");
 * - a wire's byline with its employer run into the name, no comma between ("By NAME Associated Press"), which spells out
 *   the dateline's acronym ("(AP)");
 * - several writers, each with where they filed from ("Name in City and Name in City", labelled or over a date line);
 * - a masthead over the headline with its motto rather than a section ("NAME - El diario de …");
 * - a desk credit named for its paper ("Redacción NAME"), which the story says sources spoke to ("confirmaron a NAME");
 * - a magazine's issue line ("Revista NAME, edición de julio de 2024"), in Markdown italics under the credits too.
 */
import { describe, expect, it } from 'vitest';
import { cleanSeed, readSeedBytes } from '../../src/corpus/index.js';
import type { Article } from '../../src/corpus/index.js';

const ENGLISH_BODY = [
  'The state water board fined a bottling plant in Kettering on Monday for pumping more groundwater than its licence allowed.',
  '"We will appeal the decision," said Dana Whitlock, who manages the plant.',
].join('\n\n');

const SPANISH_BODY = [
  'La confederación hidrográfica multó el lunes a una embotelladora de Tordesal por bombear más agua de la que permitía su licencia.',
  '«Recurriremos la decisión», dijo Dana Whitlock, que dirige la planta.',
].join('\n\n');

function article(text: string, file = 'nota.txt'): Article {
  const outcome = readSeedBytes(file, Buffer.from(text));
  if (!('file' in outcome)) throw new Error(outcome.warning.message);
  const cleaned = cleanSeed(outcome.file);
  if (!('article' in cleaned)) throw new Error(cleaned.skipped);
  return cleaned.article;
}

describe('a dateline alone on its line, the date after the agency', () => {
  it('gives the agency as outlet and the date, and stays out of the story', () => {
    const english = article(`Bottling plant fined for overpumping\n\nBy RUTH ABARA\nKETTERING, Ohio (AP) — March 3, 2025\n\n${ENGLISH_BODY}`);
    expect(english).toMatchObject({ outlet: 'AP', date: '2025-03-03', author: 'Ruth Abara' });
    expect(english.text.startsWith('The state water board')).toBe(true);
    const spanish = article(`Multan a una embotelladora de Tordesal\n\nTORDESAL (EFE) — 3 de marzo de 2025\n\n${SPANISH_BODY}`);
    expect(spanish).toMatchObject({ outlet: 'EFE', date: '2025-03-03' });
  });
});

describe('a byline with its employer run into the name', () => {
  it('gives the person as author and the employer as outlet', () => {
    expect(article(`Bottling plant fined for overpumping\n\nBy MARCUS OYELARAN Associated Press\n\n${ENGLISH_BODY}`)).toMatchObject({ author: 'Marcus Oyelaran', outlet: 'Associated Press' });
    expect(article(`Multan a una embotelladora de Tordesal\n\nPor Marcos Oyelarán Agencia Austral\n\n${SPANISH_BODY}`)).toMatchObject({ author: 'Marcos Oyelarán', outlet: 'Agencia Austral' });
  });

  it('spells out the dateline\u2019s acronym when the byline\u2019s employer is the agency it stands for', () => {
    expect(article(`Bottling plant fined for overpumping\n\nBy MARCUS OYELARAN Associated Press\nKETTERING, Ohio (AP) — March 3, 2025\n\n${ENGLISH_BODY}`)).toMatchObject({ author: 'Marcus Oyelaran', outlet: 'Associated Press', date: '2025-03-03' });
    expect(article(`Multan a una embotelladora de Tordesal\n\nPor Marcos Oyelarán Agence France-Presse\nTORDESAL (AFP) — 3 de marzo de 2025\n\n${SPANISH_BODY}`)).toMatchObject({ outlet: 'Agence France-Presse' });
    expect(article(`Multan a una embotelladora de Tordesal\n\nPor Marcos Oyelarán Agencia Austral\nTORDESAL (EFE) — 3 de marzo de 2025\n\n${SPANISH_BODY}`)).toMatchObject({ outlet: 'EFE' });
  });

  it('names no outlet when only a name follows the label', () => {
    expect(article(`Multan a una embotelladora de Tordesal\n\nPor Marcos Oyelarán Ruiz\n\n${SPANISH_BODY}`)).toMatchObject({ author: 'Marcos Oyelarán Ruiz', outlet: null });
  });
});

describe('several writers, each with where they filed from', () => {
  it('are all authors, labelled or not, and the line is no paragraph of the story', () => {
    const unlabelled = article(`Bottling plant fined for overpumping\n\nMarcus Oyelaran in Kettering and Ruth Abara in Columbus\nMarch 3 2025\n\n${ENGLISH_BODY}`);
    expect(unlabelled).toMatchObject({ author: 'Marcus Oyelaran, Ruth Abara', date: '2025-03-03' });
    expect(unlabelled.text).not.toContain('Ruth Abara');
    expect(article(`Bottling plant fined for overpumping\n\nBy Marcus Oyelaran in Kettering and Ruth Abara in New York\n\n${ENGLISH_BODY}`).author).toBe('Marcus Oyelaran, Ruth Abara');
    expect(article(`Multan a una embotelladora de Tordesal\n\nPor Marcos Oyelarán en Tordesal y Rut Abara en San Pedro de Atacama\n\n${SPANISH_BODY}`).author).toBe('Marcos Oyelarán, Rut Abara');
    expect(article(`Multan a una embotelladora de Tordesal\n\nMarcos Oyelarán en Tordesal, Rut Abara en Soria y Eva Lin en Lima\n3 de marzo de 2025\n\n${SPANISH_BODY}`).author).toBe('Marcos Oyelarán, Rut Abara, Eva Lin');
  });

  it('keeps a month after "in" as a date, not a place, and a title-case headline as the title', () => {
    expect(article(`Bottling plant fined for overpumping\n\nBy Marcus Oyelaran in March 2025\n\n${ENGLISH_BODY}`).author).toBe('Marcus Oyelaran');
    expect(article(`Heavy Rain in Spain and Strong Winds in France\n\n${ENGLISH_BODY}`)).toMatchObject({ title: 'Heavy Rain in Spain and Strong Winds in France', author: null });
  });
});

describe('a masthead with its motto over the headline', () => {
  it('is the outlet, not the title, whatever its name', () => {
    expect(article(`FARO DEL CANTÁBRICO - El diario de la costa\n\nDEPORTES | REMO\n\nLa trainera de Tordesal gana la bandera por tercer año\n\nPor Lía Ferro\n\n${SPANISH_BODY}`)).toMatchObject({
      title: 'La trainera de Tordesal gana la bandera por tercer año',
      outlet: 'Faro del Cantábrico',
      author: 'Lía Ferro',
    });
    expect(article(`KETTERING LANTERN · The paper of the valley\n\nBottling plant fined for overpumping\n\n${ENGLISH_BODY}`)).toMatchObject({ title: 'Bottling plant fined for overpumping', outlet: 'Kettering Lantern' });
  });

  it('leaves a headline that opens the text its title', () => {
    expect(article(`Multan a una embotelladora de Tordesal por bombear de más\n\n${SPANISH_BODY}`)).toMatchObject({ title: 'Multan a una embotelladora de Tordesal por bombear de más', outlet: null });
  });
});

describe('a desk credit named for its paper', () => {
  const told = [
    'Dos concejales de Valdemora fueron detenidos el sábado y trasladados a la capital, confirmaron a Voz del Páramo fuentes policiales que pidieron no ser identificadas.',
    'La Guardia Civil no ha informado todavía de los cargos contra ellos.',
  ].join('\n\n');

  it('gives the paper as outlet when the story says sources spoke to it, in the plural too', () => {
    expect(article(`Detienen a dos concejales de Valdemora\n\nRedacción Voz del Páramo\nValdemora | 3 de marzo de 2025\n\n${told}`)).toMatchObject({ outlet: 'Voz del Páramo', date: '2025-03-03' });
  });

  it('gives none when the story never names it, or the desk is a section', () => {
    const untold = told.replace('confirmaron a Voz del Páramo fuentes policiales', 'según fuentes policiales');
    expect(article(`Detienen a dos concejales de Valdemora\n\nRedacción Voz del Páramo\nValdemora | 3 de marzo de 2025\n\n${untold}`).outlet).toBeNull();
    expect(article(`Detienen a dos concejales de Valdemora\n\nRedacción Deportes\n3 de marzo de 2025\n\n${untold}`).outlet).toBeNull();
  });
});

describe('a magazine\u2019s issue line', () => {
  const feature = [
    'A las seis de la mañana, en el muelle de Puerto Aldea, Tomasa Quilodrán ya ha revisado las redes de su lancha. No habla mientras trabaja.',
    '—Este mar me lo sé de memoria —dice al fin—. Pero ya no es el mismo.',
  ].join('\n\n');

  it('gives the magazine as outlet and the issue\u2019s month as date, in Markdown italics under the credits', () => {
    const markdown = `# La última pescadora de Puerto Aldea\n\n*Texto: Aurelio Campos Vidal · Fotos: Inés Lagos*\n*Revista Oleaje, edición de agosto de 2023*\n\n---\n\n${feature}`;
    expect(article(markdown, 'pescadora.md')).toMatchObject({ title: 'La última pescadora de Puerto Aldea', author: 'Aurelio Campos Vidal', outlet: 'Revista Oleaje', date: '2023-08-01' });
  });

  it('reads the English form and a plain text too, and takes no place for a magazine', () => {
    const english = 'At six in the morning on the quay at Harlow Point, Bess Tremayne has already checked the nets. She says nothing while she works.';
    expect(article(`The last fisherwoman of Harlow Point\n\nBy Aurelio Campos\nThe Kettering Quarterly · July 2024 issue\n\n${english}`)).toMatchObject({ outlet: 'The Kettering Quarterly', date: '2024-07-01' });
    expect(article(`La última pescadora de Puerto Aldea\n\nValdemora, agosto de 2023\n\n${feature}`)).toMatchObject({ outlet: null, date: null });
  });
});
