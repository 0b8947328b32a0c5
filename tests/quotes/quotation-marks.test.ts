/**
 * Which marks quote someone (issue 16, fourth round): straight single quotes as British and online copy writes them,
 * apostrophes left alone, and quotation marks around the title of a work, which quote nobody.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'en') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('straight single quotes', () => {
  it('reads a quotation in straight single quotes', () => {
    expect(found(["'We will not let the people of this city down,' said Mayor Sadiq Khan."])).toEqual([
      { kind: 'direct', text: 'We will not let the people of this city down', speaker: 'Sadiq Khan' },
    ]);
  });

  it('credits a fragment in single quotes after a naming verb', () => {
    expect(found(["Prime Minister Rishi Sunak called the strikes 'deeply disappointing for millions of patients' on Tuesday."])).toEqual([
      { kind: 'direct', text: 'deeply disappointing for millions of patients', speaker: 'Rishi Sunak' },
    ]);
  });

  it('leaves apostrophes and plural possessives alone', () => {
    expect(found(["The workers' union said it didn't expect the nurses' strike to end before the government's review."])).toEqual([
      { kind: 'indirect', text: "it didn't expect the nurses' strike to end before the government's review", speaker: 'Workers\' union' },
    ]);
  });

  it('makes no statement of a few scare-quoted words', () => {
    expect(found(["The city's so-called 'glass monster' has stood empty since it opened."])).toEqual([]);
  });
});

describe('titles of works in quotation marks', () => {
  it('makes no statement of a title after a noun for a work', () => {
    expect(found(['The novel "The Remains of the Day" won the Booker Prize in 1989.'])).toEqual([]);
    expect(found(['La película «Mujeres al borde de un ataque de nervios» fue nominada al Óscar en 1989.'], 'es')).toEqual([]);
    expect(found(['El informe, titulado «Un país que envejece sin red de cuidados», fue presentado el martes.'], 'es')).toEqual([]);
  });

  it('makes no statement of an English title-case quotation set in the narrator’s sentence', () => {
    expect(found(['Her documentary "The Last Days of the Coal Towns" premiered at Sundance last winter.'])).toEqual([]);
  });

  it('still credits a quotation in title case that a verb of saying owns', () => {
    expect(found(['“Make America Great Again,” the president said to the crowd.', 'President Donald Trump spoke for an hour.'])).toHaveLength(1);
  });
});
