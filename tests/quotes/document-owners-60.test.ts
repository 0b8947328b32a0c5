/**
 * Documents as the source of words (issue 16, stop 60): a report, audit or study speaks for the body that issued it when
 * the sentence names it: by its possessive ("The Harbour Safety Board's final report noted that…", "Its final report…",
 * "the board's report"), with adjectives between the document and its owner ("El informe final de la comisión…"), or
 * after a source marker with a year and a group as its makers ("according to a 2022 study by researchers at…").
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-03-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a document led by its owner’s possessive', () => {
  it('is the named owner’s words', () => {
    expect(found(['The Harbour Safety Board’s final report noted that the pilots ignored three warnings.'], 'en')).toContainEqual({ kind: 'indirect', text: 'the pilots ignored three warnings', speaker: 'Harbour Safety Board' });
  });

  it('is the body named before, by "its" or by the body’s noun', () => {
    expect(found(['The Harbour Safety Board released its findings on Monday. Its final report noted that the pilots ignored three warnings.'], 'en')).toContainEqual({ kind: 'indirect', text: 'the pilots ignored three warnings', speaker: 'Harbour Safety Board' });
    expect(found(['The Harbour Safety Board met on Monday. The board’s final report said that the crew was exhausted.'], 'en')).toContainEqual({ kind: 'indirect', text: 'the crew was exhausted', speaker: 'Harbour Safety Board' });
  });
});

describe('a document with adjectives before its owner', () => {
  it('is the owner’s words', () => {
    expect(found(['El informe final de la Comisión Investigadora señala que hubo negligencia en el mantenimiento.'], 'es')).toContainEqual({ kind: 'indirect', text: 'hubo negligencia en el mantenimiento', speaker: 'Comisión Investigadora' });
  });
});

describe('a source marker citing a dated study', () => {
  it('cites its maker, a body or a group with its affiliation', () => {
    expect(found(['According to a 2023 survey by the Harlow Institute, most renters spend half their income on housing.'], 'en')).toContainEqual({ kind: 'indirect', text: 'most renters spend half their income on housing', speaker: 'Harlow Institute' });
    expect(found(['According to a 2022 study by researchers at Dunmore College, the river is warming.'], 'en')).toContainEqual({ kind: 'indirect', text: 'the river is warming', speaker: 'Researchers at Dunmore College' });
  });

  it('never cites one person who only sent it', () => {
    const statements = found(['El alcalde no presentó pruebas, según documentos oficiales enviados por un juez.'], 'es');
    expect(statements.map((statement) => statement.speaker)).not.toContain('Un juez');
  });
});
