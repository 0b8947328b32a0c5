/**
 * Metadata of plain-text copies of news pages, by layout kind (stop 61; kinds from the blind testers' seeds released as
 * dev, written again here with other names, places and words, in Spanish and English):
 * - a wire's dateline alone on its line with its date after the agency's dash ("PLACE (AP) — date");
 * - a wire's byline with its employer run into the name, no comma between ("By NAME Associated Press"), which spells out
 *   the dateline's acronym ("(AP)");
 * - several writers, each with where they filed from ("Name in City and Name in City", labelled or over a date line);
 * - a masthead over the headline with its motto rather than a section ("NAME - El diario de …").
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
